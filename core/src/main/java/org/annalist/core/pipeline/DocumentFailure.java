package org.annalist.core.pipeline;

import java.util.Objects;
import org.annalist.model.Utf16;

/**
 * Why one input of a corpus run produced no analysed document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source where the input came from: a file path, or a file path and line for JSON Lines
 * @param documentId the document id, or {@code null} if it could not be determined
 * @param step what failed: {@code "read"}, {@code "parse"} or the name of a stage
 * @param message a one-line explanation naming the position where possible; lone surrogates it
 *     quotes are spelled {@code \\uD800}
 */
public record DocumentFailure(String source, String documentId, String step, String message) {

  /**
   * Checks the components and escapes lone surrogates in the source and message.
   *
   * @param source where the input came from: a file path, or a file path and line for JSON Lines
   * @param documentId the document id, or {@code null} if it could not be determined
   * @param step what failed: {@code "read"}, {@code "parse"} or the name of a stage
   * @param message a one-line explanation naming the position where possible; lone surrogates it
   *     quotes are spelled {@code \\uD800}
   * @throws NullPointerException if the source, step or message is {@code null}
   */
  public DocumentFailure {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(message, "message");
    // a message may quote the bad input; it must still be writable as UTF-8
    source = Utf16.escapeLoneSurrogates(source);
    message = Utf16.escapeLoneSurrogates(message);
  }

  /**
   * {@return one line for a terminal: {@code source: message}} The source appears once, even if the
   * message already names it.
   */
  public String toLine() {
    String line = message.startsWith(source) ? message : source + ": " + message;
    return line.replace('\n', ' ');
  }
}
