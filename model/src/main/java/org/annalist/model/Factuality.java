package org.annalist.model;

/**
 * Whether the text asserts that an {@link Event} happened, and if not, what it says instead. The
 * chronology presents only {@link #ASSERTED} and {@link #REPORTED} events as having happened.
 *
 * <p>Immutable and thread-safe.
 */
public enum Factuality {
  /** The article states that it happened or is happening ({@code Israel suspended exports}). */
  ASSERTED,
  /** The text says it did not happen ({@code has not broken relations}, {@code refused to}). */
  NEGATED,
  /** A condition or counterfactual ({@code if we must suspend relations}, {@code would end}). */
  HYPOTHETICAL,
  /** Threatened by someone ({@code threatening to break off relations}). */
  THREATENED,
  /** Planned or intended ({@code has plans to acquire}, {@code will}, {@code aims to}). */
  PLANNED,
  /** Demanded or urged of someone ({@code urged Petro to speak}). */
  DEMANDED,
  /**
   * Asserted only by a quoted or reported source, not by the article: the event lies in the content
   * of an attributed claim, which the event names.
   */
  REPORTED,
  /** Possible, not asserted ({@code may have traveled}, {@code reportedly}, {@code could}). */
  UNCERTAIN
}
