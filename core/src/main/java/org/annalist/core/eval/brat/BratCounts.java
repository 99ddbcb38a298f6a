package org.annalist.core.eval.brat;

/**
 * The counts behind the attribution measures of {@link BratScorer}, for one document or a whole
 * set, for all attributions or for direct quotations alone, and the measures computed from them:
 *
 * <ul>
 *   <li>content precision, recall and F1: matched pairs over system claims, over gold
 *       attributions, and their harmonic mean;
 *   <li>source accuracy: the share of matched pairs whose sources overlap or are both absent;
 *   <li>cue accuracy: the share of matched pairs whose cues overlap.
 * </ul>
 *
 * <p>A ratio whose denominator is 0 is 1.0 when gold and system are both empty (nothing to get
 * wrong) and 0.0 otherwise. Immutable and thread-safe.
 *
 * @param gold gold attributions scored (those with content)
 * @param system system claims scored
 * @param matched matched pairs
 * @param sourceCorrect matched pairs whose sources agree
 * @param cueCorrect matched pairs whose cues overlap
 */
public record BratCounts(int gold, int system, int matched, int sourceCorrect, int cueCorrect) {

  /** No attributions at all. */
  public static final BratCounts EMPTY = new BratCounts(0, 0, 0, 0, 0);

  /**
   * Checks that the counts are consistent.
   *
   * @param gold gold attributions scored
   * @param system system claims scored
   * @param matched matched pairs, at most {@code gold} and {@code system}
   * @param sourceCorrect matched pairs whose sources agree, at most {@code matched}
   * @param cueCorrect matched pairs whose cues overlap, at most {@code matched}
   * @throws IllegalArgumentException naming the counts if one is negative or they are inconsistent
   */
  public BratCounts {
    if (gold < 0 || system < 0 || matched < 0 || sourceCorrect < 0 || cueCorrect < 0
        || matched > Math.min(gold, system) || sourceCorrect > matched || cueCorrect > matched) {
      throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", system " + system
          + ", matched " + matched + ", source " + sourceCorrect + ", cue " + cueCorrect);
    }
  }

  /**
   * The sum of two counts.
   *
   * @param other the counts to add
   * @return the sums
   */
  public BratCounts plus(BratCounts other) {
    return new BratCounts(gold + other.gold, system + other.system, matched + other.matched,
        sourceCorrect + other.sourceCorrect, cueCorrect + other.cueCorrect);
  }

  /**
   * Content precision.
   *
   * @return matched pairs over system claims
   */
  public double precision() {
    return ratio(matched, system);
  }

  /**
   * Content recall.
   *
   * @return matched pairs over gold attributions
   */
  public double recall() {
    return ratio(matched, gold);
  }

  /**
   * Content F1.
   *
   * @return the harmonic mean of precision and recall, 0 when both are 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /**
   * Source accuracy.
   *
   * @return matched pairs whose sources agree, over matched pairs
   */
  public double sourceAccuracy() {
    return ratio(sourceCorrect, matched);
  }

  /**
   * Cue accuracy.
   *
   * @return matched pairs whose cues overlap, over matched pairs
   */
  public double cueAccuracy() {
    return ratio(cueCorrect, matched);
  }

  private double ratio(int numerator, int denominator) {
    if (denominator == 0) {
      return gold == 0 && system == 0 ? 1.0 : 0.0;
    }
    return (double) numerator / denominator;
  }
}
