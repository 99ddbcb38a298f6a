package org.annalist.model;

/**
 * How the true amount relates to a {@link Quantity}'s {@code value}, as the text qualifies it.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuantityQualifier {
  /** As stated, unqualified ({@code $7 billion}). */
  EXACT,
  /**
   * About the value ({@code approximately $139 million}, {@code an estimated 24}, {@code almost 67
   * years}).
   */
  APPROXIMATE,
  /** Strictly above it ({@code over 1,000 civilians}, {@code more than 30}). */
  MORE_THAN,
  /** The value or above ({@code at least 155 individuals}). */
  AT_LEAST,
  /** Strictly below it ({@code fewer than 10}, {@code under $5}). */
  LESS_THAN,
  /** The value or below ({@code up to 800}, {@code at most 3}). */
  AT_MOST,
  /** From the value to the quantity's {@code upper} value ({@code between 450,000 and 800,000}). */
  RANGE
}
