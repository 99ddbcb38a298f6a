package org.annalist.model;

/**
 * The part an {@link EventParticipant} plays in an {@link Event}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ParticipantRole {
  /** Who does it: {@code Israel} in {@code Israel suspended exports to Colombia}. */
  AGENT,
  /** What it is done to: {@code its ambassador} in {@code Colombia recalled its ambassador}. */
  PATIENT,
  /**
   * Whom it is directed at: {@code Colombia} in {@code suspended exports to Colombia}, {@code
   * Israel} in {@code an attack on Israel}.
   */
  TARGET,
  /** Where it happens: {@code Colombia} in {@code Barak visited Colombia}. */
  LOCATION
}
