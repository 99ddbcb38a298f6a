package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A document a {@link Chronology} was built from: its id, its headline or title, the date it was
 * analysed with, and, when that date was inferred from other documents, the evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document's id
 * @param title the headline or metadata title, or {@code null}
 * @param date the document date its relative expressions were resolved against
 * @param dateEvidence the evidence from other documents for an inferred date; {@code null} is
 *     read as none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChronologyDocument(
    @NotBlank String id,
    String title,
    @Valid @NotNull DocumentDate date,
    List<@Valid @NotNull DateEvidence> dateEvidence) {

  /**
   * Checks and copies the components.
   *
   * @param id the document's id
   * @param title the headline or title, or {@code null}
   * @param date the document date
   * @param dateEvidence the evidence for a date inferred from other documents
   * @throws IllegalArgumentException if the id is blank
   */
  public ChronologyDocument {
    Provenance.requireText(id, "document id");
    Objects.requireNonNull(date, "date of " + id);
    dateEvidence = dateEvidence == null ? List.of() : List.copyOf(dateEvidence);
  }
}
