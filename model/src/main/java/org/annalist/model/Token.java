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
 */
public record Token(
    @Valid @NotNull Span span,
    @NotBlank String pos,
    @NotBlank String lemma,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

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

  /** The token's text. */
  public String text() {
    return span.text();
  }
}
