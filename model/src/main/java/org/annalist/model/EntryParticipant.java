package org.annalist.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * A participant of a {@link ChronologyEntry} as a corpus entity: its role, the entity's id, name
 * and type, and the documents whose reports name it in that role.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role
 * @param entityId the corpus-wide entity id, such as {@code location:israel}
 * @param name the entity's canonical name
 * @param type the entity's type
 * @param documentIds the documents that name it in this role, at least one
 */
public record EntryParticipant(
    @NotNull ParticipantRole role,
    @NotBlank String entityId,
    @NotBlank String name,
    @NotNull EntityType type,
    @NotEmpty List<@NotBlank String> documentIds) {

  /**
   * Checks and copies the components.
   *
   * @param role the role
   * @param entityId the corpus-wide entity id
   * @param name the entity's canonical name
   * @param type the entity's type
   * @param documentIds the documents that name it in this role, at least one
   * @throws IllegalArgumentException if the id or name is blank or no document is named
   */
  public EntryParticipant {
    Objects.requireNonNull(role, "role");
    Provenance.requireText(entityId, "entityId");
    Provenance.requireText(name, "name of " + entityId);
    Objects.requireNonNull(type, "type of " + entityId);
    documentIds = List.copyOf(Objects.requireNonNull(documentIds, "documentIds"));
    if (documentIds.isEmpty()) {
      throw new IllegalArgumentException("participant " + entityId + " names no document");
    }
  }
}
