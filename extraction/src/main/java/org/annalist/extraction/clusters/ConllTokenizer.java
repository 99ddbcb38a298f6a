package org.annalist.extraction.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Span;

/**
 * A small deterministic rule tokeniser that cuts raw English news text into tokens the way the
 * CoNLL-2003 shared-task data (Reuters RCV1, Penn-Treebank-like) is tokenised, so that word
 * clusters learnt from raw text line up with the tokens a named-entity model sees.
 *
 * <p>What it does, on each run of non-whitespace characters:
 *
 * <ul>
 *   <li>Splits off punctuation: quotes ({@code " “ ” „ `} and quoting apostrophes), brackets,
 *       {@code ; ! ?}, ellipses, runs of two or more hyphens ({@code --}), a comma or colon unless
 *       it has a digit on both sides ({@code 1,000} and {@code 10:30} stay whole), a trailing
 *       {@code %}, and a currency sign before a number ({@code $10} → {@code $ 10}, {@code C$10} →
 *       {@code C$ 10}, {@code £600m} → {@code £ 600m}).
 *   <li>Splits clitics as the Penn Treebank does: {@code don't} → {@code do n't}, {@code can't} →
 *       {@code ca n't}, {@code Reuters's} → {@code Reuters 's}, and {@code 're 've 'll 'd 'm}
 *       (either apostrophe, any case); a plural possessive's apostrophe becomes its own token.
 *   <li>Splits a final full stop, except from abbreviations: dotted initialisms ({@code U.S.},
 *       {@code a.m.}), single letters ({@code J.}), a fixed list of titles, company suffixes,
 *       months and US states ({@code Mr. Inc. Corp. Jan. Calif. vs.}), and a number that opens a
 *       line ({@code 1.} in a ranked list).
 *   <li>Keeps together hyphenated words ({@code one-day}, {@code 1996-08-22}), numbers ({@code
 *       5.93}, {@code 1/2}), names with inner apostrophes ({@code O'Brien}) and {@code AT&T}.
 * </ul>
 *
 * <p>It never changes the text: every token is a {@link Span} of the input with its exact
 * characters; map curly quotes and digits with {@link WordClusters#normalize(String)} where needed.
 * Sentence boundaries are not detected (a sentence-final abbreviation keeps its one full stop, as
 * in the treebank). Time is linear in the length of the text.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 *
 * <pre>{@code
 * ConllTokenizer tokenizer = ConllTokenizer.create();
 * tokenizer.tokenize("Shares of AT&T Corp. didn't rise 1,000 pct.");
 * // [Shares, of, AT&T, Corp., did, n't, rise, 1,000, pct, .]
 * }</pre>
 */
public final class ConllTokenizer {

