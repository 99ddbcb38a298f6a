package org.annalist.core;

/**
 * A stage failed on a document. The message names the document and the stage; the cause is the
 * stage's own exception.
 * Immutable once thrown; safe to pass between threads.
 */
public class AnalysisException extends AnnalistException {

  private final String stage;

  public AnalysisException(String documentId, String stage, Throwable cause) {
    super(
        documentId,
        "document " + documentId + ": stage '" + stage + "' failed: " + cause,
        cause);
    this.stage = stage;
  }

  /** The stage that failed. */
  public String stage() {
    return stage;
  }
}
