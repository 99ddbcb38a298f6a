package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The words that mark speech in a {@link Claim} ({@code wrote}, {@code told}, {@code according to})
 * and the lemma of the entry of the cue lexicon they matched ({@code write}, {@code tell}, {@code
 * according to}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the cue as written
 * @param lemma the cue's entry in the lexicon
 */
public record Cue(@Valid @NotNull Span span, @NotBlank String lemma) {

  /**
   * Checks and copies the components.
   *
   * @param span the cue as written
   * @param lemma the cue's entry in the lexicon
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public Cue {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a cue cannot be empty, at offset " + span.begin());
    }
    Provenance.requireText(lemma, "lemma of cue " + span);
  }
}
