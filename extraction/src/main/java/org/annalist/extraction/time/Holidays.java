package org.annalist.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Dates of named holidays in a given year (Western, Gregorian; US for the floating ones). */
final class Holidays {

  private Holidays() {}

  /** The holiday's date in {@code year}, or null if unknown. */
  static LocalDate date(String name, int year) {
    return switch (name) {
      case "christmas" -> LocalDate.of(year, 12, 25);
      case "christmas-eve" -> LocalDate.of(year, 12, 24);
      case "boxing-day" -> LocalDate.of(year, 12, 26);
      case "new-years-day" -> LocalDate.of(year, 1, 1);
      case "new-years-eve" -> LocalDate.of(year, 12, 31);
      case "may-day" -> LocalDate.of(year, 5, 1);
      case "halloween" -> LocalDate.of(year, 10, 31);
      case "valentines-day" -> LocalDate.of(year, 2, 14);
      case "thanksgiving" ->
          LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
      case "labor-day" ->
          LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
      case "memorial-day" ->
          LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      default -> null;
    };
  }

  /** Whether the holiday's month and day change from year to year. */
  static boolean isMovable(String name) {
    return name.equals("thanksgiving") || name.equals("labor-day") || name.equals("memorial-day");
  }
}
