package org.annalist.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annalist.model.DateResolution;
import org.annalist.model.DocumentDate;
import org.annalist.model.Provenance;
import org.annalist.model.Span;

/**
 * Infers a document's date from its text when none is given or stated, as an interval with a
 * confidence and the spans of its evidence. The reasoning, in order:
 *
 * <ol>
 *   <li>The latest explicit year the text mentions outside future and "until" contexts bounds the
 *       year from below: a report is written at or after the past it reports.
 *   <li>A holiday with a fixed date next to a weekday ({@code a May Day speech on Wednesday})
 *       fixes the weekday of that date, which leaves the years where it falls on that weekday; the
 *       first such year at or after the lower bound is taken.
 *   <li>Weekday mentions in past-tense clauses ({@code announced on Thursday}) place the document
 *       within the six days after each of them: the interval runs from the latest such day to six
 *       days after the earliest.
 *   <li>With only a lower bound on the year, the interval starts on that year's first day and is
 *       open above (a report may mention 2022 last and be written in 2024), at a confidence too low
 *       to resolve against.
 * </ol>
 *
 * Stateless.
 */
final class DateInference {

  static final String RULE_HOLIDAY = "holiday-weekday";
  static final String RULE_YEARS = "latest-year-mentioned";

  /** Words between a holiday and a weekday for them to describe the same day. */
  private static final int PAIR_WORDS = 12;

  private DateInference() {}

  static DocumentDate infer(
      String documentId, Words words, List<Grammar.Match> matches,
      Function<Grammar.Match, Tense> tense) {
    // 1. the latest explicit past year
    int minYear = Integer.MIN_VALUE;
    Grammar.Match yearEvidence = null;
    for (Grammar.Match m : matches) {
      Sem s = m.sem();
      if (s.kind != Sem.Kind.ABSOLUTE || s.year == null || s.until) {
        continue;
      }
      if (tense.apply(m) == Tense.FUTURE) {
        continue;
      }
      int y = s.endYear != null ? s.endYear : s.year;
      if (y > minYear) {
        minYear = y;
        yearEvidence = m;
      }
    }
    // 2. a holiday on a stated weekday
    for (int k = 0; k < matches.size(); k++) {
      Grammar.Match h = matches.get(k);
      Sem hs = h.sem();
      if (hs.kind != Sem.Kind.YEARLESS || hs.holiday == null || Holidays.isMovable(hs.holiday)
          || hs.yearShift != null) {
        continue;
      }
      Grammar.Match day = pairedWeekday(words, matches, k);
      if (day == null || minYear == Integer.MIN_VALUE) {
        continue;
      }
      DayOfWeek weekday = DayOfWeek.of(day.sem().weekday);
      int year = -1;
      for (int y = minYear; y <= minYear + 28 && y <= Calendar.MAX_YEAR; y++) {
        if (Holidays.date(hs.holiday, y).getDayOfWeek() == weekday) {
          year = y;
          break;
        }
      }
      if (year < 0) {
        continue;
      }
      LocalDate holiday = Holidays.date(hs.holiday, year);
      // 3. weekday mentions in the past: the document is within the six days after each
      LocalDate earliest = holiday;
      LocalDate latest = holiday.plusDays(6);
      List<Span> evidence = new ArrayList<>();
      evidence.add(span(words, h));
      evidence.add(span(words, day));
      for (Grammar.Match m : matches) {
        Sem s = m.sem();
        if (s.kind != Sem.Kind.WEEKDAY || s.direction != null || m == day) {
          continue;
        }
        if (tense.apply(m) != Tense.PAST) {
          continue;
        }
        LocalDate d = holiday.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(s.weekday)));
        if (d.isAfter(earliest)) {
          earliest = d;
        }
        if (d.plusDays(6).isBefore(latest)) {
          latest = d.plusDays(6);
        }
        evidence.add(span(words, m));
      }
      if (latest.isBefore(earliest)) {
        latest = earliest;
      }
      if (yearEvidence != null) {
        evidence.add(span(words, yearEvidence));
      }
      evidence.sort(null);
      double confidence = year - minYear <= 7 ? 0.7 : 0.5;
      return new DocumentDate(DateResolution.INFERRED, earliest, latest, dedupe(evidence),
          new Provenance(Resolver.STAGE, RULE_HOLIDAY, confidence));
    }
    // 4. only a lower bound
    if (yearEvidence != null && minYear < Calendar.MAX_YEAR) {
      return new DocumentDate(DateResolution.INFERRED, LocalDate.of(minYear, 1, 1), null,
          List.of(span(words, yearEvidence)),
          new Provenance(Resolver.STAGE, RULE_YEARS, 0.2));
    }
    return DocumentDate.unknown();
  }

  /** The weekday named right next to the holiday ("a May Day speech on Wednesday"). */
  private static Grammar.Match pairedWeekday(Words words, List<Grammar.Match> matches, int k) {
    Grammar.Match h = matches.get(k);
    for (int j = k - 1; j <= k + 1; j += 2) {
      if (j < 0 || j >= matches.size()) {
        continue;
      }
      Grammar.Match m = matches.get(j);
      if (m.sem().kind != Sem.Kind.WEEKDAY || m.sem().direction != null) {
        continue;
      }
      int from = Math.min(h.end(), m.end());
      int to = Math.max(h.first(), m.first());
      if (to - from > PAIR_WORDS) {
        continue;
      }
      boolean sentenceBreak = false;
      for (int i = from; i < to; i++) {
        if (words.is(i, ".", "!", "?", ";")) {
          sentenceBreak = true;
        }
      }
      if (!sentenceBreak) {
        return m;
      }
    }
    return null;
  }

  private static Span span(Words words, Grammar.Match m) {
    return Span.of(words.text, words.begin[m.first()], words.end[m.end() - 1]);
  }

  private static List<Span> dedupe(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
