package org.annalist.core.eval.meantime;

import java.util.Objects;

/**
 * One error of a system's names, as {@link MeantimeErrorClassifier} classifies it, with what a
 * reader needs to see it: the document, and the gold and system names' text and type. Immutable
 * and thread-safe.
 *
 * @param category the error's category
 * @param documentId the document's id
 * @param gold the gold name, {@code TYPE "text"}, or empty for a spurious name
 * @param system the system's name, {@code TYPE "text"}, or empty for a missed name
 * @param detail what else classified it (the gold mention a spurious name lies in), or empty
 * @param position the index of the gold name's first token (of the system name's, for a spurious
 *     one) in the document's tokens
 */
public record MeantimeError(Category category, String documentId, String gold, String system,
    String detail, int position) {

  /** The categories of errors. Immutable and thread-safe. */
  public enum Category {
    /** Overlapping a gold name (or on its very span) with another type; the pair says which. */
    WRONG_TYPE("wrong type"),
    /** Spurious, overlapping no gold name but a gold mention of another type or a non-NAM one. */
    SPURIOUS_IN_OTHER_MENTION("spurious, in a gold non-name or other-type mention"),
    /** Spurious, overlapping no gold mention, one all-upper-case token (acronym, zone, code). */
    SPURIOUS_UPPER_CASE("spurious, an all-upper-case token"),
    /** Spurious, overlapping no gold mention, anything else. */
    SPURIOUS_OTHER("spurious, other"),
    /** Overlapping a gold name of its type that another system name already matched. */
    SPURIOUS_OVERLAPPING_MATCHED("spurious, overlapping a gold name matched by another"),
    /** Missed, overlapped by no system name, starting at the headline's first token. */
    MISSED_HEADLINE_INITIAL("missed, headline-initial"),
    /** Missed, overlapped by no system name: one token, the last of an earlier PER name. */
    MISSED_SURNAME_ALONE("missed, a surname alone"),
    /** Missed, overlapped by no system name, anything else. */
    MISSED_OTHER("missed, other"),
    /** Missed, overlapped only by system names matched to other gold names. */
    MISSED_OVERLAPPED("missed, overlapped by a name matched to another"),
    /** Same type, overlapping, the spans differing only by a leading {@code the}. */
    BOUNDARY_LEADING_THE("boundary, only a leading the"),
    /** Same type, overlapping, the spans differing otherwise. */
    BOUNDARY_OTHER("boundary, other");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** {@return how tables name it} */
    public String label() {
      return label;
    }
  }

  /**
   * Checks the components.
   *
   * @param category the error's category
   * @param documentId the document's id
   * @param gold the gold name, or empty
   * @param system the system's name, or empty
   * @param detail what else classified it, or empty
   * @param position the index of the first token of the gold name, or of the system name
   * @throws IllegalArgumentException if both names are empty or the position is negative
   */
  public MeantimeError {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(detail, "detail");
    if (position < 0) {
      throw new IllegalArgumentException("a position must be >= 0, got " + position);
    }
    if (gold.isEmpty() && system.isEmpty()) {
      throw new IllegalArgumentException("a " + category + " error in document " + documentId
          + " needs a gold or a system name");
    }
  }

  /** {@return one line: document, gold, system and detail} */
  public String toLine() {
    StringBuilder b = new StringBuilder(documentId).append(':');
    if (!gold.isEmpty()) {
      b.append(" gold ").append(gold);
    }
    if (!system.isEmpty()) {
      b.append(gold.isEmpty() ? " system " : ", system ").append(system);
    }
    if (!detail.isEmpty()) {
      b.append(" (").append(detail).append(')');
    }
    return b.toString();
  }
}
