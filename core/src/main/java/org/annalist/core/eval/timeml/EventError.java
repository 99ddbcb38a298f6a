package org.annalist.core.eval.timeml;

import java.util.Objects;

/**
 * One disagreement between system and gold EVENTs in a document, for development: a gold EVENT the
 * system missed, a system EVENT with no gold counterpart, or a relaxed match whose extent or one of
 * whose scored attributes differs (one error per difference).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * scores.errors(EventError.Kind.CLASS).forEach(e -> System.out.println(e.toLine()));
 * }</pre>
 *
 * @param documentId the document
 * @param kind what went wrong
 * @param gold the gold EVENT, or {@code null} for {@link Kind#SPURIOUS}
 * @param system the system EVENT, or {@code null} for {@link Kind#MISSED}
 */
public record EventError(String documentId, Kind kind, TimemlEvent gold, TimemlEvent system) {

  /** The kinds of disagreement. Immutable and thread-safe. */
  public enum Kind {
    /** A gold EVENT that no system EVENT overlaps (one-to-one). */
    MISSED,
    /** A system EVENT that overlaps no gold EVENT (one-to-one). */
    SPURIOUS,
    /** A relaxed match whose spans differ. */
    EXTENT,
    /** A relaxed match whose classes differ. */
    CLASS,
    /** A relaxed match whose tenses differ. */
    TENSE,
    /** A relaxed match whose aspects differ. */
    ASPECT,
    /** A relaxed match whose polarities differ. */
    POLARITY,
    /** A relaxed match whose modalities differ (ignoring case). */
    MODALITY;

    /**
     * {@return the kind of a disagreement on the attribute}
     *
     * @param attribute a scored attribute
     */
    public static Kind of(EventCounts.Attribute attribute) {
      return valueOf(attribute.name());
    }
  }

  /**
   * Checks the components.
   *
   * @param documentId the document
   * @param kind what went wrong
   * @param gold the gold EVENT, or {@code null} for {@link Kind#SPURIOUS}
   * @param system the system EVENT, or {@code null} for {@link Kind#MISSED}
   * @throws IllegalArgumentException if the gold and system EVENTs present do not fit the kind
   */
  public EventError {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    if ((gold == null) != (kind == Kind.SPURIOUS) || (system == null) != (kind == Kind.MISSED)) {
      throw new IllegalArgumentException(
          "a " + kind + " error has " + (kind == Kind.SPURIOUS ? "no gold" : "a gold")
              + " and " + (kind == Kind.MISSED ? "no system" : "a system") + " EVENT");
    }
  }

  /**
   * {@return one line: {@code wsj_0006 TENSE gold [52, 58) "agreed" OCCURRENCE PAST NONE POS |
   * system [52, 58) "agreed" OCCURRENCE PRESENT NONE POS}}
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
