package org.annalist.model;

/**
 * The precision of a temporal value, from a second to a century; {@link #UNKNOWN} when the
 * expression has no calendar precision (a vague {@code PAST_REF}). Ordered from finest to coarsest.
 * Immutable and thread-safe.
 */
public enum Granularity {
  SECOND,
  MINUTE,
  HOUR,
  /** Morning, afternoon, evening, night. */
  PART_OF_DAY,
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  SEASON,
  HALF_YEAR,
  YEAR,
  DECADE,
  CENTURY,
  MILLENNIUM,
  UNKNOWN
}
