package org.annalist.extraction.clusters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.annalist.extraction.clusters.ExchangeClusterer.IterationReport;

/**
 * One run of {@link ExchangeClusterer}: the counts and the current clustering. Not thread-safe;
 * used by one {@code cluster} call, whose helper threads only read it while the calling thread
 * waits.
 *
 * <p>Words are numbered by rank (0 = most frequent); then come the fixed pseudo-words. Every word
 * {@code v} has two rows of class counts: its forward row {@code v} ({@code N(v, c)}, classes of
 * the words after {@code v}) and its backward row {@code W + v} ({@code N(c, v)}, classes of the
 * words before it). A row whose total is large is stored densely (one int per class); the others
 * store their non-zero entries only, in a slice of a shared pool whose capacity is the row's total
 * (so never reallocated). Moving word {@code w} changes exactly the forward rows of the words
 * before it and the backward rows of the words after it: its neighbour list.
 */
final class ExchangeRun {

  // Pseudo-words after the vocabulary: sequence boundary and four shapes of rare words.
  private static final int PSEUDO_WORDS = 5;
  private static final int BOUNDARY = 0;
  private static final int RARE_NUMBER = 1;
  private static final int RARE_CAPITALISED = 2;
  private static final int RARE_LOWER = 3;
  private static final int RARE_OTHER = 4;

  // A row is dense when its total reaches this many times the number of classes.
  private static final int DENSE_FACTOR = 2;
  // Block bounds: a block takes words until its estimated work reaches BLOCK_WORK.
  private static final long BLOCK_WORK = 1L << 19;
  private static final int MIN_BLOCK_WORDS = 4;
  private static final int MAX_BLOCK_WORDS = 2048;
  // A move must raise the objective by more than this (guards against rounding noise).
  private static final double MIN_GAIN = 1e-7;

  private final int k;            // movable classes 0..k-1
  private final int classCount;   // k + fixed classes
  private final int vocabulary;   // V
  private final int words;        // W = V + PSEUDO_WORDS
  private final int threads;
  private final String[] vocabularyWords;

  private final int[] wordCount;
  private final int[] wordClass;
  private final long[] classTokens;

  // Neighbours of each word: row index and bigram count (CSR).
  private final int[] neighbourStart;
  private final int[] neighbourRow;
  private final int[] neighbourCount;

  // Rows: dense offset (or -1), else sparse slice [sparseOffset, sparseOffset + sparseSize).
  private final int[] denseOffset;
  private final int[] dense;
  private final int[] sparseOffset;
  private final int[] sparseSize;
  private final int[] sparseClass;
  private final int[] sparseCount;

  // f(x) = x ln x for every count that can occur.
  private final double[] xlogx;

  // Block bounds over ranks 0..V: block b is [blockStart[b], blockStart[b + 1]).
  private final int[] blockStart;

  private final long setupNanos;

