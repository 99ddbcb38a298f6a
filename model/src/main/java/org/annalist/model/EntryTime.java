package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a {@link ChronologyEntry} happened, as precisely as its reports allow: an interval of days
 * (either end open when no report bounds it), the granularity of the most precise report, the
 * TIMEX3-style value, and how the reports' times were combined.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value, such as {@code 2023-10-16}, {@code 2015}, {@code 2023-10-31/2023-11-01}
 *     for a disputed day, or {@code 2023-10-31/..} for an open interval
 * @param earliest the first day it can fall on, or {@code null} when unbounded below
 * @param latest the last day it can fall on, or {@code null} when unbounded above
 * @param granularity the precision of the most precise report
 * @param rule how it was combined: {@code single-report}, {@code intersection} (every report's
 *     interval contains it) or {@code hull} (the reports disagree: it spans every version)
 * @param confidence how sure the combination is, in [0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryTime(
    @NotBlank String value,
    LocalDate earliest,
    LocalDate latest,
    @NotNull Granularity granularity,
    @NotBlank String rule,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param value the value
   * @param earliest the first day, or {@code null}
   * @param latest the last day, or {@code null}
   * @param granularity the precision of the most precise report
   * @param rule how it was combined
   * @param confidence how sure the combination is, in [0, 1]
   * @throws IllegalArgumentException if the value or rule is blank, both ends are open, the
   *     interval ends before it starts, or the confidence is outside [0, 1]
   */
  public EntryTime {
    Provenance.requireText(value, "value of entry time");
    Objects.requireNonNull(granularity, "granularity of " + value);
    if (earliest == null && latest == null) {
      throw new IllegalArgumentException("entry time " + value + " bounds neither end");
    }
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "entry time " + value + " ends (" + latest + ") before it starts (" + earliest + ")");
    }
    Provenance.requireText(rule, "rule of entry time " + value);
    Provenance.requireConfidence(confidence);
  }

  /** {@return the first day it can fall on, if bounded below} */
  public Optional<LocalDate> findEarliest() {
    return Optional.ofNullable(earliest);
  }

  /** {@return the last day it can fall on, if bounded above} */
  public Optional<LocalDate> findLatest() {
    return Optional.ofNullable(latest);
  }

  /** {@return the exact day, if the interval is one day} */
  public Optional<LocalDate> findExact() {
    return earliest != null && earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
  }
}
