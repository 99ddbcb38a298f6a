package org.annalist.extraction.entities;

import java.util.List;
import java.util.Objects;
import org.annalist.model.EntityType;

/**
 * A statistical name recogniser as the entity stage sees it: the sentences of one document, each a
 * list of words (tokenised as CoNLL-2003 is, see {@link Words}), in; for each sentence, typed word
 * ranges with probabilities out. Implementations must be thread-safe and deterministic.
 */
interface NameRecognizer {

  /** The model's name for provenance, e.g. its resource file name. */
  String name();

  /**
   * The names in each sentence of one document.
   *
   * @param sentences the words of each sentence
   * @return one list per sentence, in the same order, of non-overlapping names
   */
  List<List<Name>> recognize(List<List<String>> sentences);

  /**
   * A name: words {@code [start, end)} of its sentence, its type and the model's probability.
   */
  record Name(int start, int end, EntityType type, double probability) {
    public Name {
      Objects.requireNonNull(type, "type");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad name range [" + start + ", " + end + ")");
      }
    }
  }
}
