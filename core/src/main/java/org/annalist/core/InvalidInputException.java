package org.annalist.core;

/**
 * Input that cannot be read as a document: a missing or empty file, bytes that are not UTF-8,
 * broken metadata JSON. The message names the document (or file) and the position (byte offset or
 * line and column) where the problem is.
 * Immutable once thrown; safe to pass between threads.
 */
public class InvalidInputException extends AnnalistException {

  public InvalidInputException(String documentId, String message) {
    super(documentId, message, null);
  }

  public InvalidInputException(String documentId, String message, Throwable cause) {
    super(documentId, message, cause);
  }
}
