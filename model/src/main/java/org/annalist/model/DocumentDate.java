package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's publication date as far as it is known: an interval of days {@code [earliest,
 * latest]} (one day when the date is exact), how it was resolved, the spans of text that support it
 * and the rule that produced it. An unknown date is an explicit value ({@link #unknown()}), never a
 * silent "today". An {@link DateResolution#INFERRED} date may be open above ({@code latest} is
 * {@code null}): the text shows only that the document was written on or after {@code earliest}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentDate.stated(LocalDate.of(2012, 4, 24), List.of(span), provenance).findExact();
 * }</pre>
 *
 * @param resolution how the date was found; {@link DateResolution#UNKNOWN} for no date
 * @param earliest the first day it may be; {@code null} only when unknown
 * @param latest the last day it may be, not before {@code earliest}; {@code null} when unknown, or
 *     for an inferred date open above
 * @param spans the text that supports it; {@code null} is read as none, and only a given or unknown
 *     date may have none
 * @param provenance the stage and rule that found it; {@code null} only when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentDate(
    @NotNull DateResolution resolution,
    LocalDate earliest,
    LocalDate latest,
    List<@Valid @NotNull Span> spans,
    @Valid Provenance provenance) {

  private static final DocumentDate UNKNOWN =
      new DocumentDate(DateResolution.UNKNOWN, null, null, List.of(), null);

  /**
   * Checks and copies the components.
   *
   * @param resolution how the date was found; {@link DateResolution#UNKNOWN} for no date
   * @param earliest the first day it may be; {@code null} only when unknown
   * @param latest the last day it may be, not before {@code earliest}; {@code null} when unknown,
   *     or for an inferred date open above
   * @param spans the text that supports it; {@code null} is read as none, and only a given or
   *     unknown date may have none
   * @param provenance the stage and rule that found it; {@code null} only when unknown
   * @throws IllegalArgumentException if an unknown date has an interval or spans, the interval ends
   *     before it starts, a date that is not inferred is open above, or a date found in the text
   *     has no spans
   * @throws NullPointerException if a known date lacks its first day or provenance
   */
  public DocumentDate {
    Objects.requireNonNull(resolution, "resolution");
    spans = spans == null ? List.of() : List.copyOf(spans);
    if (resolution == DateResolution.UNKNOWN) {
      if (earliest != null || latest != null || !spans.isEmpty()) {
        throw new IllegalArgumentException("an unknown document date has no interval or spans");
      }
    } else {
      Objects.requireNonNull(earliest, "earliest of a " + resolution + " document date");
      Objects.requireNonNull(provenance, "provenance of a " + resolution + " document date");
      if (latest == null && resolution != DateResolution.INFERRED) {
        throw new IllegalArgumentException("a " + resolution + " document date (from " + earliest
            + ") needs its latest day; only an inferred date may be open above");
      }
      if (latest != null && latest.isBefore(earliest)) {
        throw new IllegalArgumentException(
            "document date interval ends (" + latest + ") before it starts (" + earliest + ")");
      }
      if (resolution != DateResolution.GIVEN && spans.isEmpty()) {
        throw new IllegalArgumentException(
            "a " + resolution + " document date needs the spans that support it");
      }
    }
  }

  /** {@return the explicit "not known" state, always the same value} */
  public static DocumentDate unknown() {
    return UNKNOWN;
  }

  /**
   * {@return a date supplied by the caller (metadata), with no text span, {@link
   * DateResolution#GIVEN} and confidence 1}
   *
   * @param date the day
   */
  public static DocumentDate given(LocalDate date) {
    return new DocumentDate(
        DateResolution.GIVEN, date, date, List.of(), new Provenance("metadata", "given", 1.0));
  }

  /**
   * {@return a date stated in the text at {@code spans}, {@link DateResolution#STATED}}
   *
   * @param date the day
   * @param spans the text that states it, at least one
   * @param provenance the rule that read it
   */
  public static DocumentDate stated(LocalDate date, List<Span> spans, Provenance provenance) {
    return new DocumentDate(DateResolution.STATED, date, date, spans, provenance);
  }

  /** {@return whether anything is known about the date} */
  @JsonIgnore
  public boolean isKnown() {
    return resolution != DateResolution.UNKNOWN;
  }

  /** {@return the last day it may be, if the interval is closed above} */
  public Optional<LocalDate> findLatest() {
    return Optional.ofNullable(latest);
  }

  /** {@return the exact day, if the interval is a single day} */
  public Optional<LocalDate> findExact() {
    return earliest != null && earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
  }
}
