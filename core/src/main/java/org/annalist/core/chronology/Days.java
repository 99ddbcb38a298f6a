package org.annalist.core.chronology;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.EventTime;

/**
 * An interval of days, either end open ({@code null}), and the two ways reports' times combine:
 * the intersection (every report allows it) and the hull (it spans every report). Immutable.
 */
record Days(LocalDate lo, LocalDate hi) {

  /** Whether the interval holds no day. */
  boolean isEmpty() {
    return lo != null && hi != null && hi.isBefore(lo);
  }

  /** The days every time allows (empty when they do not overlap). */
  static Days intersection(List<EventTime> times) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (EventTime t : times) {
      if (t.earliest() != null && (lo == null || t.earliest().isAfter(lo))) {
        lo = t.earliest();
      }
      if (t.latest() != null && (hi == null || t.latest().isBefore(hi))) {
        hi = t.latest();
      }
    }
    return new Days(lo, hi);
  }

  /** The days from the first any time allows to the last, open where one of them is. */
  static Days hull(List<EventTime> times) {
    LocalDate lo = null;
    LocalDate hi = null;
    boolean openBelow = false;
    boolean openAbove = false;
    for (EventTime t : times) {
      openBelow |= t.earliest() == null;
      openAbove |= t.latest() == null;
      if (t.earliest() != null && (lo == null || t.earliest().isBefore(lo))) {
        lo = t.earliest();
      }
      if (t.latest() != null && (hi == null || t.latest().isAfter(hi))) {
        hi = t.latest();
      }
    }
    return new Days(openBelow ? null : lo, openAbove ? null : hi);
  }

  /** {@code 2023-10-16}, {@code 2023-10-31/..}, {@code ../2024-05-02}. */
  String value() {
    if (lo != null && lo.equals(hi)) {
      return lo.toString();
    }
    return (lo == null ? ".." : lo.toString()) + "/" + (hi == null ? ".." : hi.toString());
  }

  /** {@code 2023-10-16}, {@code 2023-10-31 to …}: for reports to read. */
  static String range(LocalDate lo, LocalDate hi) {
    if (lo != null && lo.equals(hi)) {
      return lo.toString();
    }
    return (lo == null ? "…" : lo.toString()) + " to " + (hi == null ? "…" : hi.toString());
  }
}
