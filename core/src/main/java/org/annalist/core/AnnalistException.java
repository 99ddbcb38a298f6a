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

  /** The id of the document concerned, or {@code null}. */
  private final String documentId;

  /**
   * An exception about one document.
   *
   * @param documentId the document's id, or {@code null} if it is not known
   * @param message one line naming the document and the position where possible
   * @param cause the underlying exception, or {@code null}
   */
  public AnnalistException(String documentId, String message, Throwable cause) {
    super(message, cause);
    this.documentId = documentId;
  }

  /** {@return the id of the document concerned, if known} */
  public Optional<String> findDocumentId() {
    return Optional.ofNullable(documentId);
  }
}
