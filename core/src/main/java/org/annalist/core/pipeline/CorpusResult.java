package org.annalist.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import org.annalist.model.AnalyzedDocument;

/**
 * The outcome of a corpus run: the analysed documents and the failures, both in input order. Every
 * input is in exactly one of the two lists. A document of which a stage skipped some items is
 * among the documents, with those items in its {@link AnalyzedDocument#itemFailures()}.
 * Immutable and thread-safe.
 *
 * @param documents the analysed documents, in input order
 * @param failures the inputs that produced no document, in input order
 */
public record CorpusResult(List<AnalyzedDocument> documents, List<DocumentFailure> failures) {

  /**
   * Copies the components.
   *
   * @param documents the analysed documents, in input order
   * @param failures the inputs that produced no document, in input order
   * @throws NullPointerException if a list is {@code null}
   */
  public CorpusResult {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /**
   * {@return whether every input was analysed} A document with item failures counts as analysed:
   * see {@link AnalyzedDocument#isComplete()}.
   */
  @JsonIgnore
  public boolean isComplete() {
    return failures.isEmpty();
  }
}
