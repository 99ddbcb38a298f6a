package org.annalist.extraction.entities.ner;

import java.util.Objects;
import org.annalist.model.EntityType;

/**
 * A name found by {@link NameFinderRecognizer}: the token range {@code [start, end)} of the
 * sentence it was found in, its type and the model's probability for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first token, non-negative
 * @param end index after the last token, greater than {@code start}
 * @param type the entity type
 * @param probability the mean probability of the name's tags under the model, in [0, 1]
 */
public record RecognizedName(int start, int end, EntityType type, double probability) {

  /**
   * Validates the range and the probability.
   *
   * @param start index of the first token, non-negative
   * @param end index after the last token, greater than {@code start}
   * @param type the entity type
   * @param probability the mean probability of the name's tags under the model, in [0, 1]
   */
  public RecognizedName {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid token range [" + start + ", " + end + ")");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability not in [0, 1]: " + probability);
    }
  }

  /** {@return the number of tokens} */
  public int length() {
    return end - start;
  }
}
