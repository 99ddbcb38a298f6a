package org.annalist.core.eval.cat;

import java.util.Objects;

/**
 * One {@code <token>} of a CAT document, with where {@link CatReader} put it in the rebuilt text.
 * Immutable and thread-safe.
 *
 * @param sentence the {@code sentence} attribute (0 is the title)
 * @param number the {@code number} attribute: the token's position in the document, from 0
 * @param id the {@code t_id} attribute
 * @param text the token's characters
 * @param begin where it starts in the rebuilt text
 * @param end where it ends in the rebuilt text, exclusive
 */
public record CatToken(int sentence, int number, String id, String text, int begin, int end) {

  /**
   * Checks the components.
   *
   * @param sentence the {@code sentence} attribute (0 is the title)
   * @param number the {@code number} attribute
   * @param id the {@code t_id} attribute
   * @param text the token's characters
   * @param begin where it starts in the rebuilt text
   * @param end where it ends in the rebuilt text, exclusive
   * @throws IllegalArgumentException naming the token if a number is negative, the text empty or
   *     the offsets do not cover exactly the text
   */
  public CatToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of token " + id);
    if (sentence < 0 || number < 0) {
      throw new IllegalArgumentException("token " + id + ": sentence " + sentence + " and number "
          + number + " must be >= 0");
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("token " + id + " is empty");
    }
    if (begin < 0 || end - begin != text.length()) {
      throw new IllegalArgumentException("token " + id + " \"" + text + "\" cannot be at ["
          + begin + ", " + end + ")");
    }
  }
}
