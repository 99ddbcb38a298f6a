package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * What one rule (or rule combination) of the entity stage did against the name model alone, over
 * the names of the scored types: how many mentions it produced, how many of them are in the gold,
 * how many gold names it got right that the model alone missed or mistyped ({@code fixed}), and how
 * many gold names the model alone had right that the stage lost to a wrong mention of this rule
 * ({@code broken}). The row {@link #DROPPED} counts the model's right names the stage dropped with
 * nothing in their place. {@link ConllStageEvaluation#ruleEffects} and {@link
 * MeantimeStageEvaluation#ruleEffects} count them on CoNLL-2003 and MEANTIME.
 *
 * @param rule the provenance rule
 * @param found the stage's mentions from this rule
 * @param correct those that are in the gold (same tokens, same type)
 * @param fixed gold names it got right that the model alone did not
 * @param broken gold names the model alone had right, lost to this rule's wrong mentions
 */
public record RuleEffect(String rule, int found, int correct, int fixed, int broken) {

  /** The rule name of the names the stage dropped outright. */
  public static final String DROPPED = "(dropped)";

  /**
   * Checks the counts.
   *
   * @param rule the provenance rule
   * @param found the stage's mentions from this rule
   * @param correct those that are in the gold
   * @param fixed gold names it got right that the model alone did not
   * @param broken gold names the model alone had right, lost to this rule's wrong mentions
   * @throws IllegalArgumentException if a count is negative or {@code correct > found}
   */
  public RuleEffect {
    Objects.requireNonNull(rule, "rule");
    if (found < 0 || correct < 0 || fixed < 0 || broken < 0 || correct > found) {
      throw new IllegalArgumentException("rule " + rule + ": impossible counts " + found
          + "/" + correct + "/" + fixed + "/" + broken);
    }
  }

  /** {@return fixed minus broken: the F1-relevant net gain of the rule over the model} */
  public int net() {
    return fixed - broken;
  }

  /**
   * {@return the effects as a text table, one row per rule, with a header naming what was scored}
   *
   * @param effects the effects, in the order to print
   * @param scored what the counts are over, e.g. {@code PER/ORG/LOC}
   */
  public static String toTable(List<RuleEffect> effects, String scored) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-60s %6s %7s %6s %6s %5s%n",
        "rule (" + scored + " against the model alone)", "found", "correct", "fixed", "broken",
        "net"));
    for (RuleEffect e : effects) {
      out.append(String.format(Locale.ROOT, "%-60s %6d %7d %6d %6d %+5d%n",
          e.rule(), e.found(), e.correct(), e.fixed(), e.broken(), e.net()));
    }
    return out.toString();
  }

  /**
   * Counts rule effects unit by unit (a sentence, a document). Not thread-safe.
   *
   * @param <N> a typed name: equal names have the same span and type
   */
  static final class Tally<N> {

    private final BiPredicate<N, N> overlap;
    private final Map<String, int[]> counts = new TreeMap<>();

    /** A tally whose names overlap when {@code overlap} says so. */
    Tally(BiPredicate<N, N> overlap) {
      this.overlap = Objects.requireNonNull(overlap, "overlap");
    }

    /**
     * Adds one unit: its gold names, the model's alone, and the stage's with their rules. A gold
     * name the model had right and the stage lost is blamed on the first stage name over it.
     */
    void add(Set<N> gold, Set<N> model, Map<N, String> stage) {
      stage.forEach((name, rule) -> {
        int[] c = counts.computeIfAbsent(rule, r -> new int[4]);
        c[0]++;
        if (gold.contains(name)) {
          c[1]++;
          if (!model.contains(name)) {
            c[2]++;
          }
        }
      });
      for (N lost : gold) {
        if (!model.contains(lost) || stage.containsKey(lost)) {
          continue;
        }
        String rule = DROPPED;
        for (Map.Entry<N, String> f : stage.entrySet()) {
          if (overlap.test(f.getKey(), lost)) {
            rule = f.getValue();
            break;
          }
        }
        counts.computeIfAbsent(rule, r -> new int[4])[3]++;
      }
    }

    /** {@return the effects, most harmful first (lowest net), then by rule} */
    List<RuleEffect> effects() {
      List<RuleEffect> effects = new ArrayList<>();
      counts.forEach((rule, c) -> effects.add(new RuleEffect(rule, c[0], c[1], c[2], c[3])));
      effects.sort(Comparator.comparingInt(RuleEffect::net).thenComparing(RuleEffect::rule));
      return effects;
    }
  }
}
