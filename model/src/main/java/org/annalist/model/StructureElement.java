package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One labelled part of an article (headline, dateline, body paragraph, boilerplate...), with the
 * span it covers and the parser rule that labelled it. Immutable and thread-safe.
 *
 * @param label what the part is
 * @param span the characters it covers
 * @param provenance the parser rule that labelled it, with its confidence
 */
public record StructureElement(
    @NotNull StructureLabel label,
    @Valid @NotNull Span span,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks the components.
   *
   * @param label what the part is
   * @param span the characters it covers
   * @param provenance the parser rule that labelled it, with its confidence
   * @throws NullPointerException if a component is {@code null}
   */
  public StructureElement {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(provenance, "provenance");
  }
}
