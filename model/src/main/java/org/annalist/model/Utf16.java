package org.annalist.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Well-formed UTF-16: every high surrogate is followed by a low one and every low surrogate
 * follows a high one. Annalist's texts must be well-formed, because a lone surrogate cannot be
 * written as UTF-8 (it would come out as {@code ?}, and the output text would no longer equal the
 * input), and a span must not cut a surrogate pair in two.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Utf16.findLoneSurrogate("Israel\uD83D");  // OptionalInt[6]
 * }</pre>
 */
public final class Utf16 {

  private Utf16() {}

  /**
   * {@return the index of the first surrogate in {@code text} that is not half of a pair, if any}
   *
   * @param text any text
   */
  public static OptionalInt findLoneSurrogate(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return OptionalInt.of(i);
        }
      } else if (Character.isLowSurrogate(c)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * {@return whether the offset {@code index} of {@code text} falls between the two halves of a
   * pair}; false for offsets outside the text
   *
   * @param text any text
   * @param index an offset into it
   */
  public static boolean splitsPair(CharSequence text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  /**
   * {@return {@code text} with every lone surrogate spelled {@code \\uD800} (pairs kept)}, so that
   * a message quoting bad input can itself be written out as UTF-8; {@code text} itself when it
   * is well-formed
   *
   * @param text any text
   */
  public static String escapeLoneSurrogates(String text) {
    if (findLoneSurrogate(text).isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@return a description of a lone surrogate for error messages: {@code U+D83D at offset 6}}
   *
   * @param text the text
   * @param index the offset of the surrogate
   */
  public static String describeAt(CharSequence text, int index) {
    return String.format(java.util.Locale.ROOT, "U+%04X at offset %d", (int) text.charAt(index), index);
  }
}
