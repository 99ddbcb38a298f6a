package org.annalist.core.eval.conll;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Accumulates entity-level counts over sentences, as CoNLL-2003's {@code conlleval} does: a
 * predicted name is correct only if a gold name has exactly its first token, last token and type.
 * Tags may be IOB1, IOB2/BIO or BILOU (see {@link Chunks#decode}); gold and prediction may use
 * different schemes.
 *
 * <p>Not thread-safe: one scorer per thread, or combine the {@link EntityScores} afterwards.
 *
 * <pre>{@code
 * EntityScorer scorer = EntityScorer.create();
 * scorer.addTags(List.of("I-PER", "I-PER", "O"), List.of("B-PER", "I-PER", "O"));
 * scorer.scores().micro().f1(); // 1.0
 * }</pre>
 */
public final class EntityScorer {

  private final Map<String, int[]> counts = new HashMap<>();

  private EntityScorer() {}

  /** {@return an empty scorer} */
  public static EntityScorer create() {
    return new EntityScorer();
  }

  /**
   * Adds one sentence given as gold and predicted tags.
   *
   * @param gold the gold tags
   * @param predicted the predicted tags, one per gold tag
   * @return this scorer
   * @throws IllegalArgumentException if the lists differ in length or hold an invalid tag
   */
  public EntityScorer addTags(List<String> gold, List<String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size()
          + " predicted tags");
    }
    return addSpans(Chunks.decode(gold), Chunks.decode(predicted));
  }

  /**
   * Adds one sentence (or any unit within which spans are compared) given as spans; a span counts
   * once however often it is listed.
   *
   * @param gold the gold names
   * @param predicted the predicted names
   * @return this scorer
   */
  public EntityScorer addSpans(List<TypedSpan> gold, List<TypedSpan> predicted) {
    Set<TypedSpan> goldSet = new HashSet<>(Objects.requireNonNull(gold, "gold"));
    Set<TypedSpan> predictedSet = new HashSet<>(Objects.requireNonNull(predicted, "predicted"));
    for (TypedSpan span : predictedSet) {
      int[] c = counts.computeIfAbsent(span.type(), t -> new int[3]);
      if (goldSet.contains(span)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    for (TypedSpan span : goldSet) {
      if (!predictedSet.contains(span)) {
        counts.computeIfAbsent(span.type(), t -> new int[3])[2]++;
      }
    }
    return this;
  }

  /** {@return the counts so far}; the scorer may go on adding */
  public EntityScores scores() {
    Map<String, EntityScores.Counts> result = new HashMap<>();
    counts.forEach((type, c) -> result.put(type, new EntityScores.Counts(c[0], c[1], c[2])));
    return new EntityScores(result);
  }
}