  // Abbreviations that keep their full stop (without it here), matched case-sensitively.
  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Messrs", "Mme", "Mlle",
      "Gen", "Col", "Lt", "Maj", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon",
      "Pres", "Supt", "Insp", "Det", "Cpl", "Pte", "Brig", "Fr",
      "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Mfg", "Intl", "Assn", "Dept", "Univ", "Govt",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
      "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
      "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
      "No", "Nos", "Vol", "vol", "vs", "etc", "approx", "est", "cf", "pp", "Fig", "fig", "Ft",
      "Mt", "Ave", "Blvd", "Rd");

  private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

  private static final ConllTokenizer INSTANCE = new ConllTokenizer();

  private ConllTokenizer() {}

  /** {@return the tokeniser: stateless, so always the same instance} */
  public static ConllTokenizer create() {
    return INSTANCE;
  }

  /**
   * {@return the tokens of {@code text}, as strings}
   *
   * @param text any text
   */
  public List<String> tokenize(String text) {
    List<Span> spans = spans(text);
    List<String> tokens = new ArrayList<>(spans.size());
    for (Span span : spans) {
      tokens.add(span.text());
    }
    return tokens;
  }

  /**
   * The tokens of {@code text} as spans of it, in order; a line break counts as the start of a
   * line for the ranked-list rule.
   *
   * @param text any text
   * @return the token spans
   * @throws NullPointerException if {@code text} is null
   */
  public List<Span> spans(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == '\n' || c == '\r') {
          lineStart = true;
        }
        i++;
        continue;
      }
      int end = i;
      while (end < n && !isSpace(text.charAt(end))) {
        end++;
      }
      splitChunk(text, i, end, lineStart, out);
      lineStart = false;
      i = end;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Splits a whitespace-free chunk at separators, then handles each piece between them. */
  private static void splitChunk(String t, int start, int end, boolean lineStart, List<Span> out) {
    int pieceStart = start;
    int i = start;
    while (i < end) {
      int sep = separatorLength(t, i, start, end);
      if (sep == 0) {
        i++;
        continue;
      }
      if (i > pieceStart) {
        splitPiece(t, pieceStart, i, lineStart && pieceStart == start, out);
      }
      out.add(Span.of(t, i, i + sep));
      i += sep;
      pieceStart = i;
    }
    if (pieceStart < end) {
      splitPiece(t, pieceStart, end, lineStart && pieceStart == start, out);
    }
  }

  /** Length of the separator token starting at {@code i}, or 0 if none starts there. */
  private static int separatorLength(String t, int i, int start, int end) {
    char c = t.charAt(i);
    switch (c) {
      case ';', '!', '?', '"', '“', '”', '„', '‟', '(', ')', '[', ']', '{', '}', '<', '>', '…',
          '«', '»' -> {
        return 1;
      }
      case '`' -> {
        return i + 1 < end && t.charAt(i + 1) == '`' ? 2 : 1;
      }
      case ',', ':' -> {
        boolean digitBefore = i > start && isDigit(t.charAt(i - 1));
        boolean digitAfter = i + 1 < end && isDigit(t.charAt(i + 1));
        return digitBefore && digitAfter ? 0 : 1;
      }
      case '-', '.' -> {
        int run = i;
        while (run < end && t.charAt(run) == c) {
          run++;
        }
        int length = run - i;
        // "--" and "..." are tokens; the run must start here, not in the middle of a longer one.
        boolean atRunStart = i == start || t.charAt(i - 1) != c;
        return atRunStart && length >= 2 ? length : 0;
      }
      case '—', '–' -> {
        // An em or en dash between words or alone is punctuation; CoNLL writes it "--" or "-".
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }

  /** A piece without separators: quotes and currency in front; stops, %, clitics at the end. */
  private static void splitPiece(String t, int s, int e, boolean lineStart, List<Span> out) {
    // Leading quoting apostrophes, unless the piece is a clitic or a year like '96.
    while (s < e && isApostrophe(t.charAt(s)) && e - s > 1
        && !isDigit(t.charAt(s + 1)) && cliticLength(t, s, e) != e - s) {
      out.add(Span.of(t, s, s + 1));
      s++;
    }
    int currency = currencyLength(t, s, e);
    if (currency > 0) {
      out.add(Span.of(t, s, s + currency));
      s += currency;
    }
    List<Span> tail = new ArrayList<>(2);
    while (e - s > 1) {
      char last = t.charAt(e - 1);
      if (last == '%' || isApostrophe(last)) {
        tail.add(Span.of(t, e - 1, e));
        e--;
      } else if (last == '.' && !keepsStop(t, s, e, lineStart)) {
        tail.add(Span.of(t, e - 1, e));
        e--;
      } else {
        break;
      }
    }
    if (s < e) {
      int clitic = e - s > 1 ? cliticAt(t, s, e) : 0;
      if (clitic > 0 && clitic < e - s) {
        out.add(Span.of(t, s, e - clitic));
        out.add(Span.of(t, e - clitic, e));
      } else {
        out.add(Span.of(t, s, e));
      }
    }
    for (int k = tail.size() - 1; k >= 0; k--) {
      out.add(tail.get(k));
    }
  }

  /** Length of a clitic ending the piece ({@code n't}, {@code 's}, ...), or 0. */
  private static int cliticAt(String t, int s, int e) {
    int len = e - s;
    if (len >= 4 && isApostrophe(t.charAt(e - 2)) && (t.charAt(e - 1) == 't' || t.charAt(e - 1) == 'T')
        && (t.charAt(e - 3) == 'n' || t.charAt(e - 3) == 'N')) {
      return 3;
    }
    for (String clitic : CLITICS) {
      int k = clitic.length();
      if (len > k && isApostrophe(t.charAt(e - k))
          && t.regionMatches(true, e - k + 1, clitic, 1, k - 1)
          && Character.isLetterOrDigit(t.charAt(e - k - 1))) {
        return k;
      }
    }
    return 0;
  }

  /** Length of the piece if the whole piece is a clitic ({@code 's}, {@code n't}), or -1. */
  private static int cliticLength(String t, int s, int e) {
    for (String clitic : CLITICS) {
      if (e - s == clitic.length() && t.regionMatches(true, s + 1, clitic, 1, clitic.length() - 1)) {
        return clitic.length();
      }
    }
    return -1;
  }

  /** Length of a currency prefix ($, £, €, ¥, or up to three capitals then $) before a digit. */
  private static int currencyLength(String t, int s, int e) {
    int i = s;
    while (i < e && i - s < 3 && t.charAt(i) >= 'A' && t.charAt(i) <= 'Z') {
      i++;
    }
    if (i < e && isCurrency(t.charAt(i)) && (i == s || t.charAt(i) == '$')
        && i + 1 < e && isDigit(t.charAt(i + 1))) {
      return i + 1 - s;
    }
    return 0;
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '£' || c == '€' || c == '¥';
  }

  /** Whether the piece {@code [s, e)}, which ends with a full stop, keeps it. */
  private static boolean keepsStop(String t, int s, int e, boolean lineStart) {
    String word = t.substring(s, e - 1);
    if (word.isEmpty()) {
      return true;
    }
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (lineStart && word.chars().allMatch(ConllTokenizer::isDigit) && word.length() <= 3) {
      return true;
    }
    // Dotted initialisms: letter(s) and full stops alternating, e.g. U.S., a.m., U.K.
    boolean dotted = word.indexOf('.') > 0;
    for (int i = 0; i < word.length() && dotted; i++) {
      char c = word.charAt(i);
      boolean letterPlace = (i % 2) == 0;
      dotted = letterPlace ? Character.isLetter(c) : c == '.';
    }
    return dotted && word.length() % 2 == 1;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9' || Character.isDigit(c);
  }
}
