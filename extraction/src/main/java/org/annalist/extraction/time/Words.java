package org.annalist.extraction.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simple scan of a text into words: runs of letters, runs of ASCII digits, and single other
 * characters; whitespace separates. Linear in the text length and independent of the text stage's
 * tokenizer, so that {@code Oct.}, {@code 16th} and {@code 2002-2010} split the same way
 * everywhere. Immutable once built; not shared between threads.
 */
final class Words {

  final String text;
  final int[] begin;
  final int[] end;
  final String[] lower;
  final byte[] kind;

  static final byte LETTERS = 1;
  static final byte DIGITS = 2;
  static final byte OTHER = 3;

  private Words(String text, List<int[]> spans) {
    this.text = text;
    int n = spans.size();
    begin = new int[n];
    end = new int[n];
    lower = new String[n];
    kind = new byte[n];
    for (int i = 0; i < n; i++) {
      int[] s = spans.get(i);
      begin[i] = s[0];
      end[i] = s[1];
      kind[i] = (byte) s[2];
      lower[i] = text.substring(s[0], s[1]).toLowerCase(Locale.ROOT);
    }
  }

  /** Scans {@code [from, to)} of the text. */
  static Words scan(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
      } else if (Character.isLetter(cp)) {
        int j = i + len;
        while (j < to) {
          int c = text.codePointAt(j);
          if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c);
        }
        spans.add(new int[] {i, j, LETTERS});
        i = j;
      } else if (cp >= '0' && cp <= '9') {
        int j = i + 1;
        while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        spans.add(new int[] {i, j, DIGITS});
        i = j;
      } else {
        spans.add(new int[] {i, i + len, OTHER});
        i += len;
      }
    }
    return new Words(text, spans);
  }

  int size() {
    return begin.length;
  }

  /** Whether word {@code i} exists and is one of {@code options} (lower case). */
  boolean is(int i, String... options) {
    if (i < 0 || i >= begin.length) {
      return false;
    }
    for (String o : options) {
      if (o.equals(lower[i])) {
        return true;
      }
    }
    return false;
  }

  String lower(int i) {
    return i >= 0 && i < begin.length ? lower[i] : "";
  }

  String raw(int i) {
    return text.substring(begin[i], end[i]);
  }

  boolean isDigits(int i) {
    return i >= 0 && i < begin.length && kind[i] == DIGITS;
  }

  boolean isLetters(int i) {
    return i >= 0 && i < begin.length && kind[i] == LETTERS;
  }

  /** Whether word {@code i} starts with an upper-case letter. */
  boolean isCapitalised(int i) {
    return isLetters(i) && Character.isUpperCase(text.codePointAt(begin[i]));
  }

  /** Whether words {@code i} and {@code i + 1} touch (no space between). */
  boolean touches(int i) {
    return i >= 0 && i + 1 < begin.length && end[i] == begin[i + 1];
  }

  /** The value of a digit word of at most 9 digits, or -1. */
  int number(int i) {
    if (!isDigits(i) || end[i] - begin[i] > 9) {
      return -1;
    }
    return Integer.parseInt(lower[i]);
  }

  int digitCount(int i) {
    return isDigits(i) ? end[i] - begin[i] : 0;
  }

  /** The index of the first word that begins at or after {@code offset}. */
  int wordAt(int offset) {
    int lo = 0;
    int hi = begin.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begin[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
