package org.annalist.core.io;

import java.util.List;
import java.util.Objects;
import org.annalist.core.pipeline.DocumentFailure;

/**
 * What a {@link CorpusReader} read: the articles it could read and a failure for each input it
 * could not, both in input order. Immutable and thread-safe.
 *
 * @param articles the articles read, in input order
 * @param failures the inputs that could not be read, in input order
 */
public record Corpus(List<ArticleSource> articles, List<DocumentFailure> failures) {

  /**
   * Copies the components.
   *
   * @param articles the articles read, in input order
   * @param failures the inputs that could not be read, in input order
   * @throws NullPointerException if a list is {@code null}
   */
  public Corpus {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /**
   * {@return a corpus of in-memory articles, with no read failures}
   *
   * @param articles the articles, in the order to analyse them
   */
  public static Corpus of(List<ArticleSource> articles) {
    return new Corpus(articles, List.of());
  }
}
