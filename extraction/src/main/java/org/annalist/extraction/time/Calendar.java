package org.annalist.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.annalist.model.Granularity;

/** TIMEX3 values and day intervals of calendar periods. Stateless. */
final class Calendar {

  private Calendar() {}

  /** A calendar period: its first and last day, granularity and TIMEX3 value. */
  record Period(LocalDate first, LocalDate last, Granularity granularity, String value) {}

  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;

  /** The period of the given granularity that contains {@code date}. */
  static Period around(LocalDate date, Granularity granularity) {
    return switch (granularity) {
      case SECOND, MINUTE, HOUR, PART_OF_DAY, DAY -> day(date);
      case WEEK -> week(date);
      case MONTH -> month(date.getYear(), date.getMonthValue());
      case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
      case SEASON -> season(date);
      case HALF_YEAR -> half(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> year(date.getYear());
      case DECADE -> decade(date.getYear() / 10);
      case CENTURY -> century(date.getYear() / 100);
      case MILLENNIUM, UNKNOWN -> year(date.getYear());
    };
  }

  static Period day(LocalDate d) {
    return new Period(d, d, Granularity.DAY, d.toString());
  }

  static Period week(LocalDate d) {
    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int wy = d.get(IsoFields.WEEK_BASED_YEAR);
    int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return new Period(
        monday, monday.plusDays(6), Granularity.WEEK, year4(wy) + "-W" + two(w));
  }

  static Period weekend(LocalDate d) {
    Period w = week(d);
    return new Period(w.first().plusDays(5), w.last(), Granularity.DAY, w.value() + "-WE");
  }

  static Period month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Period(
        first, first.plusMonths(1).minusDays(1), Granularity.MONTH, year4(year) + "-" + two(month));
  }

  static Period quarter(int year, int q) {
    LocalDate first = LocalDate.of(year, 3 * (q - 1) + 1, 1);
    return new Period(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER,
        year4(year) + "-Q" + q);
  }

  static Period half(int year, int h) {
    LocalDate first = LocalDate.of(year, h == 1 ? 1 : 7, 1);
    return new Period(first, first.plusMonths(6).minusDays(1), Granularity.HALF_YEAR,
        year4(year) + "-H" + h);
  }

  static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR,
        year4(year));
  }

  /** {@code decade} is the year divided by ten: 198 for the 1980s. */
  static Period decade(int decade) {
    return new Period(LocalDate.of(decade * 10, 1, 1), LocalDate.of(decade * 10 + 9, 12, 31),
        Granularity.DECADE, String.format(Locale.ROOT, "%03dX", decade));
  }

  /** {@code century} is the year divided by 100: 19 for the twentieth century. */
  static Period century(int century) {
    int first = Math.max(1, century * 100);
    return new Period(LocalDate.of(first, 1, 1), LocalDate.of(century * 100 + 99, 12, 31),
        Granularity.CENTURY, String.format(Locale.ROOT, "%02d", century));
  }

  /** Seasons as meteorological three-month periods (winter starts in December). */
  static Period season(int year, String code) {
    LocalDate first = switch (code) {
      case "SP" -> LocalDate.of(year, 3, 1);
      case "SU" -> LocalDate.of(year, 6, 1);
      case "FA" -> LocalDate.of(year, 9, 1);
      default -> LocalDate.of(year - 1, 12, 1);
    };
    return new Period(first, first.plusMonths(3).minusDays(1), Granularity.SEASON,
        year4(year) + "-" + code);
  }

  static Period season(LocalDate d) {
    int m = d.getMonthValue();
    if (m == 12) {
      return season(d.getYear() + 1, "WI");
    }
    return season(d.getYear(), m <= 2 ? "WI" : m <= 5 ? "SP" : m <= 8 ? "SU" : "FA");
  }

  /** The smallest standard period containing both days, for vague spans such as "days later". */
  static Period covering(LocalDate a, LocalDate b) {
    if (a.equals(b)) {
      return day(a);
    }
    if (week(a).equals(week(b))) {
      return new Period(a, b, Granularity.WEEK, week(a).value());
    }
    if (a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue()) {
      return new Period(a, b, Granularity.MONTH, month(a.getYear(), a.getMonthValue()).value());
    }
    if (a.getYear() == b.getYear()) {
      return new Period(a, b, Granularity.YEAR, year4(a.getYear()));
    }
    return new Period(a, b, Granularity.DECADE, decade(a.getYear() / 10).value());
  }

  static String year4(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static boolean validDay(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= LocalDate.of(year, month, 1).lengthOfMonth();
  }

  static boolean validMonthDay(int month, int day) {
    // A yearless day is possible if some year has it (February 29).
    return month >= 1 && month <= 12 && day >= 1
        && day <= LocalDate.of(2000, month, 1).lengthOfMonth();
  }
}
