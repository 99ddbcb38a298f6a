package org.annalist.model;

/**
 * Whether an event mention is grammatically negated, as TimeML 1.2.1 defines it (the {@code
 * polarity} attribute of a {@code MAKEINSTANCE}).
 *
 * <p>Immutable and thread-safe.
 */
public enum Polarity {
  /** Not negated. */
  POS,
  /** Negated ({@code has not broken}, {@code never visited}). */
  NEG
}
