package org.annalist.core.eval.brat;

import java.util.Arrays;

/**
 * Converts between the offsets brat writes (Unicode code points, as Python counts them) and the
 * offsets Annalist uses (UTF-16 units, Java {@code String} indices) in one text. The two are equal
 * unless the text has a character outside the Basic Multilingual Plane (an emoji, say), which takes
 * one code point and two UTF-16 units; then a table of the text's code point boundaries is kept.
 * Immutable and thread-safe.
 */
final class CodePoints {

  /** The UTF-16 offset of each code point offset, 0 to count; {@code null} when they are equal. */
  private final int[] utf16;
  private final int count;

  private CodePoints(int[] utf16, int count) {
    this.utf16 = utf16;
    this.count = count;
  }

  static CodePoints of(String text) {
    int count = text.codePointCount(0, text.length());
    if (count == text.length()) {
      return new CodePoints(null, count);
    }
    int[] table = new int[count + 1];
    int offset = 0;
    for (int i = 0; i < count; i++) {
      table[i] = offset;
      offset += Character.charCount(text.codePointAt(offset));
    }
    table[count] = offset;
    return new CodePoints(table, count);
  }

  /** The number of code points in the text. */
  int count() {
    return count;
  }

  /** The UTF-16 offset of a code point offset in {@code [0, count]}. */
  int toUtf16(int codePoint) {
    return utf16 == null ? codePoint : utf16[codePoint];
  }

  /** The code point offset of a UTF-16 offset that does not split a surrogate pair. */
  int toCodePoint(int utf16Offset) {
    if (utf16 == null) {
      return utf16Offset;
    }
    int at = Arrays.binarySearch(utf16, utf16Offset);
    if (at < 0) {
      throw new IllegalArgumentException("offset " + utf16Offset + " splits a surrogate pair");
    }
    return at;
  }
}
