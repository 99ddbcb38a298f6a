package org.annalist.core.eval.meantime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.EntityScores.Counts;
import org.annalist.core.eval.meantime.MeantimeScores.Convention;

/**
 * Scores a system's names against MEANTIME's over a corpus: precision, recall and F1 per type
 * ({@code PER}, {@code ORG}, {@code LOC}) and micro-averaged, strict (same tokens and type) and
 * lenient (overlapping tokens, same type; each gold and each system name matched at most once),
 * under MEANTIME's spans and with a leading {@code the} stripped from gold and system spans ({@link
 * Convention}). Only the annotated region of each document is scored ({@link MeantimeDocument}):
 * system names ending after it are dropped, and a system name repeated (same tokens and type)
 * counts once, as does a name that stripping a {@code the} makes the same as another.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * MeantimeScores scores = MeantimeScorer.create().score(gold, systemNamesByDocumentId);
 * }</pre>
 */
public final class MeantimeScorer {

  /** Mentions by position, longer first, then by type. */
  static final Comparator<MeantimeMention> ORDER = Comparator.comparingInt(MeantimeMention::begin)
      .thenComparing(m -> -m.end()).thenComparing(MeantimeMention::type);

  private MeantimeScorer() {}

  /** {@return a scorer} */
  public static MeantimeScorer create() {
    return new MeantimeScorer();
  }

  /**
   * Scores a corpus.
   *
   * @param gold the gold documents
   * @param system the system's names of each document, by document id; a document without an
   *     entry has none
   * @return the counts
   * @throws IllegalArgumentException if two gold documents have one id, or a system name ends
   *     after its document
   */
  public MeantimeScores score(List<MeantimeDocument> gold,
      Map<String, List<MeantimeMention>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    requireDistinctIds(gold);
    Map<Convention, Map<NameType, int[]>> strict = new EnumMap<>(Convention.class);
    Map<Convention, Map<NameType, int[]>> lenient = new EnumMap<>(Convention.class);
    for (Convention convention : Convention.values()) {
      strict.put(convention, counters());
      lenient.put(convention, counters());
    }
    for (MeantimeDocument doc : gold) {
      List<MeantimeMention> found = systemIn(doc, system);
      for (Convention convention : Convention.values()) {
        List<MeantimeMention> g = spans(doc, doc.gold(), convention);
        List<MeantimeMention> s = spans(doc, found, convention);
        Alignment a = Alignment.of(g, s);
        count(strict.get(convention), g, s, a.strict);
        List<Alignment.Pair> both = new ArrayList<>(a.strict);
        both.addAll(a.lenient);
        count(lenient.get(convention), g, s, both);
      }
    }
    return new MeantimeScores(scores(strict.get(Convention.MEANTIME)),
        scores(lenient.get(Convention.MEANTIME)), scores(strict.get(Convention.NO_LEADING_THE)),
        scores(lenient.get(Convention.NO_LEADING_THE)));
  }

  /** The system names of a document in its region, checked against its tokens. */
  static List<MeantimeMention> systemIn(MeantimeDocument doc,
      Map<String, List<MeantimeMention>> system) {
    List<MeantimeMention> found = system.getOrDefault(doc.id(), List.of());
    for (MeantimeMention m : found) {
      if (m.end() > doc.source().tokens().size()) {
        throw new IllegalArgumentException("document " + doc.id() + ": system name " + m
            + " ends after its " + doc.source().tokens().size() + " tokens");
      }
    }
    return doc.inRegion(found);
  }

  static void requireDistinctIds(List<MeantimeDocument> gold) {
    Set<String> ids = new HashSet<>();
    for (MeantimeDocument doc : gold) {
      if (!ids.add(doc.id())) {
        throw new IllegalArgumentException("two gold documents have the id " + doc.id());
      }
    }
  }

  /** The mentions under a convention, sorted, each once. */
  static List<MeantimeMention> spans(MeantimeDocument doc, List<MeantimeMention> mentions,
      Convention convention) {
    if (convention == Convention.MEANTIME) {
      return mentions;
    }
    return mentions.stream().map(doc::withoutLeadingThe).distinct().sorted(ORDER).toList();
  }

  private static Map<NameType, int[]> counters() {
    Map<NameType, int[]> counters = new EnumMap<>(NameType.class);
    for (NameType type : NameType.values()) {
      counters.put(type, new int[3]); // gold, found, correct
    }
    return counters;
  }

  private static void count(Map<NameType, int[]> counters, List<MeantimeMention> gold,
      List<MeantimeMention> system, List<Alignment.Pair> correct) {
    gold.forEach(m -> counters.get(m.type())[0]++);
    system.forEach(m -> counters.get(m.type())[1]++);
    correct.forEach(p -> counters.get(p.gold().type())[2]++);
  }

  private static EntityScores scores(Map<NameType, int[]> counters) {
    Map<String, Counts> byType = new TreeMap<>();
    counters.forEach((type, c) -> byType.put(type.name(), new Counts(c[2], c[1] - c[2],
        c[0] - c[2])));
    return new EntityScores(byType);
  }
}
