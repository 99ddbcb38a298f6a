package org.annalist.extraction.time;

import java.util.List;
import java.util.Set;
import org.annalist.model.Sentence;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * The tense of the clause around an expression, read from the text stage's tokens: the nearest
 * verb or auxiliary decides. Past: a past form ({@code said}, {@code was}, {@code visited}) or a
 * perfect ({@code has suspended}); future: {@code will}, {@code shall}, {@code 'll}, {@code going
 * to}. Stateless.
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "\u2019ll", "shall", "wo");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did", "'d");
  private static final Set<String> PERFECT_AUX = Set.of("has", "have", "'ve", "\u2019ve");
  private static final Set<String> PRESENT_AUX =
      Set.of("is", "are", "am", "'s", "\u2019s", "do", "does", "'re", "\u2019re");
  private static final Set<String> MODAL =
      Set.of("would", "could", "might", "should", "may", "can", "must");

  /** The tense around characters {@code [begin, end)}. */
  static Tense around(TextLayer layer, int begin, int end) {
    Sentence sentence = layer.findSentenceAt(begin).orElse(null);
    if (sentence == null) {
      return UNKNOWN;
    }
    List<Token> tokens = layer.tokens(sentence);
    int n = tokens.size();
    Tense[] classes = new Tense[n];
    for (int k = 0; k < n; k++) {
      classes[k] = classify(tokens, k);
    }
    // the nearest classified token, measured from the expression's edges
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < n; k++) {
      if (classes[k] == null) {
        continue;
      }
      Token t = tokens.get(k);
      if (t.span().begin() >= begin && t.span().end() <= end) {
        continue;
      }
      // the governing verb usually comes first ("said Tuesday it will...")
      int distance = t.span().end() <= begin ? begin - t.span().end()
          : t.span().begin() - end + 12;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = k;
      }
    }
    return best < 0 ? UNKNOWN : classes[best];
  }

  private static Tense classify(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    String pos = t.pos();
    if (!pos.startsWith("VERB") && !pos.startsWith("AUX")) {
      return null;
    }
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    if (FUTURE_AUX.contains(word) || word.startsWith("won")) {
      return FUTURE;
    }
    if (PAST_AUX.contains(word)) {
      return PAST;
    }
    if (MODAL.contains(word)) {
      return null;
    }
    if (PERFECT_AUX.contains(word) && k + 1 < tokens.size()) {
      return PAST; // present perfect: an event before the time of writing
    }
    if (PRESENT_AUX.contains(word)) {
      return PRESENT;
    }
    // the auxiliaries before a main verb decide: "will visit", "has visited", "was visiting"
    for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
      String before = tokens.get(b).text().toLowerCase(java.util.Locale.ROOT);
      if (FUTURE_AUX.contains(before) || before.startsWith("won")) {
        return FUTURE;
      }
      if (before.equals("going") && b + 1 < tokens.size()
          && tokens.get(b + 1).text().equals("to")) {
        return FUTURE;
      }
      if (PAST_AUX.contains(before) || PERFECT_AUX.contains(before)) {
        return PAST;
      }
      if (MODAL.contains(before) || PRESENT_AUX.contains(before)) {
        return PRESENT;
      }
    }
    String lemma = t.lemma();
    if (word.endsWith("ing")) {
      return null;
    }
    if (word.endsWith("ed") && !lemma.equals(word)) {
      return PAST;
    }
    if (!lemma.equals(word) && !word.endsWith("s")) {
      return PAST; // irregular past: said, made, went
    }
    return PRESENT;
  }

}
