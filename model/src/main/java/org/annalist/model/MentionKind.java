package org.annalist.model;

/** How a mention names its entity. Immutable and thread-safe. */
public enum MentionKind {
  /** The full or canonical name, e.g. {@code Gustavo Petro}. */
  NAME,
  /** A shorter or other form: surname, first name, a name with its title. */
  ALIAS,
  /** An acronym or initialism, e.g. {@code IAI}. */
  ACRONYM,
  /** A demonym or adjective standing for a place, e.g. {@code Colombian}. */
  DEMONYM,
  /** A misspelling of a name seen elsewhere in the document, e.g. {@code Preto}. */
  VARIANT
}
