package org.annalist.core.eval.semeval;

/**
 * The temporal-awareness counts of one timeline, or of several summed (micro-average). Precision
 * is the share of the system's reduced relations that the gold closure holds, recall the share of
 * the gold's reduced relations that the system closure holds; both are 0 with nothing to divide.
 * Immutable and thread-safe.
 *
 * @param gold how many relations the gold's reduced graph has
 * @param system how many relations the system's reduced graph has
 * @param systemMatched how many of the system's reduced relations the gold closure holds
 * @param goldMatched how many of the gold's reduced relations the system closure holds
 */
public record TimelineCounts(int gold, int system, int systemMatched, int goldMatched) {

  /** No relations. */
  public static final TimelineCounts EMPTY = new TimelineCounts(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param gold how many relations the gold's reduced graph has
   * @param system how many relations the system's reduced graph has
   * @param systemMatched how many of the system's reduced relations the gold closure holds
   * @param goldMatched how many of the gold's reduced relations the system closure holds
   * @throws IllegalArgumentException naming the count if one is negative or a matched count
   *     exceeds its total
   */
  public TimelineCounts {
    if (gold < 0 || system < 0 || systemMatched < 0 || goldMatched < 0) {
      throw new IllegalArgumentException("counts must be >= 0: gold " + gold + ", system "
          + system + ", matched " + systemMatched + " and " + goldMatched);
    }
    if (systemMatched > system || goldMatched > gold) {
      throw new IllegalArgumentException("matched " + systemMatched + " of " + system
          + " system and " + goldMatched + " of " + gold + " gold relations");
    }
  }

  /**
   * Adds two counts.
   *
   * @param other the other counts
   * @return the sums
   */
  public TimelineCounts plus(TimelineCounts other) {
    return new TimelineCounts(gold + other.gold, system + other.system,
        systemMatched + other.systemMatched, goldMatched + other.goldMatched);
  }

  /** {@return systemMatched / system, 0 without system relations} */
  public double precision() {
    return system == 0 ? 0 : (double) systemMatched / system;
  }

  /** {@return goldMatched / gold, 0 without gold relations} */
  public double recall() {
    return gold == 0 ? 0 : (double) goldMatched / gold;
  }

  /** {@return the harmonic mean of precision and recall, 0 when both are 0} */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
