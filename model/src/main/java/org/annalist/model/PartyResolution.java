package org.annalist.model;

/**
 * How the span of a {@link ClaimParty} (a claim's source or addressee) was linked to an entity of
 * the document's {@link EntityLayer}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PartyResolution {
  /** The span is, or contains, a mention of the entity ({@code President Gustavo Petro}). */
  MENTION,
  /**
   * A title or description ({@code Colombia’s president}, {@code the ministry}) resolved to an
   * earlier compatible entity.
   */
  DESCRIPTION,
  /** A pronoun ({@code he}, {@code she}, {@code it}, {@code they}) resolved to an earlier entity. */
  PRONOUN,
  /** No entity was found for the span; the span is kept as written. */
  UNRESOLVED
}
