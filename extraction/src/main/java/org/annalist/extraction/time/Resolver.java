package org.annalist.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.annalist.model.Granularity;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimexRange;
import org.annalist.model.TimexResolution;
import org.annalist.model.TimexType;

/**
 * Turns recognised expressions into {@link TemporalExpression}s: explicit values as they are,
 * relative ones against the reference (the document date) with the tense choosing the direction,
 * anchored ones against the nearest earlier expression placed on the calendar. One instance per
 * analysis; not thread-safe.
 *
 * <p>The reference is an interval of days {@code [earliest, latest]}, one day when the document
 * date is exact, open above when {@code latest} is null. Against a single day an expression has
 * one reading. Against an interval, an expression whose reading depends on the reference ({@code
 * in mid August}, {@code on Monday}, {@code two weeks ago}, {@code last year}) is read at both
 * ends: when the readings agree that is its value; when they disagree, the reading nearer the
 * previous date of the narrative ({@link #NARRATIVE_WORDS} words back at most) is taken, resolved
 * against that expression; otherwise the expression is widened to cover both readings (from the
 * first day of the earliest-based one to the last day of the latest-based one, open when the
 * reference is), with the value of what is known ({@code XXXX-08}). The rules' readings move
 * forward, never back, as the reference does (TimeStageIntervalTest checks this on sampled days),
 * so a widened interval contains every reading the reference allows; a narrative choice is a
 * preference, not a bound, and says so by its resolution and lower confidence.
 */
final class Resolver {

  static final String STAGE = "time";

  /** The first day of the reference, or null when the document date is unknown. */
  private final LocalDate earliest;
  /** The last day of the reference, or null when it is open above (or unknown). */
  private final LocalDate latest;
  /** How much the reference can be trusted (1 when given or stated). */
  private final double referenceConfidence;
  /** Rule suffix recording that the reference was inferred. */
  private final String referenceNote;

  /** Confidence factor of a reading the narrative chose between the two ends of the reference. */
  private static final double NARRATIVE_CHOICE = 0.85;
  /** Confidence factor of an expression widened over the reference interval. */
  private static final double WIDENED = 0.7;
  /** Rule suffix of an expression widened over the reference interval. */
  private static final String WIDENED_NOTE = "@document-date-interval";

  /** A resolver against a single reference day, or none ({@code null}). */
  Resolver(LocalDate reference, double referenceConfidence, boolean inferred) {
    this(reference, reference, referenceConfidence, inferred);
  }

