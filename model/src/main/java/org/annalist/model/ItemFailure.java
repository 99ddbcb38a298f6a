package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One item of a document that a stage could not analyse and skipped, so that the rest of the
 * document keeps its analysis: a sentence whose names could not be read, a temporal expression that
 * could not be resolved. The stage's layer lacks what the item would have added; the rest of that
 * layer, and every other layer, is as usual. A consumer that needs complete layers checks {@link
 * AnalyzedDocument#isComplete()}.
 *
 * <p>Stages record these instead of failing the whole document when the work on one item throws
 * (the core module's {@code Stage} contract). {@link AnalyzedDocument#itemFailures()} lists them in
 * the order the stages ran.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ItemFailure f = ItemFailure.of("d2", "time", "expression", span, exception);
 * f.message(); // document d2, offset 40: stage 'time' skipped the expression at [40, 44):
 *              // java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2
 * }</pre>
 *
 * @param stage the name of the stage that skipped the item
 * @param item what was skipped, in the stage's words, e.g. {@code "sentence"} or {@code
 *     "expression"}
 * @param span the item's characters in the original text
 * @param message one line naming the document, the offset and the cause
 */
public record ItemFailure(
    @NotBlank String stage,
    @NotBlank String item,
    @Valid @NotNull Span span,
    @NotBlank String message) {

  /**
   * Checks the components.
   *
   * @param stage the name of the stage that skipped the item
   * @param item what was skipped, in the stage's words, e.g. {@code "sentence"} or {@code
   *     "expression"}
   * @param span the item's characters in the original text
   * @param message one line naming the document, the offset and the cause
   * @throws IllegalArgumentException if a text component is blank or the message has a line break
   */
  public ItemFailure {
    Provenance.requireText(stage, "stage");
    Provenance.requireText(item, "item");
    Objects.requireNonNull(span, "span of the skipped " + item);
    Provenance.requireText(message, "message");
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "an item failure's message is one line, but was \"" + message + "\"");
    }
  }

  /**
   * {@return the failure of {@code stage} on the {@code item} at {@code span} of document {@code
   * documentId}, caused by {@code cause}; the message names all of them, on one line}
   *
   * @param documentId the document's id, for the message
   * @param stage the stage's name
   * @param item what was skipped, e.g. {@code "sentence"}
   * @param span the item's characters
   * @param cause what the work on the item threw
   */
  public static ItemFailure of(
      String documentId, String stage, String item, Span span, Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    return of(documentId, stage, item, span, cause.toString());
  }

  /**
   * {@return as {@link #of(String, String, String, Span, Throwable)}, with the cause in words}
   * Line breaks in the cause become spaces.
   *
   * @param documentId the document's id, for the message
   * @param stage the stage's name
   * @param item what was skipped, e.g. {@code "sentence"}
   * @param span the item's characters
   * @param cause why, not blank
   */
  public static ItemFailure of(
      String documentId, String stage, String item, Span span, String cause) {
    Objects.requireNonNull(span, "span");
    Provenance.requireText(cause, "cause");
    String message =
        "document " + documentId + ", offset " + span.begin() + ": stage '" + stage
            + "' skipped the " + item + " at [" + span.begin() + ", " + span.end() + "): " + cause;
    return new ItemFailure(stage, item, span, message.replace("\r\n", " ").replace('\n', ' ')
        .replace('\r', ' '));
  }
}
