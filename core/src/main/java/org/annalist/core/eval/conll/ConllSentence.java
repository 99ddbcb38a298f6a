package org.annalist.core.eval.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a CoNLL-2003 file: a non-empty list of tokens.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<String> words = sentence.texts();
 * List<String> gold = sentence.tags();
 * }</pre>
 *
 * @param tokens the tokens in order, at least one
 */
public record ConllSentence(List<ConllToken> tokens) {

  /**
   * Copies the list; rejects an empty sentence.
   *
   * @param tokens the tokens in order, at least one
   */
  public ConllSentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one token");
    }
  }

  /** {@return the token texts, in order} */
  public List<String> texts() {
    return tokens.stream().map(ConllToken::text).toList();
  }

  /** {@return the named-entity tags, in order} */
  public List<String> tags() {
    return tokens.stream().map(ConllToken::tag).toList();
  }

  /** {@return the number of tokens} */
  public int size() {
    return tokens.size();
  }

  /**
   * {@return this sentence with its named-entity tags replaced by {@code newTags}, one per token}
   *
   * @param newTags the tags, in token order
   * @throws IllegalArgumentException if the sizes differ or a tag is invalid
   */
  public ConllSentence withTags(List<String> newTags) {
    if (newTags.size() != tokens.size()) {
      throw new IllegalArgumentException(newTags.size() + " tags for a sentence of "
          + tokens.size() + " tokens");
    }
    List<ConllToken> result = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      result.add(tokens.get(i).withTag(newTags.get(i)));
    }
    return new ConllSentence(result);
  }
}
