package org.annalist.model;

/**
 * The TimeML TIMEX3 {@code mod} attribute: how an expression qualifies its value ({@code mid
 * August} is {@link #MID}, {@code about three years} {@link #APPROX}). Immutable and thread-safe.
 */
public enum TimexMod {
  BEFORE,
  AFTER,
  ON_OR_BEFORE,
  ON_OR_AFTER,
  LESS_THAN,
  MORE_THAN,
  EQUAL_OR_LESS,
  EQUAL_OR_MORE,
  START,
  MID,
  END,
  APPROX
}
