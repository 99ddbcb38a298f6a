package org.annalist.extraction.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.EntityMention;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * The document's tokens as the event rules read them: lower-case forms, lemmas, tags, the entity
 * mention and temporal expression over each token, and prefix counts that answer "is there a verb
 * or a clause boundary between these two tokens" in constant time, so that every rule stays linear
 * in the length of the text.
 */
final class Words {

  /** Punctuation no clause crosses. */
  private static final Set<String> HARD = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”", "[",
      "]", "?", "!", "«", "»", "‘", "’");

  /** Words that open a new clause. */
  private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose",
      "when", "where", "while", "whereas", "because", "although", "though", "after", "before",
      "until", "since", "as", "if", "unless", "whether", "so");

  final String text;
  final List<Token> tokens;
  final String[] lower;
  final String[] lemma;
  final String[] pos;
  /** The index of the entity mention over each token, or -1. */
  final int[] mention;
  /** The index of the temporal expression over each token, or -1. */
  final int[] expression;
  private final int[] hardBefore;
  private final int[] verbsBefore;
  private final int[] subordinatorsBefore;

  Words(String text, TextLayer layer, List<EntityMention> mentions,
      List<TemporalExpression> expressions) {
    this.text = text;
    this.tokens = layer.tokens();
    int n = tokens.size();
    lower = new String[n];
    lemma = new String[n];
    pos = new String[n];
    hardBefore = new int[n + 1];
    verbsBefore = new int[n + 1];
    subordinatorsBefore = new int[n + 1];
    for (int k = 0; k < n; k++) {
      Token t = tokens.get(k);
      lower[k] = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      lemma[k] = t.lemma();
      pos[k] = t.pos();
      hardBefore[k + 1] = hardBefore[k] + (HARD.contains(lower[k]) ? 1 : 0);
      verbsBefore[k + 1] = verbsBefore[k] + (pos[k].equals("VERB") ? 1 : 0);
      subordinatorsBefore[k + 1] =
          subordinatorsBefore[k] + (SUBORDINATORS.contains(lower[k]) ? 1 : 0);
    }
    mention = cover(mentions.stream().map(EntityMention::span).toList());
    expression = cover(expressions.stream().map(TemporalExpression::span).toList());
  }

  int size() {
    return tokens.size();
  }

  Span span(int first, int last) {
    return Span.of(text, tokens.get(first).span().begin(), tokens.get(last).span().end());
  }

  boolean isHard(int k) {
    return HARD.contains(lower[k]);
  }

  /** Whether token {@code k} ends a clause for the rules that stay inside one. */
  boolean isClauseBreak(int k) {
    return isHard(k) || lower[k].equals(",") || SUBORDINATORS.contains(lower[k]);
  }

  boolean isSubordinator(int k) {
    return SUBORDINATORS.contains(lower[k]);
  }

  boolean isVerb(int k) {
    return pos[k].equals("VERB");
  }

  boolean isNoun(int k) {
    return pos[k].equals("NOUN") || pos[k].equals("PROPN");
  }

  boolean isAdposition(int k) {
    return pos[k].equals("ADP");
  }

  boolean isDeterminer(int k) {
    return pos[k].equals("DET") || lower[k].equals("its") || lower[k].equals("his")
        || lower[k].equals("her") || lower[k].equals("their") || lower[k].equals("our");
  }

  boolean isAux(int k) {
    return pos[k].startsWith("AUX");
  }

  /** Whether a hard boundary lies strictly between tokens {@code a} and {@code b}. */
  boolean hardBetween(int a, int b) {
    return between(hardBefore, a, b);
  }

  /** Whether a main verb lies strictly between tokens {@code a} and {@code b}. */
  boolean verbBetween(int a, int b) {
    return between(verbsBefore, a, b);
  }

  /** Whether a clause-opening word lies strictly between tokens {@code a} and {@code b}. */
  boolean subordinatorBetween(int a, int b) {
    return between(subordinatorsBefore, a, b);
  }

  private static boolean between(int[] prefix, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return hi - lo > 1 && prefix[hi] - prefix[lo + 1] > 0;
  }

  /** Whether token {@code k} is a past or perfect finite verb ({@code suspended}, {@code had gone}). */
  boolean isPastFinite(int k, int sentenceFirst) {
    if (!isVerb(k) || lower[k].endsWith("ing")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(sentenceFirst, k - 3); j--) {
      if (lower[j].equals("had") || lower[j].equals("has") || lower[j].equals("have")
          || lower[j].equals("did")) {
        return true;
      }
      if (lower[j].equals("to") || isAux(j) || isHard(j)) {
        return false;
      }
      if (!pos[j].equals("ADV")) {
        break;
      }
    }
    return !lower[k].equals(lemma[k]);
  }

  /** For each token, the index of the span over it, or -1; spans are in text order. */
  private int[] cover(List<Span> spans) {
    int[] cover = new int[tokens.size()];
    Arrays.fill(cover, -1);
    int k = 0;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      while (k > 0 && tokens.get(k - 1).span().end() > s.begin()) {
        k--;
      }
      while (k < tokens.size() && tokens.get(k).span().end() <= s.begin()) {
        k++;
      }
      for (int j = k; j < tokens.size() && tokens.get(j).span().begin() < s.end(); j++) {
        if (cover[j] < 0) {
          cover[j] = i;
        }
      }
    }
    return cover;
  }

  /** The first token of the run of tokens with the same cover index as {@code k}. */
  static int runStart(int[] cover, int k) {
    int j = k;
    while (j > 0 && cover[j - 1] == cover[k]) {
      j--;
    }
    return j;
  }

  /** The last token of the run of tokens with the same cover index as {@code k}. */
  static int runEnd(int[] cover, int k) {
    int j = k;
    while (j + 1 < cover.length && cover[j + 1] == cover[k]) {
      j++;
    }
    return j;
  }
}
