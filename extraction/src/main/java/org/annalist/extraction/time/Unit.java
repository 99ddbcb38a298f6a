package org.annalist.extraction.time;

import java.time.LocalDate;
import org.annalist.model.Granularity;

/** Calendar units of durations and shifts, with their TIMEX3 duration letters. */
enum Unit {
  SECOND("S", true, Granularity.SECOND),
  MINUTE("M", true, Granularity.MINUTE),
  HOUR("H", true, Granularity.HOUR),
  DAY("D", false, Granularity.DAY),
  WEEKEND("WE", false, Granularity.DAY),
  WEEK("W", false, Granularity.WEEK),
  MONTH("M", false, Granularity.MONTH),
  QUARTER("Q", false, Granularity.QUARTER),
  SEASON("X", false, Granularity.SEASON),
  YEAR("Y", false, Granularity.YEAR),
  DECADE("DE", false, Granularity.DECADE),
  CENTURY("CE", false, Granularity.CENTURY);

  final String letter;
  final boolean timePart;
  final Granularity granularity;

  Unit(String letter, boolean timePart, Granularity granularity) {
    this.letter = letter;
    this.timePart = timePart;
    this.granularity = granularity;
  }

  /** The TIMEX3 duration value of {@code amount} (a number, or {@code X} when vague). */
  String duration(String amount) {
    return (timePart ? "PT" : "P") + amount + letter;
  }

  /** {@code date} moved by {@code amount} of this unit; units finer than a day do not move it. */
  LocalDate shift(LocalDate date, long amount) {
    return switch (this) {
      case SECOND, MINUTE, HOUR -> date;
      case DAY -> date.plusDays(amount);
      case WEEK, WEEKEND -> date.plusWeeks(amount);
      case MONTH -> date.plusMonths(amount);
      case QUARTER -> date.plusMonths(3 * amount);
      case SEASON -> date.plusMonths(3 * amount);
      case YEAR -> date.plusYears(amount);
      case DECADE -> date.plusYears(10 * amount);
      case CENTURY -> date.plusYears(100 * amount);
    };
  }

  /** The unit a word names (singular or plural), or null. */
  static Unit of(String lower) {
    return switch (lower) {
      case "second", "seconds" -> SECOND;
      case "minute", "minutes" -> MINUTE;
      case "hour", "hours" -> HOUR;
      case "day", "days" -> DAY;
      case "weekend", "weekends" -> WEEKEND;
      case "week", "weeks" -> WEEK;
      case "month", "months" -> MONTH;
      case "quarter", "quarters" -> QUARTER;
      case "year", "years" -> YEAR;
      case "decade", "decades" -> DECADE;
      case "century", "centuries" -> CENTURY;
      default -> null;
    };
  }

  static boolean isUnitWord(String lower) {
    return of(lower) != null;
  }

  static boolean isPlural(String lower) {
    return lower.endsWith("s") || lower.equals("centuries");
  }
}
