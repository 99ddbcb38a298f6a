package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document with the layers the analysis stages added to it, in the order they were added.
 *
 * <p>Immutable and thread-safe; {@link #with(Layer)} returns a new value.
 *
 * <pre>{@code
 * TextLayer text = analyzed.expect(TextLayer.KEY);
 * text.sentences().forEach(s -> System.out.println(s.span().text()));
 * }</pre>
 */
@ConsistentSpans
public record AnalyzedDocument(
    @Valid @NotNull Document document, @NotNull List<@Valid @NotNull Layer> layers) {

  public AnalyzedDocument {
    Objects.requireNonNull(document, "document");
    layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
    for (int i = 0; i < layers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (layers.get(i).key().equals(layers.get(j).key())) {
          throw new IllegalArgumentException(
              "document " + document.id() + " has two '" + layers.get(i).key() + "' layers");
        }
      }
    }
  }

  /** A document with no layers yet. */
  public static AnalyzedDocument of(Document document) {
    return new AnalyzedDocument(document, List.of());
  }

  /** The document id. */
  public String id() {
    return document.id();
  }

  /** The original text. */
  public String text() {
    return document.text();
  }

  /** This document with one more layer. */
  public AnalyzedDocument with(Layer layer) {
    Objects.requireNonNull(layer, "layer");
    List<Layer> more = new ArrayList<>(layers);
    more.add(layer);
    return new AnalyzedDocument(document, more);
  }

  /** Whether the layer is present. */
  public boolean has(LayerKey<?> key) {
    return layers.stream().anyMatch(l -> l.key().equals(key));
  }

  /** The layer, if present. */
  public <L extends Layer> Optional<L> find(LayerKey<L> key) {
    return layers.stream().filter(l -> l.key().equals(key)).map(key.type()::cast).findFirst();
  }

  /**
   * The layer.
   *
   * @throws IllegalStateException naming the document and the layer if it is absent
   */
  public <L extends Layer> L expect(LayerKey<L> key) {
    return find(key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "document " + id() + " has no '" + key + "' layer; layers present: "
                        + layers.stream().map(l -> l.key().name()).toList()));
  }
}
