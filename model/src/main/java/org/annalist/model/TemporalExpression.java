package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression: its span, its TimeML TIMEX3 type, value and mod, the days it covers, its
 * granularity, its bounds if it is a range, and how its value was resolved.
 *
 * <p>The interval {@code [earliest, latest]} is inclusive, in whole days, and lets the chronology
 * compute: {@code mid August} written in 2024 covers 2024-08-01..2024-08-31 with granularity
 * {@link Granularity#MONTH} and mod {@link TimexMod#MID}; {@code the 1980s} covers
 * 1980-01-01..1989-12-31 ({@link Granularity#DECADE}); a range covers its bounds ({@code since last
 * October}: from 2023-10-01, {@code latest} open). Either end is {@code null} when unknown or open
 * (a duration, {@code PAST_REF}, an unresolved {@code XXXX-05}).
 *
 * <p>{@code yearOffset} is the expression's year relative to the document's year when the text
 * gives the year that way: 0 for {@code this year}, {@code In May this year} or {@code this
 * October}, -1 for {@code last year} or {@code the 16th of October last year}, +1 for {@code next
 * year}. It is set whether or not the expression could be resolved (in an undated article {@code
 * the 16th of October last year} is {@code XXXX-10-16}, unresolved, with offset -1), so that the
 * expression can be placed once the document's year is known. It is {@code null} when the text
 * names no such relation: an explicit {@code 2023}, a bare {@code in mid August}, and {@code last
 * October}, which means the latest October before the document date, not the previous year's.
 *
 * <p>{@code anchor} is the index, in the layer's expression list, of the expression this one was
 * resolved against (only for {@link TimexResolution#RELATIVE_TO_EXPRESSION}); {@code reason} says
 * why an {@link TimexResolution#UNRESOLVED} value could not be placed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * expression.value();        // "2023-11-01"
 * expression.resolution();   // RELATIVE_TO_EXPRESSION
 * expression.findEarliest(); // Optional[2023-11-01]
 * }</pre>
 *
 * @param span the expression's characters, not empty
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value, such as {@code 2023-11-01}, {@code P3D} or {@code PAST_REF}
 * @param mod the TIMEX3 mod, or {@code null}
 * @param earliest the first day covered, or {@code null} when unknown or open
 * @param latest the last day covered, or {@code null} when unknown or open
 * @param granularity the precision of the value
 * @param yearOffset the expression's year minus the document's year, when the text gives the year
 *     that way ({@code last year}: -1), else {@code null}
 * @param range the bounds if the expression is a range, else {@code null}
 * @param resolution how the value was resolved
 * @param anchor the index of the expression it was resolved against, only for {@link
 *     TimexResolution#RELATIVE_TO_EXPRESSION}
 * @param reason why it is unresolved, only for {@link TimexResolution#UNRESOLVED}
 * @param provenance the rule and confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemporalExpression(
    @Valid @NotNull Span span,
    @NotNull TimexType type,
    @NotBlank String value,
    TimexMod mod,
    LocalDate earliest,
    LocalDate latest,
    @NotNull Granularity granularity,
    Integer yearOffset,
    @Valid TimexRange range,
    @NotNull TimexResolution resolution,
    Integer anchor,
    String reason,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks the components.
   *
   * @param span the expression's characters, not empty
   * @param type the TIMEX3 type
   * @param value the TIMEX3 value, such as {@code 2023-11-01}, {@code P3D} or {@code PAST_REF}
   * @param mod the TIMEX3 mod, or {@code null}
   * @param earliest the first day covered, or {@code null} when unknown or open
   * @param latest the last day covered, or {@code null} when unknown or open
   * @param granularity the precision of the value
   * @param yearOffset the expression's year minus the document's year, when the text gives the
   *     year that way ({@code last year}: -1), else {@code null}
   * @param range the bounds if the expression is a range, else {@code null}
   * @param resolution how the value was resolved
   * @param anchor the index of the expression it was resolved against, only for {@link
   *     TimexResolution#RELATIVE_TO_EXPRESSION}
   * @param reason why it is unresolved, only for {@link TimexResolution#UNRESOLVED}
   * @param provenance the rule and confidence
   * @throws IllegalArgumentException naming the span if it is empty, the value is blank, the
   *     interval is reversed, or the anchor or reason does not fit the resolution
   */
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a temporal expression cannot be empty, at " + span.begin());
    }
    Objects.requireNonNull(type, "type of " + span);
    Provenance.requireText(value, "value of " + span);
    Objects.requireNonNull(granularity, "granularity of " + span);
    Objects.requireNonNull(resolution, "resolution of " + span);
    Objects.requireNonNull(provenance, "provenance of " + span);
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "expression " + span + " ends (" + latest + ") before it starts (" + earliest + ")");
    }
    if (resolution == TimexResolution.RELATIVE_TO_EXPRESSION) {
      if (anchor == null || anchor < 0) {
        throw new IllegalArgumentException(
            "expression " + span + " is resolved against another expression but has anchor "
                + anchor);
      }
    } else if (anchor != null) {
      throw new IllegalArgumentException(
          "expression " + span + " is " + resolution + " and so cannot have an anchor (" + anchor
              + ")");
    }
    if (resolution == TimexResolution.UNRESOLVED) {
      Provenance.requireText(reason, "reason why " + span + " is unresolved");
    } else if (reason != null) {
      throw new IllegalArgumentException(
          "expression " + span + " is " + resolution + " and so has no unresolved reason");
    }
  }

  /** {@return the first day covered, if known} */
  public Optional<LocalDate> findEarliest() {
    return Optional.ofNullable(earliest);
  }

  /** {@return the last day covered, if known} */
  public Optional<LocalDate> findLatest() {
    return Optional.ofNullable(latest);
  }

  /** {@return the range bounds, if this expression denotes a range} */
  public Optional<TimexRange> findRange() {
    return Optional.ofNullable(range);
  }

  /** {@return whether the expression is placed on the calendar: it has at least one known end} */
  @JsonIgnore
  public boolean isAnchored() {
    return earliest != null || latest != null;
  }
}
