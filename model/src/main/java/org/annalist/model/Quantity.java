package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A number the article asserts: its value (a range has two), its qualifier, what sort of amount it
 * is with its unit or currency, what it counts, and the time and the claim it belongs to.
 * {@code approximately $139 million} is {@code 139000000}, {@code APPROXIMATE}, {@code MONEY},
 * {@code USD}; {@code over 1,000 civilians} is {@code 1000}, {@code MORE_THAN}, {@code COUNT},
 * counting {@code civilians}.
 *
 * <p>Values are exact decimals in plain notation ({@code 139000000}, {@code 4.25}, never {@code
 * 1.39E+8}); the constructor normalises them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the whole quantity as written, qualifier and unit included ({@code approximately $139
 *     million})
 * @param value the amount, or the lower end of a {@link QuantityQualifier#RANGE}
 * @param upper the upper end of a range; {@code null} unless the qualifier is {@code RANGE}
 * @param qualifier how the true amount relates to the value
 * @param kind what sort of amount it is
 * @param unit the currency code, {@code percent}, or the unit of time or measure (see {@link
 *     QuantityKind}); {@code null} for a count
 * @param counted the words for what is counted or measured ({@code civilians}, {@code Kfir
 *     fighters}), or {@code null}
 * @param time the index in the document's {@link TimeLayer#expressions()} of the time the quantity
 *     refers to, when stated, or {@code null}
 * @param claim the index in the document's {@link ClaimLayer#claims()} of the claim whose content
 *     holds the quantity, or {@code null}
 * @param provenance the stage, the rule that found it and its confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(
    @Valid @NotNull Span span,
    @NotNull BigDecimal value,
    BigDecimal upper,
    @NotNull QuantityQualifier qualifier,
    @NotNull QuantityKind kind,
    String unit,
    @Valid Span counted,
    @PositiveOrZero Integer time,
    @PositiveOrZero Integer claim,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks and copies the components.
   *
   * @param span the whole quantity as written, qualifier and unit included ({@code approximately
   *     $139 million})
   * @param value the amount, or the lower end of a {@link QuantityQualifier#RANGE}
   * @param upper the upper end of a range; {@code null} unless the qualifier is {@code RANGE}
   * @param qualifier how the true amount relates to the value
   * @param kind what sort of amount it is
   * @param unit the currency code, {@code percent}, or the unit of time or measure (see {@link
   *     QuantityKind}); {@code null} for a count
   * @param counted the words for what is counted or measured ({@code civilians}, {@code Kfir
   *     fighters}), or {@code null}
   * @param time the index in the document's {@link TimeLayer#expressions()} of the time the
   *     quantity refers to, when stated, or {@code null}
   * @param claim the index in the document's {@link ClaimLayer#claims()} of the claim whose content
   *     holds the quantity, or {@code null}
   * @param provenance the stage, the rule that found it and its confidence
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public Quantity {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a quantity cannot be empty, at offset " + span.begin());
    }
    value = plain(Objects.requireNonNull(value, "value of quantity " + span));
    Objects.requireNonNull(qualifier, "qualifier of quantity " + span);
    Objects.requireNonNull(kind, "kind of quantity " + span);
    if ((upper != null) != (qualifier == QuantityQualifier.RANGE)) {
      throw new IllegalArgumentException("quantity " + span + " is " + qualifier
          + (upper == null ? " without an upper value" : " but has an upper value " + upper));
    }
    if (upper != null) {
      upper = plain(upper);
      if (upper.compareTo(value) < 0) {
        throw new IllegalArgumentException(
            "range " + span + " has upper value " + upper + " below its value " + value);
      }
    }
    if (unit != null) {
      Provenance.requireText(unit, "unit of quantity " + span);
    }
    if (kind != QuantityKind.COUNT && unit == null) {
      throw new IllegalArgumentException("a " + kind + " quantity needs a unit, at " + span);
    }
    if (counted != null && counted.length() == 0) {
      throw new IllegalArgumentException("what quantity " + span + " counts cannot be empty");
    }
    if (time != null && time < 0) {
      throw new IllegalArgumentException("time must be an index >= 0, was " + time);
    }
    if (claim != null && claim < 0) {
      throw new IllegalArgumentException("claim must be an index >= 0, was " + claim);
    }
    Objects.requireNonNull(provenance, "provenance of quantity " + span);
  }

  /**
   * Every span of this quantity.
   *
   * @return the quantity's span, then what it counts (if stated)
   */
  public Stream<Span> spans() {
    List<Span> all = new ArrayList<>(List.of(span));
    if (counted != null) {
      all.add(counted);
    }
    return all.stream();
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
