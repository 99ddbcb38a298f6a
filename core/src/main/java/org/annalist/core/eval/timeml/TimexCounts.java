package org.annalist.core.eval.timeml;

/**
 * The counts behind the TempEval-3 TIMEX3 measures, for one document or a whole set, and the
 * measures computed from them (UzZaman et al. 2013, section 4.1).
 *
 * <ul>
 *   <li>strict extent: a system TIMEX3 matches a gold one with exactly the same span;
 *   <li>relaxed extent: the spans share at least one character, each TIMEX3 matched at most once;
 *   <li>type and value accuracy: the share of relaxed matches with the same type (value);
 *   <li>type and value F1: F1 counting a match only when it is relaxed and the type (value) is the
 *       same; equal to accuracy times relaxed F1 (TempEval-3's "value F1").
 * </ul>
 *
 * <p>A ratio whose denominator is 0 is 1.0 when gold and system are both empty (nothing to get
 * wrong) and 0.0 otherwise. Immutable and thread-safe.
 *
 * @param gold gold TIMEX3s (the creation time excluded)
 * @param system system TIMEX3s (the creation time excluded)
 * @param strict strict extent matches
 * @param relaxed relaxed extent matches (including the strict ones)
 * @param typeCorrect relaxed matches with the same type
 * @param valueCorrect relaxed matches with the same value
 */
public record TimexCounts(
    int gold, int system, int strict, int relaxed, int typeCorrect, int valueCorrect) {

  /** No TIMEX3s at all. */
  public static final TimexCounts EMPTY = new TimexCounts(0, 0, 0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param gold gold TIMEX3s (the creation time excluded)
   * @param system system TIMEX3s (the creation time excluded)
   * @param strict strict extent matches
   * @param relaxed relaxed extent matches (including the strict ones)
   * @param typeCorrect relaxed matches with the same type
   * @param valueCorrect relaxed matches with the same value
   * @throws IllegalArgumentException if a count is negative or they are inconsistent (more strict
   *     than relaxed matches, more relaxed matches than gold or system TIMEX3s...)
   */
  public TimexCounts {
    if (gold < 0 || system < 0 || strict < 0 || typeCorrect < 0 || valueCorrect < 0) {
      throw new IllegalArgumentException("counts cannot be negative: " + describe(
          gold, system, strict, relaxed, typeCorrect, valueCorrect));
    }
    if (strict > relaxed || relaxed > Math.min(gold, system) || typeCorrect > relaxed
        || valueCorrect > relaxed) {
      throw new IllegalArgumentException("inconsistent counts: " + describe(
          gold, system, strict, relaxed, typeCorrect, valueCorrect));
    }
  }

  private static String describe(int g, int s, int st, int r, int t, int v) {
    return "gold " + g + ", system " + s + ", strict " + st + ", relaxed " + r + ", type " + t
        + ", value " + v;
  }

  /**
   * {@return the sum of two counts}, as for two documents scored together
   *
   * @param other the counts to add
   */
  public TimexCounts plus(TimexCounts other) {
    return new TimexCounts(
        gold + other.gold, system + other.system, strict + other.strict,
        relaxed + other.relaxed, typeCorrect + other.typeCorrect,
        valueCorrect + other.valueCorrect);
  }

  /** {@return strict matches over system TIMEX3s} */
  public double strictPrecision() {
    return ratio(strict, system);
  }

  /** {@return strict matches over gold TIMEX3s} */
  public double strictRecall() {
    return ratio(strict, gold);
  }

  /** {@return the F1 of strict precision and recall} */
  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  /** {@return relaxed matches over system TIMEX3s} */
  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  /** {@return relaxed matches over gold TIMEX3s} */
  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  /** {@return the F1 of relaxed precision and recall} */
  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** {@return relaxed matches with the right type, over relaxed matches} */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  /** {@return relaxed matches with the right value, over relaxed matches} */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** {@return the F1 of relaxed matches with the right type} */
  public double typeF1() {
    return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
  }

  /** {@return the F1 of relaxed matches with the right value: TempEval-3's "value F1"} */
  public double valueF1() {
    return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
  }

  private double ratio(int numerator, int denominator) {
    return Measures.ratio(numerator, denominator, gold == 0 && system == 0);
  }

  private static double f1(double precision, double recall) {
    return Measures.f1(precision, recall);
  }
}
