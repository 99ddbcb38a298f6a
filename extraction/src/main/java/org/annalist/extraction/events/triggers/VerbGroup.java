package org.annalist.extraction.events.triggers;

import java.util.Locale;
import java.util.Set;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;

/**
 * The rules that give an event's tense, aspect, polarity and modality from its verb group (the
 * auxiliaries, modals, {@code to}, negations and adverbs just before the trigger); the rules are
 * listed in {@link EventRecognizer}'s documentation. Stateless and thread-safe.
 */
final class VerbGroup {

  /** How far back the group may reach. */
  static final int REACH = 6;

  private static final Set<String> MODALS =
      Set.of("would", "could", "may", "might", "must", "should", "can", "ought");
  private static final Set<String> FUTURE = Set.of("will", "shall");
  private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nt");

  private VerbGroup() {}

  /**
   * The word an auxiliary stands for: the form lower-cased, without a {@code n't}, with the short
   * forms written out ({@code 'll} → {@code will}, {@code wo} → {@code will}, {@code 'd} → {@code
   * would}, {@code ca} → {@code can}, {@code 's} → its lemma).
   */
  static String auxWord(String lower, String lemma) {
    String w = lower;
    if (w.endsWith("n't") && w.length() > 3) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("n’t") && w.length() > 3) {
      w = w.substring(0, w.length() - 3);
    }
    return switch (w) {
      case "'ll", "wo", "ll" -> "will";
      case "'d" -> "would";
      case "ca" -> "can";
      case "sha" -> "shall";
      case "'s", "'re", "'m", "'ve" -> {
        int plus = lemma.indexOf('+');
        yield plus > 0 ? lemma.substring(0, plus) : lemma;
      }
      default -> w;
    };
  }

  /** {@return the index of the AUX part of a tag such as AUX, AUX+PART or PRON+AUX, or -1} */
  private static int auxPart(String tag) {
    if (tag.equals("AUX")) {
      return 0;
    }
    String[] parts = tag.split("\\+");
    for (int k = 0; k < parts.length; k++) {
      if (parts[k].equals("AUX")) {
        return k;
      }
    }
    return -1;
  }

  /** {@return the clitic of a word such as they're or we'll ('re, 'll), or the word} */
  private static String clitic(String lower) {
    int apostrophe = lower.lastIndexOf('\'');
    return apostrophe > 0 ? lower.substring(apostrophe) : lower;
  }

  /** {@return the auxiliary's form as the tense rules read it: was, is, had, has, be...} */
  private static String finiteForm(String form, String base) {
    String w = form.endsWith("n't") && form.length() > 3 ? form.substring(0, form.length() - 3)
        : form;
    return switch (w) {
      case "'s" -> base.equals("have") ? "has" : "is";
      case "'re" -> "are";
      case "'m" -> "am";
      case "'ve" -> "have";
      case "'d" -> base.equals("have") ? "had" : "would";
      case "'ll" -> "will";
      default -> w;
    };
  }

  static boolean isNegation(String lower, String lemma) {
    return NEGATIONS.contains(lower) || NEGATIONS.contains(lemma) || lower.endsWith("n't");
  }

  /** {@return the attributes of the event whose trigger is token {@code i} of {@code s}} */
  static EventAttributes attributes(EventFeatures.Sentence s, int i, EventClass eventClass) {
    String tag = s.tags[i];
    boolean verbal = tag.startsWith("VERB") || tag.startsWith("AUX");
    // the group, scanned leftwards
    String firstAux = null; // the leftmost auxiliary or "to"
    boolean have = false;
    boolean be = false;
    boolean beingAux = false;
    boolean future = false;
    boolean negative = false;
    String modal = null;
    String nearestAux = null;
    for (int j = i - 1; j >= 0 && j >= i - REACH; j--) {
      String t = s.tags[j];
      String lower = s.lower[j];
      String lemma = s.lemmas[j];
      int part = auxPart(t);
      if (part >= 0) {
        // an auxiliary, alone (AUX), negated (AUX+PART) or after its subject (PRON+AUX)
        String[] lemmas = lemma.split("\\+");
        String base = part < lemmas.length ? lemmas[part] : lemma;
        String form = part == 0 ? lower : clitic(lower);
        String w = auxWord(form, base);
        if (t.contains("PART") || lower.endsWith("n't")) {
          negative = true;
        }
        if (FUTURE.contains(w) || FUTURE.contains(base)) {
          future = true;
        } else if (MODALS.contains(w)) {
          modal = modal == null ? w : modal;
        } else if (base.equals("have")) {
          have = true;
        } else if (base.equals("be")) {
          if (nearestAux == null) {
            be = true;
            beingAux = form.equals("being");
          }
        } else if (!base.equals("do")) {
          break;
        }
        if (nearestAux == null) {
          nearestAux = base;
        }
        firstAux = finiteForm(form, base);
        if (part > 0) {
          break;
        }
      } else if (t.equals("PART") && lemma.equals("to")) {
        firstAux = "to";
        break;
      } else if (isNegation(lower, lemma)) {
        negative = true;
      } else if (!t.equals("ADV")) {
        if (!verbal && t.equals("DET") && lemma.equals("no")) {
          negative = true;
        }
        break;
      }
    }
    String lower = s.lower[i];
    String lemma = s.lemmas[i];
    EventTense tense = EventTense.NONE;
    EventAspect aspect = EventAspect.NONE;
    if (verbal || (firstAux != null && (tag.equals("ADJ") || tag.equals("ADV")))) {
      boolean ing = lower.endsWith("ing") && !lemma.endsWith("ing");
      boolean participle = !ing && !lower.equals(lemma) && !isPresentS(lower, lemma);
      boolean perfect = have && (!ing || be);
      boolean progressive = be && ing || beingAux && participle;
      if (perfect && progressive) {
        aspect = EventAspect.PERFECTIVE_PROGRESSIVE;
      } else if (perfect) {
        aspect = EventAspect.PERFECTIVE;
      } else if (progressive) {
        aspect = EventAspect.PROGRESSIVE;
      }
      if (future) {
        tense = EventTense.FUTURE;
      } else if (modal != null) {
        tense = EventTense.NONE;
      } else if ("to".equals(firstAux)) {
        tense = EventTense.INFINITIVE;
      } else if (firstAux != null) {
        tense = PAST_FORMS.contains(firstAux) ? EventTense.PAST : EventTense.PRESENT;
        if (firstAux.equals("be") || firstAux.equals("been") || firstAux.equals("being")) {
          tense = EventTense.NONE;
        }
      } else if (ing) {
        tense = EventTense.PRESPART;
      } else if (lower.equals(lemma) || isPresentS(lower, lemma)) {
        tense = EventTense.PRESENT;
      } else {
        tense = pastOrParticiple(s, i);
      }
    }
    return new EventAttributes(eventClass, tense, aspect,
        negative ? Polarity.NEG : Polarity.POS, modal);
  }

  private static boolean isPresentS(String lower, String lemma) {
    return lower.equals(lemma + "s") || lower.equals(lemma + "es")
        || (lemma.endsWith("y") && lower.equals(lemma.substring(0, lemma.length() - 1) + "ies"))
        || lower.equals("is") || lower.equals("has") || lower.equals("does");
  }

  /** A past form with no auxiliary: a participle after a determiner or preposition, else past. */
  private static EventTense pastOrParticiple(EventFeatures.Sentence s, int i) {
    if (i == 0) {
      return EventTense.PAST;
    }
    String prev = s.tags[i - 1];
    if (prev.equals("DET") || prev.equals("ADP")) {
      return EventTense.PASTPART;
    }
    return EventTense.PAST;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
