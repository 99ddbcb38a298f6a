package org.annalist.core;

/**
 * Input that cannot be read as a document: a missing or empty file, bytes that are not UTF-8,
 * broken metadata JSON. The message names the document (or file) and the position (byte offset or
 * line and column) where the problem is.
 * Immutable once thrown; safe to pass between threads.
 */
public class InvalidInputException extends AnnalistException {

  /**
   * An exception about bad input, with no underlying cause.
   *
   * @param documentId the document's id, or {@code null} if it is not known
   * @param message one line naming the document or file and the position
   */
  public InvalidInputException(String documentId, String message) {
    super(documentId, message, null);
  }

  /**
   * An exception about bad input.
   *
   * @param documentId the document's id, or {@code null} if it is not known
   * @param message one line naming the document or file and the position
   * @param cause the underlying exception, such as a decoding or JSON error
   */
  public InvalidInputException(String documentId, String message, Throwable cause) {
    super(documentId, message, cause);
  }
}
