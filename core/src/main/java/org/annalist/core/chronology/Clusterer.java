package org.annalist.core.chronology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.EntryEvidence;
import org.annalist.model.EventTime;
import org.annalist.model.EvidenceParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.Granularity;
import org.annalist.model.ParticipantRole;

/**
 * Groups reports of the same event. The groups are a function of the set of reports alone (never
 * of their order), which is what makes merging chronologies associative and commutative.
 *
 * <p>Reports with the same signature (section, type, participants, interval, trigger word) are one
 * unit. Units are then merged in four tiers, each seeing only the groups the tiers before it made:
 *
 * <ol>
 *   <li>units dated to the day or finer that name an entity are <em>linked</em> when they share a
 *       type and an entity, their intervals overlap, and their agents (and targets), when both
 *       name them, overlap: the transitive closure of these links gives the groups;
 *   <li>coarser dated units (a month, a year) are <em>attached</em> to the one day-level group
 *       they fit best (shared entities, the same agent, a shared sentence, the same trigger word)
 *       and whose time allows them; a tie leaves them apart;
 *       those that fit none are linked among themselves as in tier 1;
 *   <li>undated units with an entity are attached the same way to the dated groups when they share
 *       an agent or two entities with them and their interval is closed (an open {@code since the
 *       1980s} would draw in every undated report), else linked among themselves;
 *   <li>units naming no entity are attached to a group holding a report of the same document that
 *       fits, else linked with the others of their document.
 * </ol>
 *
 * A group that shares a type and an entity with its neighbour in time but was kept apart becomes
 * a near miss. Each bucket compares a unit with at most {@link #WINDOW} others, which keeps the
 * work linear in the number of reports.
 */
final class Clusterer {

  /** How many units of a bucket one unit is compared with at most. */
  static final int WINDOW = 64;
  /** How many units of a bucket an attachment looks at, at most. */
  static final int ATTACH_SCAN = 512;

  /** One group of reports, with the links that joined them. */
  record Group(List<Integer> reports, List<Edge> edges) {}

  /** Why two reports were joined. */
  record Edge(int from, int to, String rule, List<String> agreed) {}

  /** Two groups kept apart, by one report of each, and why. */
  record Miss(int report, int other, String reason) {}

  /** The groups and the near misses. */
  record Result(List<Group> groups, List<Miss> misses) {}

  private static final class Unit {
    final String key;
    final List<Integer> reports = new ArrayList<>();
    final String section;
    final String type;
    final TreeSet<String> agents = new TreeSet<>();
    final TreeSet<String> targets = new TreeSet<>();
    final TreeSet<String> identities = new TreeSet<>();
    final TreeSet<String> documents = new TreeSet<>();
    final TreeSet<String> primaryAgents = new TreeSet<>();
    final TreeSet<String> sentences = new TreeSet<>();
    final long lo;
    final long hi;
    final int tier;
    final Granularity granularity;
    final String word;
    int index;

    Unit(EntryEvidence r) {
      this.section = section(r.factuality());
      this.type = r.type();
      for (EvidenceParticipant p : r.participants()) {
        if (p.role() == ParticipantRole.AGENT) {
          agents.addAll(p.identities());
          if (p.entityId() != null) {
            primaryAgents.add(p.entityId());
          }
        } else if (p.role() == ParticipantRole.TARGET) {
          targets.addAll(p.identities());
        }
        if (p.role() != ParticipantRole.LOCATION) {
          identities.addAll(p.identities());
        }
      }
      EventTime t = r.time();
      boolean dated = t != null && (t.earliest() != null || t.latest() != null);
      lo = dated && t.earliest() != null ? t.earliest().toEpochDay() : Long.MIN_VALUE;
      hi = dated && t.latest() != null ? t.latest().toEpochDay() : Long.MAX_VALUE;
      granularity = dated ? t.granularity() : Granularity.UNKNOWN;
      if (identities.isEmpty()) {
        tier = 4;
      } else if (!dated) {
        tier = 3;
      } else {
        tier = granularity.compareTo(Granularity.DAY) <= 0 ? 1 : 2;
      }
      word = r.trigger().text().toLowerCase(Locale.ROOT);
      key = key(r);
    }

