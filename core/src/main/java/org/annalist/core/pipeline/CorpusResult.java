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
 */
public record CorpusResult(List<AnalyzedDocument> documents, List<DocumentFailure> failures) {

  public CorpusResult {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /** Whether every input was analysed. */
  @JsonIgnore
  public boolean isComplete() {
    return failures.isEmpty();
  }
}
