package org.annalist.extraction.events;

import java.util.Optional;
import org.annalist.extraction.events.EventLexicon.CueKind;
import org.annalist.extraction.events.EventLexicon.CueWord;
import org.annalist.model.Factuality;
import org.annalist.model.FactualityCue;
import org.annalist.model.Polarity;

/**
 * Decides whether the text asserts an event, from the words to the left of its trigger inside its
 * clause (at most {@value #REACH} tokens, stopping at a comma, a clause-opening word or another main
 * verb). The cues, from {@code cues.tsv}, win in this order:
 *
 * <ol>
 *   <li>{@code conditional}: {@code if}, {@code unless}, {@code whether} opening the clause: {@link
 *       Factuality#HYPOTHETICAL};
 *   <li>{@code negation} in the verb group or before a nominal: {@code not}, {@code n't}, {@code
 *       never}, {@code no}: {@link Factuality#NEGATED};
 *   <li>{@code governor}: a verb, noun or adjective that governs the trigger through {@code to},
 *       over its object ({@code threatening to break}, {@code has plans to acquire}, {@code urged
 *       Petro to speak}, {@code refused to condemn}), or a governing verb whose object the nominal
 *       trigger is ({@code threatened an attack}): the governor's factuality. A {@code support}
 *       verb whose object the nominal trigger is passes the verb's own cues on ({@code would impose
 *       sanctions}, {@code threatened to launch an offensive});
 *   <li>{@code modal} in the verb group: {@code would} {@link Factuality#HYPOTHETICAL}, {@code will}
 *       {@link Factuality#PLANNED}, {@code may}, {@code could}, {@code must} {@link
 *       Factuality#UNCERTAIN};
 *   <li>{@code adverb}: {@code reportedly}, {@code allegedly}: {@link Factuality#UNCERTAIN}.
 * </ol>
 *
 * <p>Otherwise the event is {@link Factuality#ASSERTED} (the stage then makes it {@link
 * Factuality#REPORTED} when it lies in an attributed claim). Each decision names its cue's span and
 * the rule ({@code conditional:if}, {@code negation:not}, {@code governor:threaten}, {@code
 * modal:would}, {@code adverb:reportedly}).
 */
final class Factualities {

  static final int REACH = 10;
  private static final int OBJECT_REACH = 5;

  /**
   * What decided the factuality: the factuality, its cue (null when asserted), and the polarity
   * and modality of the trigger's verb group.
   */
  record Decision(Factuality factuality, FactualityCue cue, Polarity polarity, String modality) {}

  private final EventLexicon lexicon;

  Factualities(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Decision decide(Words w, int k, int sentenceFirst) {
    int conditional = -1;
    int negation = -1;
    int modal = -1;
    int adverb = -1;
    int governor = -1;
    int governorEnd = -1;
    boolean nominal = w.isNoun(k);
    int head = k;
    for (int j = k - 1; j >= Math.max(sentenceFirst, k - REACH) && !w.isHard(j); j--) {
      Optional<CueWord> cue =
          w.expression[j] >= 0 ? Optional.empty() : lexicon.cue(w.lower[j]);
      CueKind kind = cue.map(CueWord::kind).orElse(null);
      if (kind == CueKind.CONDITIONAL) {
        conditional = j;
        break;
      }
      if (w.isClauseBreak(j)) {
        break;
      }
      if (kind == CueKind.NEGATION && negation < 0) {
        negation = j;
      } else if (kind == CueKind.MODAL && w.isAux(j) && modal < 0) {
        modal = j;
      } else if (kind == CueKind.ADVERB && adverb < 0) {
        adverb = j;
      } else if (w.lower[j].equals("to") && !nominal && onlyVerbGroup(w, j + 1, head)) {
        governor = governorOf(w, j, sentenceFirst);
        governorEnd = j;
        break;
      } else if (w.isVerb(j)) {
        if (nominal && onlyNounPhrase(w, j + 1, k) && kind(w.lemma[j]) == CueKind.SUPPORT) {
          // "would impose sanctions": the support verb's cues are the nominal's
          nominal = false;
          head = j;
          continue;
        }
        if (nominal && kind(w.lemma[j]) == CueKind.GOVERNOR && onlyNounPhrase(w, j + 1, k)) {
          governor = j;
          governorEnd = j;
        }
        break;
      }
    }
    Polarity polarity = negation >= 0 ? Polarity.NEG : Polarity.POS;
    String modality = modal >= 0 ? w.lower[modal] : null;
    if (conditional >= 0) {
      return decision(w, conditional, conditional, "conditional", polarity, modality);
    }
    if (negation >= 0) {
      return decision(w, negation, negation, "negation", polarity, modality);
    }
    if (governor >= 0) {
      return new Decision(lexicon.cue(w.lemma[governor]).orElseThrow().factuality(),
          new FactualityCue(w.span(governor, governorEnd), "governor:" + w.lemma[governor]),
          polarity, modality);
    }
    if (modal >= 0) {
      return decision(w, modal, modal, "modal", polarity, modality);
    }
    if (adverb >= 0) {
      return decision(w, adverb, adverb, "adverb", polarity, modality);
    }
    return new Decision(Factuality.ASSERTED, null, polarity, modality);
  }

  private Decision decision(Words w, int first, int last, String rule, Polarity polarity,
      String modality) {
    Factuality f = lexicon.cue(w.lower[first]).orElseThrow().factuality();
    return new Decision(f, new FactualityCue(w.span(first, last), rule + ":" + w.lower[first]),
        polarity, modality);
  }

  private boolean isGovernor(Words w, int j) {
    return kind(w.lemma[j]) == CueKind.GOVERNOR;
  }

  private CueKind kind(String word) {
    return lexicon.cue(word).map(CueWord::kind).orElse(null);
  }

  /** The governor of an infinitive's {@code to} at {@code to}, over an object, or -1. */
  private int governorOf(Words w, int to, int sentenceFirst) {
    for (int g = to - 1; g >= Math.max(sentenceFirst, to - OBJECT_REACH); g--) {
      if (isGovernor(w, g)) {
        return g;
      }
      boolean object = w.isNoun(g) || w.isDeterminer(g) || w.pos[g].equals("PRON")
          || w.pos[g].equals("ADJ") || w.pos[g].equals("ADV") || w.pos[g].equals("PART");
      if (!object || (g < to - 1 && w.isAux(g))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether tokens [from, to) are only auxiliaries, adverbs and particles. */
  private static boolean onlyVerbGroup(Words w, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!w.isAux(j) && !w.pos[j].equals("ADV") && !w.pos[j].equals("PART")) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens [from, to) can open a noun phrase: determiners, adjectives, nouns, numbers. */
  private static boolean onlyNounPhrase(Words w, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!w.isDeterminer(j) && !w.isNoun(j) && !w.pos[j].equals("ADJ")
          && !w.pos[j].equals("NUM")) {
        return false;
      }
    }
    return true;
  }
}
