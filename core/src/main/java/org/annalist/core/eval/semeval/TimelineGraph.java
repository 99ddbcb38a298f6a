package org.annalist.core.eval.semeval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The temporal graph of one timeline, as {@link TimelineScorer} builds it: nodes are the event
 * mentions ({@code e:docid-sentence-word}) and the anchors ({@code t:2010-06-07}); relations are
 * SIMULTANEOUS and BEFORE between intervals. Relations are added in order, as the TempEval-3
 * timegraph adds them: one the graph already entails is redundant, one that contradicts it is
 * violated (kept aside, counted among the relations but not added), the others are added. The
 * closure is the SIMULTANEOUS classes (union-find) and the BEFORE order between classes; the
 * reduced graph is a spanning set of SIMULTANEOUS relations per class, the transitive reduction
 * of BEFORE between classes and the violated relations. Not thread-safe; built and read by one
 * scorer call.
 */
final class TimelineGraph {

  /** A relation as added: {@code before} false for SIMULTANEOUS. */
  record Relation(String from, String to, boolean before) {}

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<Integer> parent = new ArrayList<>();
  /** BEFORE edges between class roots, as added; re-keyed when classes merge. */
  private final Map<Integer, BitSet> after = new HashMap<>();
  private final List<Relation> violated = new ArrayList<>();
  /** Every relation given, as TempEval-3 also matches a relation the other file states. */
  private final Set<Relation> stated = new HashSet<>();
  /** The transitive closure of {@link #after}, filled on demand, emptied on every change. */
  private final Map<Integer, BitSet> reach = new HashMap<>();

  /** The graph of a timeline, with the relations {@link #relations} gives, in that order. */
  static TimelineGraph of(Timeline timeline) {
    TimelineGraph graph = new TimelineGraph();
    for (Relation r : relations(timeline)) {
      graph.add(r);
    }
    return graph;
  }

  /**
   * The relations a timeline stands for, in the order they are added: each mention SIMULTANEOUS
   * with its anchor (when the date is one); the mentions of one line, and of one rank above 0,
   * SIMULTANEOUS with the first of them; the first mention of each rank above 0 BEFORE the first
   * of the next rank. Rank 0 is not ordered.
   */
  static List<Relation> relations(Timeline timeline) {
    List<Relation> anchors = new ArrayList<>();
    List<Relation> same = new ArrayList<>();
    TreeMap<Integer, String> firstOfRank = new TreeMap<>();
    for (TimelineEntry entry : timeline.entries()) {
      String first = "e:" + entry.mentions().get(0);
      for (String mention : entry.mentions()) {
        String node = "e:" + mention;
        if (entry.isAnchored()) {
          anchors.add(new Relation(node, "t:" + entry.date(), false));
        }
        if (!node.equals(first)) {
          same.add(new Relation(first, node, false));
        }
      }
      if (entry.rank() > 0) {
        String rankFirst = firstOfRank.putIfAbsent(entry.rank(), first);
        if (rankFirst != null && !rankFirst.equals(first)) {
          same.add(new Relation(rankFirst, first, false));
        }
      }
    }
    List<Relation> all = new ArrayList<>(anchors);
    all.addAll(same);
    String previous = null;
    for (String first : firstOfRank.values()) {
      if (previous != null) {
        all.add(new Relation(previous, first, true));
      }
      previous = first;
    }
    return all;
  }

  /** Adds a relation unless the graph entails it; keeps it aside if it contradicts the graph. */
  void add(Relation r) {
    stated.add(r);
    int a = root(node(r.from()));
    int b = root(node(r.to()));
    if (r.before()) {
      if (a == b || reaches(b, a)) {
        violated.add(r);
      } else if (!reaches(a, b)) {
        after.computeIfAbsent(a, k -> new BitSet()).set(b);
        reach.clear();
      }
    } else if (a != b) {
      if (reaches(a, b) || reaches(b, a)) {
        violated.add(r);
      } else {
        merge(a, b);
      }
    }
  }

