package org.annalist.extraction.events;

import java.util.List;
import java.util.Set;
import org.annalist.model.EventTime;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimexType;

/**
 * Chooses the temporal expression that governs an event, in three widening scopes, each less sure
 * than the one before:
 *
 * <ol>
 *   <li>{@code same-clause} ({@value #CLAUSE}): the nearest expression of the sentence with no main
 *       verb, clause-opening word or hard punctuation between it and the trigger ({@code Panetta visited Colombia on
 *       Monday}, {@code On the 16th of October last year, Israel partially suspended});
 *   <li>{@code after-clause} or {@code before-clause} ({@value #BOUND}): an expression to the right
 *       of the trigger in a clause opened by {@code after} or {@code before} only bounds the event
 *       ({@code recalled his ambassador hours after an airstrike … on October 31}: on October 31 or
 *       later), so the interval keeps the expression's start (after) or end (before) and leaves the
 *       other end open;
 *   <li>{@code same-sentence} ({@value #SENTENCE}): the nearest expression of the sentence not
 *       separated from the trigger by {@code after} or {@code before};
 *   <li>{@code narrative} ({@value #NARRATIVE}): for a past finite verb only, the last expression of
 *       the previous {@value #NARRATIVE_SENTENCES} sentences of the same paragraph, the time the
 *       narrative is at.
 * </ol>
 *
 * <p>Only dates and times that name a point of the calendar count (not durations, sets or {@code
 * PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}). An expression that ends with or comes right
 * before {@code after}, {@code before}, {@code following} ({@code one week after Barak visited}) times
 * what follows it, so it never anchors an event to its left; one after {@code until} or {@code till}
 * is an end, never an anchor. The event's interval is the expression's: unbounded ends stay
 * unbounded.
 */
final class Anchors {

  static final double CLAUSE = 0.85;
  static final double SENTENCE = 0.6;
  static final double NARRATIVE = 0.35;
  static final double BOUND = 0.5;
  static final int NARRATIVE_SENTENCES = 2;
  private static final Set<String> FORWARD = Set.of("after", "before", "following", "prior");
  private static final Set<String> RELATIONS = Set.of("after", "before");
  private static final Set<String> ENDS = Set.of("until", "till", "through");

  /** An expression that can anchor events, with its first and last token. */
  record Candidate(int index, int first, int last, boolean forward) {}

  private final Words w;
  private final List<TemporalExpression> expressions;

  Anchors(Words w, List<TemporalExpression> expressions) {
    this.w = w;
    this.expressions = expressions;
  }

  /** {@return whether the expression over token {@code first}..{@code last} can anchor events} */
  Candidate candidate(int index, int first, int last) {
    TemporalExpression e = expressions.get(index);
    boolean point = (e.type() == TimexType.DATE || e.type() == TimexType.TIME)
        && !e.value().endsWith("_REF") && e.value().chars().anyMatch(Character::isDigit);
    if (!point || (first > 0 && ENDS.contains(w.lower[first - 1]))) {
      return null;
    }
    boolean forward = FORWARD.contains(w.lower[last])
        || (last + 1 < w.size() && FORWARD.contains(w.lower[last + 1]));
    return new Candidate(index, first, last, forward);
  }

  /**
   * {@return the time of the event at token {@code k}, or null}
   *
   * @param here the candidates of the event's sentence, in text order
   * @param before the candidates of the earlier sentences of its paragraph that narrative may use
   */
  EventTime anchor(int k, boolean pastFinite, List<Candidate> here, List<Candidate> before) {
    Candidate clause = null;
    Candidate bound = null;
    String boundWord = null;
    Candidate sentence = null;
    for (Candidate c : here) {
      if (c.forward() && c.first() > k) {
        continue;
      }
      int near = c.first() > k ? c.first() : c.last();
      if (w.subordinatorBetween(near, k)) {
        String word = c.first() > k ? relation(k, c.first()) : null;
        if (word != null && (bound == null || distance(c, k) < distance(bound, k))) {
          bound = c;
          boundWord = word;
        }
        if (word != null || relation(near, k) != null) {
          continue; // the expression times another clause, related by after or before
        }
      }
      if (sentence == null || distance(c, k) < distance(sentence, k)) {
        sentence = c;
      }
      if (!w.verbBetween(near, k) && !w.hardBetween(near, k) && !w.subordinatorBetween(near, k)
          && (clause == null || distance(c, k) < distance(clause, k))) {
        clause = c;
      }
    }
    if (clause != null) {
      return time(clause, "same-clause", CLAUSE);
    }
    if (bound != null) {
      TemporalExpression e = expressions.get(bound.index());
      boolean after = boundWord.equals("after");
      return new EventTime(bound.index(), e.value(), after ? e.earliest() : null,
          after ? null : e.latest(), e.granularity(), boundWord + "-clause", BOUND);
    }
    if (sentence != null) {
      return time(sentence, "same-sentence", SENTENCE);
    }
    if (pastFinite && !before.isEmpty()) {
      return time(before.get(before.size() - 1), "narrative", NARRATIVE);
    }
    return null;
  }

  /** The last {@code after} or {@code before} strictly between tokens {@code a} < {@code b}. */
  private String relation(int a, int b) {
    for (int j = b - 1; j > a; j--) {
      if (RELATIONS.contains(w.lower[j])) {
        return w.lower[j];
      }
    }
    return null;
  }

  private static int distance(Candidate c, int k) {
    return c.first() > k ? c.first() - k : Math.max(0, k - c.last());
  }

  private EventTime time(Candidate c, String rule, double confidence) {
    TemporalExpression e = expressions.get(c.index());
    return new EventTime(c.index(), e.value(), e.earliest(), e.latest(), e.granularity(), rule,
        confidence);
  }
}
