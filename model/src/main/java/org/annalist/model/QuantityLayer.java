package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The numbers a document asserts, in text order: counts, money, percentages, durations and
 * measures, each with its qualifier and unit, what it counts, and the time and the claim it belongs
 * to (see {@link Quantity}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Quantity q : analyzed.expect(QuantityLayer.KEY).quantities()) {
 *   System.out.println(q.span().text() + " = " + q.qualifier() + " " + q.value() + " " + q.unit());
 * }
 * }</pre>
 *
 * @param stage the producing stage
 * @param models the lexicons and rule sets used
 * @param quantities the quantities, ordered by span
 */
public record QuantityLayer(
    @NotBlank String stage,
    @NotNull List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull Quantity> quantities)
    implements Layer {

  /** The key of the quantity layer. */
  public static final LayerKey<QuantityLayer> KEY =
      new LayerKey<>("quantities", QuantityLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the producing stage
   * @param models the lexicons and rule sets used
   * @param quantities the quantities, ordered by span
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public QuantityLayer {
    Provenance.requireText(stage, "stage");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    quantities = List.copyOf(Objects.requireNonNull(quantities, "quantities"));
    for (int i = 1; i < quantities.size(); i++) {
      Span previous = quantities.get(i - 1).span();
      Span current = quantities.get(i).span();
      if (current.compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            "quantities must be in text order, but " + current + " follows " + previous);
      }
    }
  }

  @Override
  public LayerKey<QuantityLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return quantities.stream().flatMap(Quantity::spans);
  }
}
