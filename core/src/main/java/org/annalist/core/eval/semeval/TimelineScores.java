package org.annalist.core.eval.semeval;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The scores of {@link TimelineScorer}: the counts of every timeline by name and their sum, from
 * which the micro-averaged precision, recall and F1 of the corpus come, as the task's official
 * figures do. Immutable and thread-safe.
 *
 * @param timelines the counts of each timeline, by name (the gold file's name)
 * @param overall the sum of the counts, the micro-average
 */
public record TimelineScores(Map<String, TimelineCounts> timelines, TimelineCounts overall) {

  /**
   * Checks and copies the components.
   *
   * @param timelines the counts of each timeline, by name
   * @param overall the sum of the counts
   * @throws IllegalArgumentException if the overall counts are not the sum of the timelines'
   */
  public TimelineScores {
    timelines = Map.copyOf(Objects.requireNonNull(timelines, "timelines"));
    Objects.requireNonNull(overall, "overall");
    TimelineCounts sum = timelines.values().stream()
        .reduce(TimelineCounts.EMPTY, TimelineCounts::plus);
    if (!sum.equals(overall)) {
      throw new IllegalArgumentException("overall " + overall + " is not the sum " + sum);
    }
  }

  /**
   * A table of the scores, one timeline a line in name order, then the micro-average: the
   * reduced relations of gold and system, the matched ones, and P, R and F1 in percent.
   *
   * @return the table, each line ending with {@code \n}
   */
  public String toTable() {
    Map<String, TimelineCounts> sorted = new TreeMap<>(timelines);
    int width = Math.max("micro-average".length(),
        sorted.keySet().stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s %6s %6s %7s %7s %7s %7s %7s%n";
    String numbers = "%-" + width + "s %6d %6d %7d %7d %7.2f %7.2f %7.2f%n";
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, row, "timeline", "gold",
        "sys", "sys-ok", "gold-ok", "P", "R", "F1"));
    sorted.forEach((name, c) -> out.append(line(numbers, name, c)));
    out.append(line(numbers, "micro-average", overall));
    return out.toString();
  }

  private static String line(String format, String name, TimelineCounts c) {
    return String.format(Locale.ROOT, format, name, c.gold(), c.system(), c.systemMatched(),
        c.goldMatched(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }
}
