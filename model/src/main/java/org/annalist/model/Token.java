package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A token: its span, its part-of-speech tag (Universal Dependencies UPOS), its lemma, and the
 * tagger's confidence in the tag. Immutable and thread-safe.
 *
 * @param span the token's characters, not empty
 * @param pos the UPOS tag, such as {@code PROPN}
 * @param lemma the lemma, lower case as the lemmatizer gives it
 * @param confidence the tagger's confidence in the tag, in {@code [0, 1]}
 */
public record Token(
    @Valid @NotNull Span span,
    @NotBlank String pos,
    @NotBlank String lemma,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param span the token's characters, not empty
   * @param pos the UPOS tag, such as {@code PROPN}
   * @param lemma the lemma, lower case as the lemmatizer gives it
   * @param confidence the tagger's confidence in the tag, in {@code [0, 1]}
   * @throws IllegalArgumentException if the span is empty, the tag or lemma blank, or the
   *     confidence outside {@code [0, 1]}
   */
  public Token {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a token cannot be empty, at offset " + span.begin());
    }
    if (pos == null || pos.isBlank() || lemma == null || lemma.isBlank()) {
      throw new IllegalArgumentException(
          "token " + span + " needs a pos and a lemma, was " + pos + " / " + lemma);
    }
    Provenance.requireConfidence(confidence);
  }

  /** {@return the token's text, as in the original} */
  public String text() {
    return span.text();
  }
}
