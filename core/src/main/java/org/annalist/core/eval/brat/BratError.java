package org.annalist.core.eval.brat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.Span;

/**
 * One disagreement between the system's claims and the gold attributions of a document, for
 * development: a gold attribution no claim matched, a claim that matched none, or a matched pair
 * whose source or cue is wrong (one error for each).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document
 * @param kind what went wrong
 * @param gold the gold attribution, or {@code null} for {@link Kind#SPURIOUS}
 * @param system the system claim, or {@code null} for {@link Kind#MISSED}
 */
public record BratError(String documentId, Kind kind, BratAttribution gold, Claim system) {

  /** The kinds of disagreement. */
  public enum Kind {
    /** A gold attribution that no system claim matched. */
    MISSED,
    /** A system claim that matched no gold attribution. */
    SPURIOUS,
    /** A matched pair: the gold attribution has a source, the claim none. */
    SOURCE_MISSING,
    /** A matched pair: the claim has a source, the gold attribution none. */
    SOURCE_EXTRA,
    /** A matched pair: both have a source, and they do not overlap. */
    SOURCE_WRONG,
    /** A matched pair: the claim has no cue. */
    CUE_MISSING,
    /** A matched pair: the claim's cue overlaps no cue of the gold attribution (or it has none). */
    CUE_WRONG
  }

  /**
   * Checks that the error has the gold and system sides its kind needs.
   *
   * @param documentId the document
   * @param kind what went wrong
   * @param gold the gold attribution; {@code null} exactly for {@link Kind#SPURIOUS}
   * @param system the system claim; {@code null} exactly for {@link Kind#MISSED}
   * @throws IllegalArgumentException if a side is present or absent against the kind
   */
  public BratError {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    if ((gold == null) != (kind == Kind.SPURIOUS) || (system == null) != (kind == Kind.MISSED)) {
      throw new IllegalArgumentException(
          "a " + kind + " error has " + (kind == Kind.SPURIOUS ? "no gold" : "a gold")
              + " and " + (kind == Kind.MISSED ? "no system" : "a system") + " side");
    }
  }

  /**
   * Whether the error concerns a direct quotation: the gold attribution {@linkplain
   * BratAttribution#isDirect() is direct}, or, for a spurious claim, the claim is {@link
   * ClaimKind#DIRECT}.
   *
   * @return whether the error counts in the direct-quotation figures
   */
  public boolean isDirect() {
    return gold != null ? gold.isDirect() : system.kind() == ClaimKind.DIRECT;
  }

  /**
   * One line, e.g. {@code X SOURCE_WRONG gold E3 content [115, 290) source [89, 106) "The New
   * York Post" cue [107, 114) "reports" | system DIRECT content [116, 289) source ...}; texts
   * longer than 60 characters are cut and line breaks shown as {@code \n}.
   *
   * @return the error on one line
   */
  public String toLine() {
    StringBuilder line = new StringBuilder(documentId).append(' ').append(kind);
    if (gold != null) {
      line.append(" gold ").append(gold.id())
          .append(roles(gold.content(), gold.source(), gold.cue()));
    }
    if (gold != null && system != null) {
      line.append(" |");
    }
    if (system != null) {
      line.append(" system ").append(system.kind()).append(roles(system.content(),
          system.source() == null ? List.of() : List.of(system.source().span()),
          system.cue() == null ? List.of() : List.of(system.cue().span())));
    }
    return line.toString();
  }

  private static String roles(List<Span> content, List<Span> source, List<Span> cue) {
    return " content " + spans(content) + " source " + spans(source) + " cue " + spans(cue);
  }

  private static String spans(List<Span> spans) {
    if (spans.isEmpty()) {
      return "none";
    }
    return spans.stream()
        .map(s -> "[" + s.begin() + ", " + s.end() + ") \"" + BratReader.shorten(s.text()) + "\"")
        .collect(Collectors.joining(";"));
  }
}
