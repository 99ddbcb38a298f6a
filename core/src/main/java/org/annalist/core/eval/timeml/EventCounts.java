package org.annalist.core.eval.timeml;

import java.util.Locale;
import java.util.Objects;

/**
 * The counts behind the TempEval-3 EVENT measures (Task B), for one document or a whole set, and
 * the measures computed from them (UzZaman et al. 2013, section 4.1).
 *
 * <ul>
 *   <li>strict extent: a system EVENT matches a gold one with exactly the same span;
 *   <li>relaxed extent: the spans share at least one character, each EVENT matched at most once;
 *   <li>attribute accuracy: the share of relaxed matches whose {@link Attribute} agrees;
 *   <li>attribute F1: accuracy times relaxed F1, as the TempEval-3 toolkit computes it (the F1 of
 *       counting a match only when it is relaxed and the attribute agrees).
 * </ul>
 *
 * <p>A ratio whose denominator is 0 is 1.0 when gold and system are both empty (nothing to get
 * wrong) and 0.0 otherwise. Immutable and thread-safe.
 *
 * <pre>{@code
 * EventCounts c = new EventCounts(4, 3, 2, 3, 3, 2, 3, 3, 3);
 * c.relaxedF1();                           // 0.857 (P 3/3, R 3/4)
 * c.f1(EventCounts.Attribute.TENSE);       // 0.571 (accuracy 2/3 times 0.857)
 * }</pre>
 *
 * @param gold gold EVENTs
 * @param system system EVENTs
 * @param strict strict extent matches
 * @param relaxed relaxed extent matches (including the strict ones)
 * @param classCorrect relaxed matches with the same class
 * @param tenseCorrect relaxed matches with the same tense
 * @param aspectCorrect relaxed matches with the same aspect
 * @param polarityCorrect relaxed matches with the same polarity
 * @param modalityCorrect relaxed matches with the same modality
 */
public record EventCounts(
    int gold, int system, int strict, int relaxed, int classCorrect, int tenseCorrect,
    int aspectCorrect, int polarityCorrect, int modalityCorrect) {

  /** No EVENTs at all. */
  public static final EventCounts EMPTY = new EventCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * The event attributes TempEval-3 scores, and when a gold and a system EVENT agree on one: when
   * both are absent or both are the same value; modalities are compared ignoring case. Immutable
   * and thread-safe.
   */
  public enum Attribute {
    /** The EVENT's {@code class}. */
    CLASS,
    /** The MAKEINSTANCE's {@code tense}. */
    TENSE,
    /** The MAKEINSTANCE's {@code aspect}. */
    ASPECT,
    /** The MAKEINSTANCE's {@code polarity}. */
    POLARITY,
    /** The MAKEINSTANCE's {@code modality}, ignoring case ({@code WOULD} is {@code would}). */
    MODALITY;

    /**
     * {@return whether the two events agree on this attribute}
     *
     * @param gold a gold event
     * @param system a system event
     */
    public boolean agrees(TimemlEvent gold, TimemlEvent system) {
      return switch (this) {
        case CLASS -> gold.eventClass() == system.eventClass();
        case TENSE -> gold.tense() == system.tense();
        case ASPECT -> gold.aspect() == system.aspect();
        case POLARITY -> gold.polarity() == system.polarity();
        case MODALITY -> gold.modality() == null
            ? system.modality() == null
            : gold.modality().equalsIgnoreCase(Objects.requireNonNullElse(system.modality(), ""));
      };
    }

    /** {@return the name in lower case, as in a table: {@code class}, {@code tense}...} */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the counts.
   *
   * @param gold gold EVENTs
   * @param system system EVENTs
   * @param strict strict extent matches
   * @param relaxed relaxed extent matches (including the strict ones)
   * @param classCorrect relaxed matches with the same class
   * @param tenseCorrect relaxed matches with the same tense
   * @param aspectCorrect relaxed matches with the same aspect
   * @param polarityCorrect relaxed matches with the same polarity
   * @param modalityCorrect relaxed matches with the same modality
   * @throws IllegalArgumentException if a count is negative or they are inconsistent (more strict
   *     than relaxed matches, more relaxed matches than gold or system EVENTs, more correct
   *     attributes than relaxed matches)
   */
  public EventCounts {
    int[] attributes = {classCorrect, tenseCorrect, aspectCorrect, polarityCorrect,
        modalityCorrect};
    boolean negative = gold < 0 || system < 0 || strict < 0;
    boolean inconsistent = strict > relaxed || relaxed > Math.min(gold, system);
    for (int a : attributes) {
      negative |= a < 0;
      inconsistent |= a > relaxed;
    }
    if (negative || inconsistent) {
      throw new IllegalArgumentException((negative ? "counts cannot be negative: "
          : "inconsistent counts: ") + "gold " + gold + ", system " + system + ", strict "
          + strict + ", relaxed " + relaxed + ", class " + classCorrect + ", tense "
          + tenseCorrect + ", aspect " + aspectCorrect + ", polarity " + polarityCorrect
          + ", modality " + modalityCorrect);
    }
  }

  /**
   * {@return the sum of two counts}, as for two documents scored together
   *
   * @param other the counts to add
   */
  public EventCounts plus(EventCounts other) {
    return new EventCounts(
        gold + other.gold, system + other.system, strict + other.strict,
        relaxed + other.relaxed, classCorrect + other.classCorrect,
        tenseCorrect + other.tenseCorrect, aspectCorrect + other.aspectCorrect,
        polarityCorrect + other.polarityCorrect, modalityCorrect + other.modalityCorrect);
  }

  /** {@return strict matches over system EVENTs} */
  public double strictPrecision() {
    return ratio(strict, system);
  }

  /** {@return strict matches over gold EVENTs} */
  public double strictRecall() {
    return ratio(strict, gold);
  }

  /** {@return the F1 of strict precision and recall} */
  public double strictF1() {
    return Measures.f1(strictPrecision(), strictRecall());
  }

  /** {@return relaxed matches over system EVENTs} */
  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  /** {@return relaxed matches over gold EVENTs} */
  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  /** {@return the F1 of relaxed precision and recall} */
  public double relaxedF1() {
    return Measures.f1(relaxedPrecision(), relaxedRecall());
  }

  /**
   * {@return the relaxed matches that agree on the attribute}
   *
   * @param attribute an attribute
   */
  public int correct(Attribute attribute) {
    return switch (attribute) {
      case CLASS -> classCorrect;
      case TENSE -> tenseCorrect;
      case ASPECT -> aspectCorrect;
      case POLARITY -> polarityCorrect;
      case MODALITY -> modalityCorrect;
    };
  }

  /**
   * {@return relaxed matches that agree on the attribute, over relaxed matches}
   *
   * @param attribute an attribute
   */
  public double accuracy(Attribute attribute) {
    return ratio(correct(attribute), relaxed);
  }

  /**
   * {@return the attribute's accuracy times relaxed F1: TempEval-3's attribute F1 ("class F1")}
   *
   * @param attribute an attribute
   */
  public double f1(Attribute attribute) {
    return accuracy(attribute) * relaxedF1();
  }

  private double ratio(int numerator, int denominator) {
    return Measures.ratio(numerator, denominator, gold == 0 && system == 0);
  }
}
