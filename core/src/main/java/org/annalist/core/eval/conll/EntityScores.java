package org.annalist.core.eval.conll;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level counts per type, from {@link EntityScorer}: for each type, the names found by both
 * the gold standard and the prediction with the same boundaries and type (true positives), those
 * only predicted (false positives) and those only in the gold standard (false negatives).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EntityScores scores = scorer.scores();
 * double f1 = scores.micro(Set.of("PER", "ORG", "LOC")).f1();
 * System.out.print(scores.toTable(Set.of("PER", "ORG", "LOC")));
 * }</pre>
 *
 * @param byType counts per type, sorted by type
 */
public record EntityScores(Map<String, Counts> byType) {

  /**
   * Copies the map, sorted by type.
   *
   * @param byType counts per type, sorted by type
   */
  public EntityScores {
    Objects.requireNonNull(byType, "byType");
    byType = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byType));
  }

  /**
   * {@return the counts of one type}, all zero if the type never occurred
   *
   * @param type a type as written in the tags, e.g. {@code PER}
   */
  public Counts of(String type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }

  /** {@return the micro-averaged counts over every type} */
  public Counts micro() {
    return micro(byType.keySet());
  }

  /**
   * {@return the micro-averaged counts over the given types}; types never seen count zero
   *
   * @param types the types, duplicates counted once
   */
  public Counts micro(Collection<String> types) {
    Counts sum = Counts.ZERO;
    for (String type : Set.copyOf(types)) {
      sum = sum.plus(of(type));
    }
    return sum;
  }

  /**
   * A plain-text table: one line per type, then "micro" over all types and, if {@code subset} is
   * not empty, a line for the micro average over it; columns gold, predicted, correct, P, R, F1 (in
   * percent).
   *
   * @param subset the types of the extra micro line, or empty for none
   * @return the table, lines ending with {@code %n}
   */
  public String toTable(Collection<String> subset) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %7s %7s %7s%n",
        "type", "gold", "found", "correct", "P", "R", "F1"));
    byType.forEach((type, counts) -> row(b, type, counts));
    row(b, "micro", micro());
    if (!subset.isEmpty()) {
      row(b, "micro " + String.join("/", subset), micro(subset));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String label, Counts c) {
    b.append(String.format(Locale.ROOT, "%-14s %7d %7d %7d %7.2f %7.2f %7.2f%n", label,
        c.gold(), c.predicted(), c.truePositives(), 100 * c.precision(), 100 * c.recall(),
        100 * c.f1()));
  }

  /**
   * Counts for one type or an average. Immutable and thread-safe.
   *
   * @param truePositives names predicted with the gold boundaries and type
   * @param falsePositives predicted names not in the gold standard
   * @param falseNegatives gold names not predicted
   */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    /** No names at all. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /**
     * Rejects negative counts.
     *
     * @param truePositives names predicted with the gold boundaries and type
     * @param falsePositives predicted names not in the gold standard
     * @param falseNegatives gold names not predicted
     */
    public Counts {
      if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException("negative count: tp=" + truePositives + " fp="
            + falsePositives + " fn=" + falseNegatives);
      }
    }

    /** {@return the number of names in the gold standard} */
    public int gold() {
      return truePositives + falseNegatives;
    }

    /** {@return the number of names predicted} */
    public int predicted() {
      return truePositives + falsePositives;
    }

    /** {@return correct over predicted, 0 if nothing was predicted} */
    public double precision() {
      return predicted() == 0 ? 0 : (double) truePositives / predicted();
    }

    /** {@return correct over gold, 0 if the gold standard has no names} */
    public double recall() {
      return gold() == 0 ? 0 : (double) truePositives / gold();
    }

    /** {@return the harmonic mean of precision and recall, 0 if both are 0} */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * {@return the sum of two counts}
     *
     * @param other the counts to add
     */
    public Counts plus(Counts other) {
      return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives);
    }
  }
}
