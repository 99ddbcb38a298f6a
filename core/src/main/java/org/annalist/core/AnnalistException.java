package org.annalist.core;

import java.util.Optional;

/**
 * Base of the exceptions Annalist throws for bad input or failed analysis. Every instance names the
 * document it concerns (when one is known). Programmer errors (null arguments, a wrongly assembled
 * pipeline) are reported with the standard {@link NullPointerException} and
 * {@link IllegalArgumentException} instead.
 * Immutable once thrown; safe to pass between threads.
 */
public class AnnalistException extends RuntimeException {

  private final String documentId;

  public AnnalistException(String documentId, String message, Throwable cause) {
    super(message, cause);
    this.documentId = documentId;
  }

  /** The document concerned, if known. */
  public Optional<String> findDocumentId() {
    return Optional.ofNullable(documentId);
  }
}
