package org.annalist.model;

import java.util.Objects;

/**
 * The typed name of a layer, used by stages to declare what they require and provide and by
 * {@link AnalyzedDocument#find(LayerKey)} to fetch a layer without casts. Immutable and
 * thread-safe.
 *
 * @param name the layer's name, also its {@code "layer"} type tag in JSON
 * @param type the layer's record type
 * @param <L> the layer's record type
 */
public record LayerKey<L extends Layer>(String name, Class<L> type) {

  /**
   * Checks the components.
   *
   * @param name the layer's name, also its {@code "layer"} type tag in JSON
   * @param type the layer's record type
   * @throws IllegalArgumentException if the name is blank
   */
  public LayerKey {
    Provenance.requireText(name, "layer name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name;
  }
}
