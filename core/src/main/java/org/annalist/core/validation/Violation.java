package org.annalist.core.validation;

import java.util.Objects;
import org.annalist.model.Utf16;

/**
 * One problem found in a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file (and line, for JSON Lines) or {@code "<memory>"}
 * @param documentId the document concerned, or {@code null} if unknown
 * @param path where in the value: a property path such as {@code structure[2].span} or a JSON path
 * @param message what is wrong
 */
public record Violation(String source, String documentId, String path, String message) {

  /**
   * Checks the components and escapes lone surrogates in the message.
   *
   * @param source the file (and line, for JSON Lines) or {@code "<memory>"}
   * @param documentId the document concerned, or {@code null} if unknown
   * @param path where in the value: a property path such as {@code structure[2].span} or a JSON
   *     path
   * @param message what is wrong
   * @throws NullPointerException if the source, path or message is {@code null}
   */
  public Violation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    // a message may quote the bad input; it must still be writable as UTF-8
    message = Utf16.escapeLoneSurrogates(message);
  }

  /** {@return one line for a terminal: {@code source [documentId] path: message}} */
  public String toLine() {
    return source + (documentId == null ? "" : " [" + documentId + "]") + " " + path + ": "
        + message.replace('\n', ' ');
  }
}
