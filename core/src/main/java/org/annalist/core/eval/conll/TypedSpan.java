package org.annalist.core.eval.conll;

import java.util.Objects;

/**
 * A typed span of token indices {@code [start, end)} within one sentence, as decoded from tags.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first token, non-negative
 * @param end index after the last token, greater than {@code start}
 * @param type the entity type as written in the tags, e.g. {@code PER}
 */
public record TypedSpan(int start, int end, String type) {

  /**
   * Rejects empty or negative spans and empty types.
   *
   * @param start index of the first token, non-negative
   * @param end index after the last token, greater than {@code start}
   * @param type the entity type as written in the tags, e.g. {@code PER}
   */
  public TypedSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
    if (type.isEmpty()) {
      throw new IllegalArgumentException("empty type for span [" + start + ", " + end + ")");
    }
  }

  /** {@return the number of tokens} */
  public int length() {
    return end - start;
  }
}
