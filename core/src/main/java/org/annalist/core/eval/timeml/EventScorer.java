package org.annalist.core.eval.timeml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores system EVENTs against gold ones the way TempEval-3 Task B does (UzZaman et al. 2013):
 * strict and relaxed extent precision, recall and F1, micro-averaged over the documents, and for
 * each of class, tense, aspect, polarity and modality its accuracy over the relaxed matches and its
 * F1, accuracy times relaxed F1 (see {@link EventCounts}).
 *
 * <p>Matching is one-to-one within each document, as {@link TimexScorer} matches TIMEX3s: first
 * every pair with the same span, then a maximum matching of the remaining EVENTs whose spans
 * overlap, preferring the larger overlap. Attributes agree when both are absent or both are the
 * same ({@link EventCounts.Attribute#agrees}). Spans are compared by offsets, so gold and system
 * must be in the same text's coordinates (TimeML TEXT offsets).
 *
 * <p>Where this differs from the TempEval-3 toolkit ({@code TE3-evaluation.py}, which pairs events
 * through the TimeML-Normalizer and scores them in {@code evaluate_entities.py}):
 *
 * <ul>
 *   <li>the toolkit pairs a system and a gold EVENT when they begin at the same token of its own
 *       tokenizer (multi-token events are not considered) and calls the pair strict when their
 *       texts are equal; here any overlap pairs them and strict means the same offsets. For the
 *       one-word EVENTs TimeML prescribes the two agree;
 *   <li>the toolkit takes the attributes of an event's last MAKEINSTANCE, {@link TimemlReader} its
 *       first (TimeBank has one event with two, which agree);
 *   <li>the toolkit compares modalities exactly; here case is ignored, since TimeBank writes both
 *       {@code would} and {@code WOULD} and the model's modality is lower case;
 *   <li>the toolkit prints class, tense and aspect F1 and counts polarity and part of speech only
 *       in its detailed output; here class, tense, aspect, polarity and modality are measured and
 *       the part of speech is not;
 *   <li>the toolkit skips EVENT elements with no text; here an empty EVENT counts (and can only
 *       match one with the same offsets).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Map<String, List<TimemlEvent>> gold = Map.of(doc.id(), doc.events());
 * EventScores scores = EventScorer.create().score(gold, Map.of(doc.id(), systemEvents));
 * }</pre>
 */
public final class EventScorer {

  private EventScorer() {}

  /** {@return a scorer; it holds no state} */
  public static EventScorer create() {
    return new EventScorer();
  }

  /**
   * Scores the documents of {@code gold}; a document missing from {@code system} counts as one
   * where the system found nothing.
   *
   * @param gold the gold EVENTs, by document id
   * @param system the system's EVENTs, by document id
   * @return the total and per-document measures and every error
   * @throws IllegalArgumentException if {@code system} has a document that {@code gold} has not
   */
  public EventScores score(
      Map<String, ? extends List<TimemlEvent>> gold,
      Map<String, ? extends List<TimemlEvent>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    for (String id : new TreeSet<>(system.keySet())) {
      if (!gold.containsKey(id)) {
        throw new IllegalArgumentException("system document " + id + " has no gold document");
      }
    }
    Map<String, EventCounts> documents = new TreeMap<>();
    List<EventError> errors = new ArrayList<>();
    EventCounts total = EventCounts.EMPTY;
    for (String id : new TreeSet<>(gold.keySet())) {
      List<TimemlEvent> predicted = system.get(id);
      EventScores one = score(id, gold.get(id), predicted == null ? List.of() : predicted);
      documents.put(id, one.total());
      errors.addAll(one.errors());
      total = total.plus(one.total());
    }
    return new EventScores(total, documents, errors);
  }

  /**
   * Scores one document.
   *
   * @param documentId the document's id, for the errors
   * @param gold the gold EVENTs
   * @param system the system's EVENTs, in the same text's coordinates
   * @return the document's measures and errors
   */
  public EventScores score(String documentId, List<TimemlEvent> gold, List<TimemlEvent> system) {
    Objects.requireNonNull(documentId, "documentId");
    List<TimemlEvent> g = sorted(gold, "gold");
    List<TimemlEvent> s = sorted(system, "system");
    int[] goldMatch = SpanMatching.match(
        g.stream().map(TimemlEvent::span).toList(), s.stream().map(TimemlEvent::span).toList());

    boolean[] systemMatched = new boolean[s.size()];
    int strict = 0;
    int relaxed = 0;
    Map<EventCounts.Attribute, Integer> correct = new EnumMap<>(EventCounts.Attribute.class);
    List<EventError> errors = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      TimemlEvent gi = g.get(i);
      if (goldMatch[i] < 0) {
        errors.add(new EventError(documentId, EventError.Kind.MISSED, gi, null));
        continue;
      }
      TimemlEvent sj = s.get(goldMatch[i]);
      systemMatched[goldMatch[i]] = true;
      relaxed++;
      if (SpanMatching.same(gi.span(), sj.span())) {
        strict++;
      } else {
        errors.add(new EventError(documentId, EventError.Kind.EXTENT, gi, sj));
      }
      for (EventCounts.Attribute a : EventCounts.Attribute.values()) {
        if (a.agrees(gi, sj)) {
          correct.merge(a, 1, Integer::sum);
        } else {
          errors.add(new EventError(documentId, EventError.Kind.of(a), gi, sj));
        }
      }
    }
    for (int j = 0; j < s.size(); j++) {
      if (!systemMatched[j]) {
        errors.add(new EventError(documentId, EventError.Kind.SPURIOUS, null, s.get(j)));
      }
    }
    errors.sort(Comparator.comparingInt(EventScorer::position).thenComparing(EventError::kind));
    EventCounts counts = new EventCounts(g.size(), s.size(), strict, relaxed,
        count(correct, EventCounts.Attribute.CLASS), count(correct, EventCounts.Attribute.TENSE),
        count(correct, EventCounts.Attribute.ASPECT),
        count(correct, EventCounts.Attribute.POLARITY),
        count(correct, EventCounts.Attribute.MODALITY));
    return new EventScores(counts, Map.of(documentId, counts), errors);
  }

  private static int count(Map<EventCounts.Attribute, Integer> correct, EventCounts.Attribute a) {
    return correct.getOrDefault(a, 0);
  }

  private static List<TimemlEvent> sorted(List<TimemlEvent> events, String side) {
    Objects.requireNonNull(events, side);
    return events.stream()
        .map(e -> Objects.requireNonNull(e, side + " EVENT"))
        .sorted(Comparator.comparing(TimemlEvent::span))
        .toList();
  }

  private static int position(EventError e) {
    return (e.gold() != null ? e.gold() : e.system()).span().begin();
  }
}