    /** The signature: reports with the same one are merged as one unit. */
    private String key(EntryEvidence r) {
      StringBuilder b = new StringBuilder();
      b.append(section).append('|').append(type).append('|').append(agents).append('|')
          .append(targets).append('|').append(identities).append('|').append(lo).append('|')
          .append(hi).append('|').append(granularity).append('|').append(word);
      if (tier == 4) {
        b.append('|').append(r.documentId()); // with no entity, only a document ties reports
      }
      return b.toString();
    }
  }

  private Clusterer() {}

  static String section(Factuality f) {
    return f == Factuality.ASSERTED || f == Factuality.REPORTED ? "asserted" : f.name();
  }

  static Result cluster(List<EntryEvidence> reports) {
    Map<String, Unit> byKey = new TreeMap<>();
    for (int i = 0; i < reports.size(); i++) {
      EntryEvidence r = reports.get(i);
      Unit probe = new Unit(r);
      Unit unit = byKey.computeIfAbsent(probe.key, k -> probe);
      unit.reports.add(i);
      unit.documents.add(r.documentId());
      unit.sentences.add(r.documentId() + ":" + r.sentence().begin());
    }
    List<Unit> units = new ArrayList<>(byKey.values());
    for (int i = 0; i < units.size(); i++) {
      units.get(i).index = i;
    }
    Run run = new Run(units, reports.size());
    run.link(1);
    run.attach(2, 1);
    run.link(2);
    run.attach(3, 2);
    run.link(3);
    run.attach(4, 3);
    run.link(4);
    return run.result();
  }

  private static final class Run {
    final List<Unit> units;
    final int[] parent;
    final List<Edge> edges = new ArrayList<>();
    final List<int[]> missPairs = new ArrayList<>();
    final List<String> missReasons = new ArrayList<>();
    /** Bucket "section|type|entity" (or "section|type|doc:id" for tier 4) to its units. */
    final Map<String, List<Unit>> buckets = new TreeMap<>();

    final int reportCount;

