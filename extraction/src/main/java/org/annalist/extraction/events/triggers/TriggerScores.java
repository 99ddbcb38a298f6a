package org.annalist.extraction.events.triggers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annalist.model.EventAttributes;
import org.annalist.model.Token;

/**
 * The figures of an event recogniser against gold events, in the manner of TempEval-3 Task B:
 * extent precision, recall and F1, strict (the trigger token's characters are the EVENT's) and
 * relaxed (they overlap; one gold event matches at most one found event); for the class and each
 * attribute, the accuracy over the relaxed matches and the attribute F1 (accuracy × relaxed F1).
 * Modality matches when both have none or both the same word.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TriggerScores scores = TriggerScores.score(recognizer, EventCorpus.read(dirs, text));
 * System.out.print(scores.toTable());
 * }</pre>
 *
 * @param gold the number of gold events
 * @param found the number of events found
 * @param relaxed relaxed matches
 * @param strict strict matches
 * @param classCorrect relaxed matches with the right class
 * @param tenseCorrect relaxed matches with the right tense
 * @param aspectCorrect relaxed matches with the right aspect
 * @param polarityCorrect relaxed matches with the right polarity
 * @param modalityCorrect relaxed matches with the right modality
 */
public record TriggerScores(
    int gold, int found, int relaxed, int strict, int classCorrect, int tenseCorrect,
    int aspectCorrect, int polarityCorrect, int modalityCorrect) {

  /**
   * Checks the components.
   *
   * @param gold the number of gold events
   * @param found the number of events found
   * @param relaxed relaxed matches
   * @param strict strict matches
   * @param classCorrect relaxed matches with the right class
   * @param tenseCorrect relaxed matches with the right tense
   * @param aspectCorrect relaxed matches with the right aspect
   * @param polarityCorrect relaxed matches with the right polarity
   * @param modalityCorrect relaxed matches with the right modality
   * @throws IllegalArgumentException if a count is negative or the matches exceed the events
   */
  public TriggerScores {
    if (gold < 0 || found < 0 || relaxed < 0 || strict < 0 || classCorrect < 0
        || tenseCorrect < 0 || aspectCorrect < 0 || polarityCorrect < 0 || modalityCorrect < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (relaxed > Math.min(gold, found) || strict > relaxed) {
      throw new IllegalArgumentException("more matches than events");
    }
  }

  /**
   * Scores {@code recognizer} on the sentences of {@code corpus}.
   *
   * @param recognizer the recogniser
   * @param corpus the gold events
   * @return the figures
   */
  public static TriggerScores score(EventRecognizer recognizer, EventCorpus corpus) {
    Objects.requireNonNull(recognizer, "recognizer");
    int gold = 0;
    int found = 0;
    int[] counts = new int[7];
    for (EventCorpus.Sentence s : corpus.sentences()) {
      List<RecognizedEvent> events = recognizer.recognize(s.tokens());
      gold += s.events().size();
      found += events.size();
      match(s, events, counts);
    }
    return new TriggerScores(gold, found, counts[0], counts[1], counts[2], counts[3], counts[4],
        counts[5], counts[6]);
  }

  private static void match(EventCorpus.Sentence s, List<RecognizedEvent> events, int[] counts) {
    boolean[] used = new boolean[s.events().size()];
    for (RecognizedEvent e : events) {
      Token token = s.tokens().get(e.token());
      for (int g = 0; g < used.length; g++) {
        EventCorpus.GoldEvent gold = s.events().get(g);
        if (used[g] || e.token() < gold.first() || e.token() > gold.last()) {
          continue;
        }
        used[g] = true;
        counts[0]++;
        if (token.span().begin() == gold.span().begin()
            && token.span().end() == gold.span().end()) {
          counts[1]++;
        }
        EventAttributes a = e.attributes();
        EventAttributes b = gold.attributes();
        counts[2] += a.eventClass() == b.eventClass() ? 1 : 0;
        counts[3] += a.tense() == b.tense() ? 1 : 0;
        counts[4] += a.aspect() == b.aspect() ? 1 : 0;
        counts[5] += a.polarity() == b.polarity() ? 1 : 0;
        counts[6] += Objects.equals(a.modality(), b.modality()) ? 1 : 0;
        break;
      }
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** {@return relaxed precision} */
  public double relaxedPrecision() {
    return ratio(relaxed, found);
  }

  /** {@return relaxed recall} */
  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  /** {@return relaxed F1} */
  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** {@return strict precision} */
  public double strictPrecision() {
    return ratio(strict, found);
  }

  /** {@return strict recall} */
  public double strictRecall() {
    return ratio(strict, gold);
  }

  /** {@return strict F1} */
  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  /** {@return class accuracy over the relaxed matches} */
  public double classAccuracy() {
    return ratio(classCorrect, relaxed);
  }

  /** {@return class F1: class accuracy × relaxed F1, as TempEval-3} */
  public double classF1() {
    return classAccuracy() * relaxedF1();
  }

  /** {@return the figures as a plain-text table, one measure a line} */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "gold %d, found %d, relaxed matches %d, strict %d%n",
        gold, found, relaxed, strict));
    b.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s%n", "extent", "P", "R", "F1"));
    b.append(String.format(Locale.ROOT, "%-10s %7.2f %7.2f %7.2f%n", "relaxed",
        100 * relaxedPrecision(), 100 * relaxedRecall(), 100 * relaxedF1()));
    b.append(String.format(Locale.ROOT, "%-10s %7.2f %7.2f %7.2f%n", "strict",
        100 * strictPrecision(), 100 * strictRecall(), 100 * strictF1()));
    b.append(String.format(Locale.ROOT, "%-10s %7s %7s%n", "attribute", "acc", "F1"));
    row(b, "class", classCorrect);
    row(b, "tense", tenseCorrect);
    row(b, "aspect", aspectCorrect);
    row(b, "polarity", polarityCorrect);
    row(b, "modality", modalityCorrect);
    return b.toString();
  }

  private void row(StringBuilder b, String name, int correct) {
    double accuracy = ratio(correct, relaxed);
    b.append(String.format(Locale.ROOT, "%-10s %7.2f %7.2f%n", name, 100 * accuracy,
        100 * accuracy * relaxedF1()));
  }
}
