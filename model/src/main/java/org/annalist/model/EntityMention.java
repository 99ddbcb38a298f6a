package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One mention of a named entity: its span, type, how it names the entity, the entity it resolves to
 * within the document, and, for metonymy such as a capital standing for its government ({@code
 * Bogota plans to remove...}), the entity it stands for. Immutable and thread-safe.
 *
 * @param span the characters of the mention, not empty
 * @param type the entity type
 * @param kind how the mention names the entity
 * @param entityId the id of the {@link Entity} in the same layer this mention belongs to
 * @param standsFor the id of the entity this mention stands for, or {@code null}
 * @param provenance the stage, rule or model and confidence that found it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityMention(
    @Valid @NotNull Span span,
    @NotNull EntityType type,
    @NotNull MentionKind kind,
    @NotBlank String entityId,
    String standsFor,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks the components.
   *
   * @param span the characters of the mention, not empty
   * @param type the entity type
   * @param kind how the mention names the entity
   * @param entityId the id of the {@link Entity} in the same layer this mention belongs to
   * @param standsFor the id of the entity this mention stands for, or {@code null}
   * @param provenance the stage, rule or model and confidence that found it
   * @throws IllegalArgumentException if the span is empty or the entity id blank
   */
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type of mention " + span);
    Objects.requireNonNull(kind, "kind of mention " + span);
    Provenance.requireText(entityId, "entityId");
    Objects.requireNonNull(provenance, "provenance");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a mention cannot be empty, at offset " + span.begin());
    }
  }
}