    Run(List<Unit> units, int reportCount) {
      this.units = units;
      this.reportCount = reportCount;
      this.parent = new int[units.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (Unit u : units) {
        for (String id : u.identities) {
          buckets.computeIfAbsent(u.section + "|" + u.type + "|" + id, k -> new ArrayList<>())
              .add(u);
        }
        for (String doc : u.documents) {
          buckets.computeIfAbsent(u.section + "|" + u.type + "|doc:" + doc,
              k -> new ArrayList<>()).add(u);
        }
        for (int k = 1; k < u.reports.size(); k++) {
          edges.add(new Edge(u.reports.get(0), u.reports.get(k), "same-signature",
              List.of("type:" + u.type, "participants", "time", "trigger:" + u.word)));
        }
      }
      Comparator<Unit> byTime = Comparator.<Unit>comparingLong(u -> u.lo)
          .thenComparingLong(u -> u.hi).thenComparing(u -> u.key);
      buckets.values().forEach(list -> list.sort(byTime));
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    boolean union(Unit a, Unit b, String rule) {
      int ra = find(a.index);
      int rb = find(b.index);
      if (ra == rb) {
        return false;
      }
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      edges.add(new Edge(a.reports.get(0), b.reports.get(0), rule, agreed(a, b)));
      return true;
    }

    /** Links the units of a tier that no earlier tier took in, by the tier-1 rule. */
    void link(int tier) {
      int[] size = new int[units.size()];
      for (Unit v : units) {
        size[find(v.index)]++;
      }
      boolean[] free = new boolean[units.size()];
      for (Unit u : units) {
        free[u.index] = u.tier == tier && size[find(u.index)] == 1;
      }
      for (Map.Entry<String, List<Unit>> bucket : buckets.entrySet()) {
        boolean byDocument = bucket.getKey().contains("|doc:");
        if (byDocument != (tier == 4)) {
          continue;
        }
        List<Unit> list = new ArrayList<>();
        for (Unit u : bucket.getValue()) {
          if (free[u.index]) {
            list.add(u);
          }
        }
        for (int i = 0; i < list.size(); i++) {
          Unit a = list.get(i);
          for (int j = i + 1; j < list.size() && j <= i + WINDOW; j++) {
            Unit b = list.get(j);
            if (b.lo > a.hi) {
              break;
            }
            if (compatible(a, b) == null) {
              union(a, b, "linked");
            }
          }
        }
      }
    }

    /** Attaches each unit of {@code tier} to the one group of tiers up to {@code upTo} it fits. */
    void attach(int tier, int upTo) {
      // the interval every dated member of a group allows
      long[] groupLo = new long[units.size()];
      long[] groupHi = new long[units.size()];
      java.util.Arrays.fill(groupLo, Long.MIN_VALUE);
      java.util.Arrays.fill(groupHi, Long.MAX_VALUE);
      for (Unit v : units) {
        int root = find(v.index);
        groupLo[root] = Math.max(groupLo[root], v.lo);
        groupHi[root] = Math.min(groupHi[root], v.hi);
      }
      List<Unit[]> joins = new ArrayList<>();
      for (Unit u : units) {
        if (u.tier != tier) {
          continue;
        }
        List<String> keys = new ArrayList<>();
        if (tier == 4) {
          for (String doc : u.documents) {
            keys.add(u.section + "|" + u.type + "|doc:" + doc);
          }
        } else {
          for (String id : u.identities) {
            keys.add(u.section + "|" + u.type + "|" + id);
          }
        }
        Map<Integer, Unit> bestOf = new LinkedHashMap<>();
        Map<Integer, Integer> scoreOf = new HashMap<>();
        for (String k : keys) {
          List<Unit> list = buckets.getOrDefault(k, List.of());
          int scanned = 0;
          for (Unit c : list) {
            if (c.tier > upTo) {
              continue;
            }
            if (++scanned > ATTACH_SCAN) {
              break;
            }
            int root = find(c.index);
            if (compatible(u, c) != null || u.lo > groupHi[root] || groupLo[root] > u.hi
                || tier == 3 && (!strong(u, c) || groupLo[root] == Long.MIN_VALUE
                    || groupHi[root] == Long.MAX_VALUE)) {
              continue;
            }
            int score = score(u, c);
            Integer old = scoreOf.get(root);
            if (old == null || score > old
                || score == old && c.key.compareTo(bestOf.get(root).key) < 0) {
              scoreOf.put(root, score);
              bestOf.put(root, c);
            }
          }
        }
        if (bestOf.isEmpty()) {
          continue;
        }
        int top = Collections.max(scoreOf.values());
        List<Integer> best = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : scoreOf.entrySet()) {
          if (e.getValue() == top) {
            best.add(e.getKey());
          }
        }
        if (best.size() == 1) {
          joins.add(new Unit[] {bestOf.get(best.get(0)), u});
        } else {
          Unit first = null;
          for (int root : best) {
            Unit c = bestOf.get(root);
            if (first == null || c.key.compareTo(first.key) < 0) {
              first = c;
            }
          }
          missPairs.add(new int[] {u.reports.get(0), first.reports.get(0)});
          missReasons.add("fits " + best.size() + " entries equally well");
        }
      }
      for (Unit[] j : joins) {
        union(j[0], j[1], "attached");
      }
    }

    Result result() {
      Map<Integer, List<Integer>> members = new TreeMap<>();
      int[] groupOfReport = new int[reportCount];
      for (Unit u : units) {
        int root = find(u.index);
        List<Integer> list = members.computeIfAbsent(root, k -> new ArrayList<>());
        list.addAll(u.reports);
        for (int r : u.reports) {
          groupOfReport[r] = root;
        }
      }
      Map<Integer, List<Edge>> edgesOf = new HashMap<>();
      for (Edge e : edges) {
        edgesOf.computeIfAbsent(groupOfReport[e.from()], k -> new ArrayList<>()).add(e);
      }
      List<Group> groups = new ArrayList<>();
      for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
        groups.add(new Group(m.getValue(), edgesOf.getOrDefault(m.getKey(), List.of())));
      }
      List<Miss> misses = new ArrayList<>();
      for (int i = 0; i < missPairs.size(); i++) {
        int[] p = missPairs.get(i);
        misses.add(new Miss(p[0], p[1], missReasons.get(i)));
      }
      for (Map.Entry<String, List<Unit>> bucket : buckets.entrySet()) {
        List<Unit> list = bucket.getValue();
        for (int i = 1; i < list.size(); i++) {
          Unit a = list.get(i - 1);
          Unit b = list.get(i);
          if (a.tier == 4 || b.tier == 4 || find(a.index) == find(b.index)) {
            continue;
          }
          String why = compatible(a, b);
          misses.add(new Miss(a.reports.get(0), b.reports.get(0),
              why != null ? why : "each fits another entry better"));
        }
      }
      return new Result(groups, misses);
    }
  }

