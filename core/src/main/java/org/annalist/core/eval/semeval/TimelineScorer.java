package org.annalist.core.eval.semeval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores system timelines against the gold timelines of SemEval-2015 Task 4 by temporal awareness
 * (UzZaman and Allen 2011), micro-averaged over the timelines, as the task's official evaluation
 * does.
 *
 * <p><b>What is followed, and from where.</b> The task's "Tools" page
 * (alt.qcri.org/semeval2015/task4/index.php?id=tools) says that the official script "relies
 * heavily on the TempEval-3 evaluation script", scores each timeline with the TempEval-3 relation
 * metric, returns the micro-averaged F1, and first turns each timeline into a graph: each time
 * anchor is a TIMEX3, each event is SIMULTANEOUS with its TIMEX3, an event that happens before
 * another is BEFORE it, events at the same time are SIMULTANEOUS. The TempEval-3 relation scorer
 * ({@code temporal_evaluation.py}, read in its public copy in the TempEval-3 tools) counts, per
 * file, the relations of the system's reduced graph that the gold closure verifies (precision) and
 * of the gold's reduced graph that the system closure verifies (recall), keeping relations that
 * contradict the graph (its "violated relations") among the reduced ones (matched when the other
 * file states the same relation, even if its closure does not hold it), and sums the four counts
 * over the files before dividing: that is {@link TimelineCounts} and {@link TimelineScores}.
 * No code is copied; this is a re-implementation from those descriptions.
 *
 * <p><b>What had to be decided</b>, because the official converter's code was not available (its
 * archive, {@code evaluation_tool_timeline_task4_v3.zip}, is not in any public copy found):
 *
 * <ul>
 *   <li>Each mention is an event node; the mentions of one line (coreferent) are SIMULTANEOUS, as
 *       are those of one rank above 0. Consecutive ranks above 0 are BEFORE. Rank 0 (the events
 *       the annotators could not order) takes no BEFORE relation.
 *   <li>A date starting with a four-digit year ({@code 2010-06-07}, {@code 2006-03}, {@code 1976},
 *       {@code 2008-03-XX}) is an anchor node, one per distinct value; {@code XXXX-XX-XX} is none.
 *   <li>Relations are added anchors first, then SIMULTANEOUS, then BEFORE; a relation the graph
 *       already entails is dropped, one that contradicts it is violated. The gold does contradict
 *       itself this way: it orders events of one day in several ranks, which the day's anchor makes
 *       SIMULTANEOUS; the BEFORE between them is then violated, as TempEval-3 would count it.
 *   <li>The reduced graph of SIMULTANEOUS classes is not unique (any spanning tree of a class will
 *       do, any pair of members can carry a BEFORE between classes), and the official result
 *       depends on the order its converter wrote the relations. Here each class counts {@code
 *       size - 1} relations of which {@code size - g} are verified, {@code g} being the number of
 *       the other closure's classes its members fall in (a member the other graph lacks is alone);
 *       a BEFORE between classes is verified if the other closure orders any pair of their
 *       members. That is the reduced graph most favourable to the match, independent of order.
 * </ul>
 *
 * <p>A perfect timeline scores 1; an empty system timeline has recall 0 and, with nothing to
 * divide, precision 0. Stateless and thread-safe.
 *
 * <pre>{@code
 * TimelineScores s = TimelineScorer.create().score(goldByName, systemByName);
 * System.out.print(s.toTable());
 * }</pre>
 */
public final class TimelineScorer {

  private TimelineScorer() {}

  /** {@return a scorer} */
  public static TimelineScorer create() {
    return new TimelineScorer();
  }

  /**
   * Scores one system timeline against its gold.
   *
   * @param gold the gold timeline
   * @param system the system's timeline of the same target
   * @return the counts
   */
  public TimelineCounts score(Timeline gold, Timeline system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    TimelineGraph g = TimelineGraph.of(gold);
    TimelineGraph s = TimelineGraph.of(system);
    return new TimelineCounts(g.reducedSize(), s.reducedSize(), verified(s, g), verified(g, s));
  }

  /**
   * Scores the system timelines against the gold ones of the same name; a gold timeline without a
   * system one is scored against an empty timeline (recall 0), a system timeline without gold is
   * ignored.
   *
   * @param gold the gold timelines, by name
   * @param system the system's timelines, by name
   * @return the counts of every gold timeline and their sum
   */
  public TimelineScores score(Map<String, Timeline> gold, Map<String, Timeline> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    Map<String, TimelineCounts> counts = new TreeMap<>();
    TimelineCounts overall = TimelineCounts.EMPTY;
    for (Map.Entry<String, Timeline> e : gold.entrySet()) {
      Timeline sys = system.getOrDefault(e.getKey(),
          new Timeline(e.getValue().target(), List.of()));
      TimelineCounts c = score(e.getValue(), sys);
      counts.put(e.getKey(), c);
      overall = overall.plus(c);
    }
    return new TimelineScores(counts, overall);
  }

  /** How many relations of {@code a}'s reduced graph {@code b}'s closure holds. */
  private static int verified(TimelineGraph a, TimelineGraph b) {
    int count = 0;
    List<List<String>> classes = a.classes();
    for (List<String> members : classes) {
      count += members.size() - groups(members, b);
    }
    for (int[] edge : a.reducedBefore()) {
      if (anyBefore(classes.get(edge[0]), classes.get(edge[1]), b)) {
        count++;
      }
    }
    for (TimelineGraph.Relation r : a.violated()) {
      if (b.holds(r.from(), r.to(), r.before())) {
        count++;
      }
    }
    return count;
  }

  /** Into how many of {@code b}'s classes the members fall, each member {@code b} lacks alone. */
  private static int groups(List<String> members, TimelineGraph b) {
    int groups = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (seen.contains(members.get(i))) {
        continue;
      }
      groups++;
      for (int j = i + 1; j < members.size(); j++) {
        if (b.entails(members.get(i), members.get(j), false)) {
          seen.add(members.get(j));
        }
      }
    }
    return groups;
  }

  private static boolean anyBefore(List<String> from, List<String> to, TimelineGraph b) {
    for (String x : from) {
      for (String y : to) {
        if (b.entails(x, y, true)) {
          return true;
        }
      }
    }
    return false;
  }
}
