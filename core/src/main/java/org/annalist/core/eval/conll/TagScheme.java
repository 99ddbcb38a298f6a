package org.annalist.core.eval.conll;

import java.util.List;

/** How {@link Chunks#encode} writes spans as tags. Immutable and thread-safe. */
public enum TagScheme {
  /**
   * IOB1, as in the original CoNLL-2003 files: every token of a name is {@code I-TYPE}, except that
   * the first token of a name directly following another name of the same type is {@code B-TYPE}.
   */
  IOB1,
  /** IOB2 or BIO: the first token of every name is {@code B-TYPE}, the others {@code I-TYPE}. */
  IOB2;

  /**
   * IOB1 if some name in {@code sentences} begins with {@code I-} (after {@code O}, at the start of
   * a sentence, or after a name of another type), else IOB2.
   *
   * @param sentences the tags of each sentence
   * @return the scheme the tags are written in
   */
  public static TagScheme detect(List<List<String>> sentences) {
    for (List<String> tags : sentences) {
      String previousType = null;
      for (String tag : tags) {
        if (tag.startsWith("I-")) {
          String type = tag.substring(2);
          if (!type.equals(previousType)) {
            return IOB1;
          }
        }
        previousType = tag.equals("O") ? null : tag.substring(2);
      }
    }
    return IOB2;
  }
}
