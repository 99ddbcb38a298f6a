package org.annalist.extraction.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;

/**
 * The recognition rules: at each word, every rule tries to read an expression starting there and
 * the longest reading wins; scanning then continues after it. Each rule looks at a bounded number
 * of words (never more than a dozen), so recognition is linear in the number of words, and no
 * regular expression is involved. One instance per analysis; not thread-safe.
 */
final class Grammar {

  /** A recognised expression: words {@code [first, end)} and their meaning. */
  record Match(int first, int end, Sem sem) {}

  private final Words w;
  /** The part-of-speech tag of the text-stage token starting at a character offset, or null. */
  private final IntFunction<String> pos;

  Grammar(Words words, IntFunction<String> pos) {
    this.w = words;
    this.pos = pos;
  }

  /** Words {@code [from, to)} that recognition leaves out after a rule threw inside them. */
  record Skip(int from, int to) {}

  /** What recognition does when a rule throws at a word. */
  interface Recovery {
    /** Lets the exception through. */
    Recovery RETHROW = (word, error) -> {
      throw error;
    };

    /**
     * Records that the rules threw {@code error} at word {@code word} and returns the words to
     * leave out, which include {@code word}: expressions overlapping them are dropped and
     * recognition goes on after them.
     */
    Skip skip(int word, RuntimeException error);
  }

  /** The expressions of the whole text, in text order; a rule's exception propagates. */
  List<Match> find() {
    return find(offset -> false, Recovery.RETHROW);
  }

