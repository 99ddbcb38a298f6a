package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A participant as one report gives it: the role, the characters, and, when it is a recognised
 * entity, the entity's id, name and type and the entities it acts for ({@code Bogota} and {@code
 * President Petro} act for Colombia), which let reports naming a government's capital, its
 * president or the country itself be merged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role
 * @param span the characters that name it
 * @param entityId the entity's id, or {@code null} when it is not a recognised entity
 * @param name the entity's canonical name, or {@code null} with no entity
 * @param type the entity's type, or {@code null} with no entity
 * @param actsFor the ids of the entities it acts for; {@code null} is read as none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EvidenceParticipant(
    @NotNull ParticipantRole role,
    @Valid @NotNull Span span,
    String entityId,
    String name,
    EntityType type,
    List<@NotBlank String> actsFor) {

  /**
   * Checks and copies the components.
   *
   * @param role the role
   * @param span the characters that name it
   * @param entityId the entity's id, or {@code null}
   * @param name the entity's canonical name, or {@code null} with no entity
   * @param type the entity's type, or {@code null} with no entity
   * @param actsFor the ids of the entities it acts for; {@code null} is read as none
   * @throws IllegalArgumentException if an entity is named without its name and type, or a name,
   *     type or represented entity is given without an entity
   */
  public EvidenceParticipant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span of " + role);
    actsFor = actsFor == null ? List.of() : List.copyOf(actsFor);
    if ((entityId == null) != (name == null) || (entityId == null) != (type == null)) {
      throw new IllegalArgumentException(
          "participant " + span + " needs its entity's id, name and type together, or none");
    }
    if (entityId == null && !actsFor.isEmpty()) {
      throw new IllegalArgumentException("participant " + span + " acts for " + actsFor
          + " but is no entity");
    }
  }

  /** {@return the entity id and the ids of the entities it acts for, or none without an entity} */
  public List<String> identities() {
    if (entityId == null) {
      return List.of();
    }
    List<String> all = new java.util.ArrayList<>(actsFor.size() + 1);
    all.add(entityId);
    all.addAll(actsFor);
    return List.copyOf(all);
  }
}
