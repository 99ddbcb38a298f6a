package org.annalist.model;

import jakarta.validation.constraints.NotBlank;

/**
 * Two entries of a {@link Chronology} that share a type and a participant but were kept apart, and
 * why: their times do not overlap, or their agents differ. Listed so a reader can check the merge.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry the id of one entry
 * @param other the id of the other entry
 * @param reason why they were not merged ({@code times differ: 2012-04-16 / 2012-04-23})
 */
public record NearMiss(@NotBlank String entry, @NotBlank String other, @NotBlank String reason) {

  /**
   * Checks the components.
   *
   * @param entry the id of one entry
   * @param other the id of the other entry
   * @param reason why they were not merged
   * @throws IllegalArgumentException if a component is blank
   */
  public NearMiss {
    Provenance.requireText(entry, "entry");
    Provenance.requireText(other, "other");
    Provenance.requireText(reason, "reason");
  }
}