  /**
   * Whether {@code from} SIMULTANEOUS (or BEFORE) {@code to} was given, even if it was violated,
   * or the closure holds it: TempEval-3 counts a relation as matched when the other file states
   * it, before it looks at the closure.
   */
  boolean holds(String from, String to, boolean before) {
    return stated.contains(new Relation(from, to, before))
        || (!before && stated.contains(new Relation(to, from, false)))
        || entails(from, to, before);
  }

  /** Whether the closure holds {@code from} SIMULTANEOUS (or BEFORE) {@code to}. */
  boolean entails(String from, String to, boolean before) {
    Integer x = index.get(from);
    Integer y = index.get(to);
    if (x == null || y == null) {
      return false;
    }
    int a = root(x);
    int b = root(y);
    return before ? a != b && reaches(a, b) : a == b;
  }

  /** The SIMULTANEOUS classes, each a list of nodes in the order they were first seen. */
  List<List<String>> classes() {
    Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      byRoot.computeIfAbsent(root(e.getValue()), k -> new ArrayList<>()).add(e.getKey());
    }
    return new ArrayList<>(byRoot.values());
  }

  /**
   * The BEFORE edges of the transitive reduction between classes: pairs of indexes into {@link
   * #classes()}.
   */
  List<int[]> reducedBefore() {
    List<List<String>> classes = classes();
    Map<Integer, Integer> classOfRoot = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      classOfRoot.put(root(index.get(classes.get(i).get(0))), i);
    }
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      int a = root(index.get(classes.get(i).get(0)));
      for (int j = 0; j < classes.size(); j++) {
        int b = root(index.get(classes.get(j).get(0)));
        if (i != j && reaches(a, b) && !throughAnother(a, b)) {
          edges.add(new int[] {i, j});
        }
      }
    }
    return edges;
  }

  /** The relations that contradicted the graph when they came, in order. */
  List<Relation> violated() {
    return List.copyOf(violated);
  }

  /** How many relations the reduced graph has. */
  int reducedSize() {
    int size = violated.size() + reducedBefore().size();
    for (List<String> c : classes()) {
      size += c.size() - 1;
    }
    return size;
  }

  private boolean throughAnother(int a, int b) {
    BitSet next = after.get(a);
    if (next == null) {
      return false;
    }
    for (int c = next.nextSetBit(0); c >= 0; c = next.nextSetBit(c + 1)) {
      if (c != b && reaches(c, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether class root {@code a} is BEFORE class root {@code b} by a path of edges. */
  private boolean reaches(int a, int b) {
    return reach(a).get(b);
  }

  /** The class roots after root {@code a}, through any path; cached until the graph changes. */
  private BitSet reach(int a) {
    BitSet known = reach.get(a);
    if (known != null) {
      return known;
    }
    BitSet all = new BitSet();
    reach.put(a, all); // the graph is acyclic, so no path comes back here
    BitSet next = after.get(a);
    if (next != null) {
      for (int d = next.nextSetBit(0); d >= 0; d = next.nextSetBit(d + 1)) {
        all.set(d);
        all.or(reach(d));
      }
    }
    return all;
  }

  private int node(String name) {
    return index.computeIfAbsent(name, k -> {
      parent.add(parent.size());
      return parent.size() - 1;
    });
  }

  private int root(int x) {
    int r = x;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }

  /** Merges class {@code b} into {@code a}; neither reaches the other. */
  private void merge(int a, int b) {
    reach.clear();
    parent.set(b, a);
    BitSet fromB = after.remove(b);
    if (fromB != null) {
      after.computeIfAbsent(a, k -> new BitSet()).or(fromB);
    }
    for (BitSet next : after.values()) {
      if (next.get(b)) {
        next.clear(b);
        next.set(a);
      }
    }
  }
}
