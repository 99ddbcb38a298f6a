package org.annalist.core.eval.semeval;

import java.util.Objects;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.model.AnalyzedDocument;

/**
 * A CAT document with the analysis of its rebuilt text, as {@link TimelineBuilder} takes them.
 * Immutable and thread-safe.
 *
 * @param source the CAT document
 * @param analysis the pipeline's analysis of {@code source.text()}, with the document's id
 */
public record TimelineDocument(CatDocument source, AnalyzedDocument analysis) {

  /**
   * Checks the components.
   *
   * @param source the CAT document
   * @param analysis the analysis of its text
   * @throws IllegalArgumentException naming the document if the analysis has another id or text
   */
  public TimelineDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(analysis, "analysis of " + source.id());
    if (!analysis.id().equals(source.id())) {
      throw new IllegalArgumentException("the analysis of document " + source.id()
          + " has the id " + analysis.id());
    }
    if (!analysis.text().equals(source.text())) {
      throw new IllegalArgumentException("the analysis of document " + source.id()
          + " is not of its rebuilt text");
    }
  }
}
