package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * The support for a derived item: the document, the exact characters in it, and the stage, rule and
 * confidence that produced the item. A chronology entry carries one evidence per supporting mention.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Evidence e = new Evidence("004_2548ac03265b6e4d", List.of(span),
 *     new Provenance("article-parser", "byline-date", 0.9));
 * }</pre>
 *
 * @param documentId the id of the document the spans are in
 * @param spans the supporting characters, at least one span
 * @param provenance the stage, rule or model and confidence that produced the item
 */
public record Evidence(
    @NotBlank String documentId,
    @NotEmpty List<@Valid @NotNull Span> spans,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks and copies the components.
   *
   * @param documentId the id of the document the spans are in
   * @param spans the supporting characters, at least one span
   * @param provenance the stage, rule or model and confidence that produced the item
   * @throws IllegalArgumentException if the document id is blank or there is no span
   */
  public Evidence {
    Provenance.requireText(documentId, "documentId");
    spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("evidence for " + documentId + " needs at least one span");
    }
    Objects.requireNonNull(provenance, "provenance");
  }
}
