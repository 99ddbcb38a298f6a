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
 *
 * @param span the sentence's characters
 * @param section the label of the structure part it lies in
 * @param firstToken the index of its first token
 * @param endToken the index after its last token
 * @param confidence the detector's, in {@code [0, 1]}
 */
public record Sentence(
    @Valid @NotNull Span span,
    @NotNull StructureLabel section,
    @PositiveOrZero int firstToken,
    @PositiveOrZero int endToken,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param span the sentence's characters
   * @param section the label of the structure part it lies in
   * @param firstToken the index of its first token
   * @param endToken the index after its last token
   * @param confidence the detector's, in {@code [0, 1]}
   * @throws IllegalArgumentException if the token range is negative or reversed, or the confidence
   *     is outside {@code [0, 1]}
   */
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

  /** {@return the number of tokens in the sentence} */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
