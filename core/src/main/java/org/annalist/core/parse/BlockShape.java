package org.annalist.core.parse;

/**
 * The shape tests that tell a headline or a section heading from a paragraph: length, number of
 * words, first and last character. Each reads a bounded number of characters. Stateless.
 */
final class BlockShape {

  static final int MAX_HEADLINE_CHARS = 300;
  static final int MAX_HEADLINE_WORDS = 25;
  static final int MAX_HEADING_CHARS = 80;
  static final int MAX_HEADING_WORDS = 10;

  private BlockShape() {}

  /**
   * Whether the segment reads like a title: short, opening with a capital or digit, and not ending
   * like a sentence or a clause (a final {@code ?} or {@code !} is fine, and so is a final dotted
   * abbreviation such as {@code U.S.}).
   */
  static boolean isHeadlineLike(String text, Segment segment) {
    return segment.length() < MAX_HEADLINE_CHARS
        && Segmenter.countWords(text, segment, MAX_HEADLINE_WORDS) <= MAX_HEADLINE_WORDS
        && Segmenter.opensWithCapital(text, segment)
        && endsLikeTitle(text, segment);
  }

  /** Whether the segment reads like a heading inside the body: a headline, but shorter. */
  static boolean isHeadingLike(String text, Segment segment) {
    return segment.length() < MAX_HEADING_CHARS
        && Segmenter.countWords(text, segment, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
        && Segmenter.opensWithCapital(text, segment)
        && endsLikeTitle(text, segment);
  }

  private static boolean endsLikeTitle(String text, Segment segment) {
    char last = Segmenter.lastSignificant(text, segment);
    switch (last) {
      case ',', ';', ':', '-', '\u2013', '\u2014', 0:
        return false;
      case '.':
        return endsWithDottedAbbreviation(text, segment);
      default:
        return true;
    }
  }

  /** Whether the segment ends like {@code U.S.}: a capital, a period, and a period before it. */
  private static boolean endsWithDottedAbbreviation(String text, Segment segment) {
    int e = segment.end();
    return segment.length() >= 4
        && text.charAt(e - 1) == '.'
        && Character.isUpperCase(text.charAt(e - 2))
        && text.charAt(e - 3) == '.'
        && Character.isUpperCase(text.charAt(e - 4));
  }
}
