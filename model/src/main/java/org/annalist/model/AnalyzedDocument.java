package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document with the layers the analysis stages added to it, in the order they were added, and the
 * items the stages had to skip ({@link ItemFailure}), in the order they were recorded.
 *
 * <p>A stage that fails on one item (a sentence, an expression) skips it and records why, rather
 * than losing the document; the document then {@linkplain #isComplete() is not complete}, but every
 * layer is present and holds everything else. In JSON the failures are the {@code "itemFailures"}
 * array, empty when there are none; JSON without it (written before it existed) reads as none.
 *
 * <p>Immutable and thread-safe; {@link #with(Layer)} returns a new value.
 *
 * <pre>{@code
 * TextLayer text = analyzed.expect(TextLayer.KEY);
 * text.sentences().forEach(s -> System.out.println(s.span().text()));
 * analyzed.itemFailures().forEach(f -> System.err.println(f.message()));
 * }</pre>
 *
 * @param document the parsed document
 * @param layers the layers, one per key
 * @param itemFailures the items the stages skipped; {@code null} is read as none
 */
@ConsistentSpans
public record AnalyzedDocument(
    @Valid @NotNull Document document,
    @NotNull List<@Valid @NotNull Layer> layers,
    @NotNull List<@Valid @NotNull ItemFailure> itemFailures) {

  /**
   * Checks and copies the components.
   *
   * @param document the parsed document
   * @param layers the layers, one per key
   * @param itemFailures the items the stages skipped; {@code null} is read as none
   * @throws IllegalArgumentException naming the document if two layers have the same key or an
   *     item failure's span ends after the text
   */
  public AnalyzedDocument {
    Objects.requireNonNull(document, "document");
    layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
    itemFailures = itemFailures == null ? List.of() : List.copyOf(itemFailures);
    for (int i = 0; i < layers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (layers.get(i).key().equals(layers.get(j).key())) {
          throw new IllegalArgumentException(
              "document " + document.id() + " has two '" + layers.get(i).key() + "' layers");
        }
      }
    }
    for (ItemFailure failure : itemFailures) {
      if (failure.span().end() > document.text().length()) {
        throw new IllegalArgumentException(
            "document " + document.id() + ": the " + failure.item() + " that stage '"
                + failure.stage() + "' skipped, " + failure.span() + ", ends after the text "
                + "(length " + document.text().length() + ")");
      }
    }
  }

  /**
   * A document with these layers and no item failures.
   *
   * @param document the parsed document
   * @param layers the layers, one per key
   */
  public AnalyzedDocument(Document document, List<Layer> layers) {
    this(document, layers, List.of());
  }

  /**
   * {@return the document with no layers yet, as a pipeline starts it}
   *
   * @param document the parsed document
   */
  public static AnalyzedDocument of(Document document) {
    return new AnalyzedDocument(document, List.of());
  }

  /** {@return the document id} */
  public String id() {
    return document.id();
  }

  /** {@return the original text, unchanged} */
  public String text() {
    return document.text();
  }

  /**
   * {@return this document with one more layer}
   *
   * @param layer the new layer
   * @throws IllegalArgumentException if the document already has a layer with its key
   */
  public AnalyzedDocument with(Layer layer) {
    return with(layer, List.of());
  }

  /**
   * {@return this document with one more layer and the items its stage skipped, which are appended
   * to {@link #itemFailures()}}
   *
   * @param layer the new layer
   * @param failures the items the layer's stage skipped, possibly none
   * @throws IllegalArgumentException if the document already has a layer with its key, or a
   *     failure's span ends after the text
   */
  public AnalyzedDocument with(Layer layer, List<ItemFailure> failures) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(failures, "failures");
    List<Layer> more = new ArrayList<>(layers);
    more.add(layer);
    List<ItemFailure> allFailures = itemFailures;
    if (!failures.isEmpty()) {
      allFailures = new ArrayList<>(itemFailures);
      allFailures.addAll(failures);
    }
    return new AnalyzedDocument(document, more, allFailures);
  }

  /** {@return whether no stage skipped an item: every layer holds all it would on this text} */
  @JsonIgnore
  public boolean isComplete() {
    return itemFailures.isEmpty();
  }

  /**
   * {@return whether the layer is present}
   *
   * @param key the layer's key, such as {@link TextLayer#KEY}
   */
  public boolean has(LayerKey<?> key) {
    return layers.stream().anyMatch(l -> l.key().equals(key));
  }

  /**
   * {@return the layer, if present}
   *
   * @param key the layer's key, such as {@link TextLayer#KEY}
   * @param <L> the layer's type
   */
  public <L extends Layer> Optional<L> find(LayerKey<L> key) {
    return layers.stream().filter(l -> l.key().equals(key)).map(key.type()::cast).findFirst();
  }

  /**
   * {@return the layer}
   *
   * @param key the layer's key, such as {@link TextLayer#KEY}
   * @param <L> the layer's type
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
