package org.annalist.model;

/**
 * The grammatical aspect of an event mention, as TimeML 1.2.1 defines it (the {@code aspect}
 * attribute of a {@code MAKEINSTANCE}).
 *
 * <p>Immutable and thread-safe.
 */
public enum EventAspect {
  /** {@code is visiting}. */
  PROGRESSIVE,
  /** {@code has visited}. */
  PERFECTIVE,
  /** {@code has been visiting}. */
  PERFECTIVE_PROGRESSIVE,
  /** No marked aspect. */
  NONE
}
