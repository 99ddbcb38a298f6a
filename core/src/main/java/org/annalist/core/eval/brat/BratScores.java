package org.annalist.core.eval.brat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annalist.model.ClaimKind;

/**
 * The attribution measures over a set of documents ({@link BratScorer}): the counts for all
 * attributions and for direct quotations alone, the counts of each document, and every error.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BratScores scores = BratScorer.create().score(gold, system);
 * scores.all().f1();                   // 0.64
 * scores.errors(BratError.Kind.MISSED).size();
 * System.out.print(scores.toTable());
 * }</pre>
 *
 * @param all the counts over all scored attributions
 * @param direct the counts over direct quotations (see {@link BratScorer})
 * @param documents the counts (all attributions) of each document, by document id
 * @param errors the errors, by document and then position
 * @param goldWithoutContent gold attributions left out because they have no content
 */
public record BratScores(
    BratCounts all, BratCounts direct, Map<String, BratCounts> documents, List<BratError> errors,
    int goldWithoutContent) {

  /**
   * Copies the parts.
   *
   * @param all the counts over all scored attributions
   * @param direct the counts over direct quotations
   * @param documents the counts of each document
   * @param errors the errors
   * @param goldWithoutContent gold attributions left out, not negative
   */
  public BratScores {
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(direct, "direct");
    documents = Collections.unmodifiableMap(
        new TreeMap<>(Objects.requireNonNull(documents, "documents")));
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    if (goldWithoutContent < 0) {
      throw new IllegalArgumentException(
          "goldWithoutContent must be >= 0, was " + goldWithoutContent);
    }
  }

  /**
   * The errors of one kind.
   *
   * @param kind a kind of error
   * @return those errors, in order
   */
  public List<BratError> errors(BratError.Kind kind) {
    return errors.stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * A small table for a terminal: content P/R/F1 and source and cue accuracy as percentages, for
   * all attributions and for direct quotations, then the number of errors of each kind (all, and
   * those about direct quotations), spurious claims by kind.
   *
   * @return the table, lines ending with the platform's line separator
   */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "attributions: %d documents, %d gold (%d without content, not scored), %d system%n",
        documents.size(), all.gold() + goldWithoutContent, goldWithoutContent, all.system()));
    out.append(String.format(Locale.ROOT, "%-8s %7s %7s %7s %8s %8s %8s %8s %8s%n", "", "gold",
        "system", "matched", "P", "R", "F1", "source", "cue"));
    row(out, "all", all);
    row(out, "direct", direct);
    out.append("(P, R, F1: content; source, cue: accuracy over the matched pairs)")
        .append(System.lineSeparator());
    out.append(String.format(Locale.ROOT, "%-16s %7s %7s%n", "errors", "all", "direct"));
    for (BratError.Kind kind : BratError.Kind.values()) {
      List<BratError> ofKind = errors(kind);
      long direct = ofKind.stream().filter(BratError::isDirect).count();
      out.append(String.format(Locale.ROOT, "%-16s %7d %7d", kind.name().toLowerCase(Locale.ROOT)
          .replace('_', ' '), ofKind.size(), direct));
      if (kind == BratError.Kind.SPURIOUS) {
        StringBuilder byKind = new StringBuilder();
        for (ClaimKind claimKind : ClaimKind.values()) {
          long n = ofKind.stream().filter(e -> e.system().kind() == claimKind).count();
          if (n > 0) {
            byKind.append(byKind.isEmpty() ? "   " : ", ").append(claimKind).append(' ').append(n);
          }
        }
        out.append(byKind);
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, BratCounts c) {
    out.append(String.format(Locale.ROOT, "%-8s %7d %7d %7d %8.2f %8.2f %8.2f %8.2f %8.2f%n",
        name, c.gold(), c.system(), c.matched(), 100 * c.precision(), 100 * c.recall(),
        100 * c.f1(), 100 * c.sourceAccuracy(), 100 * c.cueAccuracy()));
  }
}
