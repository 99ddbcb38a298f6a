package org.annalist.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;

/**
 * Why two reports of a {@link ChronologyEntry} were merged: the fields that agreed ({@code type},
 * {@code participant:location:israel}, {@code time}) and the rule ({@code linked} for two dated
 * reports, {@code attached} for a report with no time or no agent joining the one entry it fits).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the index, in the entry's {@link ChronologyEntry#evidence()}, of one report
 * @param to the index of the other report
 * @param rule {@code linked}, {@code same-report} or {@code attached}
 * @param agreed the fields that agreed, at least one
 */
public record MergeLink(
    @PositiveOrZero int from,
    @PositiveOrZero int to,
    @NotBlank String rule,
    @NotEmpty List<@NotBlank String> agreed) {

  /**
   * Checks and copies the components.
   *
   * @param from the index of one report in the entry's evidence
   * @param to the index of the other report
   * @param rule {@code linked}, {@code same-report} or {@code attached}
   * @param agreed the fields that agreed, at least one
   * @throws IllegalArgumentException if an index is negative, the rule blank or nothing agreed
   */
  public MergeLink {
    if (from < 0 || to < 0) {
      throw new IllegalArgumentException("merge link indexes must be >= 0, were " + from + ", " + to);
    }
    Provenance.requireText(rule, "rule of merge link");
    agreed = List.copyOf(Objects.requireNonNull(agreed, "agreed"));
    if (agreed.isEmpty()) {
      throw new IllegalArgumentException("merge link " + from + "-" + to + " names no field");
    }
  }
}
