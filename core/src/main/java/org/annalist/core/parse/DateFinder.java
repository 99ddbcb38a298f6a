package org.annalist.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written as {@code 2023-11-07}, {@code 4/24/2012}, {@code November 7, 2023},
 * {@code Nov. 7, 2023} or {@code 7 November 2023}. A numeric {@code a/b/yyyy} is read day first when
 * {@code a > 12}, month first when {@code b > 12}, and month first with low confidence when both
 * could be months. Impossible dates (February 30, month 13) are not dates. Stateless and
 * thread-safe; the patterns have no nested unbounded repetition.
 */
final class DateFinder {

  /** Blank characters, including the no-break spaces that scraped text is full of. */
  static final String WS = "[\\s\\u00A0\\u2007\\u202F\\u2009\\u200A]";

  static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\\p{L}])";

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![0-9A-Za-z/])(?:"
              + "(?<isoY>[0-9]{4})-(?<isoM>[0-9]{1,2})-(?<isoD>[0-9]{1,2})"
              + "|(?<numA>[0-9]{1,2})(?<sep>[/-])(?<numB>[0-9]{1,2})\\k<sep>(?<numY>[0-9]{4})"
              + "|(?<mdyM>" + MONTH + ")\\.?" + WS + "{1,3}(?<mdyD>[0-9]{1,2})(?:st|nd|rd|th)?"
              + "(?:," + WS + "{0,3}|" + WS + "{1,3})(?<mdyY>[0-9]{4})"
              + "|(?<dmyD>[0-9]{1,2})(?:st|nd|rd|th)?" + WS + "{1,3}(?:of" + WS + "{1,3})?"
              + "(?<dmyM>" + MONTH + ")\\.?,?" + WS + "{1,3}(?<dmyY>[0-9]{4})"
              + ")(?![0-9])",
          Pattern.CASE_INSENSITIVE);

  /** A clock time that may follow a date: {@code , 10:32 a.m. EST}. */
  private static final Pattern TIME =
      Pattern.compile(
          WS + "{0,3}(?:,|at|\\||-|\u2013|\u2014)?" + WS + "{0,3}[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?"
              + "(?:" + WS + "{0,2}(?i:[ap]\\.?m\\.?))?(?:" + WS + "{1,2}(?:[A-Z]{2,4}|GMT[+-][0-9]{1,2}))?"
              + "(?![\\p{L}0-9])");

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** A date found in the text: its characters, its value and the rule that read it. */
  record Match(int begin, int end, LocalDate date, String rule, double confidence) {}

  private DateFinder() {}

  /** The date that starts exactly at {@code begin} and ends by {@code limit}, if any. */
  static Optional<Match> matchAt(String text, int begin, int limit) {
    Matcher m = DATE.matcher(text).region(begin, limit);
    return m.lookingAt() ? resolve(m) : Optional.empty();
  }

  /** The last valid date within {@code [begin, limit)}; the region must be of bounded length. */
  static Optional<Match> findLast(String text, int begin, int limit) {
    Matcher m = DATE.matcher(text).region(begin, limit);
    Optional<Match> last = Optional.empty();
    while (m.find()) {
      Optional<Match> found = resolve(m);
      if (found.isPresent()) {
        last = found;
      }
    }
    return last;
  }

  /** The end of a clock time starting at {@code begin}, or {@code begin} if there is none. */
  static int skipTime(String text, int begin, int limit) {
    Matcher m = TIME.matcher(text).region(begin, limit);
    return m.lookingAt() ? m.end() : begin;
  }

  private static Optional<Match> resolve(Matcher m) {
    try {
      if (m.group("isoY") != null) {
        return valid(m, number(m, "isoY"), number(m, "isoM"), number(m, "isoD"), "iso", 0.95);
      }
      if (m.group("numA") != null) {
        int a = number(m, "numA");
        int b = number(m, "numB");
        int year = number(m, "numY");
        if (a > 12) {
          return valid(m, year, b, a, "dmy", 0.85);
        }
        if (b > 12 || a == b) {
          return valid(m, year, a, b, "mdy", 0.85);
        }
        return valid(m, year, a, b, "ambiguous-mdy", 0.6);
      }
      if (m.group("mdyM") != null) {
        return valid(m, number(m, "mdyY"), month(m.group("mdyM")), number(m, "mdyD"), "month-name", 0.95);
      }
      return valid(m, number(m, "dmyY"), month(m.group("dmyM")), number(m, "dmyD"), "month-name", 0.95);
    } catch (DateTimeException e) {
      return Optional.empty(); // e.g. February 30: the text does not state a date
    }
  }

  private static Optional<Match> valid(
      Matcher m, int year, int month, int day, String rule, double confidence) {
    if (year < 1000 || year > 2999) {
      return Optional.empty();
    }
    return Optional.of(new Match(m.start(), m.end(), LocalDate.of(year, month, day), rule, confidence));
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(prefix)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("not a month: " + name);
  }
}
