package org.annalist.extraction.entities;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.model.Sentence;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * The words the entity rules see: the text layer's tokens, with quotes, brackets and dashes at
 * their edges and the possessive {@code 's} split off as words of their own ({@code Colombia’s}
 * gives {@code Colombia} and {@code ’s}), and hyphens inside a token too ({@code pro-Israel} gives
 * {@code pro}, {@code -}, {@code Israel}), as the tokenizer splits them only sometimes. The name
 * model reads them joined again into CoNLL-2003's tokens ({@link #modelSentences}). Every word
 * keeps its character offsets in the original text. One instance serves one document on one
 * thread.
 */
final class Words {

  /** One word: its offsets, text, tag (of its token), sentence and whether it is punctuation. */
  record Word(int begin, int end, String text, String pos, int sentence, boolean punct) {

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
      return !punct && Names.isCapitalised(text);
    }

    boolean isPossessive() {
      return punct && (text.equals("'s") || text.equals("\u2019s") || text.equals("'")
          || text.equals("\u2019"));
    }
  }

  final List<Word> words = new ArrayList<>();
  /** Per sentence, the first word index and the end word index. */
  final List<int[]> sentences = new ArrayList<>();
  final List<StructureLabel> sections = new ArrayList<>();
  /** Per sentence, the word ranges of the model's tokens, once computed. */
  private final List<List<int[]>> modelTokens = new ArrayList<>();

  Words(TextLayer layer) {
    int s = 0;
    for (Sentence sentence : layer.sentences()) {
      int first = words.size();
      List<Token> tokens = layer.tokens(sentence);
      for (int t = 0; t < tokens.size(); t++) {
        split(tokens.get(t), s, t == tokens.size() - 1);
      }
      sentences.add(new int[] {first, words.size()});
      sections.add(sentence.section());
      modelTokens.add(null);
      s++;
    }
  }

  int size() {
    return words.size();
  }

  Word get(int i) {
    return words.get(i);
  }

  /** The sentence's first word index. */
  int sentenceStart(int sentence) {
    return sentences.get(sentence)[0];
  }

  /** The sentence's end word index. */
  int sentenceEnd(int sentence) {
    return sentences.get(sentence)[1];
  }

  /**
   * The sentences' words as the name model reads them, in CoNLL-2003's tokens: words joined by
   * hyphens with no space between ({@code Wal}, {@code -}, {@code Mart}; {@code Jean}, {@code -},
   * {@code Pierre}) are one token ({@code Wal-Mart}), as in the model's training data. {@link
   * #inWords} maps the model's names back onto the words.
   */
  List<List<String>> modelSentences() {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = new ArrayList<>();
      for (int[] range : modelTokens(s)) {
        tokens.add(joined(range[0], range[1]));
      }
      out.add(tokens);
    }
    return out;
  }

  /** Per model token of the sentence, the {@code [first, end)} range of its words. */
  private List<int[]> modelTokens(int sentence) {
    if (modelTokens.get(sentence) != null) {
      return modelTokens.get(sentence);
    }
    int end = sentenceEnd(sentence);
    List<int[]> out = new ArrayList<>();
    int i = sentenceStart(sentence);
    while (i < end) {
      int j = i + 1;
      if (!get(i).punct()) {
        while (j + 1 < end && isJoiningHyphen(j) && !get(j + 1).punct()
            && !isModifierAfterHyphen(get(j + 1).lower())) {
          j += 2;
        }
      }
      out.add(new int[] {i, j});
      i = j;
    }
    modelTokens.set(sentence, out);
    return out;
  }

  /**
   * The model's names, in the tokens of {@link #modelSentences}, as names in the sentences'
   * words (indices from each sentence's first word); each sentence's are converted when first
   * read, so that a bad one fails only its sentence.
   */
  List<List<NameRecognizer.Name>> inWords(List<List<NameRecognizer.Name>> names) {
    List<List<NameRecognizer.Name>> converted = new ArrayList<>(names.size());
    for (int s = 0; s < names.size(); s++) {
      converted.add(null);
    }
    return new AbstractList<>() {
      @Override
      public List<NameRecognizer.Name> get(int s) {
        List<NameRecognizer.Name> out = converted.get(s);
        if (out == null) {
          out = inWords(names.get(s), modelTokens(s), sentenceStart(s));
          converted.set(s, out);
        }
        return out;
      }

      @Override
      public int size() {
        return converted.size();
      }
    };
  }

  private static List<NameRecognizer.Name> inWords(
      List<NameRecognizer.Name> names, List<int[]> ranges, int s0) {
    List<NameRecognizer.Name> out = new ArrayList<>(names.size());
    for (NameRecognizer.Name n : names) {
      if (n.end() > ranges.size()) {
        throw new IllegalStateException("the name model returned the tokens [" + n.start()
            + ", " + n.end() + ") of a sentence of " + ranges.size());
      }
      out.add(new NameRecognizer.Name(ranges.get(n.start())[0] - s0,
          ranges.get(n.end() - 1)[1] - s0, n.type(), n.probability()));
    }
    return out;
  }

  /** Whether word j is a hyphen written between the words beside it, with no space. */
  private boolean isJoiningHyphen(int j) {
    Word hyphen = get(j);
    String t = hyphen.text();
    return t.length() == 1 && isHyphen(t.charAt(0)) && get(j - 1).end() == hyphen.begin()
        && hyphen.end() == get(j + 1).begin();
  }

  /** The text of words [first, end) that touch one another, as one token. */
  private String joined(int first, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = first; k < end; k++) {
      b.append(get(k).text());
    }
    return b.toString();
  }

  private void split(Token token, int sentence, boolean last) {
    String text = token.text();
    int begin = token.span().begin();
    String pos = token.pos();
    int plus = pos.indexOf('+');
    String corePos = plus > 0 ? pos.substring(0, plus) : pos;
    if (text.length() == 2 && isApostrophe(text.charAt(0))
        && (text.charAt(1) == 's' || text.charAt(1) == 'S')) {
      add(begin, begin + 2, text, "PART", sentence, true);
      return;
    }
    int from = 0;
    int to = text.length();
    // Leading quotes, brackets and dashes.
    while (from < to && isEdgePunct(text.charAt(from))) {
      add(begin + from, begin + from + 1, text.substring(from, from + 1), "PUNCT", sentence, true);
      from++;
    }
    // Trailing punctuation and a possessive, collected right to left.
    List<int[]> tail = new ArrayList<>();
    if (last && to - from > 2 && text.charAt(to - 1) == '.'
        && text.lastIndexOf('.', to - 2) < from && !ABBREVIATIONS.contains(text.substring(from, to))) {
      // The sentence's full stop, left on its last word ("... to Tel Aviv.").
      tail.add(new int[] {to - 1, to});
      to--;
    }
    while (to > from) {
      char c = text.charAt(to - 1);
      if ((c == 's' || c == 'S') && to - 2 > from && isApostrophe(text.charAt(to - 2))) {
        tail.add(new int[] {to - 2, to});
        to -= 2;
        break;
      }
      if (isApostrophe(c) && to - 1 > from && (text.charAt(to - 2) == 's'
          || text.charAt(to - 2) == 'S')) {
        tail.add(new int[] {to - 1, to});
        to -= 1;
        break;
      }
      if (isEdgePunct(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
        tail.add(new int[] {to - 1, to});
        to--;
        continue;
      }
      break;
    }
    // Dashes inside a token ("Milei—the", "peasants—territory") separate words, and so do
    // hyphens, as the tokenizer splits them only sometimes ("Coca" "-Cola", "pro-Israel"); not
    // in a code, number or date ("A-29", "2012-2024").
    boolean splitHyphens = text.chars().skip(from).limit(to - from).noneMatch(Character::isDigit);
    int part = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '\u2014' || text.charAt(i) == '\u2013'
          || splitHyphens && isHyphen(text.charAt(i))) {
        if (i > part) {
          addCore(text, begin, part, i, corePos, sentence);
        }
        if (i < to) {
          add(begin + i, begin + i + 1, text.substring(i, i + 1), "PUNCT", sentence, true);
        }
        part = i + 1;
      }
    }
    for (int k = tail.size() - 1; k >= 0; k--) {
      int[] piece = tail.get(k);
      String t = text.substring(piece[0], piece[1]);
      add(begin + piece[0], begin + piece[1], t, t.length() == 2 ? "PART" : "PUNCT", sentence,
          true);
    }
  }

  private void addCore(String text, int begin, int from, int to, String pos, int sentence) {
    boolean punct = true;
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        punct = false;
        break;
      }
    }
    add(begin + from, begin + to, text.substring(from, to), punct ? "PUNCT" : pos, sentence, punct);
  }

  private void add(int begin, int end, String text, String pos, int sentence, boolean punct) {
    words.add(new Word(begin, end, text, pos, sentence, punct));
  }

  private static final Set<String> ABBREVIATIONS = Set.of(
      "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "St.", "Bros.", "Mr.", "Mrs.", "Ms.", "Dr.",
      "Gen.", "Sen.", "Rep.", "Gov.", "Prof.", "Lt.", "Col.", "Capt.", "Sgt.", "No.", "vs.",
      "etc.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

  /**
   * Whether a lower-case word after a hyphen makes the name before it a modifier: a participle or
   * a word such as {@code style} ({@code Industries-made}, {@code Intel-based}, {@code
   * Soviet-style}); not a syllable of a name ({@code Kim In-so}). The model reads such a word
   * apart from the name, so that the name stays a mention (of the maker) and the rules decide
   * what the whole is.
   */
  static boolean isModifierAfterHyphen(String lower) {
    return HYPHEN_MODIFIERS.contains(lower)
        || lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ing"));
  }

  /**
   * Participles that turn a name into an adjective after a hyphen ({@code Intel-based}, {@code
   * US-led}); not those of making ({@code IWI-made}), whose name is the maker, a mention.
   */
  static final Set<String> NAME_PARTICIPLES = Set.of("based", "owned", "led", "backed", "born",
      "controlled", "run", "funded", "sponsored");

  /** Those participles and the other words that a hyphen joins to a name to make a modifier. */
  private static final Set<String> HYPHEN_MODIFIERS = Stream.concat(NAME_PARTICIPLES.stream(),
      Stream.of("made", "built", "style", "type", "class", "era", "wide", "free", "related",
          "linked", "friendly", "like", "bound")).collect(Collectors.toUnmodifiableSet());

  /** Whether c is a hyphen ({@code -}, U+2010 or the non-breaking U+2011). */
  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isEdgePunct(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u2018', '\u2019', '\'', '(', ')', '[', ']', '{', '}', '-',
          '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00AB', '\u00BB', '*', '/' -> true;
      default -> false;
    };
  }
}
