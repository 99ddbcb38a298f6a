package org.annalist.extraction.quantities;

import java.math.BigDecimal;
import org.annalist.extraction.quantities.Lexicon.NumberWord;
import org.annalist.extraction.quantities.Lexicon.Scale;
import org.annalist.extraction.quantities.Lexicon.WordType;
import org.annalist.extraction.quantities.Phrases.Found;

/**
 * Reads the number that starts at a position of a text: digits with thousands separators and a
 * decimal point ({@code 1,300}, {@code 4.25}), or number words ({@code twenty-four}, {@code one
 * hundred and twenty}, {@code three million}, {@code a dozen}, {@code half a million}, and the
 * vague plurals {@code hundreds}, {@code tens of thousands}). Scale words after digits ({@code 7
 * million}) are the caller's, since whether {@code m} is a million depends on a currency.
 *
 * <p>Digits are a number only when well formed: at most one decimal point, commas only in groups of
 * three before it ({@code 1,2,3} and {@code 12,34} are not numbers, nor is a version {@code
 * 1.2.3}), no leading zero ({@code 007}, {@code 0143} are identifiers), at most {@value
 * #MAX_LENGTH} characters, and at most {@value #MAX_UNGROUPED} digits before the point without
 * thousands separators (news writes {@code 1,500,000}; {@code 1474387200} is an identifier). One
 * instance per document text; immutable.
 */
final class NumberReader {

  /** How a number is written. */
  enum Form {
    DIGITS,
    WORDS,
    /** A vague plural: {@code hundreds} is at least two hundred. */
    VAGUE
  }

  /**
   * A number as written.
   *
   * @param begin where it begins
   * @param end where it ends
   * @param value its value, or null for a run of digits that is not a well-formed number
   * @param form how it is written
   */
  record Core(int begin, int end, BigDecimal value, Form form) {}

  /** The longest run of digits and separators read as a number. */
  static final int MAX_LENGTH = 40;

  /** The most digits a whole number may have without thousands separators. */
  static final int MAX_UNGROUPED = 6;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Lexicon lexicon;
  private final String text;

  NumberReader(Lexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.text = text;
  }

