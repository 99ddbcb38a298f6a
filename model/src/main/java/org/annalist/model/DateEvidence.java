package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence for the date of a document that states none, from another document: the
 * document reports an event that merged with dated reports elsewhere, which bounds when it was
 * written. Either end of the bound may be open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule {@code reports-past-event} (written on or after the event), {@code year-offset}
 *     ({@code last year} fixes the year), or {@code lede-recency} (a present-perfect lede reports
 *     news of the last days)
 * @param earliest the first day the document can be from, or {@code null}
 * @param latest the last day the document can be from, or {@code null}
 * @param entry the id of the chronology entry the report merged into
 * @param trigger the report's trigger in the undated document
 * @param documentIds the dated documents whose reports bound it
 * @param confidence how sure the bound is, in [0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateEvidence(
    @NotBlank String rule,
    LocalDate earliest,
    LocalDate latest,
    @NotBlank String entry,
    @Valid @NotNull Span trigger,
    @NotEmpty List<@NotBlank String> documentIds,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks and copies the components.
   *
   * @param rule the rule
   * @param earliest the first day, or {@code null}
   * @param latest the last day, or {@code null}
   * @param entry the id of the chronology entry
   * @param trigger the report's trigger in the undated document
   * @param documentIds the dated documents whose reports bound it
   * @param confidence how sure the bound is, in [0, 1]
   * @throws IllegalArgumentException if it bounds neither end, ends before it starts, or names no
   *     document
   */
  public DateEvidence {
    Provenance.requireText(rule, "rule");
    if (earliest == null && latest == null) {
      throw new IllegalArgumentException("date evidence " + rule + " bounds neither end");
    }
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException(
          "date evidence " + rule + " ends (" + latest + ") before it starts (" + earliest + ")");
    }
    Provenance.requireText(entry, "entry");
    Objects.requireNonNull(trigger, "trigger");
    documentIds = List.copyOf(Objects.requireNonNull(documentIds, "documentIds"));
    if (documentIds.isEmpty()) {
      throw new IllegalArgumentException("date evidence " + rule + " names no document");
    }
    Provenance.requireConfidence(confidence);
  }
}
