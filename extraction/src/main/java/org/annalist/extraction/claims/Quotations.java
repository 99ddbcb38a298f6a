package org.annalist.extraction.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text in one pass: curly quotes ({@code “…”}), straight quotes ({@code
 * "…"}), doubled apostrophes ({@code ''…''} and {@code ``…''}) and guillemets ({@code «…»}).
 *
 * <p>The rules, in the order they apply:
 *
 * <ul>
 *   <li>Curly and straight double quotes are one family: texts mix them ({@code "Oz has…,”}).
 *   <li>While a quotation is open, only a closing mark of its own family closes it; marks of other
 *       families inside it (a nested quotation) are part of it.
 *   <li>A straight quote or {@code ''} opens when none of its family is open and closes otherwise.
 *       A closing curly quote or guillemet with none open is a stray mark and ignored,
 *       unless it stands after a space or a line break and before a word ({@code ”Fear. I am…}):
 *       then it opens.
 *   <li>A quotation still open at a paragraph break (a line break followed by a blank line) ends
 *       there, unclosed (news continues a quotation over paragraphs by reopening it); one still open
 *       at the end of the text ends there.
 * </ul>
 *
 * <p>Single quotes ({@code ‘…’}, {@code '…'}) are not looked at: they are nested quotations or
 * apostrophes. Linear in the length of the text. Stateless; thread-safe.
 */
final class Quotations {

  /**
   * One quotation.
   *
   * @param begin the offset of the opening mark
   * @param contentBegin the offset after the opening mark
   * @param contentEnd the offset of the closing mark, or of the paragraph break or text end
   * @param end the offset after the closing mark ({@code contentEnd} when unclosed)
   * @param closed whether a closing mark ended it
   */
  record Quote(int begin, int contentBegin, int contentEnd, int end, boolean closed) {

    boolean contains(int offset) {
      return offset >= begin && offset < end;
    }
  }

  private static final int NONE = -1;

  private Quotations() {}

  static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int family = NONE;
    int open = 0;
    int openLength = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && family != NONE && isParagraphBreak(text, i)) {
        int end = trimEnd(text, open + openLength, i);
        quotes.add(new Quote(open, open + openLength, end, end, false));
        family = NONE;
        continue;
      }
      int markLength = (c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c ? 2 : 1;
      int f = familyOf(c, markLength);
      if (f == NONE) {
        continue;
      }
      if (family == NONE) {
        if (opens(c) || c == '”' && looksOpening(text, i)) {
          family = f;
          open = i;
          openLength = markLength;
        }
      } else if (f == family && closes(c)) {
        quotes.add(new Quote(open, open + openLength, i, i + markLength, true));
        family = NONE;
      }
      i += markLength - 1;
    }
    if (family != NONE) {
      int end = trimEnd(text, open + openLength, n);
      quotes.add(new Quote(open, open + openLength, end, end, false));
    }
    return quotes;
  }

  private static int familyOf(char c, int length) {
    return switch (c) {
      case '“', '”', '"' -> 0;
      case '\'' -> length == 2 ? 2 : NONE;
      case '`' -> length == 2 ? 2 : NONE;
      case '«', '»' -> 3;
      default -> NONE;
    };
  }

  /** A closing curly quote used to open ({@code ”Fear. I am…}): after a break, before a word. */
  private static boolean looksOpening(String text, int i) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean opens(char c) {
    return c != '”' && c != '»';
  }

  private static boolean closes(char c) {
    return c != '“' && c != '«' && c != '`';
  }

  /** Whether the line break at {@code i} is followed by a blank line. */
  private static boolean isParagraphBreak(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
