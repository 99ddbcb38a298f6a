package org.annalist.core.eval.brat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.Span;

/**
 * Scores a system's claims against gold attributions (PolNeAR's, read by {@link BratReader}) with
 * this matching rule:
 *
 * <ol>
 *   <li>A system claim and a gold attribution are a candidate pair when their content characters
 *       (UTF-16 units of the text covered by their content spans; a character covered twice counts
 *       once) overlap by at least half of the gold content's characters.
 *   <li>Pairs are matched one-to-one, greedily by overlap: the candidate pair with the largest
 *       overlap first, then the next largest whose claim and attribution are both still free, and
 *       so on. Ties go to the gold attribution first in text order (by its first content span, then
 *       its place in the file), then to the claim first in text order (by its first content span,
 *       then its place in the layer), so the matching is deterministic.
 *   <li>Content precision is matched pairs over system claims, recall matched pairs over gold
 *       attributions, F1 their harmonic mean. Over the matched pairs, the source is right when the
 *       sources overlap (share a character) or both are absent, the cue when the cues overlap (so a
 *       gold attribution without a cue cannot be got right).
 *   <li>The same figures for direct quotations alone: the gold attributions that {@linkplain
 *       BratAttribution#isDirect() start or end with a quotation mark}; their system side is the
 *       claims matched to them plus the unmatched claims of kind {@link ClaimKind#DIRECT} (a claim
 *       matched to a gold indirect attribution is in neither the direct precision nor the direct
 *       recall). The matching is the one above, not done again.
 * </ol>
 *
 * <p>System claims of kind {@link ClaimKind#REPORTED_BY_ARTICLE} (the article's own assertions) are
 * left out, and so are gold attributions without content characters (PolNeAR has a few, made of a
 * trigger or a cue alone), which are counted in {@link BratScores#goldWithoutContent()}. Spans are compared by
 * offsets: gold and system must be in the same text's UTF-16 offsets, as {@link BratReader} gives
 * them when it reads against the text.
 *
 * <p>Pure and deterministic. Immutable and thread-safe.
 *
 * <pre>{@code
 * BratScores scores = BratScorer.create().score(Map.of("X", gold.attributions()),
 *     Map.of("X", analyzed.expect(ClaimLayer.KEY).claims()));
 * scores.all().f1();                 // 0.64
 * scores.direct().sourceAccuracy();  // 0.91
 * }</pre>
 */
public final class BratScorer {

  private BratScorer() {}

  /**
   * Returns a scorer.
   *
   * @return a scorer, which may be shared
   */
  public static BratScorer create() {
    return new BratScorer();
  }

  /**
   * Scores the documents of {@code gold}; a document missing from {@code system} counts as one
   * where the system found nothing.
   *
   * @param gold the gold attributions of each document, by document id
   * @param system the system claims of each document, by document id
   * @return the measures over all documents, each document's counts, and every error
   * @throws IllegalArgumentException if {@code system} has a document that {@code gold} has not
   */
  public BratScores score(
      Map<String, ? extends List<BratAttribution>> gold,
      Map<String, ? extends List<Claim>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    for (String id : new TreeSet<>(system.keySet())) {
      if (!gold.containsKey(id)) {
        throw new IllegalArgumentException("system document " + id + " has no gold document");
      }
    }
    BratCounts all = BratCounts.EMPTY;
    BratCounts direct = BratCounts.EMPTY;
    Map<String, BratCounts> documents = new TreeMap<>();
    List<BratError> errors = new ArrayList<>();
    int withoutContent = 0;
    for (String id : new TreeSet<>(gold.keySet())) {
      List<Claim> claims = system.get(id);
      BratScores one = score(id, gold.get(id), claims == null ? List.of() : claims);
      all = all.plus(one.all());
      direct = direct.plus(one.direct());
      documents.put(id, one.all());
      errors.addAll(one.errors());
      withoutContent += one.goldWithoutContent();
    }
    return new BratScores(all, direct, documents, errors, withoutContent);
  }

  /**
   * Scores one document.
   *
   * @param documentId the document, for the errors and {@link BratScores#documents()}
   * @param gold its gold attributions
   * @param system its system claims (all of the layer's: the article's own are left out here)
   * @return the measures of this document and its errors
   */
  public BratScores score(String documentId, List<BratAttribution> gold, List<Claim> system) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    // stable sorts: ties keep the file's and the layer's order
    List<BratAttribution> g = gold.stream()
        .map(a -> Objects.requireNonNull(a, "gold attribution"))
        .filter(a -> size(characters(a.content())) > 0)
        .sorted(Comparator.comparing((BratAttribution a) -> a.content().get(0)))
        .toList();
    List<Claim> s = system.stream()
        .map(c -> Objects.requireNonNull(c, "system claim"))
        .filter(c -> c.kind() != ClaimKind.REPORTED_BY_ARTICLE)
        .sorted(Comparator.comparing((Claim c) -> c.content().get(0)))
        .toList();

