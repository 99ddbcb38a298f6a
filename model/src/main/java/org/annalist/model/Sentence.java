package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * A sentence: its span, the structure part it lies in, the tokens it holds as the index range
 * {@code [firstToken, endToken)} into {@link TextLayer#tokens()}, and the detector's confidence.
 * Immutable and thread-safe.
 */
public record Sentence(
    @Valid @NotNull Span span,
    @NotNull StructureLabel section,
    @PositiveOrZero int firstToken,
    @PositiveOrZero int endToken,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(section, "section");
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException(
          "sentence " + span + " has an impossible token range [" + firstToken + ", " + endToken
              + ")");
    }
    Provenance.requireConfidence(confidence);
  }

  /** Number of tokens in the sentence. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
