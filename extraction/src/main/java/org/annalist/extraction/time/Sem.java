package org.annalist.extraction.time;

import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;

/**
 * What a recognised expression means before resolution: a mutable description filled in by the
 * grammar and read by the resolver, used within one analysis only.
 */
final class Sem {

  enum Kind {
    /** A calendar period whose year is stated: 2023-10-16, May 2024, 1984, the 1980s. */
    ABSOLUTE,
    /** A month, day of month, season, quarter or holiday without its year. */
    YEARLESS,
    /** A day of the week. */
    WEEKDAY,
    /** A period a number of units from the document date: last week, two years ago, today. */
    SHIFT,
    /** A period a number of units from an earlier expression: two years later, the next day. */
    ANCHORED,
    /** An explicit duration or set: P7M, P1W. */
    FIXED,
    /** PAST_REF, PRESENT_REF, FUTURE_REF. */
    REF,
    /** A clock time on the document's day, or on {@link #base}'s. */
    CLOCK
  }

  Kind kind;
  TimexType type = TimexType.DATE;
  String rule;
  double confidence = 0.9;
  TimexMod mod;

  // ABSOLUTE and YEARLESS
  Integer year;
  Integer month;
  Integer day;
  Integer decade;
  Integer century;
  Integer quarter;
  Integer half;
  String season;
  /** The year is the document's year plus this: "May this year" (0), "October last year" (-1). */
  Integer yearShift;
  /** A named holiday whose date depends on the year: "christmas", "may-day", "thanksgiving". */
  String holiday;
  /** The last year of a written year range: 2010 in "(2002-2010)". */
  Integer endYear;
  /** Day of week 1 (Monday) to 7 for WEEKDAY and sets. */
  Integer weekday;
  /** -1 last/previous, 0 this, +1 next; null when tense decides. */
  Integer direction;

  // SHIFT and ANCHORED
  Unit unit;
  /** Signed number of units; null when vague ("days later"). */
  Integer amount;
  /** Years to go back after the shift: "the year-earlier quarter". */
  int yearsBack;
  /** For vague anchored shifts: -1 or +1. */
  int sign = 1;

  // FIXED and REF
  String value;

  // CLOCK and part of day
  Sem base;
  String partOfDay;
  Integer hour;
  Integer minute;

  // ranges: filled by the range pass
  boolean since;
  boolean until;
  /**
   * The other end of a two-expression range ({@code between 2019 and 2021}), or null. A reference,
   * not an index: the resolver finds the partner in whatever list of matches it is given, so
   * dropping matches (boilerplate) cannot make the link point at another expression.
   */
  Sem rangePartner;
  boolean rangeBegin;

  static Sem of(Kind kind, String rule) {
    Sem s = new Sem();
    s.kind = kind;
    s.rule = rule;
    return s;
  }

  static Sem fixed(TimexType type, String value, String rule) {
    Sem s = of(Kind.FIXED, rule);
    s.type = type;
    s.value = value;
    return s;
  }

  static Sem ref(String value, String rule) {
    Sem s = of(Kind.REF, rule);
    s.value = value;
    return s;
  }

  static Sem absoluteYear(int year, String rule) {
    Sem s = of(Kind.ABSOLUTE, rule);
    s.year = year;
    return s;
  }
}
