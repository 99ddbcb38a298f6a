package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The bounds of an expression that denotes a range rather than one period: {@code (2002-2010)} and
 * {@code between 2019 and 2021} are closed ({@code 2002} to {@code 2010}), {@code since 1985} is
 * open at the end, {@code until 2025} open at the start. Each bound is a TIMEX3 value; a
 * {@code null} bound is open. The days the range covers are the expression's {@code earliest} and
 * {@code latest}.
 *
 * <p>Immutable and thread-safe. Example: {@code TimexRange.from("2023-10")} for {@code since last
 * October}.
 *
 * @param begin the value the range starts with (inclusive), or {@code null} if open
 * @param end the value the range ends with (inclusive), or {@code null} if open
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimexRange(String begin, String end) {

  /**
   * Checks the bounds.
   *
   * @param begin the value the range starts with (inclusive), or {@code null} if open
   * @param end the value the range ends with (inclusive), or {@code null} if open
   * @throws IllegalArgumentException if both bounds are {@code null} or one is blank
   */
  public TimexRange {
    if (begin == null && end == null) {
      throw new IllegalArgumentException("a range needs at least one bound");
    }
    if (begin != null && begin.isBlank() || end != null && end.isBlank()) {
      throw new IllegalArgumentException(
          "range bounds must not be blank, were \"" + begin + "\" and \"" + end + "\"");
    }
  }

  /**
   * {@return a range open at the end: {@code since 1985}}
   *
   * @param begin the TIMEX3 value it starts with
   */
  public static TimexRange from(String begin) {
    return new TimexRange(begin, null);
  }

  /**
   * {@return a range open at the start: {@code until 2025}}
   *
   * @param end the TIMEX3 value it ends with
   */
  public static TimexRange until(String end) {
    return new TimexRange(null, end);
  }

  /**
   * {@return a closed range: {@code between 2019 and 2021}}
   *
   * @param begin the TIMEX3 value it starts with
   * @param end the TIMEX3 value it ends with
   */
  public static TimexRange between(String begin, String end) {
    return new TimexRange(begin, end);
  }

  /** {@return whether either end is open} */
  @JsonIgnore
  public boolean isOpen() {
    return begin == null || end == null;
  }
}
