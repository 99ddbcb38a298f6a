package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The temporal expressions of a document in text order, and the document date they were resolved
 * against: the caller's or the text's own ({@link DateResolution#GIVEN}, {@link
 * DateResolution#STATED}, copied from {@link Document#date()}), one the time stage {@link
 * DateResolution#INFERRED} from the text (an interval, a confidence and the spans of its evidence),
 * or {@link DateResolution#UNKNOWN}. Every expression's {@code anchor} names another expression of
 * this layer.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimeLayer time = analyzed.expect(TimeLayer.KEY);
 * time.expressions().forEach(t -> System.out.println(t.span().text() + " = " + t.value()));
 * }</pre>
 *
 * @param stage the producing stage
 * @param expressions the expressions, ordered by span
 * @param documentDate the document date used for resolution
 */
public record TimeLayer(
    @NotBlank String stage,
    @NotNull List<@Valid @NotNull TemporalExpression> expressions,
    @Valid @NotNull DocumentDate documentDate)
    implements Layer {

  /** The key of the time layer. */
  public static final LayerKey<TimeLayer> KEY = new LayerKey<>("time", TimeLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the producing stage
   * @param expressions the expressions, ordered by span
   * @param documentDate the document date used for resolution
   * @throws IllegalArgumentException if the expressions are out of text order or one is anchored to
   *     itself or to an expression the layer lacks
   */
  public TimeLayer {
    Provenance.requireText(stage, "stage");
    expressions = List.copyOf(Objects.requireNonNull(expressions, "expressions"));
    Objects.requireNonNull(documentDate, "documentDate (use DocumentDate.unknown())");
    for (int i = 0; i < expressions.size(); i++) {
      TemporalExpression e = expressions.get(i);
      if (i > 0 && e.span().compareTo(expressions.get(i - 1).span()) < 0) {
        throw new IllegalArgumentException(
            "expressions must be in text order, but " + e.span() + " follows "
                + expressions.get(i - 1).span());
      }
      if (e.anchor() != null && (e.anchor() >= expressions.size() || e.anchor() == i)) {
        throw new IllegalArgumentException(
            "expression " + e.span() + " is anchored to expression " + e.anchor()
                + ", which is not another expression of the layer (size " + expressions.size()
                + ")");
      }
    }
  }

  @Override
  public LayerKey<TimeLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return Stream.concat(
        expressions.stream().map(TemporalExpression::span), documentDate.spans().stream());
  }
}
