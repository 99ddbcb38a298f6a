package org.annalist.model;

/** How a document's date became known, if it did. Immutable and thread-safe. */
public enum DateResolution {
  /** Supplied by the caller's metadata. */
  GIVEN,
  /** Stated in the text: a date line, a byline date. */
  STATED,
  /** Inferred from the text's relative expressions; an interval with a confidence. */
  INFERRED,
  /** Not known: relative expressions cannot be resolved against it. */
  UNKNOWN
}
