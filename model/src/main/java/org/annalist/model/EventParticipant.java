package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One participant of an {@link Event}: its role, the characters that name it, and the entity of the
 * document's {@link EntityLayer} it resolves to, when there is one. A capital standing for its
 * government ({@code Bogota} for Colombia) resolves to the entity it stands for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the participant's role
 * @param span the characters that name the participant
 * @param entityId the id of the entity in the document's entity layer, or {@code null} when the
 *     participant is not a recognised entity
 * @param rule the rule that found it ({@code subject}, {@code by-agent}, {@code to-target}...)
 * @param confidence how sure the rule is, in [0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventParticipant(
    @NotNull ParticipantRole role,
    @Valid @NotNull Span span,
    String entityId,
    @NotBlank String rule,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param role the participant's role
   * @param span the characters that name the participant
   * @param entityId the id of the entity in the document's entity layer, or {@code null}
   * @param rule the rule that found it
   * @param confidence how sure the rule is, in [0, 1]
   * @throws NullPointerException if the role or span is {@code null}
   * @throws IllegalArgumentException if the span is empty, the entity id or rule blank, or the
   *     confidence outside [0, 1]
   */
  public EventParticipant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span of " + role);
    if (span.length() == 0) {
      throw new IllegalArgumentException(
          "a participant cannot be empty, at offset " + span.begin());
    }
    if (entityId != null) {
      Provenance.requireText(entityId, "entityId");
    }
    Provenance.requireText(rule, "rule of participant " + span);
    Provenance.requireConfidence(confidence);
  }
}
