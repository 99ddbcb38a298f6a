package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One labelled part of an article (headline, dateline, body paragraph, boilerplate...), with the
 * span it covers and the parser rule that labelled it. Immutable and thread-safe.
 */
public record StructureElement(
    @NotNull StructureLabel label,
    @Valid @NotNull Span span,
    @Valid @NotNull Provenance provenance) {

  public StructureElement {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(provenance, "provenance");
  }
}