  /**
   * A resolver against the reference {@code [earliest, latest]}; {@code latest} null is open above,
   * {@code earliest} null is no reference.
   */
  Resolver(LocalDate earliest, LocalDate latest, double referenceConfidence, boolean inferred) {
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "reference interval ends (" + latest + ") before it starts (" + earliest + ")");
    }
    this.earliest = earliest;
    this.latest = earliest == null ? null : latest;
    this.referenceConfidence = referenceConfidence;
    this.referenceNote = inferred ? "@inferred-document-date" : "";
  }

  /**
   * What one expression resolved to; {@code widened} when its period covers several readings of
   * an interval reference and so is no single calendar period.
   */
  private record Resolved(
      Calendar.Period period, String value, TimexResolution resolution, Integer anchor,
      String reason, String ruleNote, double confidence, boolean widened) {

    Resolved(Calendar.Period period, String value, TimexResolution resolution, Integer anchor,
        String reason, String ruleNote, double confidence) {
      this(period, value, resolution, anchor, reason, ruleNote, confidence, false);
    }

    /** Whether its period has both ends. */
    boolean bounded() {
      return period != null && period.first() != null && period.last() != null;
    }
  }

  /**
   * The expressions of the matches, in the same order. An expression whose resolution throws, or
   * that is resolved against one that was skipped, is skipped and recorded in {@code skips}; the
   * others' anchors are indices into the returned list.
   */
  List<TemporalExpression> resolve(
      Words w, List<Grammar.Match> matches, Function<Grammar.Match, Tense> tense, Skips skips) {
    // null where resolution threw: the lookbacks below never pick such an expression
    List<Resolved> done = new ArrayList<>();
    for (Grammar.Match m : matches) {
      Resolved r;
      try {
        r = resolveAgainstInterval(m.sem(), tense.apply(m), done, matches, w);
      } catch (RuntimeException e) {
        skips.expression(m, e);
        r = null;
      }
      done.add(r);
    }
    Map<Sem, Integer> index = new IdentityHashMap<>();
    for (int k = 0; k < matches.size(); k++) {
      index.put(matches.get(k).sem(), k);
    }
    List<TemporalExpression> out = new ArrayList<>();
    int[] position = new int[matches.size()];
    for (int k = 0; k < matches.size(); k++) {
      position[k] = -1;
      Resolved r = done.get(k);
      if (r == null) {
        continue;
      }
      Grammar.Match m = matches.get(k);
      Integer anchor = null;
      if (r.anchor() != null) {
        anchor = position[r.anchor()];
        if (anchor < 0) {
          skips.expression(m, "it was resolved against the expression at "
              + span(w, matches.get(r.anchor())) + ", which was skipped");
          continue;
        }
      }
      try {
        out.add(expression(w, m, r, anchor, done, index));
        position[k] = out.size() - 1;
      } catch (RuntimeException e) {
        skips.expression(m, e);
      }
    }
    return out;
  }

  static Span span(Words w, Grammar.Match m) {
    return Span.of(w.text, w.begin[m.first()], w.end[m.end() - 1]);
  }

  /** The expression of one resolved match, {@code anchor} its anchor's index in the output. */
  private TemporalExpression expression(Words w, Grammar.Match m, Resolved r, Integer anchor,
      List<Resolved> done, Map<Sem, Integer> index) {
    Sem s = m.sem();
    Span span = span(w, m);
    LocalDate earliest = r.period() == null ? null : r.period().first();
    LocalDate latest = r.period() == null ? null : r.period().last();
    Granularity granularity = r.period() == null ? granularityOf(s) : r.period().granularity();
    TimexRange range = null;
    if (s.endYear != null) {
      range = TimexRange.between(r.value(), Calendar.year4(s.endYear));
      latest = Calendar.year(s.endYear).last();
    } else if (s.rangePartner != null && index.containsKey(s.rangePartner)
        && done.get(index.get(s.rangePartner)) != null) {
      Resolved other = done.get(index.get(s.rangePartner));
      Resolved first = s.rangeBegin ? r : other;
      Resolved second = s.rangeBegin ? other : r;
      range = TimexRange.between(first.value(), second.value());
      earliest = first.period() == null ? null : first.period().first();
      latest = second.period() == null ? null : second.period().last();
      if (earliest != null && latest != null && latest.isBefore(earliest)) {
        range = null;
        earliest = r.period() == null ? null : r.period().first();
        latest = r.period() == null ? null : r.period().last();
      }
    } else if (s.since) {
      range = TimexRange.from(r.value());
      latest = null;
    } else if (s.until) {
      range = TimexRange.until(r.value());
      earliest = null;
    }
    String rule = s.rule + r.ruleNote();
    double confidence = Math.max(0.0, Math.min(1.0, r.confidence()));
    return new TemporalExpression(span, s.type, r.value(), s.mod, earliest, latest, granularity,
        yearOffset(s), range, r.resolution(), anchor, r.reason(),
        new Provenance(STAGE, rule, confidence));
  }

  /**
   * The expression's year minus the document's year when the text says it so: {@code May this
   * year} and {@code this October} 0, {@code the 16th of October last year} and {@code last year}
   * -1, {@code two years ago} -2; null otherwise. {@code last October} is not such a relation (it
   * is the latest October before the document date, which may be in the document's year). It
   * comes from the text alone, however the value was then resolved.
   */
  private static Integer yearOffset(Sem s) {
    return switch (s.kind) {
      case YEARLESS -> s.yearShift != null ? s.yearShift
          : s.direction != null && s.direction == 0 ? Integer.valueOf(0) : null;
      case SHIFT -> s.unit == Unit.YEAR && s.amount != null && s.yearsBack == 0 && s.year == null
          ? s.amount : null;
      case CLOCK -> s.base == null ? null : yearOffset(s.base);
      default -> null;
    };
  }

  private static Granularity granularityOf(Sem s) {
    if (s.unit != null) {
      return s.unit.granularity;
    }
    if (s.kind == Sem.Kind.CLOCK) {
      return s.partOfDay != null ? Granularity.PART_OF_DAY : Granularity.MINUTE;
    }
    if (s.kind == Sem.Kind.WEEKDAY || s.day != null || s.holiday != null) {
      return Granularity.DAY;
    }
    if (s.month != null) {
      return Granularity.MONTH;
    }
    if (s.season != null) {
      return Granularity.SEASON;
    }
    if (s.quarter != null) {
      return Granularity.QUARTER;
    }
    if (s.half != null) {
      return Granularity.HALF_YEAR;
    }
    return Granularity.UNKNOWN;
  }

  private Resolved explicit(Calendar.Period p, double confidence) {
    return new Resolved(p, p.value(), TimexResolution.EXPLICIT, null, null, "", confidence);
  }

  private Resolved relative(Calendar.Period p, double confidence) {
    return new Resolved(p, p.value(), TimexResolution.RELATIVE_TO_DOCUMENT_DATE, null, null,
        referenceNote, confidence * referenceConfidence);
  }

  private static Resolved unresolved(String value, String reason, double confidence) {
    return new Resolved(null, value, TimexResolution.UNRESOLVED, null, reason, "", confidence);
  }

  private static final String NO_DATE = "the document date is unknown";

  /** One expression against the reference interval (see the class comment). */
  private Resolved resolveAgainstInterval(
      Sem s, Tense tense, List<Resolved> done, List<Grammar.Match> all, Words w) {
    if (earliest == null || earliest.equals(latest)) {
      return resolveOne(s, tense, done, all, earliest);
    }
    Resolved first = resolveOne(s, tense, done, all, earliest);
    if (first.resolution() != TimexResolution.RELATIVE_TO_DOCUMENT_DATE) {
      return first; // explicit, placed by another expression, or unresolved: no reference needed
    }
    Resolved last = latest == null ? null : resolveOne(s, tense, done, all, latest);
    if (last != null && first.value().equals(last.value())
        && Objects.equals(first.period(), last.period())) {
      return first;
    }
    if (last != null
        && (last.resolution() == TimexResolution.UNRESOLVED || last.period() == null)) {
      return last;
    }
    if (s.kind != Sem.Kind.REF && last != null && first.bounded() && last.bounded()) {
      Resolved narrative = narrativeChoice(first, last, done, all, w);
      if (narrative != null) {
        return narrative;
      }
    }
    return widened(s, first, last);
  }

  /**
   * Of two readings, the one nearer the previous date of the narrative, resolved against it; null
   * when that date is more than {@link #NARRATIVE_WORDS} words back (words proper: punctuation is
   * not counted), unplaced or itself widened, or does not tell the readings apart: it must be
   * shorter than the distance between them ({@code last year} cannot choose between two days), and
   * the nearer must be within {@link #NARRATIVE_DAYS} days of it and less than half as far as the
   * other.
   */
  private Resolved narrativeChoice(Resolved first, Resolved last, List<Resolved> done,
      List<Grammar.Match> all, Words w) {
    Grammar.Match self = all.get(done.size());
    for (int k = done.size() - 1; k >= 0; k--) {
      Grammar.Match m = all.get(k);
      if (!withinWords(w, m.end(), self.first(), NARRATIVE_WORDS)) {
        return null;
      }
      Resolved r = done.get(k);
      if (r == null || !isCalendarDate(m.sem())) {
        continue;
      }
      if (r.resolution() == TimexResolution.UNRESOLVED || r.widened() || !r.bounded()
          || r.period().granularity().compareTo(Granularity.YEAR) > 0) {
        return null;
      }
      long toFirst = gap(first.period(), r.period());
      long toLast = gap(last.period(), r.period());
      long nearest = Math.min(toFirst, toLast);
      long spread = last.period().first().toEpochDay() - first.period().first().toEpochDay();
      long span = r.period().last().toEpochDay() - r.period().first().toEpochDay() + 1;
      // the date must tell the readings apart: shorter than the distance between them, near one,
      // and clearly nearer it than the other
      if (span >= spread || nearest > NARRATIVE_DAYS || 2 * nearest >= Math.max(toFirst, toLast)) {
        return null;
      }
      Resolved near = toFirst < toLast ? first : last;
      return new Resolved(near.period(), near.value(), TimexResolution.RELATIVE_TO_EXPRESSION, k,
          null, referenceNote, near.confidence() * NARRATIVE_CHOICE);
    }
    return null;
  }

  /** Whether at most {@code max} words of letters or digits lie in {@code [from, to)}. */
  private static boolean withinWords(Words w, int from, int to, int max) {
    if (to - from > 2 * max) {
      return false; // mostly punctuation this long is no narrative step either
    }
    int count = 0;
    for (int i = Math.max(0, from); i < to; i++) {
      if (w.kind[i] != Words.OTHER && ++count > max) {
        return false;
      }
    }
    return true;
  }

  /** Days between two periods, 0 when they overlap. */
  private static long gap(Calendar.Period a, Calendar.Period b) {
    if (a.last().isBefore(b.first())) {
      return b.first().toEpochDay() - a.last().toEpochDay();
    }
    if (b.last().isBefore(a.first())) {
      return a.first().toEpochDay() - b.last().toEpochDay();
    }
    return 0;
  }

  /**
   * An expression that denotes a date or time on the calendar (not a duration, a set or a vague
   * reference), which a narrative can be told from.
   */
  private static boolean isCalendarDate(Sem s) {
    if (s.type != TimexType.DATE && s.type != TimexType.TIME) {
      return false;
    }
    return switch (s.kind) {
      case ABSOLUTE, YEARLESS, WEEKDAY, CLOCK -> true;
      case SHIFT, ANCHORED -> s.amount != null;
      default -> false;
    };
  }

  /**
   * The two readings of an interval reference as one period, from the first day of {@code first}
   * to the last of {@code last} (open when {@code last} is null: the reference is open above).
   */
  private Resolved widened(Sem s, Resolved first, Resolved last) {
    String value = last != null && first.value().equals(last.value()) ? first.value()
        : unplacedValue(s);
    LocalDate to = last == null ? null : last.period().last();
    Calendar.Period p =
        new Calendar.Period(first.period().first(), to, first.period().granularity(), value);
    double c = last == null ? first.confidence() : Math.min(first.confidence(), last.confidence());
    // PAST_REF stays PAST_REF: only the interval moved, nothing the value said was lost
    boolean lost = !value.equals(first.value());
    return new Resolved(p, value, TimexResolution.RELATIVE_TO_DOCUMENT_DATE, null, null,
        referenceNote + WIDENED_NOTE, lost ? c * WIDENED : c, true);
  }

  /** The value of an expression that needs the document date, when none can be chosen. */
  private static String unplacedValue(Sem s) {
    return switch (s.kind) {
      case YEARLESS -> yearless(s);
      case WEEKDAY -> "XXXX-WXX-" + s.weekday;
      case SHIFT -> s.amount == null ? (s.sign < 0 ? "PAST_REF" : "FUTURE_REF") : vagueShift(s);
      case ANCHORED -> vagueAnchored(s);
      case CLOCK -> clockValue(s, s.base == null ? "XXXX-XX-XX" : unplacedValue(s.base));
      default -> s.value != null ? s.value : "XXXX";
    };
  }

  private Resolved resolveOne(
      Sem s, Tense tense, List<Resolved> done, List<Grammar.Match> all, LocalDate reference) {
    double c = s.confidence;
    switch (s.kind) {
      case ABSOLUTE -> {
        return explicit(absolute(s, s.year), c);
      }
      case YEARLESS -> {
        if (s.yearShift != null) {
          if (reference == null) {
            return unresolved(yearless(s), NO_DATE, c);
          }
          return relative(absolute(s, reference.getYear() + s.yearShift), c);
        }
        Resolved narrative = narrativeYear(s, done, all, c, reference);
        if (narrative != null) {
          return narrative;
        }
        if (reference == null) {
          return unresolved(yearless(s), NO_DATE, c);
        }
        Calendar.Period p = pickYear(s, tense, reference);
        return p == null ? unresolved(yearless(s), "no year gives a valid date", c)
            : relative(p, c * (s.direction == null && tense == Tense.UNKNOWN ? 0.8 : 1.0));
      }
      case WEEKDAY -> {
        if (reference == null) {
          return unresolved("XXXX-WXX-" + s.weekday, NO_DATE, c);
        }
        return relative(Calendar.day(weekday(s.weekday, s.direction, tense, reference)), c);
      }
      case SHIFT -> {
        if (reference == null) {
          return unresolved(s.amount == null ? (s.sign < 0 ? "PAST_REF" : "FUTURE_REF")
              : vagueShift(s), NO_DATE, c);
        }
        Resolved quarter = yearAgoQuarter(s, done, all, c, reference);
        return quarter != null ? quarter : shift(s, tense, c, reference);
      }
      case ANCHORED -> {
        return anchored(s, done, all, c, reference);
      }
      case FIXED -> {
        return new Resolved(null, s.value, TimexResolution.EXPLICIT, null, null, "", c);
      }
      case REF -> {
        if (reference == null) {
          return new Resolved(null, s.value, TimexResolution.EXPLICIT, null, null, "", c);
        }
        Calendar.Period p = switch (s.value) {
          case "PAST_REF" -> new Calendar.Period(null, reference, Granularity.UNKNOWN, s.value);
          case "FUTURE_REF" -> new Calendar.Period(reference, null, Granularity.UNKNOWN, s.value);
          default -> new Calendar.Period(reference, reference, Granularity.UNKNOWN, s.value);
        };
        return new Resolved(p, s.value, TimexResolution.RELATIVE_TO_DOCUMENT_DATE, null, null,
            referenceNote, c * referenceConfidence);
      }
      case CLOCK -> {
        return clock(s, tense, done, all, c, reference);
      }
      default -> throw new IllegalStateException("unknown kind " + s.kind);
    }
  }

  /** The period of an expression whose year is known. */
  private static Calendar.Period absolute(Sem s, Integer year) {
    if (s.century != null) {
      return Calendar.century(s.century);
    }
    if (s.decade != null) {
      return Calendar.decade(s.decade);
    }
    int y = year;
    if (s.holiday != null) {
      LocalDate d = Holidays.date(s.holiday, y);
      return d == null ? Calendar.year(y) : Calendar.day(d);
    }
    if (s.month != null && s.day != null) {
      if (!Calendar.validDay(y, s.month, s.day)) {
        return Calendar.month(y, s.month);
      }
      return Calendar.day(LocalDate.of(y, s.month, s.day));
    }
    if (s.month != null) {
      return Calendar.month(y, s.month);
    }
    if (s.season != null) {
      return Calendar.season(y, s.season);
    }
    if (s.quarter != null) {
      return Calendar.quarter(y, s.quarter);
    }
    if (s.half != null) {
      return Calendar.half(y, s.half);
    }
    return Calendar.year(y);
  }

  /** The value of a yearless expression when no year can be chosen: XXXX-05, XXXX-10-16. */
  private static String yearless(Sem s) {
    if (s.holiday != null) {
      LocalDate d = Holidays.date(s.holiday, 2001);
      return d == null || Holidays.isMovable(s.holiday) ? "XXXX" : "XXXX" + d.toString().substring(4);
    }
    if (s.month != null) {
      return "XXXX-" + Calendar.two(s.month) + (s.day == null ? "" : "-" + Calendar.two(s.day));
    }
    if (s.season != null) {
      return "XXXX-" + s.season;
    }
    if (s.quarter != null) {
      return "XXXX-Q" + s.quarter;
    }
    if (s.half != null) {
      return "XXXX-H" + s.half;
    }
    return "XXXX";
  }

  /** The year for a month, season, quarter or holiday: direction first, then tense. */
  private static Calendar.Period pickYear(Sem s, Tense tense, LocalDate reference) {
    int ry = reference.getYear();
    Calendar.Period previous = safeAbsolute(s, ry - 1);
    Calendar.Period current = safeAbsolute(s, ry);
    Calendar.Period next = safeAbsolute(s, ry + 1);
    if (current == null) {
      return null;
    }
    Integer direction = s.direction;
    if (direction != null) {
      // "last October": the latest October before the document's month; "next May" the first after
      if (direction < 0) {
        return current.last().isBefore(reference) ? current : previous;
      }
      if (direction > 0) {
        return current.first().isAfter(reference) ? current : next;
      }
      return current;
    }
    // the occurrence the tense points to, unless it is far away and the other one is near
    Calendar.Period before = current.first().isAfter(reference) ? previous : current;
    Calendar.Period after = current.last().isBefore(reference) ? next : current;
    if (before == null || after == null) {
      return current;
    }
    long back = reference.toEpochDay() - before.first().toEpochDay();
    long ahead = after.last().toEpochDay() - reference.toEpochDay();
    if (before == after) {
      return current;
    }
    if (tense == Tense.PAST && back <= WINDOW_DAYS) {
      return before;
    }
    if (tense == Tense.FUTURE && ahead <= WINDOW_DAYS) {
      return after;
    }
    long aheadStart = after.first().toEpochDay() - reference.toEpochDay();
    long backEnd = reference.toEpochDay() - before.last().toEpochDay();
    return aheadStart < backEnd ? after : before;
  }

  /** How far the tense may reach for a yearless month or day before the nearer year wins. */
  private static final long WINDOW_DAYS = 300;

  /**
   * A day of a month without a year, right after a date whose year is known ("On the 16th of
   * October last year ... on the first of November"): the occurrence nearest that date.
   */
  private Resolved narrativeYear(
      Sem s, List<Resolved> done, List<Grammar.Match> all, double c, LocalDate reference) {
    if (s.month == null || s.day == null || s.direction != null) {
      return null;
    }
    Grammar.Match self = all.get(done.size());
    for (int k = done.size() - 1; k >= 0; k--) {
      Resolved r = done.get(k);
      Grammar.Match m = all.get(k);
      if (self.first() - m.end() > NARRATIVE_WORDS) {
        return null;
      }
      if (r == null || !r.bounded() || r.widened() || r.period().granularity() != Granularity.DAY
          || r.resolution() == TimexResolution.UNRESOLVED) {
        continue;
      }
      if (r.resolution() == TimexResolution.RELATIVE_TO_DOCUMENT_DATE
          && m.sem().kind != Sem.Kind.YEARLESS) {
        return null; // "on Monday": the document date is the better guide
      }
      LocalDate anchor = r.period().first();
      Calendar.Period best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
        Calendar.Period p = safeAbsolute(s, y);
        if (p == null) {
          continue;
        }
        long distance = Math.abs(p.first().toEpochDay() - anchor.toEpochDay());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = p;
        }
      }
      if (best == null || bestDistance > 183) {
        return null;
      }
      if (reference != null && best.first().getYear() == pickYearFor(s, reference)) {
        return null; // the document date agrees: keep the simpler explanation
      }
      return new Resolved(best, best.value(), TimexResolution.RELATIVE_TO_EXPRESSION, k, null, "",
          c * 0.9);
    }
    return null;
  }

  /** "a year ago" in a report about a quarter: the same quarter a year before. */
  private static Resolved yearAgoQuarter(
      Sem s, List<Resolved> done, List<Grammar.Match> all, double c, LocalDate reference) {
    if (s.unit != Unit.YEAR || s.amount == null || s.amount != -1
        || !(s.rule.equals("units-ago") || s.rule.equals("comparison-last-year")
            || s.rule.equals("year-earlier"))) {
      return null;
    }
    int window = 120;
    Grammar.Match self = all.get(done.size());
    for (int k = done.size() - 1; k >= 0; k--) {
      if (self.first() - all.get(k).end() > window) {
        return null;
      }
      Resolved r = done.get(k);
      if (r != null && r.bounded() && !r.widened()
          && r.period().granularity() == Granularity.QUARTER
          && (reference == null
              || !r.period().last().isBefore(reference.minusMonths(6)))) {
        LocalDate d = r.period().first().minusYears(1);
        Calendar.Period p = Calendar.around(d, Granularity.QUARTER);
        return new Resolved(p, p.value(), TimexResolution.RELATIVE_TO_EXPRESSION, k, null, "",
            c * 0.8);
      }
    }
    return null;
  }

  /** Words back from an expression within which an earlier date sets the narrative's year. */
  private static final int NARRATIVE_WORDS = 25;

  /** Days from the narrative's previous date within which a reading counts as near it. */
  private static final long NARRATIVE_DAYS = 183;

  private static int pickYearFor(Sem s, LocalDate reference) {
    Calendar.Period p = pickYear(s, Tense.UNKNOWN, reference);
    return p == null ? Integer.MIN_VALUE : p.first().getYear();
  }

  private static Calendar.Period safeAbsolute(Sem s, int year) {
    if (year < Calendar.MIN_YEAR || year > Calendar.MAX_YEAR) {
      return null;
    }
    if (s.day != null && s.month != null && !Calendar.validDay(year, s.month, s.day)) {
      return null; // February 29 in a common year
    }
    return absolute(s, year);
  }

  /** The day a weekday names, relative to the reference. */
  private static LocalDate weekday(int day, Integer direction, Tense tense, LocalDate reference) {
    DayOfWeek dow = DayOfWeek.of(day);
    if (direction != null) {
      if (direction < 0) {
        return reference.with(TemporalAdjusters.previous(dow));
      }
      if (direction > 0) {
        return reference.with(TemporalAdjusters.next(dow));
      }
      return reference.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow));
    }
    if (tense == Tense.FUTURE) {
      return reference.with(TemporalAdjusters.nextOrSame(dow));
    }
    if (tense == Tense.PRESENT && reference.getDayOfWeek() != dow) {
      LocalDate before = reference.with(TemporalAdjusters.previous(dow));
      LocalDate after = reference.with(TemporalAdjusters.next(dow));
      // a present-tense plan ("meets on Friday") is usually ahead, within the week
      return after.toEpochDay() - reference.toEpochDay() <= 3 ? after : before;
    }
    return reference.with(TemporalAdjusters.previousOrSame(dow));
  }

  private static String vagueShift(Sem s) {
    return switch (s.unit) {
      case YEAR -> "XXXX";
      case MONTH -> "XXXX-XX";
      case WEEK, WEEKEND -> "XXXX-WXX";
      default -> "XXXX-XX-XX";
    };
  }

  private Resolved shift(Sem s, Tense tense, double c, LocalDate reference) {
    Integer amount = s.amount;
    if (amount == null) {
      if (s.unit == Unit.QUARTER) {
        amount = s.rule.equals("the-quarter") && tense != Tense.PAST ? 0 : -1;
      } else if (s.unit == Unit.WEEKEND) {
        boolean weekend = reference.getDayOfWeek().getValue() >= 6;
        amount = tense == Tense.PAST && !weekend ? -1 : 0;
      } else {
        String ref = s.sign < 0 ? "PAST_REF" : "FUTURE_REF";
        Calendar.Period p = s.sign < 0
            ? new Calendar.Period(null, reference, Granularity.UNKNOWN, ref)
            : new Calendar.Period(reference, null, Granularity.UNKNOWN, ref);
        return new Resolved(p, ref, TimexResolution.RELATIVE_TO_DOCUMENT_DATE, null, null,
            referenceNote, c * referenceConfidence);
      }
    }
    LocalDate moved = s.unit.shift(reference, amount).minusYears(s.yearsBack);
    if (s.year != null) {
      moved = moved.withYear(s.year);
    }
    if (moved.getYear() < Calendar.MIN_YEAR || moved.getYear() > Calendar.MAX_YEAR) {
      return unresolved(vagueShift(s), "outside the calendar", c);
    }
    Calendar.Period p = s.unit == Unit.WEEKEND ? Calendar.weekend(moved)
        : Calendar.around(moved, s.unit.granularity);
    return relative(p, c);
  }

  /** What {@link #anchorFor} returns when the nearest earlier date could not be placed. */
  private static final int UNPLACED_ANCHOR = -2;

  /**
   * The nearest earlier expression placed on the calendar that can anchor a narrative shift; -1 if
   * there is none, {@link #UNPLACED_ANCHOR} if the nearest earlier date is unresolved (counting
   * from an older one would skip a step of the narrative).
   */
  private static int anchorFor(List<Resolved> done, List<Grammar.Match> all) {
    for (int k = done.size() - 1; k >= 0; k--) {
      Resolved r = done.get(k);
      Sem s = all.get(k).sem();
      if (r == null) {
        continue;
      }
      if (s.type != TimexType.DATE && s.type != TimexType.TIME) {
        continue;
      }
      if (r.resolution() == TimexResolution.UNRESOLVED && isCalendarDate(s)) {
        return UNPLACED_ANCHOR;
      }
      if (r.period() == null || r.period().first() == null
          || (r.period().last() == null && !r.widened())) {
        continue;
      }
      if (r.period().granularity().compareTo(Granularity.YEAR) > 0) {
        continue;
      }
      return k;
    }
    return -1;
  }

  /** The value of an anchored shift that cannot be placed. */
  private static String vagueAnchored(Sem s) {
    return s.amount == null || s.amount != 0 ? (s.sign < 0 ? "PAST_REF" : "FUTURE_REF")
        : "XXXX-XX-XX";
  }

  private Resolved anchored(
      Sem s, List<Resolved> done, List<Grammar.Match> all, double c, LocalDate reference) {
    int k = anchorFor(done, all);
    if (k == UNPLACED_ANCHOR) {
      return unresolved(vagueAnchored(s), "the nearest earlier date is unresolved", c);
    }
    if (k >= 0 && done.get(k).widened()) {
      return anchoredToWidened(s, k, done.get(k), c);
    }
    LocalDate base;
    Granularity baseGranularity;
    if (k >= 0) {
      base = done.get(k).period().first();
      baseGranularity = done.get(k).period().granularity();
    } else if (reference != null) {
      base = reference;
      baseGranularity = Granularity.DAY;
    } else {
      return unresolved(vagueAnchored(s),
          "no earlier date to count from and the document date is unknown", c);
    }
    Calendar.Period p;
    if (s.amount == null) {
      LocalDate a = s.unit.shift(base, 2L * s.sign);
      LocalDate b = s.unit.shift(base, 9L * s.sign);
      p = a.isBefore(b) ? Calendar.covering(a, b) : Calendar.covering(b, a);
    } else {
      LocalDate moved = s.unit.shift(base, s.amount);
      if (moved.getYear() < Calendar.MIN_YEAR || moved.getYear() > Calendar.MAX_YEAR) {
        return unresolved("XXXX", "outside the calendar", c);
      }
      Granularity g = s.unit.granularity.compareTo(baseGranularity) >= 0
          ? s.unit.granularity : baseGranularity;
      if (baseGranularity == Granularity.QUARTER || baseGranularity == Granularity.SEASON
          || baseGranularity == Granularity.HALF_YEAR) {
        g = baseGranularity; // "a year earlier" after "the third quarter": that quarter
      }
      if (g.compareTo(Granularity.DAY) < 0
          || (s.unit == Unit.WEEK && baseGranularity == Granularity.DAY)) {
        g = Granularity.DAY; // a week after a Monday is a Monday
      }
      p = Calendar.around(moved, g);
    }
    if (k >= 0) {
      return new Resolved(p, p.value(), TimexResolution.RELATIVE_TO_EXPRESSION, k, null, "",
          c * 0.9);
    }
    return relative(p, c * 0.8);
  }

  /**
   * A shift from an expression widened over the reference interval: both ends move, and the result
   * is widened too (open above when the anchor is).
   */
  private static Resolved anchoredToWidened(Sem s, int k, Resolved anchor, double c) {
    LocalDate from = anchor.period().first();
    LocalDate to = anchor.period().last();
    long near = s.amount == null ? Math.min(2L * s.sign, 9L * s.sign) : s.amount;
    long far = s.amount == null ? Math.max(2L * s.sign, 9L * s.sign) : s.amount;
    LocalDate first = s.unit.shift(from, near);
    LocalDate last = to == null ? null : s.unit.shift(to, far);
    if (first.getYear() < Calendar.MIN_YEAR
        || (last != null && last.getYear() > Calendar.MAX_YEAR)) {
      return unresolved("XXXX", "outside the calendar", c);
    }
    Granularity g = s.unit.granularity.compareTo(anchor.period().granularity()) >= 0
        ? s.unit.granularity : anchor.period().granularity();
    if (g.compareTo(Granularity.DAY) < 0) {
      g = Granularity.DAY;
    }
    // the anchor is some day of [from, to]; the shift moves every such day by the same amount
    Calendar.Period p = new Calendar.Period(first, last, g, vagueAnchored(s));
    return new Resolved(p, p.value(), TimexResolution.RELATIVE_TO_EXPRESSION, k, null,
        WIDENED_NOTE, Math.min(c, anchor.confidence()) * 0.9, true);
  }

  private Resolved clock(Sem s, Tense tense, List<Resolved> done, List<Grammar.Match> all,
      double c, LocalDate reference) {
    Resolved day;
    if (s.base != null) {
      day = resolveOne(s.base, tense, done, all, reference);
    } else if (reference != null) {
      day = relative(Calendar.day(reference), c);
    } else {
      day = unresolved("XXXX-XX-XX", NO_DATE, c);
    }
    // TimeBank annotates "Friday night" as the day (a DATE), "this morning" as a TIME
    boolean dayOnly = s.partOfDay != null && s.type == TimexType.DATE;
    String value = clockValue(s, day.value());
    Granularity g = dayOnly ? Granularity.DAY
        : s.partOfDay != null ? Granularity.PART_OF_DAY : Granularity.MINUTE;
    Calendar.Period p = day.period() == null ? null
        : new Calendar.Period(day.period().first(), day.period().last(), g, value);
    return new Resolved(p, value, day.resolution(), day.anchor(), day.reason(), day.ruleNote(),
        Math.min(c, day.confidence()), day.widened());
  }

  /** The value of a clock time or part of day on the day whose value is {@code day}. */
  private static String clockValue(Sem s, String day) {
    if (s.partOfDay != null && s.type == TimexType.DATE) {
      return day;
    }
    String time = s.partOfDay != null ? s.partOfDay
        : Calendar.two(s.hour) + ":" + Calendar.two(s.minute);
    return day + "T" + time;
  }
}
