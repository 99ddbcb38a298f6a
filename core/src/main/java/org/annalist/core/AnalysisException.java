package org.annalist.core;

/**
 * A stage failed on a document. The message names the document and the stage; the cause is the
 * stage's own exception.
 * Immutable once thrown; safe to pass between threads.
 */
public class AnalysisException extends AnnalistException {

  /** The name of the stage that failed. */
  private final String stage;

  /**
   * An exception whose message names the document, the stage and the cause.
   *
   * @param documentId the document's id
   * @param stage the stage's name
   * @param cause what the stage threw
   */
  public AnalysisException(String documentId, String stage, Throwable cause) {
    super(
        documentId,
        "document " + documentId + ": stage '" + stage + "' failed: " + cause,
        cause);
    this.stage = stage;
  }

  /** {@return the name of the stage that failed} */
  public String stage() {
    return stage;
  }
}
