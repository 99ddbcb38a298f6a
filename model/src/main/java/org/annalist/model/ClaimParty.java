package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The source or the addressee of a {@link Claim}: its span as written, and the entity it resolves
 * to, if any, with how and by which rule.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimParty source = claim.source();
 * if (source != null && source.entityId() != null) {
 *   Entity speaker = entities.findEntity(source.entityId()).orElseThrow();
 * }
 * }</pre>
 *
 * @param span the words that name the party ({@code he}, {@code the ministry}, {@code Petro})
 * @param entityId the id of an entity of the document's {@link EntityLayer}, or {@code null} when
 *     {@code resolution} is {@link PartyResolution#UNRESOLVED}
 * @param resolution how the span was linked to the entity
 * @param rule the rule that linked it (or found no entity), e.g. {@code pronoun-previous-source}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimParty(
    @Valid @NotNull Span span,
    String entityId,
    @NotNull PartyResolution resolution,
    @NotBlank String rule) {

  /**
   * Checks and copies the components.
   *
   * @param span the words that name the party ({@code he}, {@code the ministry}, {@code Petro})
   * @param entityId the id of an entity of the document's {@link EntityLayer}, or {@code null} when
   *     {@code resolution} is {@link PartyResolution#UNRESOLVED}
   * @param resolution how the span was linked to the entity
   * @param rule the rule that linked it (or found no entity), e.g. {@code pronoun-previous-source}
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public ClaimParty {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a claim party cannot be empty, at offset " + span.begin());
    }
    Objects.requireNonNull(resolution, "resolution of party " + span);
    if ((entityId == null) != (resolution == PartyResolution.UNRESOLVED)) {
      throw new IllegalArgumentException("party " + span + " is " + resolution + " but its entity is "
          + (entityId == null ? "missing" : entityId));
    }
    if (entityId != null) {
      Provenance.requireText(entityId, "entityId");
    }
    Provenance.requireText(rule, "rule");
  }
}
