package org.annalist.core.eval.conll;

import java.util.Objects;

/**
 * One token line of a CoNLL-2003 file: the token, its part-of-speech tag, its syntactic chunk tag
 * and its named-entity tag ({@code O}, or a prefix {@code I-}, {@code B-}, {@code E-}, {@code L-},
 * {@code S-} or {@code U-} and a type, as in {@code I-PER}). Files with only two or three columns
 * give empty {@code pos} and/or {@code chunk}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ConllToken token = new ConllToken("Peter", "NNP", "I-NP", "I-PER");
 * }</pre>
 *
 * @param text the token, never empty, without whitespace
 * @param pos part-of-speech tag, possibly empty, without whitespace
 * @param chunk chunk tag, possibly empty, without whitespace
 * @param tag named-entity tag, {@code O} or {@code X-TYPE}
 */
public record ConllToken(String text, String pos, String chunk, String tag) {

  /**
   * Validates every field; see the class documentation.
   *
   * @param text the token, never empty, without whitespace
   * @param pos part-of-speech tag, possibly empty, without whitespace
   * @param chunk chunk tag, possibly empty, without whitespace
   * @param tag named-entity tag, {@code O} or {@code X-TYPE}
   */
  public ConllToken {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(chunk, "chunk");
    Objects.requireNonNull(tag, "tag");
    if (text.isEmpty() || hasWhitespace(text)) {
      throw new IllegalArgumentException("token text must be non-empty without whitespace: '"
          + text + "'");
    }
    if (hasWhitespace(pos) || hasWhitespace(chunk)) {
      throw new IllegalArgumentException("pos and chunk must not contain whitespace: '" + pos
          + "', '" + chunk + "'");
    }
    if (!isValidTag(tag)) {
      throw new IllegalArgumentException("not a named-entity tag: '" + tag
          + "' (expected O or one of I-, B-, E-, L-, S-, U- followed by a type)");
    }
  }

  /**
   * {@return this token with another named-entity tag}
   *
   * @param newTag {@code O} or {@code X-TYPE}
   * @throws IllegalArgumentException if the tag is invalid
   */
  public ConllToken withTag(String newTag) {
    return new ConllToken(text, pos, chunk, newTag);
  }

  /**
   * {@return whether {@code tag} is {@code O} or a prefix letter, a hyphen and a non-empty type}
   *
   * @param tag any string
   */
  public static boolean isValidTag(String tag) {
    if (tag.equals("O")) {
      return true;
    }
    return tag.length() >= 3 && tag.charAt(1) == '-' && "IBELSU".indexOf(tag.charAt(0)) >= 0
        && !hasWhitespace(tag);
  }

  static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
