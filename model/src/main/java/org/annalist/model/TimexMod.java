package org.annalist.model;

/**
 * The TimeML TIMEX3 {@code mod} attribute: how an expression qualifies its value ({@code mid
 * August} is {@link #MID}, {@code about three years} {@link #APPROX}). Immutable and thread-safe.
 */
public enum TimexMod {
  /** Before the value: {@code before 2010}. */
  BEFORE,
  /** After the value: {@code after May}. */
  AFTER,
  /** The value or before: {@code no later than Friday}. */
  ON_OR_BEFORE,
  /** The value or after: {@code no earlier than 2025}. */
  ON_OR_AFTER,
  /** A duration shorter than the value: {@code less than a year}. */
  LESS_THAN,
  /** A duration longer than the value: {@code more than a decade}. */
  MORE_THAN,
  /** A duration of at most the value: {@code up to six months}. */
  EQUAL_OR_LESS,
  /** A duration of at least the value: {@code at least two weeks}. */
  EQUAL_OR_MORE,
  /** The beginning of the period: {@code early 2024}. */
  START,
  /** The middle of the period: {@code mid August}. */
  MID,
  /** The end of the period: {@code late 1990s}. */
  END,
  /** About the value: {@code about three years}. */
  APPROX
}
