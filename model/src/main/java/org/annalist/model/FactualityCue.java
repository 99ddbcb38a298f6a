package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The words that decided an {@link Event}'s {@link Factuality}, and the rule that read them: {@code
 * If} (rule {@code conditional}), {@code not} ({@code negation}), {@code threatening to} ({@code
 * governor:threaten}), {@code plans to} ({@code governor:plan}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the cue's characters
 * @param rule the rule that read the cue
 */
public record FactualityCue(@Valid @NotNull Span span, @NotBlank String rule) {

  /**
   * Checks the components.
   *
   * @param span the cue's characters
   * @param rule the rule that read the cue
   * @throws NullPointerException if the span is {@code null}
   * @throws IllegalArgumentException if the span is empty or the rule blank
   */
  public FactualityCue {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a factuality cue cannot be empty, at " + span.begin());
    }
    Provenance.requireText(rule, "rule of cue " + span);
  }
}
