package org.annalist.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;

/**
 * One version of a disputed fact of a {@link ChronologyEntry}: the value ({@code 2023-11-01}, {@code
 * PARTIAL}, {@code location:israel}) and the reports that give it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the value this version gives
 * @param evidence the indexes, in the entry's {@link ChronologyEntry#evidence()}, of the reports
 *     that give it, at least one
 * @param documentIds the ids of the documents of those reports, in order, without repeats
 */
public record ConflictVersion(
    @NotBlank String value,
    @NotEmpty List<@NotNull @PositiveOrZero Integer> evidence,
    @NotEmpty List<@NotBlank String> documentIds) {

  /**
   * Checks and copies the components.
   *
   * @param value the value this version gives
   * @param evidence the indexes of the reports that give it, at least one
   * @param documentIds the ids of the documents of those reports
   * @throws IllegalArgumentException if the value is blank or there is no report or document
   */
  public ConflictVersion {
    Provenance.requireText(value, "value of a conflict version");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    documentIds = List.copyOf(Objects.requireNonNull(documentIds, "documentIds"));
    if (evidence.isEmpty() || documentIds.isEmpty()) {
      throw new IllegalArgumentException("conflict version " + value + " names no report");
    }
  }
}
