package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an {@link Event} happened: the temporal expression of the document's {@link TimeLayer} that
 * governs it, and the interval that expression resolves to. Either end of the interval is {@code
 * null} when the expression does not bound it (an unresolved {@code XXXX-10-16}, or {@code since
 * the 1980s}, open above); the interval always contains the expression's true time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param expression the index of the expression in the document's time layer
 * @param value the expression's TIMEX3 value ({@code 2023-10-16}, {@code XXXX-10-16})
 * @param earliest the first day the event can fall on, or {@code null} when unbounded below
 * @param latest the last day the event can fall on, or {@code null} when unbounded above
 * @param granularity the precision of the expression
 * @param rule how the expression was chosen: {@code same-clause}, {@code same-sentence} or {@code
 *     narrative} (an earlier sentence of the paragraph)
 * @param confidence how sure the choice is, in [0, 1]; lower for the wider scopes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventTime(
    @PositiveOrZero int expression,
    @NotBlank String value,
    LocalDate earliest,
    LocalDate latest,
    @NotNull Granularity granularity,
    @NotBlank String rule,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param expression the index of the expression in the document's time layer
   * @param value the expression's TIMEX3 value
   * @param earliest the first day the event can fall on, or {@code null}
   * @param latest the last day the event can fall on, or {@code null}
   * @param granularity the precision of the expression
   * @param rule how the expression was chosen
   * @param confidence how sure the choice is, in [0, 1]
   * @throws NullPointerException if the granularity is {@code null}
   * @throws IllegalArgumentException if the index is negative, the value or rule blank, the
   *     interval ends before it starts, or the confidence is outside [0, 1]
   */
  public EventTime {
    if (expression < 0) {
      throw new IllegalArgumentException("expression must be an index >= 0, was " + expression);
    }
    Provenance.requireText(value, "value");
    Objects.requireNonNull(granularity, "granularity of " + value);
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "event time " + value + " ends (" + latest + ") before it starts (" + earliest + ")");
    }
    Provenance.requireText(rule, "rule of event time " + value);
    Provenance.requireConfidence(confidence);
  }

  /** {@return the first day the event can fall on, if bounded below} */
  public Optional<LocalDate> findEarliest() {
    return Optional.ofNullable(earliest);
  }

  /** {@return the last day the event can fall on, if bounded above} */
  public Optional<LocalDate> findLatest() {
    return Optional.ofNullable(latest);
  }
}