  /** Why two units cannot be the same event, or null when they can. */
  static String compatible(Unit a, Unit b) {
    if (!a.section.equals(b.section) || !a.type.equals(b.type)) {
      return "different type or factuality";
    }
    if (a.lo > b.hi || b.lo > a.hi) {
      return "times differ";
    }
    if (!a.agents.isEmpty() && !b.agents.isEmpty() && Collections.disjoint(a.agents, b.agents)) {
      return "agents differ: " + a.agents.first() + " / " + b.agents.first();
    }
    if (!a.targets.isEmpty() && !b.targets.isEmpty()
        && Collections.disjoint(a.targets, b.targets)) {
      return "targets differ: " + a.targets.first() + " / " + b.targets.first();
    }
    return null;
  }

  /**
   * How well a unit fits a group's unit: 2 per shared entity, 3 for the same agent entity (not
   * only one it acts for), 4 for a shared sentence, 1 for the same trigger word.
   */
  private static int score(Unit u, Unit c) {
    int score = 2 * shared(u, c);
    if (!Collections.disjoint(u.primaryAgents, c.primaryAgents)) {
      score += 3;
    }
    if (!Collections.disjoint(u.sentences, c.sentences)) {
      score += 4;
    }
    return score + (u.word.equals(c.word) ? 1 : 0);
  }

  private static int shared(Unit u, Unit c) {
    int shared = 0;
    for (String id : u.identities) {
      if (c.identities.contains(id)) {
        shared++;
      }
    }
    return shared;
  }

  /** An undated report joins only on a shared agent or two shared entities. */
  private static boolean strong(Unit u, Unit c) {
    return !Collections.disjoint(u.agents, c.agents) || shared(u, c) >= 2;
  }

  private static List<String> agreed(Unit a, Unit b) {
    List<String> agreed = new ArrayList<>();
    agreed.add("type:" + a.type);
    for (String id : a.identities) {
      if (b.identities.contains(id)) {
        agreed.add("participant:" + id);
      }
    }
    if (a.lo != Long.MIN_VALUE || a.hi != Long.MAX_VALUE) {
      if (b.lo != Long.MIN_VALUE || b.hi != Long.MAX_VALUE) {
        agreed.add("time");
      }
    }
    if (a.word.equals(b.word)) {
      agreed.add("trigger:" + a.word);
    }
    if (a.tier == 4 || b.tier == 4) {
      agreed.add("document");
    }
    return agreed;
  }
}
