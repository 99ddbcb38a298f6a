package org.annalist.model;

/**
 * How a temporal expression's value was obtained. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #EXPLICIT}: the text states it completely ({@code 16 October 2023}, {@code seven
 *       months}, {@code the 1980s});
 *   <li>{@link #RELATIVE_TO_DOCUMENT_DATE}: computed from the document's date ({@code yesterday},
 *       {@code on Sunday}, {@code In February});
 *   <li>{@link #RELATIVE_TO_EXPRESSION}: computed from another expression of the same document, the
 *       anchor, by narrative anchoring ({@code only two years later}, {@code the next day});
 *   <li>{@link #UNRESOLVED}: what the text says could not be placed, for the recorded reason (the
 *       document date is unknown, no anchor precedes it); the value keeps what is known, e.g.
 *       {@code XXXX-05}.
 * </ul>
 */
public enum TimexResolution {
  /** Stated completely by the text. */
  EXPLICIT,
  /** Computed from the document's date. */
  RELATIVE_TO_DOCUMENT_DATE,
  /** Computed from the expression the {@code anchor} names. */
  RELATIVE_TO_EXPRESSION,
  /** Not placed; the expression's {@code reason} says why. */
  UNRESOLVED
}
