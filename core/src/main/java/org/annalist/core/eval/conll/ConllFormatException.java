package org.annalist.core.eval.conll;

/**
 * Malformed CoNLL input, reported with the file (or source name) and the 1-based line number.
 * Immutable once thrown; safe to pass between threads.
 */
public final class ConllFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file or source name given to the reader. */
  private final String source;

  /** The 1-based number of the offending line. */
  private final int line;

  ConllFormatException(String source, int line, String message) {
    super(source + " line " + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  /** {@return the file or source name given to the reader} */
  public String source() {
    return source;
  }

  /** {@return the 1-based number of the offending line} */
  public int line() {
    return line;
  }
}
