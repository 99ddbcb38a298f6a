package org.annalist.extraction.clusters;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hard word clustering by the exchange algorithm (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney
 * 1998) in its predictive form (Uszkoreit &amp; Brants 2008), made bidirectional so that a cluster
 * reflects the words both before and after a word (as in Dehdari, Tan &amp; van Genabith 2016), which
 * suits named-entity features.
 *
 * <p><b>Model.</b> Each word {@code w} of the vocabulary belongs to one class {@code c(w)}. The
 * forward model predicts a token from the previous word, {@code P(w_i | w_{i-1}) = P(c(w_i) |
 * w_{i-1}) P(w_i | c(w_i))}; the backward model predicts it from the next word. The clusterer
 * maximises the sum of both log-likelihoods, which up to terms that do not depend on the
 * clustering is
 *
 * <pre>
 *   F = Σ_{v,c} f(N(v,c)) + Σ_{c,u} f(N(c,u)) − 2 Σ_c f(N(c)),   f(x) = x ln x,
 * </pre>
 *
 * where {@code N(v,c)} counts word {@code v} followed by a word of class {@code c}, {@code N(c,u)}
 * a word of class {@code c} followed by {@code u}, and {@code N(c)} the tokens of class {@code c}.
 * Moving a word only changes the rows of its own neighbours, so the gain of every candidate class
 * is computed from the word's sparse neighbour counts in time proportional to the non-zero entries
 * of those rows.
 *
 * <p><b>Vocabulary.</b> Tokens that occur at least {@link #minCount()} times are clustered into
 * {@link #classes()} classes. Rarer tokens are not clustered and get no id; as context they count
 * as one of four fixed pseudo-words by shape (with a digit, capitalised, lower-case, other).
 * Sequence boundaries are a fixed pseudo-word too.
 *
 * <p><b>Determinism.</b> Words are ranked by descending count, then by {@link String#compareTo};
 * the initial class of the word of rank {@code r} is {@code r mod K}. Each iteration visits the
 * words in rank order, in blocks whose bounds depend only on the corpus: the best class of every
 * word of a block is computed (in parallel when {@link #threads()} &gt; 1) against the counts at the
 * start of the block, then the moves are applied in rank order, each after checking against the
 * current counts that it still raises {@code F} (so {@code F} never decreases). The result is the
 * same for the same corpus and parameters whatever the number of threads. Iterations stop early
 * when no word moves. Cluster ids are renumbered so that they appear in the order of their most
 * frequent word (the most frequent word is in cluster 0).
 *
 * <p>Immutable and thread-safe: a clusterer holds only its parameters; each {@link #cluster} call
 * uses its own state and, if {@link #threads()} &gt; 1, its own threads, which it stops before
 * returning.
 *
 * <pre>{@code
 * ExchangeClusterer clusterer = ExchangeClusterer.builder().classes(256).minCount(3)
 *     .iterations(15).threads(2).build();
 * WordClusters clusters = clusterer.cluster(corpus, report -> System.err.println(report));
 * }</pre>
 */
public final class ExchangeClusterer {

  /** Default number of classes. */
  public static final int DEFAULT_CLASSES = 256;

  /** Default minimum count of a clustered word. */
  public static final int DEFAULT_MIN_COUNT = 3;

  /** Default maximum number of iterations. */
  public static final int DEFAULT_ITERATIONS = 15;

  private final int classes;
  private final int minCount;
  private final int iterations;
  private final int threads;

  private ExchangeClusterer(Builder builder) {
    this.classes = builder.classes;
    this.minCount = builder.minCount;
    this.iterations = builder.iterations;
    this.threads = builder.threads;
  }

  /** {@return a builder with the defaults: 256 classes, min count 3, 15 iterations, 1 thread} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of classes {@code K}} */
  public int classes() {
    return classes;
  }

  /** {@return the minimum count of a clustered word} */
  public int minCount() {
    return minCount;
  }

  /** {@return the maximum number of iterations (passes over the vocabulary)} */
  public int iterations() {
    return iterations;
  }

  /** {@return the number of threads used to evaluate moves} */
  public int threads() {
    return threads;
  }

  /**
   * {@return the clusters of the words of {@code corpus}}, as {@link #cluster(ClusterCorpus,
   * Consumer)} with no progress reports
   *
   * @param corpus the token sequences
   */
  public WordClusters cluster(ClusterCorpus corpus) {
    return cluster(corpus, report -> { });
  }

  /**
   * Clusters the words of {@code corpus} that occur at least {@link #minCount()} times, calling
   * {@code progress} in the calling thread once before the first iteration (iteration 0, the
   * initial clustering) and after each iteration.
   *
   * @param corpus the token sequences
   * @param progress receives a report per iteration
   * @return the clusters, words ordered by cluster id and then by descending count
   * @throws NullPointerException if an argument is null
   * @throws RuntimeException whatever {@code progress} throws; the work stops
   */
  public WordClusters cluster(ClusterCorpus corpus, Consumer<? super IterationReport> progress) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(progress, "progress");
    return new ExchangeRun(corpus, classes, minCount, threads).run(iterations, progress);
  }

  @Override
  public String toString() {
    return "ExchangeClusterer[classes=" + classes + ", minCount=" + minCount + ", iterations="
        + iterations + ", threads=" + threads + "]";
  }

  /**
   * What one iteration did. Immutable and thread-safe.
   *
   * @param iteration 0 for the initial clustering, then 1, 2, ...
   * @param objective the objective {@code F} after the iteration (natural logarithms)
   * @param moves how many words changed class
   * @param vocabularySize how many words are being clustered
   * @param elapsed time the iteration took (for iteration 0: building the counts)
   */
  public record IterationReport(
      int iteration, double objective, int moves, int vocabularySize, Duration elapsed) {

    /**
     * Checks the components.
     *
     * @param iteration 0 for the initial clustering, then 1, 2, ...
     * @param objective the objective {@code F} after the iteration (natural logarithms)
     * @param moves how many words changed class
     * @param vocabularySize how many words are being clustered
     * @param elapsed time the iteration took (for iteration 0: building the counts)
     * @throws IllegalArgumentException if a count is negative
     */
    public IterationReport {
      if (iteration < 0) {
        throw new IllegalArgumentException("iteration must be >= 0, was " + iteration);
      }
      if (moves < 0) {
        throw new IllegalArgumentException("moves must be >= 0, was " + moves);
      }
      if (vocabularySize < 0) {
        throw new IllegalArgumentException("vocabularySize must be >= 0, was " + vocabularySize);
      }
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }

  /**
   * Builds an {@link ExchangeClusterer}; each setter rejects an impossible value at once, naming
   * it. Not thread-safe.
   */
  public static final class Builder {
    private int classes = DEFAULT_CLASSES;
    private int minCount = DEFAULT_MIN_COUNT;
    private int iterations = DEFAULT_ITERATIONS;
    private int threads = 1;

    private Builder() {}

    /**
     * Sets the number of classes, at least 2 and at most 65,536.
     *
     * @param classes the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder classes(int classes) {
      if (classes < 2 || classes > 65_536) {
        throw new IllegalArgumentException("classes must be in [2, 65536], was " + classes);
      }
      this.classes = classes;
      return this;
    }

    /**
     * Sets the minimum count of a word to be clustered, at least 1.
     *
     * @param minCount the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder minCount(int minCount) {
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1, was " + minCount);
      }
      this.minCount = minCount;
      return this;
    }

    /**
     * Sets the maximum number of iterations, at least 0 (0 returns the initial clustering).
     *
     * @param iterations the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder iterations(int iterations) {
      if (iterations < 0) {
        throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
      }
      this.iterations = iterations;
      return this;
    }

    /**
     * Sets the number of threads, at least 1; the result does not depend on it.
     *
     * @param threads the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** {@return the clusterer, immutable and thread-safe} */
    public ExchangeClusterer build() {
      return new ExchangeClusterer(this);
    }
  }
}