  /**
   * The expressions in text order, without those that begin at a character offset {@code ignored}
   * accepts (boilerplate). Ranges are joined after the ignored expressions are dropped, so a range
   * never has an ignored partner. When the rules throw at a word, {@code recovery} says which words
   * to leave out, and recognition goes on after them.
   */
  List<Match> find(IntPredicate ignored, Recovery recovery) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    int n = w.size();
    while (i < n) {
      Match m;
      try {
        m = longestAt(i);
      } catch (RuntimeException e) {
        Skip skip = recovery.skip(i, e);
        while (!out.isEmpty() && out.get(out.size() - 1).end() > skip.from()) {
          out.remove(out.size() - 1);
        }
        i = Math.max(i + 1, skip.to());
        continue;
      }
      if (m != null && m.end() > i) {
        if (!ignored.test(w.begin[m.first()])) {
          out.add(m);
        }
        i = m.end();
      } else {
        i++;
      }
    }
    markRanges(out);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Word lists

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12));
  static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  static final Map<String, Integer> WEEKDAYS = Map.of(
      "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6,
      "sunday", 7);
  static final Map<String, Integer> WEEKDAY_PLURALS = Map.of(
      "mondays", 1, "tuesdays", 2, "wednesdays", 3, "thursdays", 4, "fridays", 5, "saturdays", 6,
      "sundays", 7);
  static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("hundred", 100), Map.entry("dozen", 12));
  static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
      Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
      Map.entry("twenty-first", 21), Map.entry("final", -1), Map.entry("last", -1));
  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
  static final Map<String, String> PARTS_OF_DAY = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");
  static final Set<String> TIME_ZONES = Set.of(
      "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet");
  /** Words before a bare month name (May, March) that make it a month rather than a verb. */
  static final Set<String> MONTH_CONTEXT = Set.of(
      "in", "of", "since", "until", "till", "by", "last", "next", "this", "early", "mid", "late",
      "during", "from", "to", "through", "before", "after", "between", "and", "or",
      "on", "end", "beginning", "start", "middle", "-", "that", "each", "every", "past");

  // ---------------------------------------------------------------------------------------------

  private Match longestAt(int i) {
    Match best = null;
    best = longer(best, modified(i));
    best = longer(best, numericDate(i));
    best = longer(best, clock(i));
    best = longer(best, monthFirst(i));
    best = longer(best, dayFirst(i));
    best = longer(best, weekday(i));
    best = longer(best, year(i));
    best = longer(best, decade(i));
    best = longer(best, century(i));
    best = longer(best, seasonOrQuarter(i));
    best = longer(best, deictic(i));
    best = longer(best, relative(i));
    best = longer(best, duration(i));
    best = longer(best, set(i));
    best = longer(best, vague(i));
    best = longer(best, holiday(i));
    best = longer(best, theYearOrWeek(i));
    best = longer(best, yearAgo(i));
    return best;
  }

  private static Match longer(Match a, Match b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.end() > a.end()) {
      return b;
    }
    return a;
  }

  private Match match(int first, int end, Sem sem) {
    return new Match(first, end, sem);
  }

  // ---------------------------------------------------------------------------------------------
  // Modifiers: early/mid/late, the end/beginning/middle of, about/nearly/more than.

  private Match modified(int i) {
    TimexMod mod = null;
    int j = i;
    if (w.is(i, "early", "earlier")) {
      mod = w.is(i, "early") ? TimexMod.START : null;
      j = i + 1;
    } else if (w.is(i, "mid", "middle")) {
      mod = TimexMod.MID;
      j = i + 1;
    } else if (w.is(i, "late", "later")) {
      mod = w.is(i, "late") ? TimexMod.END : null;
      j = i + 1;
    } else if (w.is(i, "the") && w.is(i + 1, "end", "beginning", "start", "middle", "close")
        && w.is(i + 2, "of")) {
      mod = w.is(i + 1, "end", "close") ? TimexMod.END
          : w.is(i + 1, "middle") ? TimexMod.MID : TimexMod.START;
      j = i + 3;
    } else if (w.is(i, "end", "beginning", "start") && w.is(i + 1, "of")) {
      mod = w.is(i, "end") ? TimexMod.END : TimexMod.START;
      j = i + 2;
    } else {
      return null;
    }
    if (w.is(j, "-")) {
      j++;
    }
    Match inner = innerOfModifier(j);
    if (inner == null) {
      return null;
    }
    Sem s = inner.sem();
    if (s.type != TimexType.DATE || s.kind == Sem.Kind.FIXED || s.kind == Sem.Kind.REF
        || s.kind == Sem.Kind.ANCHORED) {
      return null;
    }
    if (mod == null && s.kind != Sem.Kind.SHIFT) {
      return null; // "earlier"/"later" only before "this year", "last month"...
    }
    s.mod = mod;
    // TimeML leaves "earlier" and "later" ("earlier this week") outside the extent.
    return match(mod == null ? j : i, inner.end(), s);
  }

  private Match innerOfModifier(int j) {
    Match best = null;
    best = longer(best, monthFirst(j));
    best = longer(best, year(j));
    best = longer(best, decade(j));
    best = longer(best, century(j));
    best = longer(best, seasonOrQuarter(j));
    best = longer(best, relative(j));
    best = longer(best, weekday(j));
    best = longer(best, theUnit(j));
    return best;
  }

  /** "the year", "the month" after "the end of": the current one. */
  private Match theUnit(int j) {
    if (w.is(j, "the") && w.is(j + 1, "year", "month", "week", "quarter", "decade", "century")) {
      Sem s = Sem.of(Sem.Kind.SHIFT, "the-unit");
      s.unit = Unit.of(w.lower(j + 1));
      s.amount = 0;
      return match(j, j + 2, s);
    }
    return null;
  }

  private static TimexMod quantityMod(String word, String next) {
    return switch (word) {
      case "about", "around", "approximately", "roughly", "some", "nearly", "almost" ->
          word.equals("nearly") || word.equals("almost") ? TimexMod.LESS_THAN : TimexMod.APPROX;
      case "over" -> TimexMod.MORE_THAN;
      case "under" -> TimexMod.LESS_THAN;
      case "more", "less", "fewer" -> "than".equals(next)
          ? (word.equals("more") ? TimexMod.MORE_THAN : TimexMod.LESS_THAN) : null;
      case "at" -> "least".equals(next) ? TimexMod.EQUAL_OR_MORE
          : "most".equals(next) ? TimexMod.EQUAL_OR_LESS : null;
      case "up" -> "to".equals(next) ? TimexMod.EQUAL_OR_LESS : null;
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /** A number: value (-1 when vague), end word. */
  record Num(int value, int end, boolean digits) {}

  private Num number(int i) {
    if (w.isDigits(i)) {
      if (w.digitCount(i) > 4 || partOfLargerNumber(i)) {
        return null;
      }
      int v = w.number(i);
      // "2.5 years": keep the whole part only as a vague match is worse than none.
      if (w.is(i + 1, ".") && w.touches(i) && w.isDigits(i + 2) && w.touches(i + 1)) {
        return null;
      }
      return new Num(v, i + 1, true);
    }
    if (w.is(i, "a", "an")) {
      if (w.is(i + 1, "couple") && w.is(i + 2, "of")) {
        return new Num(2, i + 3, false);
      }
      if (w.is(i + 1, "few")) {
        return new Num(-1, i + 2, false);
      }
      if (w.is(i + 1, "dozen")) {
        return new Num(12, i + 2, false);
      }
      if (w.is(i + 1, "half")) {
        return null;
      }
      return new Num(1, i + 1, false);
    }
    if (w.is(i, "several", "few", "many", "couple")) {
      int end = w.is(i + 1, "of") ? i + 2 : i + 1;
      return new Num(w.is(i, "couple") ? 2 : -1, end, false);
    }
    if (w.is(i, "dozens", "hundreds", "thousands") && w.is(i + 1, "of")) {
      return new Num(-1, i + 2, false);
    }
    Integer v = NUMBER_WORDS.get(w.lower(i));
    if (v != null) {
      int end = i + 1;
      if (v >= 20 && v < 100) {
        int k = w.is(end, "-") ? end + 1 : end;
        Integer unit = NUMBER_WORDS.get(w.lower(k));
        if (unit != null && unit < 10) {
          v += unit;
          end = k + 1;
        }
      }
      return new Num(v, end, false);
    }
    return null;
  }

  /** "4,000" or "5.56": the digits at {@code i} continue or are continued by other digits. */
  private boolean partOfLargerNumber(int i) {
    if (i >= 2 && w.is(i - 1, ",", ".") && w.touches(i - 1) && w.isDigits(i - 2)
        && w.touches(i - 2)) {
      return true;
    }
    return w.is(i + 1, ",") && w.touches(i) && w.isDigits(i + 2) && w.touches(i + 1)
        && w.digitCount(i + 2) == 3;
  }

  /** An ordinal day: "16th", "16", "first", "twenty-first"; returns {day, end} or null. */
  private int[] ordinalDay(int i, boolean allowBare) {
    if (w.isDigits(i) && w.digitCount(i) <= 2) {
      int d = w.number(i);
      if (w.touches(i) && w.is(i + 1, "st", "nd", "rd", "th")) {
        return d >= 1 && d <= 31 ? new int[] {d, i + 2} : null;
      }
      boolean glued = w.touches(i) && (w.isLetters(i + 1) || w.isDigits(i + 1)
          || w.is(i + 1, "/", "%") || (w.is(i + 1, ".", ",", ":") && w.isDigits(i + 2)
              && w.touches(i + 1)));
      return allowBare && d >= 1 && d <= 31 && !glued ? new int[] {d, i + 1} : null;
    }
    if (w.is(i, "twenty", "thirty") && w.is(i + 1, "-")) {
      Integer o = ORDINAL_WORDS.get(w.lower(i + 2));
      if (o != null && o > 0 && o < 10) {
        int d = (w.is(i, "twenty") ? 20 : 30) + o;
        return d <= 31 ? new int[] {d, i + 3} : null;
      }
    }
    Integer o = ORDINAL_WORDS.get(w.lower(i));
    if (o != null && o > 0) {
      return new int[] {o, i + 1};
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Months and days

  /** The month named at word i (with an optional abbreviation dot): {month, end} or null. */
  private int[] monthName(int i, boolean needContext) {
    if (!w.isLetters(i) || !w.isCapitalised(i)) {
      return null;
    }
    String word = w.lower(i);
    Integer m = MONTHS.get(word);
    if (m != null) {
      if ((m == 5 || m == 3) && needContext && !monthContext(i)) {
        return null;
      }
      return new int[] {m, i + 1};
    }
    m = MONTH_ABBREVIATIONS.get(word);
    if (m != null) {
      if (w.is(i + 1, ".") && w.touches(i)) {
        return new int[] {m, i + 2};
      }
      if (w.isDigits(i + 1)) {
        return new int[] {m, i + 1};
      }
    }
    return null;
  }

  /** Whether an ambiguous month name (May, March) is a month here. */
  private boolean monthContext(int i) {
    if (w.isDigits(i + 1)) {
      return true;
    }
    if (w.is(i + 1, ",") && (w.isDigits(i + 2) || w.is(i + 2, "this", "last", "next"))) {
      return true;
    }
    if (w.is(i + 1, "this", "last", "next") && w.is(i + 2, "year")) {
      return true;
    }
    if (w.is(i + 1, "day") && w.lower(i).equals("may")) {
      return false; // May Day: a holiday
    }
    return i > 0 && MONTH_CONTEXT.contains(w.lower(i - 1));
  }

  /** A year at word i, 4 digits: {year, end} or null. */
  private int[] yearNumber(int i) {
    if (w.digitCount(i) == 4 && !partOfLargerNumber(i)) {
      int y = w.number(i);
      if (y >= 1000 && y <= 2099 && !(w.touches(i) && w.isLetters(i + 1))) {
        return new int[] {y, i + 1};
      }
    }
    return null;
  }

  /** A year after a month or day: "2023", ", 2023", "this year", ", last year", "of 2023". */
  private Match withYear(int first, int j, Sem s) {
    int k = j;
    if (w.is(k, ",")) {
      k++;
    }
    if (w.is(k, "of")) {
      k++;
    }
    int[] y = yearNumber(k);
    if (y != null) {
      s.kind = Sem.Kind.ABSOLUTE;
      s.year = y[0];
      return match(first, y[1], s);
    }
    if (w.is(k, "this", "last", "next") && w.is(k + 1, "year")) {
      s.yearShift = w.is(k, "this") ? 0 : w.is(k, "last") ? -1 : 1;
      return match(first, k + 2, s);
    }
    return match(first, j, s);
  }

  /** Month first: "October 16, 2023", "Oct. 16", "May 2024", "May this year", "February". */
  private Match monthFirst(int i) {
    Integer direction = null;
    int j = i;
    if (w.is(i, "last", "next", "this", "past", "coming")) {
      direction = w.is(i, "last", "past") ? -1 : w.is(i, "this") ? 0 : 1;
      j = i + 1;
    }
    int[] m = monthName(j, direction == null);
    if (m == null) {
      return null;
    }
    Sem s = Sem.of(Sem.Kind.YEARLESS, "month");
    s.month = m[0];
    s.direction = direction;
    s.confidence = 0.9;
    int k = m[1];
    if (direction == null) {
      int dk = w.is(k, "the") ? k + 1 : k;
      int[] d = ordinalDay(dk, true);
      if (d != null && !(w.isDigits(dk) && w.digitCount(dk) == 4)) {
        if (!Calendar.validMonthDay(s.month, d[0])) {
          return null;
        }
        // "May 5 percent" or "March 10,000": a number, not a day.
        if (w.is(d[1], ",") && w.isDigits(d[1] + 1) && w.touches(d[1])) {
          return null;
        }
        s.day = d[0];
        s.rule = "month-day";
        Match withYear = withYear(i, d[1], s);
        if (s.year != null && !Calendar.validDay(s.year, s.month, s.day)) {
          return null;
        }
        return withYear;
      }
      return withYear(i, k, s);
    }
    return match(i, k, s);
  }

  /** Day first: "16 October 2023", "the 16th of October last year", "the first of November". */
  private Match dayFirst(int i) {
    int j = w.is(i, "the") ? i + 1 : i;
    int[] d = ordinalDay(j, true);
    if (d == null) {
      return null;
    }
    boolean ordinal = !w.isDigits(j) || w.is(j + 1, "st", "nd", "rd", "th");
    if (j > i && !ordinal) {
      return null;
    }
    int k = d[1];
    boolean of = false;
    if (w.is(k, "of")) {
      of = true;
      k++;
    }
    if (of && !ordinal) {
      return null;
    }
    int[] m = monthName(k, false);
    if (m == null) {
      return null;
    }
    if (!Calendar.validMonthDay(m[0], d[0])) {
      return null;
    }
    Sem s = Sem.of(Sem.Kind.YEARLESS, "day-month");
    s.month = m[0];
    s.day = d[0];
    Match r = withYear(i, m[1], s);
    if (s.year != null && !Calendar.validDay(s.year, s.month, s.day)) {
      return null;
    }
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Numeric dates: 2023-10-16, 4/24/2012, 16.10.2023, year ranges 2002-2010.

  private Match numericDate(int i) {
    if (!w.isDigits(i) || (i > 0 && w.touches(i - 1) && (w.is(i - 1, "/", ".", "-")
        || w.isLetters(i - 1) || w.isDigits(i - 1)))) {
      return null;
    }
    int a = w.number(i);
    int ca = w.digitCount(i);
    // ISO: yyyy-mm-dd
    if (ca == 4 && sep(i, "-") && w.digitCount(i + 2) <= 2 && w.isDigits(i + 2)
        && sep(i + 2, "-") && w.digitCount(i + 4) <= 2 && w.isDigits(i + 4)
        && !continues(i + 4)) {
      int mo = w.number(i + 2);
      int d = w.number(i + 4);
      if (!Calendar.validDay(a, mo, d)) {
        return null;
      }
      Sem s = Sem.of(Sem.Kind.ABSOLUTE, "iso-date");
      s.year = a;
      s.month = mo;
      s.day = d;
      s.confidence = 0.95;
      return match(i, i + 5, s);
    }
    // m/d/yyyy, d/m/yyyy, m/d/yy; d.m.yyyy
    for (String sp : new String[] {"/", "."}) {
      if (ca <= 2 && sep(i, sp) && w.isDigits(i + 2) && w.digitCount(i + 2) <= 2
          && sep(i + 2, sp) && w.isDigits(i + 4) && !continues(i + 4)) {
        int b = w.number(i + 2);
        int cy = w.digitCount(i + 4);
        int y = w.number(i + 4);
        if (cy == 2 && sp.equals("/")) {
          y += y < 50 ? 2000 : 1900;
        } else if (cy != 4) {
          return null;
        }
        int month;
        int day;
        double confidence;
        if (sp.equals(".") || a > 12) {
          day = a;
          month = b;
          confidence = 0.85;
        } else {
          month = a;
          day = b;
          confidence = b > 12 || a == b ? 0.85 : 0.7;
        }
        if (!Calendar.validDay(y, month, day)) {
          return null;
        }
        Sem s = Sem.of(Sem.Kind.ABSOLUTE, "numeric-date");
        s.year = y;
        s.month = month;
        s.day = day;
        s.confidence = confidence;
        return match(i, i + 5, s);
      }
    }
    // Year ranges: 2002-2010, 1998-99, 2002–2010
    if (ca == 4 && a >= 1000 && a <= 2099 && (w.is(i + 1, "-", "\u2013", "/"))
        && w.touches(i) && w.touches(i + 1) && w.isDigits(i + 2) && !continues(i + 2)
        && !partOfLargerNumber(i)) {
      int b = w.number(i + 2);
      int cb = w.digitCount(i + 2);
      int end = cb == 4 ? b : cb == 2 ? a / 100 * 100 + b : -1;
      if (end > a && end - a <= 200) {
        Sem s = Sem.absoluteYear(a, "year-range");
        s.endYear = end;
        return match(i, i + 3, s);
      }
    }
    return null;
  }

  private boolean sep(int i, String sep) {
    return w.touches(i) && w.is(i + 1, sep) && w.touches(i + 1);
  }

  /** Whether the digits at i are followed, touching, by more digits or letters. */
  private boolean continues(int i) {
    return w.touches(i) && (w.isDigits(i + 1) || w.isLetters(i + 1)
        || (w.is(i + 1, "/", "-", ".", ",") && w.touches(i + 1) && w.isDigits(i + 2)));
  }

  // ---------------------------------------------------------------------------------------------
  // Clock times: 10:30, 3 p.m., 10:30 a.m. EST, noon, midnight.

  private Match clock(int i) {
    if (w.is(i, "noon", "midday", "midnight")) {
      Sem s = Sem.of(Sem.Kind.CLOCK, "clock-word");
      s.type = TimexType.TIME;
      s.hour = w.is(i, "midnight") ? 24 : 12;
      s.minute = 0;
      return withDay(i, i + 1, s);
    }
    if (!w.isDigits(i) || w.digitCount(i) > 2 || (i > 0 && w.touches(i - 1)
        && !w.is(i - 1, "(", "\"", "\u2014"))) {
      return null;
    }
    int h = w.number(i);
    int j = i + 1;
    Integer minute = null;
    if (sep(i, ":") && w.digitCount(i + 2) == 2) {
      minute = w.number(i + 2);
      j = i + 3;
      if (sep(j - 1, ":") && w.digitCount(j + 1) == 2) {
        j += 2;
      }
      if (minute > 59) {
        return null;
      }
    }
    int[] ampm = amPm(j);
    if (ampm == null && minute == null) {
      if (w.is(j, "o") && w.is(j + 1, "'", "\u2019") && w.is(j + 2, "clock")) {
        ampm = new int[] {0, j + 3};
      } else {
        return null;
      }
    }
    if (h > 24 || (ampm != null && ampm[0] != 0 && (h > 12 || h == 0))) {
      return null;
    }
    if (ampm != null) {
      if (ampm[0] == 2 && h < 12) {
        h += 12;
      } else if (ampm[0] == 1 && h == 12) {
        h = 0;
      }
      j = ampm[1];
    }
    if (TIME_ZONES.contains(w.lower(j))
        && w.raw(j).equals(w.raw(j).toUpperCase(java.util.Locale.ROOT))) {
      j++;
    }
    Sem s = Sem.of(Sem.Kind.CLOCK, "clock");
    s.type = TimexType.TIME;
    s.hour = h;
    s.minute = minute == null ? 0 : minute;
    return withDay(i, j, s);
  }

  /**
   * A clock time directly followed by the day it falls on ({@code 10 p.m. Wednesday}, {@code noon
   * Thursday}, {@code 5 p.m. EST, Nov. 9}) is one time expression on that day.
   */
  private Match withDay(int i, int j, Sem clock) {
    int k = w.is(j, ",") ? j + 1 : j;
    Match day = WEEKDAYS.containsKey(w.lower(k)) ? weekday(k) : longer(monthFirst(k), dayFirst(k));
    boolean isDay = day != null
        && (day.sem().kind == Sem.Kind.WEEKDAY || day.sem().day != null && day.sem().partOfDay == null
            && day.sem().kind != Sem.Kind.CLOCK);
    if (!isDay) {
      return match(i, j, clock);
    }
    clock.base = day.sem();
    clock.rule = clock.rule + "-day";
    return match(i, day.end(), clock);
  }

  /** "a.m."/"p.m."/"am"/"pm" at j: {1 am or 2 pm, end} or null. */
  private int[] amPm(int j) {
    if (w.is(j, "am", "pm")) {
      return new int[] {w.is(j, "am") ? 1 : 2, j + 1};
    }
    if (w.is(j, "a", "p") && w.is(j + 1, ".") && w.is(j + 2, "m") && w.touches(j)
        && w.touches(j + 1)) {
      int end = w.is(j + 3, ".") && w.touches(j + 2) ? j + 4 : j + 3;
      return new int[] {w.is(j, "a") ? 1 : 2, end};
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Weekdays

  private Match weekday(int i) {
    Integer direction = null;
    int j = i;
    if (w.is(i, "last", "next", "this", "past", "coming")) {
      direction = w.is(i, "last", "past") ? -1 : w.is(i, "this") ? 0 : 1;
      j = i + 1;
    }
    Integer d = WEEKDAYS.get(w.lower(j));
    if (d == null || !w.isCapitalised(j)) {
      Integer plural = WEEKDAY_PLURALS.get(w.lower(j));
      if (plural != null && w.isCapitalised(j) && direction == null) {
        Sem set = Sem.fixed(TimexType.SET, "XXXX-WXX-" + plural, "weekday-plural");
        return match(j, j + 1, set);
      }
      return null;
    }
    int k = j + 1;
    if (direction == null) {
      // "Monday, Oct. 16, 2023": the date says it all.
      int m = w.is(k, ",") ? k + 1 : k;
      Match date = longer(monthFirst(m), dayFirst(m));
      if (date != null && date.sem().day != null) {
        date.sem().rule = "weekday-" + date.sem().rule;
        return match(i, date.end(), date.sem());
      }
    }
    Sem s = Sem.of(Sem.Kind.WEEKDAY, "weekday");
    s.weekday = d;
    s.direction = direction;
    String pod = PARTS_OF_DAY.get(w.lower(k));
    if (pod != null) {
      Sem t = Sem.of(Sem.Kind.CLOCK, "weekday-part-of-day");
      t.type = TimexType.DATE;
      t.base = s;
      t.partOfDay = pod;
      return match(i, k + 1, t);
    }
    return match(i, k, s);
  }

  // ---------------------------------------------------------------------------------------------
  // Years, decades, centuries

  private Match year(int i) {
    int j = i;
    boolean theYear = false;
    if (w.is(i, "the") && w.is(i + 1, "year")) {
      j = i + 2;
      theYear = true;
    } else if (w.is(i, "fiscal", "fy")) {
      j = i + 1;
    }
    int[] y = yearNumber(j);
    if (y == null) {
      return null;
    }
    if (j > 0 && w.touches(j - 1) && (w.is(j - 1, "$", "#", "\u20AC", "\u00A3", "/", ".")
        || w.is(j - 1, "-") && w.isDigits(j - 2))) {
      return null;
    }
    if (w.touches(j) && w.is(j + 1, "%", "-", "/")) {
      return null;
    }
    if (!theYear && !plausibleYear(j, y[0])) {
      return null;
    }
    Sem s = Sem.absoluteYear(y[0], "year");
    return match(i, y[1], s);
  }

  /** Whether a 4-digit number is a year rather than a quantity. */
  private boolean plausibleYear(int j, int y) {
    String prev = w.lower(j - 1);
    if (prev.equals("no") || prev.equals("number") || prev.equals("flight")
        || prev.equals("route") || prev.equals("room") || prev.equals("model")) {
      return false;
    }
    // "4000 members": a quantity when a plural noun follows.
    int next = j + 1;
    if (w.isLetters(next) && !w.isCapitalised(next)) {
      String tag = pos.apply(w.begin[next]);
      String word = w.lower(next);
      if (("NOUN".equals(tag) || "PROPN".equals(tag)) && word.endsWith("s") && !word.endsWith("ss")) {
        return false;
      }
      if (Set.of("people", "men", "women", "children", "feet", "meters", "metres", "miles",
          "kilometers", "tons", "tonnes", "troops", "pounds", "dollars", "euros", "yen", "points",
          "percent", "times", "persons", "acres", "cars", "units", "shares", "jobs").contains(word)) {
        return false;
      }
    }
    if (y < 1800 || y > 2050) {
      return Set.of("in", "since", "by", "of", "until", "from", "to", "before", "after",
          "during", "year", "c", "circa", "between", "and").contains(prev);
    }
    return true;
  }

  private Match decade(int i) {
    int j = w.is(i, "the") ? i + 1 : i;
    // 1980s, 1980's
    if (w.digitCount(j) == 4 && w.touches(j)) {
      int y = w.number(j);
      int end = -1;
      if (w.is(j + 1, "s")) {
        end = j + 2;
      } else if (w.is(j + 1, "'", "\u2019") && w.touches(j + 1) && w.is(j + 2, "s")) {
        end = j + 3;
      }
      if (end > 0 && y % 10 == 0 && y >= 1000 && y <= 2090) {
        Sem s = Sem.of(Sem.Kind.ABSOLUTE, "decade");
        s.decade = y / 10;
        return match(i, end, s);
      }
    }
    // '80s
    if (w.is(j, "'", "\u2019") && w.touches(j) && w.digitCount(j + 1) == 2 && w.touches(j + 1)
        && w.is(j + 2, "s")) {
      int y = w.number(j + 1);
      if (y % 10 == 0) {
        Sem s = Sem.of(Sem.Kind.ABSOLUTE, "decade");
        s.decade = (y >= 30 ? 1900 + y : 2000 + y) / 10;
        return match(i, j + 3, s);
      }
    }
    if (j > i) {
      String word = w.lower(j);
      int tens = switch (word) {
        case "twenties" -> 2;
        case "thirties" -> 3;
        case "forties" -> 4;
        case "fifties" -> 5;
        case "sixties" -> 6;
        case "seventies" -> 7;
        case "eighties" -> 8;
        case "nineties" -> 9;
        default -> -1;
      };
      if (tens > 0) {
        Sem s = Sem.of(Sem.Kind.ABSOLUTE, "decade-word");
        s.decade = 190 + tens;
        s.confidence = 0.7;
        return match(i, j + 1, s);
      }
    }
    return null;
  }

  private Match century(int i) {
    if (!w.is(i, "the")) {
      if (w.is(i, "this", "last", "next", "past") && w.is(i + 1, "century")) {
        Sem s = Sem.of(Sem.Kind.SHIFT, "relative-century");
        s.unit = Unit.CENTURY;
        s.amount = w.is(i, "this") ? 0 : w.is(i, "next") ? 1 : -1;
        return match(i, i + 2, s);
      }
      return null;
    }
    int[] d = ordinalDay(i + 1, false);
    if (d == null || d[0] > 21 || !w.is(d[1], "century")) {
      return null;
    }
    Sem s = Sem.of(Sem.Kind.ABSOLUTE, "century");
    s.century = d[0] - 1;
    return match(i, d[1] + 1, s);
  }

  // ---------------------------------------------------------------------------------------------
  // Seasons, quarters, halves

  private Match seasonOrQuarter(int i) {
    int j = i;
    Integer direction = null;
    boolean the = false;
    if (w.is(i, "last", "next", "this", "past", "coming")) {
      direction = w.is(i, "last", "past") ? -1 : w.is(i, "this") ? 0 : 1;
      j = i + 1;
    } else if (w.is(i, "the")) {
      the = true;
      j = i + 1;
    }
    String season = SEASONS.get(w.lower(j));
    if (season != null) {
      boolean fall = w.is(j, "fall");
      Sem s = Sem.of(Sem.Kind.YEARLESS, "season");
      s.season = season;
      s.direction = direction;
      Match r = withYear(i, j + 1, s);
      boolean hasYear = s.year != null || s.yearShift != null;
      if (direction == null && !hasYear) {
        boolean context = the || (i > 0 && w.is(i - 1, "in", "during", "since", "until", "by",
            "early", "late", "mid", "this", "last", "next"));
        if (!context || (fall && !the)) {
          return null;
        }
        if (the && !(i > 0 && w.is(i - 1, "in", "during", "since", "until", "by", "of", "over",
            "through", "this", "for"))) {
          return null;
        }
      }
      return r;
    }
    // quarters and halves: "the third quarter (of 1998)", "the first half", "the fourth quarter"
    int[] ord = null;
    int k = j;
    if (!the && direction == null && ORDINAL_WORDS.containsKey(w.lower(i))
        && w.is(i + 1, "-") && w.is(i + 2, "quarter", "half")) {
      ord = new int[] {ORDINAL_WORDS.get(w.lower(i)), i + 2};
      k = i + 2;
    } else if (the && w.is(j, "latest", "current", "most") ) {
      int q = w.is(j, "most") && w.is(j + 1, "recent") ? j + 2 : j + 1;
      if (w.is(q, "quarter", "period") && !w.is(j, "current")) {
        Sem s = Sem.of(Sem.Kind.SHIFT, "the-latest-quarter");
        s.unit = Unit.QUARTER;
        s.amount = null;
        s.confidence = 0.6;
        return match(i, q + 1, s);
      }
    } else if (the && yearNumber(j) != null && (w.is(j + 1, "quarter", "period")
        || ORDINAL_WORDS.containsKey(w.lower(j + 1)) && w.is(j + 2, "quarter"))) {
      Sem s = Sem.of(Sem.Kind.ABSOLUTE, "year-quarter");
      s.year = yearNumber(j)[0];
      if (w.is(j + 1, "quarter", "period")) {
        // "the 1988 quarter": the quarter being reported, in that year
        s.kind = Sem.Kind.SHIFT;
        s.rule = "the-year-quarter";
        s.unit = Unit.QUARTER;
        s.amount = null;
        s.confidence = 0.6;
        return match(i, j + 2, s);
      }
      int n = ORDINAL_WORDS.get(w.lower(j + 1));
      if (n < 1 || n > 4) {
        return null;
      }
      s.quarter = n;
      return match(i, j + 3, s);
    } else if (the || direction != null) {
      Integer o = ORDINAL_WORDS.get(w.lower(j));
      if (o != null) {
        ord = new int[] {o, j + 1};
      } else if (w.isDigits(j) && w.touches(j) && w.is(j + 1, "st", "nd", "rd", "th")) {
        ord = new int[] {w.number(j), j + 2};
      }
      if (ord != null) {
        k = ord[1];
      }
    }
    if (w.is(k, "fiscal")) {
      k++;
    }
    if (w.is(k, "quarter", "half")) {
      boolean quarter = w.is(k, "quarter");
      if (ord == null && direction == null) {
        if (!the || !quarter) {
          return null;
        }
        // "the quarter": the current (or last reported) quarter
        Sem s = Sem.of(Sem.Kind.SHIFT, "the-quarter");
        s.unit = Unit.QUARTER;
        s.amount = null;
        s.confidence = 0.6;
        return match(i, k + 1, s);
      }
      if (ord == null) {
        Sem s = Sem.of(Sem.Kind.SHIFT, "relative-quarter");
        s.unit = Unit.QUARTER;
        s.amount = direction;
        return match(i, k + 1, s);
      }
      int n = ord[0] == -1 ? (quarter ? 4 : 2) : ord[0];
      if (n < 1 || n > (quarter ? 4 : 2)) {
        return null;
      }
      Sem s = Sem.of(Sem.Kind.YEARLESS, quarter ? "quarter" : "half");
      if (quarter) {
        s.quarter = n;
      } else {
        s.half = n;
      }
      int end = k + 1;
      if (w.is(end, "of") || w.is(end, ",")) {
        Match y = withYear(i, end, s);
        if (y.end() > end) {
          return y;
        }
        return match(i, end, s);
      }
      return withYear(i, end, s);
    }
    return null;
  }

  /** "the year", "the week", "the weekend": the current one, or a year-long duration. */
  private Match theYearOrWeek(int i) {
    if (!w.is(i, "the") && !w.is(i, "this")) {
      return null;
    }
    if (w.is(i + 1, "weekend")) {
      Sem s = Sem.of(Sem.Kind.SHIFT, w.is(i, "this") ? "this-weekend" : "the-weekend");
      s.unit = Unit.WEEKEND;
      s.amount = w.is(i, "this") ? 0 : null;
      return match(i, i + 2, s);
    }
    if (!w.is(i, "the") || !w.is(i + 1, "year", "week") || w.is(i + 2, "'", "’", "-")) {
      return null;
    }
    if (w.is(i + 2, "ended", "ending", "ends", "to", "through")) {
      return match(i, i + 2, Sem.fixed(TimexType.DURATION,
          w.is(i + 1, "year") ? "P1Y" : "P1W", "the-year-ended"));
    }
    if (i > 0 && w.is(i - 1, "for", "of", "during", "in", "this") && !w.isDigits(i + 2)) {
      Sem s = Sem.of(Sem.Kind.SHIFT, "the-unit");
      s.unit = Unit.of(w.lower(i + 1));
      s.amount = 0;
      s.confidence = 0.6;
      return match(i, i + 2, s);
    }
    return null;
  }

  /** "the year-earlier quarter", "the year-ago period", "year-earlier". */
  private Match yearAgo(int i) {
    int j = w.is(i, "the") ? i + 1 : i;
    if (!(w.is(j, "year") && w.is(j + 1, "-") && w.is(j + 2, "earlier", "ago"))) {
      return null;
    }
    int k = j + 3;
    int[] ord = ordinalDay(k, false);
    if (ord != null && ord[0] <= 4 && w.is(ord[1], "quarter")) {
      Sem s = Sem.of(Sem.Kind.YEARLESS, "year-earlier-quarter");
      s.quarter = ord[0];
      s.yearShift = -1;
      return match(i, ord[1] + 1, s);
    }
    if (w.is(k, "quarter", "period")) {
      Sem s = Sem.of(Sem.Kind.SHIFT, "year-earlier-quarter");
      s.unit = Unit.QUARTER;
      s.amount = null;
      s.yearsBack = 1;
      s.confidence = 0.6;
      return match(i, k + 1, s);
    }
    if (j > i) {
      return null;
    }
    Sem s = Sem.of(Sem.Kind.SHIFT, "year-earlier");
    s.unit = Unit.YEAR;
    s.amount = -1;
    return match(i, k, s);
  }

  // ---------------------------------------------------------------------------------------------
  // today, yesterday, tomorrow, tonight, this morning, last night

  private Match deictic(int i) {
    String word = w.lower(i);
    Sem day = null;
    int j = i + 1;
    switch (word) {
      case "today" -> day = shift(Unit.DAY, 0, "today");
      case "yesterday" -> day = shift(Unit.DAY, -1, "yesterday");
      case "tomorrow" -> day = shift(Unit.DAY, 1, "tomorrow");
      case "tonight" -> {
        Sem t = Sem.of(Sem.Kind.CLOCK, "tonight");
        t.type = TimexType.TIME;
        t.base = shift(Unit.DAY, 0, "today");
        t.partOfDay = "NI";
        return match(i, i + 1, t);
      }
      case "this", "last" -> {
        String pod = PARTS_OF_DAY.get(w.lower(i + 1));
        if (pod == null || (word.equals("last") && !pod.equals("NI") && !pod.equals("EV"))) {
          return null;
        }
        Sem t = Sem.of(Sem.Kind.CLOCK, word + "-part-of-day");
        t.type = TimexType.TIME;
        t.base = shift(Unit.DAY, word.equals("last") ? -1 : 0, word);
        t.partOfDay = pod;
        return match(i, i + 2, t);
      }
      default -> {
        return null;
      }
    }
    if (w.is(i, "today") && w.is(i + 1, "'", "\u2019") && w.is(i + 2, "s")) {
      // "today's": still today
      return match(i, i + 1, day);
    }
    String pod = PARTS_OF_DAY.get(w.lower(j));
    if (pod != null) {
      Sem t = Sem.of(Sem.Kind.CLOCK, word + "-part-of-day");
      t.type = TimexType.TIME;
      t.base = day;
      t.partOfDay = pod;
      return match(i, j + 1, t);
    }
    return match(i, j, day);
  }

  private static Sem shift(Unit unit, Integer amount, String rule) {
    Sem s = Sem.of(Sem.Kind.SHIFT, rule);
    s.unit = unit;
    s.amount = amount;
    return s;
  }

  // ---------------------------------------------------------------------------------------------
  // last week, this month, next year, the previous day, the following week, the same day

  private Match relative(int i) {
    int j = i;
    boolean the = false;
    if (w.is(i, "the")) {
      the = true;
      j = i + 1;
    }
    String word = w.lower(j);
    Unit unit = Unit.of(w.lower(j + 1));
    if (unit == null || Unit.isPlural(w.lower(j + 1)) && unit != Unit.CENTURY) {
      // "the same day", "that day"
      if (the && w.is(j, "same") && Unit.of(w.lower(j + 1)) != null
          && !Unit.isPlural(w.lower(j + 1))) {
        Sem s = Sem.of(Sem.Kind.ANCHORED, "same-unit");
        s.unit = Unit.of(w.lower(j + 1));
        s.amount = 0;
        return match(i, j + 2, s);
      }
      if (the && w.is(j, "day") && w.is(j + 1, "before", "after") && !the(j + 2)) {
        Sem s = Sem.of(Sem.Kind.ANCHORED, "day-before-after");
        s.unit = Unit.DAY;
        s.amount = w.is(j + 1, "before") ? -1 : 1;
        return match(i, j + 2, s);
      }
      return null;
    }
    if (unit == Unit.CENTURY || unit == Unit.SECOND || unit == Unit.MINUTE || unit == Unit.HOUR) {
      return null;
    }
    if (!the && unit == Unit.YEAR && w.is(j, "this", "last", "next")
        && w.is(j + 2, "'", "\u2019") && w.is(j + 3, "s")) {
      int[] ord = ordinalDay(j + 4, false);
      if (ord != null && ord[0] <= 4 && w.is(ord[1], "quarter")) {
        Sem s = Sem.of(Sem.Kind.YEARLESS, "year's-quarter");
        s.quarter = ord[0];
        s.yearShift = w.is(j, "this") ? 0 : w.is(j, "last") ? -1 : 1;
        return match(i, ord[1] + 1, s);
      }
    }
    switch (word) {
      case "this", "current" -> {
        if (the && word.equals("this")) {
          return null;
        }
        return match(i, j + 2, shiftOrWeekend(unit, 0, "this-unit"));
      }
      case "last", "past" -> {
        if (!the && unit == Unit.YEAR && w.is(i - 1, "from", "with", "than", "over")) {
          return match(i, j + 2, shift(unit, -1, "comparison-last-year"));
        }
        if (the) {
          Sem s = Sem.fixed(TimexType.DURATION, unit.duration("1"), "the-past-unit");
          return match(i, j + 2, s);
        }
        if (word.equals("past")) {
          return null;
        }
        return match(i, j + 2, shiftOrWeekend(unit, -1, "last-unit"));
      }
      case "next", "coming" -> {
        if (the && word.equals("next")) {
          Sem s = Sem.of(Sem.Kind.ANCHORED, "the-next-unit");
          s.unit = unit;
          s.amount = 1;
          return match(i, j + 2, s);
        }
        if (the) {
          Sem s = Sem.fixed(TimexType.DURATION, unit.duration("1"), "the-coming-unit");
          return match(i, j + 2, s);
        }
        return match(i, j + 2, shiftOrWeekend(unit, 1, "next-unit"));
      }
      case "previous", "following", "preceding", "prior" -> {
        if (!the) {
          return null;
        }
        Sem s = Sem.of(Sem.Kind.ANCHORED, word + "-unit");
        s.unit = unit;
        s.amount = word.equals("following") ? 1 : -1;
        return match(i, j + 2, s);
      }
      case "same" -> {
        if (!the) {
          return null;
        }
        Sem s = Sem.of(Sem.Kind.ANCHORED, "same-unit");
        s.unit = unit;
        s.amount = 0;
        return match(i, j + 2, s);
      }
      default -> {
        return null;
      }
    }
  }

  private boolean the(int i) {
    return w.is(i, "the", "a", "an", "his", "her", "their", "its");
  }

  private static Sem shiftOrWeekend(Unit unit, int amount, String rule) {
    return shift(unit, amount, rule);
  }

  // ---------------------------------------------------------------------------------------------
  // Durations and anchored shifts: seven months, a couple of weeks, two years ago/later,
  // the past three years, about 3 years, two-year, years, recent years

  private Match duration(int i) {
    int j = i;
    TimexMod mod = quantityMod(w.lower(i), w.lower(i + 1));
    if (mod != null) {
      j = w.is(i + 1, "than", "least", "most", "to") ? i + 2 : i + 1;
      if (w.is(j, "the")) {
        return null;
      }
    }
    boolean the = false;
    boolean pastWord = false;
    boolean futureWord = false;
    if (mod == null && w.is(j, "the")) {
      the = true;
      j++;
    }
    if (w.is(j, "past", "last", "next", "coming", "first", "previous", "following")) {
      if (!the && !w.is(j, "past", "last", "first", "next")) {
        return null;
      }
      pastWord = w.is(j, "past", "last", "previous");
      futureWord = w.is(j, "next", "coming", "following");
      j++;
    } else if (w.is(j, "recent")) {
      j++;
      Unit u = Unit.of(w.lower(j));
      if (u != null && Unit.isPlural(w.lower(j))) {
        Sem s = Sem.fixed(TimexType.DURATION, u.duration("X"), "recent-units");
        return match(i, j + 1, s);
      }
      return null;
    }
    Num num = number(j);
    if (the && !pastWord && !futureWord && !w.is(j - 1, "first")
        && (num == null || !num.digits() && num.value() < 0)) {
      return null;
    }
    int k;
    String amount;
    if (num == null) {
      // "the past year", "years", "the coming months": vague or one unit
      Unit u = Unit.of(w.lower(j));
      if (u == null || mod != null) {
        return null;
      }
      boolean plural = Unit.isPlural(w.lower(j));
      if (plural && j == i && w.is(j + 1, "later", "earlier", "afterwards", "afterward")) {
        // "Days later": a few units from the narrative's last date
        Sem s = Sem.of(Sem.Kind.ANCHORED, "units-later");
        s.unit = u == Unit.WEEKEND ? Unit.WEEK : u;
        s.amount = null;
        s.sign = w.is(j + 1, "earlier") ? -1 : 1;
        s.confidence = 0.7;
        return match(i, j + 2, s);
      }
      if (!(the || pastWord || futureWord)) {
        if (!plural || !(i > 0 && w.is(i - 1, "for", "over", "within", "in", "recent"))) {
          return null;
        }
        if (w.is(i - 1, "in") && !w.is(j + 1, ".", ",", ";")) {
          return null;
        }
      }
      if (!plural && !(the || pastWord)) {
        return null;
      }
      if (!plural && (futureWord && w.is(j - 1, "next") || w.is(j - 1, "first"))) {
        return null;
      }
      amount = plural ? "X" : "1";
      Sem s = Sem.fixed(TimexType.DURATION, u.duration(amount), "vague-units");
      return match(i, j + 1, s);
    }
    if (num.digits() && num.value() >= 1000) {
      return null; // "the 1988 second quarter": a year, not a count
    }
    k = num.end();
    if (w.is(k, "-") && w.touches(k - 1) && w.touches(k)) {
      k++; // "two-year"
    }
    Unit unit = Unit.of(w.lower(k));
    if (unit == null || unit == Unit.WEEKEND) {
      // "two and a half years"
      return null;
    }
    if (w.is(k + 1, "-") && w.touches(k) && w.is(k + 2, "earlier", "ago")) {
      return null; // "a year-earlier loss": see yearAgo
    }
    if (num.value() == 1 && Unit.isPlural(w.lower(k)) && !num.digits()) {
      return null;
    }
    if (num.value() == 0) {
      return null;
    }
    amount = num.value() < 0 ? "X" : Integer.toString(num.value());
    int end = k + 1;
    // "a year and a half"
    if (w.is(end, "and") && w.is(end + 1, "a") && w.is(end + 2, "half") && num.value() > 0) {
      amount = num.value() + ".5";
      end += 3;
    }
    // "-old" ages are durations too, but the adjective is not part of the expression
    // anchored: ago, later, earlier, before, after
    if (!the && !pastWord && !futureWord) {
      if (w.is(end, "ago")) {
        Sem s = Sem.of(Sem.Kind.SHIFT, "units-ago");
        s.unit = unit;
        s.amount = num.value() < 0 ? null : -num.value();
        s.sign = -1;
        s.mod = mod;
        return match(mod != null ? j : i, end + 1, s);
      }
      if (w.is(end, "later", "afterwards", "afterward", "earlier", "before", "after")) {
        boolean later = w.is(end, "later", "afterwards", "afterward", "after");
        boolean clauseEnd = !w.isLetters(end + 1) && !w.isDigits(end + 1);
        if (w.is(end, "before", "after") && !clauseEnd) {
          // "X came N after Y": Y is N before X. Otherwise ("two days after the blast") the
          // expression measures a duration from an event the stage does not know.
          if (i > 0 && w.is(i - 1, "came", "comes", "come", "was", "is", "exactly", "just",
              "only", "precisely")) {
            Sem s = Sem.of(Sem.Kind.ANCHORED, "units-after-event");
            s.unit = unit;
            s.amount = num.value() < 0 ? null : (later ? -num.value() : num.value());
            s.sign = later ? -1 : 1;
            s.mod = mod;
            return match(mod != null ? j : i, end + 1, s);
          }
        } else {
          Sem s = Sem.of(Sem.Kind.ANCHORED, "units-later");
          s.unit = unit;
          s.amount = num.value() < 0 ? null : (later ? num.value() : -num.value());
          s.sign = later ? 1 : -1;
          s.mod = mod;
          return match(mod != null ? j : i, end + 1, s);
        }
      }
    }
    if (unit == Unit.CENTURY && num.value() < 0) {
      return null;
    }
    // "6-year-old": an age
    if (w.is(end, "-") && w.is(end + 1, "old") && w.touches(end - 1)) {
      return null;
    }
    Sem s = Sem.fixed(TimexType.DURATION, unit.duration(amount),
        the ? "the-past-units" : "number-units");
    s.mod = mod;
    // TimeML keeps "about", "more than" outside the extent; the mod records them.
    return match(mod != null ? j : i, end, s);
  }

  // ---------------------------------------------------------------------------------------------
  // Sets: every week, each Monday, daily, twice a year, per month

  private Match set(int i) {
    String word = w.lower(i);
    String value = switch (word) {
      case "daily" -> "P1D";
      case "weekly" -> "P1W";
      case "monthly" -> "P1M";
      case "yearly", "annually" -> "P1Y";
      case "quarterly" -> "P3M";
      case "hourly" -> "PT1H";
      case "nightly" -> "TNI";
      default -> null;
    };
    if (value != null) {
      String next = pos.apply(w.begin.length > i + 1 ? w.begin[i + 1] : -1);
      if (w.isLetters(i + 1) && ("NOUN".equals(next) || "PROPN".equals(next) || "ADJ".equals(next))
          || w.is(i - 1, "the", "a")) {
        return null; // "daily flights", "the party daily": adjectives and nouns
      }
      return match(i, i + 1, Sem.fixed(TimexType.SET, value, "set-adverb"));
    }
    if (w.is(i, "every", "each")) {
      int j = i + 1;
      if (w.is(j, "other")) {
        Unit u = Unit.of(w.lower(j + 1));
        if (u != null && !Unit.isPlural(w.lower(j + 1))) {
          return match(i, j + 2, Sem.fixed(TimexType.SET, u.duration("2"), "every-other"));
        }
        return null;
      }
      Integer d = WEEKDAYS.get(w.lower(j));
      if (d != null) {
        return match(i, j + 1, Sem.fixed(TimexType.SET, "XXXX-WXX-" + d, "every-weekday"));
      }
      Integer m = MONTHS.get(w.lower(j));
      if (m != null && w.isCapitalised(j)) {
        return match(i, j + 1,
            Sem.fixed(TimexType.SET, "XXXX-" + Calendar.two(m), "every-month-name"));
      }
      String pod = PARTS_OF_DAY.get(w.lower(j));
      if (pod != null) {
        return match(i, j + 1, Sem.fixed(TimexType.SET, "XXXX-XX-XXT" + pod, "every-part-of-day"));
      }
      Num n = number(j);
      int k = j;
      String amount = "1";
      if (n != null && n.value() > 1) {
        amount = Integer.toString(n.value());
        k = n.end();
      }
      Unit u = Unit.of(w.lower(k));
      if (u != null && u != Unit.WEEKEND) {
        return match(i, k + 1, Sem.fixed(TimexType.SET, u.duration(amount), "every-unit"));
      }
      if (w.is(k, "weekend")) {
        return match(i, k + 1, Sem.fixed(TimexType.SET, "XXXX-WXX-WE", "every-weekend"));
      }
      return null;
    }
    // "twice a year", "once a week", "three times a month"
    int j = i;
    if (w.is(i, "once", "twice")) {
      j = i + 1;
    } else {
      Num n = number(i);
      if (n != null && w.is(n.end(), "times")) {
        j = n.end() + 1;
      } else if (!w.is(i, "per", "a")) {
        return null;
      }
    }
    if (j > i && w.is(j, "a", "an", "per", "each", "every")) {
      Unit u = Unit.of(w.lower(j + 1));
      if (u != null && !Unit.isPlural(w.lower(j + 1))) {
        return match(i, j + 2, Sem.fixed(TimexType.SET, u.duration("1"), "times-per-unit"));
      }
      return null;
    }
    if (j == i && w.is(i, "per", "a")) {
      Unit u = Unit.of(w.lower(i + 1));
      if (u == null || Unit.isPlural(w.lower(i + 1)) || u == Unit.WEEKEND) {
        return null;
      }
      boolean quantityBefore = i > 0 && (w.is(i - 1, "%", "percent", "million", "billion",
          "dollars", "cents", "barrels", "tons") || w.isDigits(i - 1));
      if (w.is(i, "per") || quantityBefore) {
        return match(i, i + 2, Sem.fixed(TimexType.SET, u.duration("1"), "per-unit"));
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Vague references: now, recently, currently, in the past, in the future

  private Match vague(int i) {
    String word = w.lower(i);
    switch (word) {
      case "now", "currently", "nowadays", "presently", "current" -> {
        return match(i, i + 1, Sem.ref("PRESENT_REF", "now"));
      }
      case "recent" -> {
        return match(i, i + 1, Sem.ref("PAST_REF", "recent"));
      }
      case "soon" -> {
        return match(i, i + 1, Sem.ref("FUTURE_REF", "soon"));
      }
      case "recently", "lately" -> {
        return match(i, i + 1, Sem.ref("PAST_REF", "recently"));
      }
      case "these" -> {
        if (w.is(i + 1, "days")) {
          return match(i, i + 2, Sem.ref("PRESENT_REF", "these-days"));
        }
        return null;
      }
      case "the" -> {
        if (w.is(i + 1, "past") && i > 0 && w.is(i - 1, "in") && !Unit.isUnitWord(w.lower(i + 2))
            && number(i + 2) == null) {
          return match(i, i + 2, Sem.ref("PAST_REF", "the-past"));
        }
        if (w.is(i + 1, "future") && i > 0 && w.is(i - 1, "in", "for")) {
          return match(i, i + 2, Sem.ref("FUTURE_REF", "the-future"));
        }
        if (w.is(i + 1, "near", "foreseeable", "distant") && w.is(i + 2, "future")) {
          return match(i, i + 3, Sem.ref("FUTURE_REF", "the-future"));
        }
        if (w.is(i + 1, "present") && i > 0 && w.is(i - 1, "at", "until")) {
          return match(i, i + 2, Sem.ref("PRESENT_REF", "the-present"));
        }
        return null;
      }
      case "present" -> {
        if (i > 0 && w.is(i - 1, "at") && !w.isLetters(i + 1)) {
          return match(i, i + 1, Sem.ref("PRESENT_REF", "at-present"));
        }
        return null;
      }
      case "future" -> {
        return match(i, i + 1, Sem.ref("FUTURE_REF", "future"));
      }
      default -> {
        return null;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Holidays

  private Match holiday(int i) {
    if (!w.isCapitalised(i)) {
      return null;
    }
    String name = null;
    int end = i + 1;
    String a = w.lower(i);
    if (a.equals("christmas")) {
      name = w.is(i + 1, "eve") ? "christmas-eve" : "christmas";
      end = w.is(i + 1, "eve", "day") ? i + 2 : i + 1;
    } else if (a.equals("may") && w.is(i + 1, "day") && w.isCapitalised(i + 1)) {
      name = "may-day";
      end = i + 2;
    } else if (a.equals("new") && w.is(i + 1, "year") && w.is(i + 2, "'", "\u2019")
        && w.is(i + 3, "s") && w.is(i + 4, "day", "eve")) {
      name = w.is(i + 4, "eve") ? "new-years-eve" : "new-years-day";
      end = i + 5;
    } else if (a.equals("halloween")) {
      name = "halloween";
    } else if (a.equals("thanksgiving")) {
      name = "thanksgiving";
      end = w.is(i + 1, "day") ? i + 2 : i + 1;
    } else if (a.equals("valentine") && w.is(i + 1, "'", "\u2019") && w.is(i + 2, "s")
        && w.is(i + 3, "day")) {
      name = "valentines-day";
      end = i + 4;
    } else if (a.equals("boxing") && w.is(i + 1, "day")) {
      name = "boxing-day";
      end = i + 2;
    } else if (a.equals("labor") && w.is(i + 1, "day") && w.isCapitalised(i + 1)) {
      name = "labor-day";
      end = i + 2;
    } else if (a.equals("memorial") && w.is(i + 1, "day") && w.isCapitalised(i + 1)) {
      name = "memorial-day";
      end = i + 2;
    }
    if (name == null) {
      return null;
    }
    Sem s = Sem.of(Sem.Kind.YEARLESS, "holiday");
    s.holiday = name;
    return withYear(i, end, s);
  }

  // ---------------------------------------------------------------------------------------------
  // Ranges: since X, until X, from X to Y, between X and Y

  private void markRanges(List<Match> matches) {
    for (int k = 0; k < matches.size(); k++) {
      Match m = matches.get(k);
      Sem s = m.sem();
      if (s.type != TimexType.DATE || s.kind == Sem.Kind.FIXED || s.kind == Sem.Kind.REF) {
        continue;
      }
      int before = m.first() - 1;
      if (w.is(before, "since")) {
        s.since = true;
      } else if (w.is(before, "until", "till", "through", "til")) {
        s.until = true;
      }
      if (k + 1 < matches.size() && (w.is(before, "between", "from"))) {
        Match next = matches.get(k + 1);
        boolean joined = next.first() == m.end() + 1
            && (w.is(m.end(), "and") && w.is(before, "between")
                || w.is(m.end(), "to", "until", "till", "through", "-", "\u2013"));
        if (joined && next.sem().type == TimexType.DATE && next.sem().kind != Sem.Kind.FIXED
            && next.sem().kind != Sem.Kind.REF) {
          s.rangePartner = next.sem();
          s.rangeBegin = true;
          next.sem().rangePartner = s;
          next.sem().rangeBegin = false;
          next.sem().until = false;
          k++;
        }
      }
    }
  }
}
