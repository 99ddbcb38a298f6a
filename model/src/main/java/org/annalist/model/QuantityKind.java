package org.annalist.model;

/**
 * What sort of amount a {@link Quantity} is.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuantityKind {
  /** A number of things or people ({@code 24 Kfir fighters}); the unit is {@code null}. */
  COUNT,
  /** An amount of money; the unit is an ISO 4217 currency code ({@code USD}). */
  MONEY,
  /** A percentage; the unit is {@code percent}. */
  PERCENT,
  /** A length of time ({@code 67 years}); the unit is the time unit, singular ({@code year}). */
  DURATION,
  /** A measure with a unit of measurement ({@code 50 km}, {@code 3 tons}); the unit as written, singular. */
  MEASURE
}