  ExchangeRun(ClusterCorpus corpus, int k, int minCount, int threads) {
    long start = System.nanoTime();
    this.k = k;
    this.classCount = k + PSEUDO_WORDS;
    this.threads = threads;

    // Vocabulary by rank: descending count, then the word.
    int types = corpus.typeCount();
    List<Integer> kept = new ArrayList<>();
    for (int t = 0; t < types; t++) {
      if (corpus.count(t) >= minCount) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt((Integer t) -> -corpus.count(t))
        .thenComparing(corpus::type));
    this.vocabulary = kept.size();
    this.words = vocabulary + PSEUDO_WORDS;
    this.vocabularyWords = new String[vocabulary];
    int[] typeWord = new int[types];
    for (int t = 0; t < types; t++) {
      typeWord[t] = vocabulary + rareShape(corpus.type(t));
    }
    for (int r = 0; r < vocabulary; r++) {
      typeWord[kept.get(r)] = r;
      vocabularyWords[r] = corpus.type(kept.get(r));
    }

    // Word counts, with boundaries before, between and after the sequences.
    int[] tokens = corpus.tokens();
    int[] ends = corpus.sequenceEnds();
    int boundaryWord = vocabulary + BOUNDARY;
    this.wordCount = new int[words];
    for (int token : tokens) {
      wordCount[typeWord[token]]++;
    }
    wordCount[boundaryWord] = ends.length + 1;

    // Bigram counts: sort the pairs encoded as prev * W + next, then count runs.
    long[] pairs = new long[tokens.length + ends.length];
    int p = 0;
    int previous = boundaryWord;
    int sequence = 0;
    for (int i = 0; i < tokens.length; i++) {
      int word = typeWord[tokens[i]];
      pairs[p++] = (long) previous * words + word;
      previous = word;
      if (i + 1 == ends[sequence]) {
        pairs[p++] = (long) previous * words + boundaryWord;
        previous = boundaryWord;
        sequence++;
      }
    }
    Arrays.sort(pairs);
    int distinct = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        distinct++;
      }
    }
    int[] bigramPrev = new int[distinct];
    int[] bigramNext = new int[distinct];
    int[] bigramCount = new int[distinct];
    int b = -1;
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        b++;
        bigramPrev[b] = (int) (pairs[i] / words);
        bigramNext[b] = (int) (pairs[i] % words);
      }
      bigramCount[b]++;
    }
    pairs = null;

    // Neighbours of word w: the forward rows of the words before it, the backward rows of the
    // words after it. Row totals for the row layout.
    int rows = 2 * words;
    long[] rowTotal = new long[rows];
    this.neighbourStart = new int[words + 1];
    for (int i = 0; i < distinct; i++) {
      neighbourStart[bigramNext[i] + 1]++;
      neighbourStart[bigramPrev[i] + 1]++;
      rowTotal[bigramPrev[i]] += bigramCount[i];
      rowTotal[words + bigramNext[i]] += bigramCount[i];
    }
    for (int w = 0; w < words; w++) {
      neighbourStart[w + 1] += neighbourStart[w];
    }
    this.neighbourRow = new int[2 * distinct];
    this.neighbourCount = new int[2 * distinct];
    int[] fill = Arrays.copyOf(neighbourStart, words);
    for (int i = 0; i < distinct; i++) {
      int at = fill[bigramNext[i]]++;
      neighbourRow[at] = bigramPrev[i];
      neighbourCount[at] = bigramCount[i];
      at = fill[bigramPrev[i]]++;
      neighbourRow[at] = words + bigramNext[i];
      neighbourCount[at] = bigramCount[i];
    }

    // Row storage.
    this.denseOffset = new int[rows];
    this.sparseOffset = new int[rows];
    this.sparseSize = new int[rows];
    int denseRows = 0;
    long pool = 0;
    for (int r = 0; r < rows; r++) {
      if (rowTotal[r] >= (long) DENSE_FACTOR * classCount) {
        denseOffset[r] = denseRows++ * classCount;
      } else {
        denseOffset[r] = -1;
        sparseOffset[r] = (int) pool;
        pool += Math.min(rowTotal[r], classCount);
      }
    }
    this.dense = new int[Math.multiplyExact(denseRows, classCount)];
    this.sparseClass = new int[Math.toIntExact(pool)];
    this.sparseCount = new int[Math.toIntExact(pool)];

    // Initial clustering: rank modulo K; pseudo-words in their fixed classes.
    this.wordClass = new int[words];
    this.classTokens = new long[classCount];
    for (int w = 0; w < words; w++) {
      wordClass[w] = w < vocabulary ? w % k : k + (w - vocabulary);
      classTokens[wordClass[w]] += wordCount[w];
    }
    for (int i = 0; i < distinct; i++) {
      addToRow(bigramPrev[i], wordClass[bigramNext[i]], bigramCount[i]);
      addToRow(words + bigramNext[i], wordClass[bigramPrev[i]], bigramCount[i]);
    }

    long positions = (long) tokens.length + ends.length + 1;
    this.xlogx = new double[Math.toIntExact(positions + 1)];
    for (int x = 1; x < xlogx.length; x++) {
      xlogx[x] = x * Math.log(x);
    }

    this.blockStart = blocks(rowTotal);
    this.setupNanos = System.nanoTime() - start;
  }

  private static int rareShape(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length() && !digit; i++) {
      digit = Character.isDigit(word.charAt(i));
    }
    if (digit) {
      return RARE_NUMBER;
    }
    int first = word.codePointAt(0);
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      return RARE_CAPITALISED;
    }
    return Character.isLowerCase(first) ? RARE_LOWER : RARE_OTHER;
  }

  /** Block bounds: consecutive ranks whose estimated evaluation work adds up to BLOCK_WORK. */
  private int[] blocks(long[] rowTotal) {
    int[] starts = new int[vocabulary + 2];
    int count = 0;
    int w = 0;
    while (w < vocabulary) {
      starts[count++] = w;
      long work = 0;
      int first = w;
      while (w < vocabulary
          && (w - first < MIN_BLOCK_WORDS || work < BLOCK_WORK)
          && w - first < MAX_BLOCK_WORDS) {
        for (int j = neighbourStart[w]; j < neighbourStart[w + 1]; j++) {
          int r = neighbourRow[j];
          work += denseOffset[r] >= 0 ? classCount : Math.min(rowTotal[r], classCount);
        }
        w++;
      }
    }
    starts[count++] = vocabulary;
    return Arrays.copyOf(starts, count);
  }

  /** Runs up to {@code iterations} passes and returns the clusters. */
  WordClusters run(int iterations, Consumer<? super IterationReport> progress) {
    progress.accept(new IterationReport(
        0, objective(), 0, vocabulary, Duration.ofNanos(setupNanos)));
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, runnable -> {
      Thread thread = new Thread(runnable, "exchange-clusterer");
      thread.setDaemon(true);
      return thread;
    }) : null;
    try {
      double[][] scratch = new double[threads][classCount];
      int[] proposal = new int[MAX_BLOCK_WORDS];
      for (int iteration = 1; iteration <= iterations; iteration++) {
        long start = System.nanoTime();
        int moves = 0;
        for (int b = 0; b + 1 < blockStart.length; b++) {
          int from = blockStart[b];
          int to = blockStart[b + 1];
          propose(from, to, proposal, scratch, pool);
          boolean changed = false;
          for (int w = from; w < to; w++) {
            int target = proposal[w - from];
            if (target == wordClass[w]) {
              continue;
            }
            // The proposal was made on the counts at the start of the block; recheck it if an
            // earlier move in the block may have changed them.
            if (!changed || moveGain(w, target) > MIN_GAIN) {
              move(w, target);
              moves++;
              changed = true;
            }
          }
        }
        progress.accept(new IterationReport(
            iteration, objective(), moves, vocabulary, Duration.ofNanos(System.nanoTime() - start)));
        if (moves == 0) {
          break;
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return clusters();
  }

  /** Fills {@code proposal[w - from]} with the best class of each word of the block. */
  private void propose(int from, int to, int[] proposal, double[][] scratch, ExecutorService pool) {
    if (pool == null || to - from < 2) {
      for (int w = from; w < to; w++) {
        proposal[w - from] = bestClass(w, scratch[0]);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger(from);
    List<Future<?>> futures = new ArrayList<>(threads - 1);
    for (int t = 1; t < threads; t++) {
      double[] acc = scratch[t];
      futures.add(pool.submit(() -> proposeFrom(next, to, from, proposal, acc)));
    }
    proposeFrom(next, to, from, proposal, scratch[0]);
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while clustering", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("clustering thread failed: " + e.getCause(), e.getCause());
    }
  }

  private void proposeFrom(AtomicInteger next, int to, int from, int[] proposal, double[] acc) {
    for (int w = next.getAndIncrement(); w < to; w = next.getAndIncrement()) {
      proposal[w - from] = bestClass(w, acc);
    }
  }

  /**
   * The class that gives word {@code w} the highest objective, keeping its own class unless
   * another is better by more than {@link #MIN_GAIN}; reads the counts only.
   *
   * <p>For each class {@code c}, {@code acc[c]} collects, over the neighbour rows, how much the
   * row's term grows when {@code w}'s count {@code n} is added to entry {@code c} of the row with
   * {@code w} taken out, minus {@code f(n)}, the growth for an empty entry (the same for every
   * class, so left out). Only the non-zero entries of a sparse row contribute.
   */
  int bestClass(int w, double[] acc) {
    final double[] t = xlogx;
    final int own = wordClass[w];
    Arrays.fill(acc, 0, k, 0.0);
    for (int j = neighbourStart[w], end = neighbourStart[w + 1]; j < end; j++) {
      int row = neighbourRow[j];
      int n = neighbourCount[j];
      double tn = t[n];
      int d = denseOffset[row];
      if (d >= 0) {
        for (int c = 0; c < own; c++) {
          int x = dense[d + c];
          acc[c] += t[x + n] - t[x] - tn;
        }
        int x0 = dense[d + own] - n;
        acc[own] += t[x0 + n] - t[x0] - tn;
        for (int c = own + 1; c < k; c++) {
          int x = dense[d + c];
          acc[c] += t[x + n] - t[x] - tn;
        }
      } else {
        for (int e = sparseOffset[row], stop = e + sparseSize[row]; e < stop; e++) {
          int c = sparseClass[e];
          if (c < k) {
            int x = c == own ? sparseCount[e] - n : sparseCount[e];
            acc[c] += t[x + n] - t[x] - tn;
          }
        }
      }
    }
    int nw = wordCount[w];
    int best = own;
    double bestGain = acc[own] - 2 * (t[(int) classTokens[own]] - t[(int) classTokens[own] - nw]);
    double ownGain = bestGain;
    for (int c = 0; c < k; c++) {
      if (c == own) {
        continue;
      }
      int tokens = (int) classTokens[c];
      double gain = acc[c] - 2 * (t[tokens + nw] - t[tokens]);
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    return bestGain - ownGain > MIN_GAIN ? best : own;
  }

  /** Exact change of the objective if {@code w} moved to class {@code target} now. */
  double moveGain(int w, int target) {
    final double[] t = xlogx;
    int own = wordClass[w];
    double gain = 0;
    for (int j = neighbourStart[w], end = neighbourStart[w + 1]; j < end; j++) {
      int row = neighbourRow[j];
      int n = neighbourCount[j];
      int x0 = rowEntry(row, own);
      int x1 = rowEntry(row, target);
      gain += (t[x1 + n] - t[x1]) - (t[x0] - t[x0 - n]);
    }
    int nw = wordCount[w];
    int c0 = (int) classTokens[own];
    int c1 = (int) classTokens[target];
    gain -= 2 * ((t[c1 + nw] - t[c1]) - (t[c0] - t[c0 - nw]));
    return gain;
  }

  void move(int w, int target) {
    int own = wordClass[w];
    for (int j = neighbourStart[w], end = neighbourStart[w + 1]; j < end; j++) {
      addToRow(neighbourRow[j], own, -neighbourCount[j]);
      addToRow(neighbourRow[j], target, neighbourCount[j]);
    }
    classTokens[own] -= wordCount[w];
    classTokens[target] += wordCount[w];
    wordClass[w] = target;
  }

  private int rowEntry(int row, int c) {
    int d = denseOffset[row];
    if (d >= 0) {
      return dense[d + c];
    }
    for (int e = sparseOffset[row], stop = e + sparseSize[row]; e < stop; e++) {
      if (sparseClass[e] == c) {
        return sparseCount[e];
      }
    }
    return 0;
  }

  /** Adds {@code delta} to entry {@code c} of {@code row}; a sparse entry that reaches 0 goes. */
  private void addToRow(int row, int c, int delta) {
    int d = denseOffset[row];
    if (d >= 0) {
      dense[d + c] += delta;
      return;
    }
    int offset = sparseOffset[row];
    int size = sparseSize[row];
    for (int e = offset, stop = offset + size; e < stop; e++) {
      if (sparseClass[e] == c) {
        sparseCount[e] += delta;
        if (sparseCount[e] == 0) {
          int last = offset + size - 1;
          sparseClass[e] = sparseClass[last];
          sparseCount[e] = sparseCount[last];
          sparseSize[row] = size - 1;
        }
        return;
      }
    }
    // A new entry: the capacity (the row total) cannot be exceeded, as removals come first.
    sparseClass[offset + size] = c;
    sparseCount[offset + size] = delta;
    sparseSize[row] = size + 1;
  }

  /** The objective F, summed in a fixed order. */
  double objective() {
    double sum = 0;
    for (int row = 0; row < 2 * words; row++) {
      int d = denseOffset[row];
      if (d >= 0) {
        for (int c = 0; c < classCount; c++) {
          sum += xlogx[dense[d + c]];
        }
      } else {
        for (int e = sparseOffset[row], stop = e + sparseSize[row]; e < stop; e++) {
          sum += xlogx[sparseCount[e]];
        }
      }
    }
    for (int c = 0; c < classCount; c++) {
      sum -= 2 * xlogx[(int) classTokens[c]];
    }
    return sum;
  }

  /**
   * The objective recomputed from the neighbour lists and the current classes alone, without the
   * incrementally kept rows and class sizes: a check of them for tests. Slow.
   */
  double objectiveFromScratch() {
    Map<Long, Long> entries = new HashMap<>();
    long[] tokens = new long[classCount];
    for (int w = 0; w < words; w++) {
      tokens[wordClass[w]] += wordCount[w];
      for (int j = neighbourStart[w]; j < neighbourStart[w + 1]; j++) {
        entries.merge((long) neighbourRow[j] * classCount + wordClass[w],
            (long) neighbourCount[j], Long::sum);
      }
    }
    double sum = 0;
    for (long x : entries.values()) {
      sum += x * Math.log(x);
    }
    for (long x : tokens) {
      sum -= x == 0 ? 0 : 2 * x * Math.log(x);
    }
    return sum;
  }

  /** Number of clustered words (ranks 0 .. V - 1). */
  int vocabulary() {
    return vocabulary;
  }

  /** Number of movable classes. */
  int classes() {
    return k;
  }

  /** Current class of the word of rank {@code w}. */
  int classOf(int w) {
    return wordClass[w];
  }

  /** Size of the scratch array {@link #bestClass} needs. */
  int scratchSize() {
    return classCount;
  }

  /** The clustering, ids renumbered by first appearance in rank order. */
  WordClusters clusters() {
    int[] renumber = new int[k];
    Arrays.fill(renumber, -1);
    int next = 0;
    int[] size = new int[k];
    for (int w = 0; w < vocabulary; w++) {
      if (renumber[wordClass[w]] < 0) {
        renumber[wordClass[w]] = next++;
      }
      size[renumber[wordClass[w]]]++;
    }
    int[] at = new int[next + 1];
    for (int c = 0; c < next; c++) {
      at[c + 1] = at[c] + size[c];
    }
    String[] ordered = new String[vocabulary];
    int[] ids = new int[vocabulary];
    for (int w = 0; w < vocabulary; w++) {
      int id = renumber[wordClass[w]];
      int slot = at[id]++;
      ordered[slot] = vocabularyWords[w];
      ids[slot] = id;
    }
    return WordClusters.of(Arrays.asList(ordered), ids);
  }
}
