package org.annalist.core.eval.timeml;

import java.util.Objects;

/**
 * One disagreement between system and gold TIMEX3s in a document, for development: a gold TIMEX3
 * the system missed, a system TIMEX3 with no gold counterpart, or a relaxed match whose extent,
 * type or value differs (one error per difference).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document
 * @param kind what went wrong
 * @param gold the gold TIMEX3, or {@code null} for {@link Kind#SPURIOUS}
 * @param system the system TIMEX3, or {@code null} for {@link Kind#MISSED}
 */
public record TimexError(String documentId, Kind kind, Timex3 gold, Timex3 system) {

  /** The kinds of disagreement. Immutable and thread-safe. */
  public enum Kind {
    /** A gold TIMEX3 that no system TIMEX3 overlaps (one-to-one). */
    MISSED,
    /** A system TIMEX3 that overlaps no gold TIMEX3 (one-to-one). */
    SPURIOUS,
    /** A relaxed match whose spans differ. */
    EXTENT,
    /** A relaxed match whose types differ. */
    TYPE,
    /** A relaxed match whose values differ. */
    VALUE
  }

  /**
   * Checks the components.
   *
   * @param documentId the document
   * @param kind what went wrong
   * @param gold the gold TIMEX3, or {@code null} for {@link Kind#SPURIOUS}
   * @param system the system TIMEX3, or {@code null} for {@link Kind#MISSED}
   * @throws IllegalArgumentException if the gold and system TIMEX3s present do not fit the kind
   */
  public TimexError {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    if ((gold == null) != (kind == Kind.SPURIOUS) || (system == null) != (kind == Kind.MISSED)) {
      throw new IllegalArgumentException(
          "a " + kind + " error has " + (kind == Kind.SPURIOUS ? "no gold" : "a gold")
              + " and " + (kind == Kind.MISSED ? "no system" : "a system") + " TIMEX3");
    }
  }

  /**
   * {@return one line: {@code APW19980807.0261 VALUE gold [120, 126) "Friday" DATE 1998-08-07 |
   * system [120, 126) "Friday" DATE 1998-08-08}}
   */
  public String toLine() {
    StringBuilder line = new StringBuilder(documentId).append(' ').append(kind);
    if (gold != null) {
      line.append(" gold ").append(gold.describe());
    }
    if (gold != null && system != null) {
      line.append(" |");
    }
    if (system != null) {
      line.append(" system ").append(system.describe());
    }
    return line.toString().replace('\n', ' ');
  }
}
