package org.annalist.model;

/** The TimeML TIMEX3 type of a temporal expression. Immutable and thread-safe. */
public enum TimexType {
  /** A calendar date or period: {@code 2023-10-16}, {@code 2024-05}, {@code 198X}, {@code 2024-W18}. */
  DATE,
  /** A time of day, possibly with its date: {@code 2012-04-24T15:00}, {@code 1998-01-08TNI}. */
  TIME,
  /** A length of time: {@code P7M}, {@code PT24H}, {@code PXY}. */
  DURATION,
  /** A recurring time: {@code P1W} for "every week", {@code XXXX-WXX-1} for "every Monday". */
  SET
}
