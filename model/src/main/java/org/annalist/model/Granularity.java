package org.annalist.model;

/**
 * The precision of a temporal value, from a second to a millennium; {@link #UNKNOWN} when the
 * expression has no calendar precision (a vague {@code PAST_REF}). Ordered from finest to coarsest.
 * Immutable and thread-safe.
 */
public enum Granularity {
  /** To the second: {@code 15:00:30}. */
  SECOND,
  /** To the minute: {@code 3:15 p.m.}. */
  MINUTE,
  /** To the hour: {@code 3 p.m.}. */
  HOUR,
  /** Morning, afternoon, evening, night. */
  PART_OF_DAY,
  /** One calendar day. */
  DAY,
  /** One ISO week. */
  WEEK,
  /** One calendar month. */
  MONTH,
  /** A quarter of a year. */
  QUARTER,
  /** A season: {@code last summer}. */
  SEASON,
  /** A half of a year. */
  HALF_YEAR,
  /** One calendar year. */
  YEAR,
  /** Ten years: {@code the 1980s}. */
  DECADE,
  /** A hundred years. */
  CENTURY,
  /** A thousand years. */
  MILLENNIUM,
  /** No calendar precision: {@code PAST_REF}, a duration. */
  UNKNOWN
}
