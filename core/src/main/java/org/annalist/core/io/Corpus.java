package org.annalist.core.io;

import java.util.List;
import java.util.Objects;
import org.annalist.core.pipeline.DocumentFailure;

/**
 * What a {@link CorpusReader} read: the articles it could read and a failure for each input it
 * could not, both in input order. Immutable and thread-safe.
 */
public record Corpus(List<ArticleSource> articles, List<DocumentFailure> failures) {

  public Corpus {
    articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /** A corpus of in-memory articles. */
  public static Corpus of(List<ArticleSource> articles) {
    return new Corpus(articles, List.of());
  }
}