    int[][][] systemContent = new int[s.size()][][];
    for (int j = 0; j < s.size(); j++) {
      systemContent[j] = characters(s.get(j).content());
    }
    List<int[]> candidates = new ArrayList<>(); // {overlap, gold index, system index}
    for (int i = 0; i < g.size(); i++) {
      int[][] goldContent = characters(g.get(i).content());
      int goldSize = size(goldContent);
      for (int j = 0; j < s.size(); j++) {
        int overlap = overlap(goldContent, systemContent[j]);
        if (overlap > 0 && 2L * overlap >= goldSize) {
          candidates.add(new int[] {overlap, i, j});
        }
      }
    }
    candidates.sort(Comparator.comparingInt((int[] c) -> -c[0])
        .thenComparingInt(c -> c[1])
        .thenComparingInt(c -> c[2]));
    int[] goldMatch = new int[g.size()];
    int[] systemMatch = new int[s.size()];
    Arrays.fill(goldMatch, -1);
    Arrays.fill(systemMatch, -1);
    for (int[] c : candidates) {
      if (goldMatch[c[1]] < 0 && systemMatch[c[2]] < 0) {
        goldMatch[c[1]] = c[2];
        systemMatch[c[2]] = c[1];
      }
    }

    List<BratError> errors = new ArrayList<>();
    Tally all = new Tally();
    Tally direct = new Tally();
    for (int i = 0; i < g.size(); i++) {
      BratAttribution a = g.get(i);
      boolean isDirect = a.isDirect();
      all.gold++;
      direct.gold += isDirect ? 1 : 0;
      if (goldMatch[i] < 0) {
        errors.add(new BratError(documentId, BratError.Kind.MISSED, a, null));
        continue;
      }
      Claim c = s.get(goldMatch[i]);
      BratError.Kind source = sourceError(a, c);
      BratError.Kind cue = cueError(a, c);
      all.match(source == null, cue == null);
      if (isDirect) {
        direct.match(source == null, cue == null);
      }
      for (BratError.Kind kind : new BratError.Kind[] {source, cue}) {
        if (kind != null) {
          errors.add(new BratError(documentId, kind, a, c));
        }
      }
    }
    all.system = s.size();
    direct.system = direct.matched;
    for (int j = 0; j < s.size(); j++) {
      if (systemMatch[j] < 0) {
        errors.add(new BratError(documentId, BratError.Kind.SPURIOUS, null, s.get(j)));
        direct.system += s.get(j).kind() == ClaimKind.DIRECT ? 1 : 0;
      }
    }
    errors.sort(Comparator.comparing(BratScorer::position).thenComparing(BratError::kind));
    BratCounts counts = all.counts();
    return new BratScores(counts, direct.counts(), Map.of(documentId, counts), errors,
        gold.size() - g.size());
  }

  private static BratError.Kind sourceError(BratAttribution gold, Claim system) {
    if (gold.source().isEmpty()) {
      return system.source() == null ? null : BratError.Kind.SOURCE_EXTRA;
    }
    if (system.source() == null) {
      return BratError.Kind.SOURCE_MISSING;
    }
    return overlaps(gold.source(), system.source().span()) ? null : BratError.Kind.SOURCE_WRONG;
  }

  private static BratError.Kind cueError(BratAttribution gold, Claim system) {
    if (system.cue() == null) {
      return BratError.Kind.CUE_MISSING;
    }
    return overlaps(gold.cue(), system.cue().span()) ? null : BratError.Kind.CUE_WRONG;
  }

  private static boolean overlaps(List<Span> gold, Span system) {
    return overlap(characters(gold), characters(List.of(system))) > 0;
  }

  /** The characters spans cover, as sorted, disjoint {@code [begin, end)} intervals. */
  private static int[][] characters(List<Span> spans) {
    List<Span> sorted = spans.stream().sorted().toList();
    List<int[]> merged = new ArrayList<>();
    for (Span span : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.begin() <= last[1]) {
        last[1] = Math.max(last[1], span.end());
      } else if (span.length() > 0) {
        merged.add(new int[] {span.begin(), span.end()});
      }
    }
    return merged.toArray(int[][]::new);
  }

  private static int size(int[][] intervals) {
    int size = 0;
    for (int[] interval : intervals) {
      size += interval[1] - interval[0];
    }
    return size;
  }

  /** The number of characters two interval lists share. */
  private static int overlap(int[][] a, int[][] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      shared += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
      if (a[i][1] < b[j][1]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  private static Span position(BratError e) {
    return e.gold() != null ? e.gold().content().get(0) : e.system().content().get(0);
  }

  /** Counts being gathered for one document. */
  private static final class Tally {
    int gold;
    int system;
    int matched;
    int sourceCorrect;
    int cueCorrect;

    void match(boolean source, boolean cue) {
      matched++;
      sourceCorrect += source ? 1 : 0;
      cueCorrect += cue ? 1 : 0;
    }

    BratCounts counts() {
      return new BratCounts(gold, system, matched, sourceCorrect, cueCorrect);
    }
  }
}