  /**
   * The digits at {@code pos} (an ASCII digit), up to {@code limit}.
   *
   * @param pos where the digits start
   * @param limit how far they may reach
   * @return the number, with a null value if the digits are not a well-formed number
   */
  Core digits(int pos, int limit) {
    int i = pos;
    while (i < limit) {
      char c = text.charAt(i);
      if (isDigit(c) || ((c == ',' || c == '.') && i + 1 < limit && isDigit(text.charAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return new Core(pos, i, parse(text.substring(pos, i)), Form.DIGITS);
  }

  /**
   * The value of digits with separators.
   *
   * @param raw digits, commas and points
   * @return the value, or null if they are not a well-formed number
   */
  static BigDecimal parse(String raw) {
    if (raw.length() > MAX_LENGTH) {
      return null;
    }
    int dot = raw.indexOf('.');
    if (dot >= 0 && raw.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    String whole = dot < 0 ? raw : raw.substring(0, dot);
    String fraction = dot < 0 ? "" : raw.substring(dot + 1);
    if (fraction.indexOf(',') >= 0 || (whole.length() > 1 && whole.charAt(0) == '0')) {
      return null;
    }
    if (whole.indexOf(',') < 0 && whole.length() > MAX_UNGROUPED) {
      return null;
    }
    if (whole.indexOf(',') >= 0) {
      String[] groups = whole.split(",", -1);
      if (groups[0].length() > 3) {
        return null;
      }
      for (int g = 1; g < groups.length; g++) {
        if (groups[g].length() != 3) {
          return null;
        }
      }
    }
    return new BigDecimal(whole.replace(",", "") + (fraction.isEmpty() ? "" : "." + fraction));
  }

  /**
   * The number words that start at {@code pos} (the start of a word), up to {@code limit}.
   *
   * @param pos where the first word starts
   * @param limit how far the words may reach
   * @return the number, or null if no number is written in words there
   */
  Core words(int pos, int limit) {
    Found<NumberWord> first = lexicon.numberWords.at(text, pos, limit);
    if (first == null) {
      return null;
    }
    return switch (first.value().type()) {
      case VAGUE, VAGUE_OF -> vague(first, limit);
      case HALF -> half(first, limit);
      case WORD, ARTICLE, DOZEN -> cardinal(first, limit);
    };
  }

  /**
   * {@code hundreds}, {@code dozens}, {@code tens of thousands}: at least two of the base, so
   * twice it. {@code tens} and {@code scores} are numbers only before {@code of}.
   */
  private Core vague(Found<NumberWord> first, int limit) {
    BigDecimal base = first.value().value();
    int end = first.end();
    int of = wordEnd(text, skipSpace(end, limit), limit, "of");
    if (of >= 0) {
      Found<NumberWord> inner = lexicon.numberWords.at(text, skipSpace(of, limit), limit);
      if (inner != null && inner.value().type() == WordType.VAGUE
          && inner.value().value().compareTo(base) > 0) {
        base = base.multiply(inner.value().value());
        end = inner.end();
      }
    } else if (first.value().type() == WordType.VAGUE_OF) {
      return null;
    }
    return new Core(first.begin(), end, base.multiply(TWO), Form.VAGUE);
  }

  /** {@code half a million}, {@code half a dozen}. */
  private Core half(Found<NumberWord> first, int limit) {
    int p = skipSpace(first.end(), limit);
    Found<NumberWord> article = p > first.end() ? lexicon.numberWords.at(text, p, limit) : null;
    if (article == null || article.value().type() != WordType.ARTICLE) {
      return null;
    }
    int q = skipSpace(article.end(), limit);
    if (q == article.end()) {
      return null;
    }
    Found<NumberWord> dozen = lexicon.numberWords.at(text, q, limit);
    if (dozen != null && dozen.value().type() == WordType.DOZEN) {
      return new Core(first.begin(), dozen.end(),
          first.value().value().multiply(dozen.value().value()), Form.WORDS);
    }
    Found<Scale> scale = lexicon.scales.at(text, q, limit);
    if (scale == null || scale.value().moneyOnly()) {
      return null;
    }
    return new Core(first.begin(), scale.end(),
        first.value().value().multiply(scale.value().multiplier()), Form.WORDS);
  }

  private enum State {
    START,
    ARTICLE,
    UNITS,
    TENS,
    HUNDRED,
    SCALE,
    DONE
  }

  /**
   * A cardinal in words: units, teens and tens ({@code twenty-four}, {@code twenty four}), then
   * {@code hundred} and decreasing scale words, with {@code and} after {@code hundred} or a scale
   * ({@code one hundred and twenty}); {@code a} only before {@code hundred}, a scale or {@code
   * dozen}. Stops at the first word that does not continue the number.
   */
  private Core cardinal(Found<NumberWord> first, int limit) {
    BigDecimal total = BigDecimal.ZERO;
    long current = 0;
    BigDecimal lastScale = null;
    State state = State.START;
    int end = -1;
    int p = first.begin();
    Found<NumberWord> word = first;
    while (true) {
      if (word == null) {
        word = lexicon.numberWords.at(text, p, limit);
      }
      Found<Scale> scale = word == null ? lexicon.scales.at(text, p, limit) : null;
      State next = null;
      if (word != null) {
        int v = word.value().value().intValue();
        switch (word.value().type()) {
          case ARTICLE -> next = state == State.START ? State.ARTICLE : null;
          case WORD -> {
            if (v == 0) {
              next = state == State.START ? State.DONE : null;
            } else if (v < 10) {
              next = state == State.START || state == State.TENS || state == State.HUNDRED
                  || state == State.SCALE ? State.UNITS : null;
            } else {
              next = state == State.START || state == State.HUNDRED || state == State.SCALE
                  ? (v < 20 ? State.UNITS : State.TENS) : null;
            }
            if (next != null) {
              current += v;
            }
          }
          case DOZEN -> {
            if (current > 0 && (state == State.ARTICLE || state == State.UNITS
                || state == State.TENS)) {
              current *= 12;
              next = State.DONE;
            }
          }
          default -> next = null;
        }
        if (next == State.ARTICLE) {
          current = 1;
        }
        if (next != null) {
          end = word.end();
        }
      } else if (scale != null && !scale.value().moneyOnly()) {
        BigDecimal m = scale.value().multiplier();
        boolean counted = state == State.ARTICLE || state == State.UNITS || state == State.TENS;
        if (m.compareTo(HUNDRED) == 0) {
          if (counted && current < 100) {
            current *= 100;
            next = State.HUNDRED;
          }
        } else if (m.compareTo(HUNDRED) > 0 && current > 0 && (counted || state == State.HUNDRED)
            && (lastScale == null || m.compareTo(lastScale) < 0)) {
          total = total.add(BigDecimal.valueOf(current).multiply(m));
          current = 0;
          lastScale = m;
          next = State.SCALE;
        }
        if (next != null) {
          end = scale.end();
        }
      }
      word = null;
      if (next == null) {
        break;
      }
      state = next;
      if (state == State.DONE) {
        break;
      }
      if (state == State.TENS && end < limit && text.charAt(end) == '-') {
        p = end + 1; // twenty-four
        continue;
      }
      int q = skipSpace(end, limit);
      if (q == end) {
        break;
      }
      if (state == State.HUNDRED || state == State.SCALE) {
        int and = wordEnd(text, q, limit, "and");
        if (and >= 0 && skipSpace(and, limit) > and) {
          q = skipSpace(and, limit);
        }
      }
      p = q;
    }
    if (end < 0 || state == State.ARTICLE) {
      return null;
    }
    return new Core(first.begin(), end, total.add(BigDecimal.valueOf(current)), Form.WORDS);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The first position at or after {@code pos} that is not whitespace.
   *
   * @param pos where to start
   * @param limit how far to go
   * @return the position, at most {@code limit}
   */
  int skipSpace(int pos, int limit) {
    int i = pos;
    while (i < limit && Phrases.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where the whole word {@code word} ends if it is written (in any case) at {@code pos}.
   *
   * @param text the text
   * @param pos where the word must start
   * @param limit how far it may reach
   * @param word the word, in lower case
   * @return its end, or -1
   */
  static int wordEnd(String text, int pos, int limit, String word) {
    int end = pos + word.length();
    if (end > limit || !text.regionMatches(true, pos, word, 0, word.length())) {
      return -1;
    }
    if ((pos > 0 && Character.isLetterOrDigit(text.codePointBefore(pos)))
        || (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end)))) {
      return -1;
    }
    return end;
  }
}
