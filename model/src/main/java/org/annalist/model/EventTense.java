package org.annalist.model;

/**
 * The grammatical tense of an event mention, as TimeML 1.2.1 defines it (the {@code tense}
 * attribute of a {@code MAKEINSTANCE}).
 *
 * <p>Immutable and thread-safe.
 */
public enum EventTense {
  /** Past ({@code visited}, {@code had visited}). */
  PAST,
  /** Present ({@code visits}, {@code has visited}). */
  PRESENT,
  /** Future ({@code will visit}). */
  FUTURE,
  /** An infinitive ({@code to visit}). */
  INFINITIVE,
  /** A present participle without a tensed auxiliary ({@code visiting}). */
  PRESPART,
  /** A past participle without a tensed auxiliary ({@code the equipment grounded in 2015}). */
  PASTPART,
  /** No tense: nouns, adjectives, bare forms after a modal. */
  NONE
}
