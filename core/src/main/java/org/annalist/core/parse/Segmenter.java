package org.annalist.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts text into trimmed lines and sentence-like segments, in one linear pass each. Every boundary
 * it returns lies next to a BMP character it has examined (whitespace, punctuation), so no boundary
 * splits a surrogate pair. Stateless.
 */
final class Segmenter {

  /** Words before a period that do not end a sentence: titles and initials. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
          "Capt", "Sgt", "Maj", "Mt", "Rev", "Hon", "Pres", "No", "Vol", "vs", "Ft", "Adm", "Cmdr");

  private Segmenter() {}

  /**
   * Whether {@code c} is blank: Java whitespace, a Unicode space such as U+00A0, or U+FEFF (a
   * byte-order mark that reached the text through the API or JSON Lines, invisible in print).
   */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** {@code [begin, end)} without blank characters at either end; empty if all blank. */
  static Segment trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && isBlank(text.charAt(b))) {
      b++;
    }
    while (e > b && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return new Segment(b, e);
  }

  /** The non-blank lines of {@code text}, trimmed; lines end at {@code \n}, {@code \r\n} or {@code \r}. */
  static List<Segment> lines(String text) {
    List<Segment> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        Segment line = trim(text, start, i);
        if (!line.isEmpty()) {
          lines.add(line);
        }
        if (i < n - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /**
   * The sentences of a trimmed segment: it is cut after a {@code .}, {@code ?} or {@code !}
   * (with up to two closing quotes or brackets) that is followed by blank characters and then an
   * upper-case letter or an opening quote, unless the period ends a title or an initial. The
   * pieces are trimmed and together cover every non-blank character of the segment.
   */
  static List<Segment> sentences(String text, Segment segment) {
    List<Segment> sentences = new ArrayList<>();
    int start = segment.begin();
    int end = segment.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        int j = i + 1;
        for (int quotes = 0; quotes < 2 && j < end && isClosing(text.charAt(j)); quotes++) {
          j++;
        }
        int k = j;
        while (k < end && isBlank(text.charAt(k))) {
          k++;
        }
        if (k > j && k < end && startsSentence(text, k, end) && !(c == '.' && isAbbreviation(text, start, i))) {
          sentences.add(trim(text, start, j));
          start = k;
          i = k;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    Segment last = trim(text, start, end);
    if (!last.isEmpty()) {
      sentences.add(last);
    }
    return sentences;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')'
        || c == ']';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(';
  }

  private static boolean startsSentence(String text, int k, int end) {
    int cp = text.codePointAt(k);
    if (Character.isUpperCase(cp)) {
      return true;
    }
    return isOpening(text.charAt(k)) && k + 1 < end && Character.isUpperCase(text.codePointAt(k + 1));
  }

  /** Whether the period at {@code dot} follows an initial ("J."), a dotted acronym or a title. */
  private static boolean isAbbreviation(String text, int floor, int dot) {
    int w = dot;
    while (w > floor && dot - w < 8 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int len = dot - w;
    if (len == 0) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(w))) {
      return true;
    }
    if (w > floor && text.charAt(w - 1) == '.') {
      return true;
    }
    return (w == floor || !Character.isLetter(text.charAt(w - 1)))
        && ABBREVIATIONS.contains(text.substring(w, dot));
  }

  /**
   * The number of blank-separated words in the segment, counting at most {@code limit + 1} so that
   * the cost is bounded by the limit, not the segment.
   */
  static int countWords(String text, Segment segment, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = segment.begin(); i < segment.end(); i++) {
      boolean blank = isBlank(text.charAt(i));
      if (!blank && !inWord) {
        words++;
        if (words > limit) {
          return words;
        }
      }
      inWord = !blank;
    }
    return words;
  }

  /** The last character of a trimmed segment that is not a closing quote or bracket, or 0. */
  static char lastSignificant(String text, Segment segment) {
    for (int i = segment.end() - 1; i >= segment.begin() && i >= segment.end() - 4; i--) {
      char c = text.charAt(i);
      if (!isClosing(c)) {
        return c;
      }
    }
    return 0;
  }

  /** Whether the segment opens with an upper-case letter or digit, after an optional opening quote. */
  static boolean opensWithCapital(String text, Segment segment) {
    if (segment.isEmpty()) {
      return false;
    }
    int i = segment.begin();
    if (isOpening(text.charAt(i)) && i + 1 < segment.end()) {
      i++;
    }
    int cp = text.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
  }
}
