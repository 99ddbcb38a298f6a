package org.annalist.core.eval.timeml;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The TempEval-3 EVENT measures (Task B) over a set of documents ({@link EventScorer}): the total
 * counts and measures, the counts of each document, and every error.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EventScores scores = EventScorer.create().score(gold, system);
 * scores.relaxedF1();                           // 0.87
 * scores.f1(EventCounts.Attribute.CLASS);       // 0.71, TempEval-3's "class F1"
 * System.out.print(scores.toTable());
 * }</pre>
 *
 * @param total the counts over all documents
 * @param documents the counts of each document, by document id
 * @param errors the errors, by document and then position
 */
public record EventScores(
    EventCounts total, Map<String, EventCounts> documents, List<EventError> errors) {

  /**
   * Copies the components; the documents are kept sorted by id.
   *
   * @param total the counts over all documents
   * @param documents the counts of each document, by document id
   * @param errors the errors, by document and then position
   * @throws NullPointerException if a component is {@code null}
   */
  public EventScores {
    Objects.requireNonNull(total, "total");
    documents = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(documents,
        "documents")));
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /** {@return {@link EventCounts#strictPrecision()} of the total} */
  public double strictPrecision() {
    return total.strictPrecision();
  }

  /** {@return {@link EventCounts#strictRecall()} of the total} */
  public double strictRecall() {
    return total.strictRecall();
  }

  /** {@return {@link EventCounts#strictF1()} of the total} */
  public double strictF1() {
    return total.strictF1();
  }

  /** {@return {@link EventCounts#relaxedPrecision()} of the total} */
  public double relaxedPrecision() {
    return total.relaxedPrecision();
  }

  /** {@return {@link EventCounts#relaxedRecall()} of the total} */
  public double relaxedRecall() {
    return total.relaxedRecall();
  }

  /** {@return {@link EventCounts#relaxedF1()} of the total} */
  public double relaxedF1() {
    return total.relaxedF1();
  }

  /**
   * {@return {@link EventCounts#accuracy(EventCounts.Attribute)} of the total}
   *
   * @param attribute an attribute
   */
  public double accuracy(EventCounts.Attribute attribute) {
    return total.accuracy(attribute);
  }

  /**
   * {@return {@link EventCounts#f1(EventCounts.Attribute)} of the total}
   *
   * @param attribute an attribute
   */
  public double f1(EventCounts.Attribute attribute) {
    return total.f1(attribute);
  }

  /**
   * {@return the errors of one kind, in the order of {@link #errors()}}
   *
   * @param kind the kind of disagreement
   */
  public List<EventError> errors(EventError.Kind kind) {
    return errors.stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * {@return a small table of the measures, as percentages, for a terminal; lines end with {@code
   * %n}}
   */
  public String toTable() {
    EventCounts t = total;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "EVENT: %d documents, %d gold, %d system%n",
        documents.size(), t.gold(), t.system()));
    out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s%n", "extent", "P", "R", "F1"));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f %9.2f%n", "strict",
        100 * t.strictPrecision(), 100 * t.strictRecall(), 100 * t.strictF1()));
    out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f %9.2f%n", "relaxed",
        100 * t.relaxedPrecision(), 100 * t.relaxedRecall(), 100 * t.relaxedF1()));
    out.append(String.format(Locale.ROOT, "%-9s %9s %9s%n", "attribute", "accuracy", "F1"));
    for (EventCounts.Attribute a : EventCounts.Attribute.values()) {
      out.append(String.format(Locale.ROOT, "%-9s %9.2f %9.2f%n", a.label(),
          100 * t.accuracy(a), 100 * t.f1(a)));
    }
    return out.toString();
  }
}
