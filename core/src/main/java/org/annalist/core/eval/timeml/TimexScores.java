package org.annalist.core.eval.timeml;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The TempEval-3 TIMEX3 measures over a set of documents ({@link TimexScorer}): the total counts
 * and measures, the counts of each document, and every error.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimexScores scores = TimexScorer.create().score(gold, system);
 * scores.relaxedF1();       // 0.91
 * scores.valueAccuracy();   // 0.86
 * System.out.print(scores.toTable());
 * }</pre>
 *
 * @param total the counts over all documents
 * @param documents the counts of each document, by document id
 * @param errors the errors, by document and then position
 */
public record TimexScores(
    TimexCounts total, Map<String, TimexCounts> documents, List<TimexError> errors) {

  /**
   * Copies the components; the documents are kept sorted by id.
   *
   * @param total the counts over all documents
   * @param documents the counts of each document, by document id
   * @param errors the errors, by document and then position
   * @throws NullPointerException if a component is {@code null}
   */
  public TimexScores {
    Objects.requireNonNull(total, "total");
    documents = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(documents,
        "documents")));
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /** {@return {@link TimexCounts#strictPrecision()} of the total} */
  public double strictPrecision() {
    return total.strictPrecision();
  }

  /** {@return {@link TimexCounts#strictRecall()} of the total} */
  public double strictRecall() {
    return total.strictRecall();
  }

  /** {@return {@link TimexCounts#strictF1()} of the total} */
  public double strictF1() {
    return total.strictF1();
  }

  /** {@return {@link TimexCounts#relaxedPrecision()} of the total} */
  public double relaxedPrecision() {
    return total.relaxedPrecision();
  }

  /** {@return {@link TimexCounts#relaxedRecall()} of the total} */
  public double relaxedRecall() {
    return total.relaxedRecall();
  }

  /** {@return {@link TimexCounts#relaxedF1()} of the total} */
  public double relaxedF1() {
    return total.relaxedF1();
  }

  /** {@return {@link TimexCounts#typeAccuracy()} of the total} */
  public double typeAccuracy() {
    return total.typeAccuracy();
  }

  /** {@return {@link TimexCounts#valueAccuracy()} of the total} */
  public double valueAccuracy() {
    return total.valueAccuracy();
  }

  /** {@return {@link TimexCounts#typeF1()} of the total} */
  public double typeF1() {
    return total.typeF1();
  }

  /** {@return {@link TimexCounts#valueF1()} of the total} */
  public double valueF1() {
    return total.valueF1();
  }

  /**
   * {@return the errors of one kind, in the order of {@link #errors()}}
   *
   * @param kind the kind of disagreement
   */
  public List<TimexError> errors(TimexError.Kind kind) {
    return errors.stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * {@return a small table of the measures, as percentages, for a terminal; lines end with {@code
   * %n}}
   */
  public String toTable() {
    TimexCounts t = total;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "TIMEX3: %d documents, %d gold, %d system (creation times excluded)%n",
        documents.size(), t.gold(), t.system()));
    out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s%n", "extent", "P", "R", "F1"));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f %9.2f%n", "strict",
        100 * t.strictPrecision(), 100 * t.strictRecall(), 100 * t.strictF1()));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f %9.2f%n", "relaxed",
        100 * t.relaxedPrecision(), 100 * t.relaxedRecall(), 100 * t.relaxedF1()));
    out.append(String.format(Locale.ROOT, "%-9s %9s %9s%n", "attribute", "accuracy", "F1"));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f%n", "value",
        100 * t.valueAccuracy(), 100 * t.valueF1()));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f%n", "type",
        100 * t.typeAccuracy(), 100 * t.typeF1()));
    return out.toString();
  }
}
