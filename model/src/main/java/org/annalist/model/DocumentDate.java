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
 * silent "today".
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentDate.stated(LocalDate.of(2012, 4, 24), List.of(span), provenance).findExact();
 * }</pre>
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

  public DocumentDate {
    Objects.requireNonNull(resolution, "resolution");
    spans = spans == null ? List.of() : List.copyOf(spans);
    if (resolution == DateResolution.UNKNOWN) {
      if (earliest != null || latest != null || !spans.isEmpty()) {
        throw new IllegalArgumentException("an unknown document date has no interval or spans");
      }
    } else {
      Objects.requireNonNull(earliest, "earliest");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(provenance, "provenance");
      if (latest.isBefore(earliest)) {
        throw new IllegalArgumentException(
            "document date interval ends (" + latest + ") before it starts (" + earliest + ")");
      }
      if (resolution != DateResolution.GIVEN && spans.isEmpty()) {
        throw new IllegalArgumentException(
            "a " + resolution + " document date needs the spans that support it");
      }
    }
  }

  /** The explicit "not known" state. */
  public static DocumentDate unknown() {
    return UNKNOWN;
  }

  /** A date supplied by the caller (metadata), with no text span. */
  public static DocumentDate given(LocalDate date) {
    return new DocumentDate(
        DateResolution.GIVEN, date, date, List.of(), new Provenance("metadata", "given", 1.0));
  }

  /** A date stated in the text at {@code spans}. */
  public static DocumentDate stated(LocalDate date, List<Span> spans, Provenance provenance) {
    return new DocumentDate(DateResolution.STATED, date, date, spans, provenance);
  }

  /** Whether anything is known about the date. */
  @JsonIgnore
  public boolean isKnown() {
    return resolution != DateResolution.UNKNOWN;
  }

  /** The exact day, if the interval is a single day. */
  public Optional<LocalDate> findExact() {
    return earliest != null && earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
  }
}
