package org.annalist.testcorpus.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.annalist.model.DocumentMetadata;
import org.annalist.testcorpus.TestCorpus;

/**
 * Generators of article text. Documents are kept short (a few hundred characters) so that one try
 * of a pipeline property costs a few milliseconds after warm-up.
 *
 * <ul>
 *   <li>{@link #unicode()}: sequences of "atoms" chosen to break text handling: surrogate pairs
 *       (emoji, skin-tone modifiers, flags, ZWJ sequences, mathematical letters, and emoji glued
 *       to words as in {@code Israel😀}), lone high and low
 *       surrogates, combining marks alone and after letters, right-to-left scripts and bidi
 *       controls, zero-width characters and the BOM, NUL and other controls, characters whose case
 *       mapping changes their length ({@code İ}, {@code ß}, {@code ﬁ}), non-characters, and
 *       ordinary English words, digits and punctuation between them;
 *   <li>{@link #wellFormedUnicode()}: the same without lone surrogates;
 *   <li>{@link #corpusMix()}: random concatenations of real lines, sentences and word windows of
 *       the bundled corpus ({@code test-corpus/src/main/resources/annalist-test-corpus/*.txt}), of
 *       typical front-matter and boilerplate lines and of temporal expressions that relate to each
 *       other (ranges, anchors, {@code now}), with random separators;
 *   <li>{@link #newsLineMix()}: short concatenations of those news lines and temporal expressions
 *       alone;
 *   <li>{@link #articles()}: any of these, sometimes with atoms inserted into a corpus mix.
 * </ul>
 *
 * <p>Stateless and thread-safe; the corpus is read once.
 */
public final class Texts {

  /** Atoms that are well-formed UTF-16 on their own. */
  static final List<String> WELL_FORMED_ATOMS = List.of(
      // ordinary text, so that atoms land inside words, numbers and sentences
      "Israel", "Petro", "Colombia", "Monday", "last week", "2021", "1990s", "May 5", "said",
      "the", "U.S.", "Mr.", "a", "I", "on", "3.5", "$4.5 million", "12%", "10 p.m.", "—", "-",
      ".", ",", ";", ":", "?", "!", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "…",
      " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u000B", "\f", "\u00A0", "\u2003",
      "\u2028", "\u2029", "\u0085", "\u3000",
      // surrogate pairs
      "😀", "👍🏽", "🇨🇴", "👩‍👩‍👧", "𝐀𝐁", "𝟏𝟐", "𠀀", "🏳️‍🌈",
      // combining marks
      "e\u0301", "\u0301", "\u0308\u0308", "a\u20DD", "Ü", "U\u0308",
      // right-to-left and bidi controls
      "שלום", "مرحبا", "\u200F", "\u200E", "\u202E", "\u202C", "\u2067", "١٢٣",
      // zero-width and invisible
      "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u180E",
      // NUL and controls
      "\u0000", "\u0001", "\u001B", "\u001F", "\u007F", "\u009F",
      // case mapping changes length; other scripts; special code points
      "İ", "ß", "ﬁ", "ΣΑΣ", "ς", "北京", "नमस्ते", "ไทย", "１２", "Ⅻ", "\uFFFD", "\uFFFE", "\uFFFF",
      "\uE000");

  /** Words that emoji and other supplementary characters get glued to, as in social media text. */
  static final List<String> GLUE_WORDS = List.of("Israel", "Petro", "Colombia", "said", "Monday",
      "peace", "I", "U.S.", "2021", "war", "Gaza", "President");

  /** Supplementary characters (surrogate pairs) to glue to words. */
  static final List<String> PAIRS = List.of("😀", "👍🏽", "🇨🇴", "𝐀", "🔥", "❤️", "😂", "🙏");

  /** Lone surrogates, each a broken pair on its own. */
  static final List<String> LONE_SURROGATES = List.of("\uD83D", "\uDE00", "\uDBFF", "\uDC00");

  /** Front matter and boilerplate lines of the kind news pages carry. */
  static final List<String> NEWS_LINES = List.of(
      "Donate now.", "Subscribe now.", "Sign up now.", "Subscribe to our newsletter", "Advertisement", "Share this article",
      "Read more:", "Related", "BOGOTA, Colombia —", "WASHINGTON (Reuters) -", "SANTIAGO, Chile —",
      "By Jane Doe", "Nazih Richani 4/24/2012", "date 2023-11-07", "Photo: AP", "Updated 10:32 a.m.",
      "Published Monday", "March 3, 2024", "2023-02-30", "last Monday", "two weeks ago",
      "from May to June", "in the 1990s", "10 p.m. Wednesday", "the next day", "since 2019",
      // temporal expressions that relate to each other: ranges, anchors, present references
      "between 2019 and 2021", "from 2019 to 2021", "2019-2021", "from Monday to Friday",
      "between May and June", "until 2025", "now", "today", "a year later", "the same day");

  /** The longest corpus piece, in characters, so that documents stay short. */
  static final int MAX_PIECE = 160;

  private static volatile List<String> pieces;

  private Texts() {}

