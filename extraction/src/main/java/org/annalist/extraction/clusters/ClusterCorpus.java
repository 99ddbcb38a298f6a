package org.annalist.extraction.clusters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The unlabelled text an {@link ExchangeClusterer} learns from: a series of token sequences
 * (sentences, paragraphs or documents), stored compactly as word ids. No bigram crosses from one
 * sequence to the next.
 *
 * <p>Tokens are taken as given (already tokenised and normalised, e.g. by {@link ConllTokenizer}
 * and {@link WordClusters#normalize(String)}); a token must not be empty or contain whitespace.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * ClusterCorpus.Builder corpus = ClusterCorpus.builder();
 * corpus.add(List.of("the", "cat", "sat"));
 * ClusterCorpus built = corpus.build();
 * }</pre>
 */
public final class ClusterCorpus {

  private final String[] types;
  private final int[] counts;
  private final int[] tokens;
  private final int[] sequenceEnds;

  private ClusterCorpus(String[] types, int[] counts, int[] tokens, int[] sequenceEnds) {
    this.types = types;
    this.counts = counts;
    this.tokens = tokens;
    this.sequenceEnds = sequenceEnds;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of tokens} */
  public int tokenCount() {
    return tokens.length;
  }

  /** {@return the number of distinct tokens} */
  public int typeCount() {
    return types.length;
  }

  /** {@return the number of non-empty sequences} */
  public int sequenceCount() {
    return sequenceEnds.length;
  }

  /**
   * {@return the number of distinct tokens that occur at least {@code minCount} times}
   *
   * @param minCount the least count, at least 1
   */
  public int vocabularySize(int minCount) {
    return (int) Arrays.stream(counts).filter(c -> c >= minCount).count();
  }

  String type(int id) {
    return types[id];
  }

  int count(int id) {
    return counts[id];
  }

  /** Type ids of all tokens, sequences one after another (not copied: do not change). */
  int[] tokens() {
    return tokens;
  }

  /** End (exclusive) in {@link #tokens()} of each sequence (not copied: do not change). */
  int[] sequenceEnds() {
    return sequenceEnds;
  }

  @Override
  public String toString() {
    return "ClusterCorpus[" + tokens.length + " tokens, " + types.length + " types, "
        + sequenceEnds.length + " sequences]";
  }

  /** Collects sequences of tokens; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] types = new String[1024];
    private int[] counts = new int[1024];
    private int[] tokens = new int[1 << 16];
    private int tokenCount;
    private int[] ends = new int[1024];
    private int sequenceCount;

    private Builder() {}

    /**
     * Adds one sequence of tokens; an empty list is ignored.
     *
     * @param sequence the tokens of one sentence or line, in order
     * @return this builder
     * @throws IllegalArgumentException naming the token if one is empty or contains whitespace
     * @throws IllegalStateException if the corpus would exceed {@link Integer#MAX_VALUE} - 8
     *     tokens
     */
    public Builder add(List<String> sequence) {
      Objects.requireNonNull(sequence, "sequence");
      if (sequence.isEmpty()) {
        return this;
      }
      if ((long) tokenCount + sequence.size() > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("corpus too large: more than " + (Integer.MAX_VALUE - 8)
            + " tokens");
      }
      for (String token : sequence) {
        Integer id = ids.get(token);
        if (id == null) {
          checkToken(token);
          id = ids.size();
          ids.put(token, id);
          if (id == types.length) {
            types = Arrays.copyOf(types, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
          }
          types[id] = token;
        }
        counts[id]++;
        if (tokenCount == tokens.length) {
          tokens = Arrays.copyOf(tokens, (int) Math.min(Integer.MAX_VALUE - 8, tokenCount * 2L));
        }
        tokens[tokenCount++] = id;
      }
      if (sequenceCount == ends.length) {
        ends = Arrays.copyOf(ends, sequenceCount * 2);
      }
      ends[sequenceCount++] = tokenCount;
      return this;
    }

    private static void checkToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isEmpty()) {
        throw new IllegalArgumentException("empty token");
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          throw new IllegalArgumentException("token '" + token + "' contains whitespace");
        }
      }
    }

    /** {@return the corpus of the sequences added so far}; the builder may go on being used */
    public ClusterCorpus build() {
      int typeCount = ids.size();
      return new ClusterCorpus(Arrays.copyOf(types, typeCount), Arrays.copyOf(counts, typeCount),
          Arrays.copyOf(tokens, tokenCount), Arrays.copyOf(ends, sequenceCount));
    }
  }
}
