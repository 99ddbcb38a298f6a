package org.annalist.core.eval.conll;

import java.util.List;
import java.util.Objects;

/**
 * One document of a CoNLL-2003 file: the sentences between two {@code -DOCSTART-} lines (or the
 * whole file if it has none). A document may have no sentences.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentences the sentences in order
 */
public record ConllDocument(List<ConllSentence> sentences) {

  /**
   * Copies the list.
   *
   * @param sentences the sentences in order
   */
  public ConllDocument {
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
  }

  /** {@return the total number of tokens in the document} */
  public int tokenCount() {
    return sentences.stream().mapToInt(ConllSentence::size).sum();
  }
}
