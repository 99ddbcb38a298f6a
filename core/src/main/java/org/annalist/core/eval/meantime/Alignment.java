package org.annalist.core.eval.meantime;

import java.util.ArrayList;
import java.util.List;

/**
 * How the gold and system names of one document pair up, each at most once: first the same span
 * and type (strict), then, of the rest, same type and overlapping (lenient: each gold name in order
 * takes the free system name of its type it overlaps most, the earlier on a tie), then, of the
 * rest, overlapping with another type (wrong type, paired the same way). Not thread-safe while
 * being built; immutable after.
 */
final class Alignment {

  /** A gold name and the system name paired with it. */
  record Pair(MeantimeMention gold, MeantimeMention system) {}

  final List<Pair> strict = new ArrayList<>();
  final List<Pair> lenient = new ArrayList<>();
  final List<Pair> wrongType = new ArrayList<>();
  final List<MeantimeMention> unpairedGold = new ArrayList<>();
  final List<MeantimeMention> unpairedSystem = new ArrayList<>();

  private Alignment() {}

  /** Aligns the names of one document, both lists sorted and without repeats. */
  static Alignment of(List<MeantimeMention> gold, List<MeantimeMention> system) {
    Alignment a = new Alignment();
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] systemTaken = new boolean[system.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        if (!systemTaken[s] && system.get(s).equals(gold.get(g))) {
          goldTaken[g] = true;
          systemTaken[s] = true;
          a.strict.add(new Pair(gold.get(g), system.get(s)));
          break;
        }
      }
    }
    pairOverlapping(gold, system, goldTaken, systemTaken, true, a.lenient);
    pairOverlapping(gold, system, goldTaken, systemTaken, false, a.wrongType);
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken[g]) {
        a.unpairedGold.add(gold.get(g));
      }
    }
    for (int s = 0; s < system.size(); s++) {
      if (!systemTaken[s]) {
        a.unpairedSystem.add(system.get(s));
      }
    }
    return a;
  }

  private static void pairOverlapping(List<MeantimeMention> gold, List<MeantimeMention> system,
      boolean[] goldTaken, boolean[] systemTaken, boolean sameType, List<Pair> pairs) {
    for (int g = 0; g < gold.size(); g++) {
      if (goldTaken[g]) {
        continue;
      }
      MeantimeMention name = gold.get(g);
      int best = -1;
      for (int s = 0; s < system.size(); s++) {
        MeantimeMention candidate = system.get(s);
        if (!systemTaken[s] && (candidate.type() == name.type()) == sameType
            && name.overlap(candidate) > (best < 0 ? 0 : name.overlap(system.get(best)))) {
          best = s;
        }
      }
      if (best >= 0) {
        goldTaken[g] = true;
        systemTaken[best] = true;
        pairs.add(new Pair(name, system.get(best)));
      }
    }
  }
}
