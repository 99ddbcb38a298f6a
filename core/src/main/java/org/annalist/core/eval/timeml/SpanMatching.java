package org.annalist.core.eval.timeml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.annalist.model.Span;

/**
 * The one-to-one matching of gold and system annotations that the TempEval-3 measures count: first
 * every pair with the same span (in order), then a maximum matching of the remaining annotations
 * whose spans overlap, preferring the larger overlap and then the earlier system annotation.
 * Stateless; used by {@link TimexScorer} and {@link EventScorer}.
 */
final class SpanMatching {

  private SpanMatching() {}

  /**
   * Matches the spans one to one.
   *
   * @param gold the gold spans, sorted
   * @param system the system spans, sorted, in the same text's coordinates
   * @return for each gold span, the index of its system span, or -1 when it has none
   */
  static int[] match(List<Span> gold, List<Span> system) {
    int[] goldMatch = new int[gold.size()];
    int[] systemMatch = new int[system.size()];
    Arrays.fill(goldMatch, -1);
    Arrays.fill(systemMatch, -1);
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < system.size(); j++) {
        if (systemMatch[j] < 0 && same(gold.get(i), system.get(j))) {
          goldMatch[i] = j;
          systemMatch[j] = i;
          break;
        }
      }
    }
    List<List<Integer>> candidates = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      List<Integer> overlapping = new ArrayList<>();
      if (goldMatch[i] < 0) {
        Span g = gold.get(i);
        for (int j = 0; j < system.size(); j++) {
          if (systemMatch[j] < 0 && overlaps(g, system.get(j))) {
            overlapping.add(j);
          }
        }
        overlapping.sort(Comparator.comparingInt((Integer j) -> -overlap(g, system.get(j)))
            .thenComparingInt(j -> j));
      }
      candidates.add(overlapping);
    }
    for (int i = 0; i < gold.size(); i++) {
      if (goldMatch[i] < 0 && !candidates.get(i).isEmpty()) {
        augment(i, candidates, goldMatch, systemMatch, new boolean[system.size()]);
      }
    }
    return goldMatch;
  }

  /** Kuhn's augmenting path from gold {@code i}; only relaxed candidates take part. */
  private static boolean augment(
      int i, List<List<Integer>> candidates, int[] goldMatch, int[] systemMatch,
      boolean[] visited) {
    for (int j : candidates.get(i)) {
      if (visited[j]) {
        continue;
      }
      visited[j] = true;
      if (systemMatch[j] < 0
          || augment(systemMatch[j], candidates, goldMatch, systemMatch, visited)) {
        goldMatch[i] = j;
        systemMatch[j] = i;
        return true;
      }
    }
    return false;
  }

  /** Whether the two spans have the same offsets. */
  static boolean same(Span a, Span b) {
    return a.begin() == b.begin() && a.end() == b.end();
  }

  /** Whether the two spans share a character (an empty span: lies strictly inside the other). */
  static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  /** The number of characters the two spans share. */
  private static int overlap(Span a, Span b) {
    return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
  }
}
