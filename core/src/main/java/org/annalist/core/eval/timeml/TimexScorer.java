package org.annalist.core.eval.timeml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.Span;

/**
 * Scores system TIMEX3s against gold ones the way TempEval-3 Task A does (UzZaman et al. 2013):
 * strict and relaxed extent precision, recall and F1, and type and value accuracy and F1 over the
 * relaxed matches (see {@link TimexCounts}). TIMEX3s marked as the creation time ({@code
 * functionInDocument="CREATION_TIME"}) are left out on both sides, as the TempEval-3 toolkit does
 * with the DCT.
 *
 * <p>Matching is one-to-one within each document: first every pair with the same span, then a
 * maximum matching of the remaining TIMEX3s whose spans overlap, preferring the larger overlap
 * ({@link EventScorer} matches EVENTs the same way).
 * Values and types are compared as strings, as the toolkit does. Spans are compared by offsets, so
 * gold and system must be in the same text's coordinates (TimeML TEXT offsets).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Map<String, List<Timex3>> gold = Map.of(doc.id(), doc.timexes());
 * TimexScores scores = TimexScorer.create().score(gold, Map.of(doc.id(), systemTimexes));
 * }</pre>
 */
public final class TimexScorer {

  private TimexScorer() {}

  /** {@return a scorer; it holds no state} */
  public static TimexScorer create() {
    return new TimexScorer();
  }

  /**
   * Scores the documents of {@code gold}; a document missing from {@code system} counts as one
   * where the system found nothing.
   *
   * @param gold the gold TIMEX3s, by document id
   * @param system the system's TIMEX3s, by document id
   * @return the total and per-document measures and every error
   * @throws IllegalArgumentException if {@code system} has a document that {@code gold} has not
   */
  public TimexScores score(
      Map<String, ? extends List<Timex3>> gold, Map<String, ? extends List<Timex3>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    for (String id : new TreeSet<>(system.keySet())) {
      if (!gold.containsKey(id)) {
        throw new IllegalArgumentException("system document " + id + " has no gold document");
      }
    }
    Map<String, TimexCounts> documents = new TreeMap<>();
    List<TimexError> errors = new ArrayList<>();
    TimexCounts total = TimexCounts.EMPTY;
    for (String id : new TreeSet<>(gold.keySet())) {
      List<Timex3> predicted = system.get(id);
      TimexScores one = score(id, gold.get(id), predicted == null ? List.of() : predicted);
      documents.put(id, one.total());
      errors.addAll(one.errors());
      total = total.plus(one.total());
    }
    return new TimexScores(total, documents, errors);
  }

  /**
   * Scores one document.
   *
   * @param documentId the document's id, for the errors
   * @param gold the gold TIMEX3s
   * @param system the system's TIMEX3s, in the same text's coordinates
   * @return the document's measures and errors
   */
  public TimexScores score(String documentId, List<Timex3> gold, List<Timex3> system) {
    Objects.requireNonNull(documentId, "documentId");
    List<Timex3> g = scored(gold, "gold");
    List<Timex3> s = scored(system, "system");
    int[] goldMatch = SpanMatching.match(spans(g), spans(s));
    boolean[] systemMatched = new boolean[s.size()];
    int strict = 0;
    for (int i = 0; i < g.size(); i++) {
      if (goldMatch[i] >= 0) {
        systemMatched[goldMatch[i]] = true;
        if (sameSpan(g.get(i), s.get(goldMatch[i]))) {
          strict++;
        }
      }
    }

    int relaxed = 0;
    int typeCorrect = 0;
    int valueCorrect = 0;
    List<TimexError> errors = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Timex3 gi = g.get(i);
      if (goldMatch[i] < 0) {
        errors.add(new TimexError(documentId, TimexError.Kind.MISSED, gi, null));
        continue;
      }
      Timex3 sj = s.get(goldMatch[i]);
      relaxed++;
      if (!sameSpan(gi, sj)) {
        errors.add(new TimexError(documentId, TimexError.Kind.EXTENT, gi, sj));
      }
      if (gi.type() == sj.type()) {
        typeCorrect++;
      } else {
        errors.add(new TimexError(documentId, TimexError.Kind.TYPE, gi, sj));
      }
      if (gi.value().equals(sj.value())) {
        valueCorrect++;
      } else {
        errors.add(new TimexError(documentId, TimexError.Kind.VALUE, gi, sj));
      }
    }
    for (int j = 0; j < s.size(); j++) {
      if (!systemMatched[j]) {
        errors.add(new TimexError(documentId, TimexError.Kind.SPURIOUS, null, s.get(j)));
      }
    }
    errors.sort(Comparator.comparingInt(TimexScorer::position)
        .thenComparing(TimexError::kind));
    TimexCounts counts =
        new TimexCounts(g.size(), s.size(), strict, relaxed, typeCorrect, valueCorrect);
    return new TimexScores(counts, Map.of(documentId, counts), errors);
  }

  private static List<Timex3> scored(List<Timex3> timexes, String side) {
    Objects.requireNonNull(timexes, side);
    return timexes.stream()
        .map(t -> Objects.requireNonNull(t, side + " TIMEX3"))
        .filter(t -> !t.isCreationTime())
        .sorted(Comparator.comparing(Timex3::span))
        .toList();
  }

  private static List<Span> spans(List<Timex3> timexes) {
    return timexes.stream().map(Timex3::span).toList();
  }

  private static boolean sameSpan(Timex3 a, Timex3 b) {
    return SpanMatching.same(a.span(), b.span());
  }

  private static int position(TimexError e) {
    return (e.gold() != null ? e.gold() : e.system()).span().begin();
  }
}
