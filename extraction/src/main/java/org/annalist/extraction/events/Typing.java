package org.annalist.extraction.events;

import java.util.Optional;
import org.annalist.extraction.events.EventLexicon.Trigger;

/**
 * Types a trigger with the lexicon. An entry matches when the trigger's lemma (or its lower-case
 * form) is the entry's first word, the trigger's tag is one the entry accepts, the entry's further
 * words follow (as lemmas or forms), and, when the entry has a condition, one of its words is among
 * the trigger's arguments: the {@value #WINDOW} tokens on either side, up to a comma or clause-opening word (so {@code
 * suspended diplomatic relations} and {@code diplomatic relations were suspended} both break
 * relations, and {@code suspended arms shipments} suspends).
 */
final class Typing {

  static final int WINDOW = 8;

  /** A typed trigger: its entry and its last token (a phrase covers several). */
  record Match(Trigger trigger, int last) {}

  private final EventLexicon lexicon;

  Typing(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<Match> match(Words w, int k, int sentenceFirst, int sentenceEnd) {
    for (String word : new String[] {w.lemma[k], w.lower[k]}) {
      for (Trigger t : lexicon.triggers(word)) {
        if (!t.pos().accepts(w.pos[k])) {
          continue;
        }
        int last = phraseEnd(w, k, t, sentenceEnd);
        if (last >= 0 && (t.condition().isEmpty()
            || hasArgument(w, k, last, t, sentenceFirst, sentenceEnd))) {
          return Optional.of(new Match(t, last));
        }
      }
      if (w.lemma[k].equals(w.lower[k])) {
        break;
      }
    }
    return Optional.empty();
  }

  private static int phraseEnd(Words w, int k, Trigger t, int sentenceEnd) {
    int j = k;
    for (int i = 1; i < t.words().size(); i++) {
      j++;
      if (j >= sentenceEnd) {
        return -1;
      }
      String want = t.words().get(i);
      if (!want.equals(w.lemma[j]) && !want.equals(w.lower[j])) {
        return -1;
      }
    }
    return j;
  }

  private static boolean hasArgument(Words w, int k, int last, Trigger t, int sentenceFirst,
      int sentenceEnd) {
    for (int j = k - 1; j >= Math.max(sentenceFirst, k - WINDOW) && !w.isClauseBreak(j); j--) {
      if (t.condition().contains(w.lemma[j]) || t.condition().contains(w.lower[j])) {
        return true;
      }
    }
    for (int j = last + 1; j < Math.min(sentenceEnd, last + 1 + WINDOW) && !w.isClauseBreak(j);
        j++) {
      if (t.condition().contains(w.lemma[j]) || t.condition().contains(w.lower[j])) {
        return true;
      }
    }
    return false;
  }
}