  /** Random Unicode, lone surrogates included: 0 to 30 atoms. */
  public static Arbitrary<String> unicode() {
    Arbitrary<String> atom = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.of(WELL_FORMED_ATOMS)),
        net.jqwik.api.Tuple.of(2, glued()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(LONE_SURROGATES)),
        net.jqwik.api.Tuple.of(2, anyChars()));
    return atom.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Random Unicode without lone surrogates: 0 to 30 atoms. */
  public static Arbitrary<String> wellFormedUnicode() {
    Arbitrary<String> atom = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.of(WELL_FORMED_ATOMS)),
        net.jqwik.api.Tuple.of(2, glued()),
        net.jqwik.api.Tuple.of(2, anyChars().filter(Texts::isWellFormed)));
    return atom.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /**
   * Two to five news lines and temporal expressions only, joined by random separators: dense in
   * the expressions the time stage relates to each other (a boilerplate line's {@code now}, then a
   * range).
   */
  public static Arbitrary<String> newsLineMix() {
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", " ", ". ", ", ");
    return Combinators.combine(Arbitraries.of(NEWS_LINES).list().ofMinSize(2).ofMaxSize(5),
            separator.list().ofSize(4))
        .as((ps, seps) -> {
          StringBuilder text = new StringBuilder(ps.get(0));
          for (int i = 1; i < ps.size(); i++) {
            text.append(seps.get(i - 1)).append(ps.get(i));
          }
          return text.toString();
        });
  }

  /** A word with a supplementary character glued to it, before or after ({@code Israel😀}). */
  static Arbitrary<String> glued() {
    return Combinators.combine(Arbitraries.of(GLUE_WORDS), Arbitraries.of(PAIRS),
            Arbitraries.of(true, false))
        .as((w, p, after) -> after ? w + p : p + w);
  }

  /** One to four pieces of the bundled corpus or news lines, joined by random separators. */
  public static Arbitrary<String> corpusMix() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(corpusPieces())),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(NEWS_LINES)));
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", " ", "", "\r\n", ". ", " — ", "\n\n\n");
    return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(4),
            separator.list().ofMinSize(3).ofMaxSize(3))
        .as((ps, seps) -> {
          StringBuilder text = new StringBuilder(ps.get(0));
          for (int i = 1; i < ps.size(); i++) {
            text.append(seps.get(i - 1)).append(ps.get(i));
          }
          return text.toString();
        });
  }

  /** A corpus mix with well-formed atoms inserted at random places (never inside a pair). */
  public static Arbitrary<String> sprinkledCorpusMix() {
    return Combinators.combine(corpusMix(), Arbitraries.of(WELL_FORMED_ATOMS).list().ofMinSize(1)
            .ofMaxSize(4), Arbitraries.integers().between(0, 10_000).list().ofSize(4))
        .as((text, atoms, positions) -> {
          StringBuilder b = new StringBuilder(text);
          for (int i = 0; i < atoms.size(); i++) {
            int at = positions.get(i) % (b.length() + 1);
            if (at > 0 && at < b.length() && Character.isLowSurrogate(b.charAt(at))) {
              at--;
            }
            b.insert(at, atoms.get(i));
          }
          return b.toString();
        });
  }

  /** Any article text, lone surrogates included. */
  public static Arbitrary<String> articles() {
    return Arbitraries.oneOf(corpusMix(), sprinkledCorpusMix(), newsLineMix(), unicode(),
        Combinators.combine(corpusMix(), unicode()).as(String::concat));
  }

  /** Article text that is well-formed UTF-16 (so it can be written as UTF-8). */
  public static Arbitrary<String> wellFormedArticles() {
    return Arbitraries.oneOf(corpusMix(), sprinkledCorpusMix(), newsLineMix(), wellFormedUnicode(),
        Combinators.combine(corpusMix(), wellFormedUnicode()).as(String::concat));
  }

  /** Metadata for a generated article: an id and, sometimes, a publication date. */
  public static Arbitrary<DocumentMetadata> metadata() {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(-3000, 3000)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return date.injectNull(0.6).map(d -> DocumentMetadata.builder("fuzz-doc").publicationDate(d).build());
  }

  /** Single UTF-16 code units of any value, surrogates included, biased to the interesting ones. */
  static Arbitrary<String> anyChars() {
    return Arbitraries.chars().all().map(String::valueOf);
  }

  /** Whether {@code s} has no lone surrogate. */
  public static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The pieces of the bundled corpus: every non-blank line of at most 160 characters, every
   * sentence (split after {@code . ! ?} and a space) of at most 160 characters, and word windows of
   * two to seven words from each sentence.
   */
  static List<String> corpusPieces() {
    List<String> p = pieces;
    if (p == null) {
      Set<String> all = new LinkedHashSet<>();
      for (String id : TestCorpus.IDS) {
        for (String line : TestCorpus.resource(id + ".txt").split("\n")) {
          String stripped = line.strip();
          if (stripped.isEmpty()) {
            continue;
          }
          if (stripped.length() <= MAX_PIECE) {
            all.add(stripped);
          }
          for (String sentence : stripped.split("(?<=[.!?”])\\s+")) {
            if (sentence.length() <= MAX_PIECE) {
              all.add(sentence);
            }
            String[] words = sentence.split(" ");
            for (int n = 2; n <= 7; n++) {
              for (int i = 0; i + n <= words.length; i += n) {
                all.add(String.join(" ", List.of(words).subList(i, i + n)));
              }
            }
          }
        }
      }
      p = List.copyOf(new ArrayList<>(all));
      pieces = p;
    }
    return p;
  }
}
