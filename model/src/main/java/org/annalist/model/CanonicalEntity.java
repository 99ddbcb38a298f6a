package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * An entity resolved across a corpus: a stable id, canonical name, type, aliases and roles from every
 * document, and the evidence of every mention in every document. Immutable and thread-safe.
 *
 * @param id the corpus-wide id, such as {@code person:gustavo-petro}
 * @param name the canonical name
 * @param type the entity's type
 * @param aliases the other names it goes by, across documents
 * @param roles the titles and roles the documents give it
 * @param evidence the evidence of each mention, at least one
 */
public record CanonicalEntity(
    @NotBlank String id,
    @NotBlank String name,
    @NotNull EntityType type,
    @NotNull List<@NotBlank String> aliases,
    @NotNull List<@NotBlank String> roles,
    @NotEmpty List<@Valid @NotNull Evidence> evidence) {

  /**
   * Checks and copies the components.
   *
   * @param id the corpus-wide id, such as {@code person:gustavo-petro}
   * @param name the canonical name
   * @param type the entity's type
   * @param aliases the other names it goes by, across documents
   * @param roles the titles and roles the documents give it
   * @param evidence the evidence of each mention, at least one
   * @throws IllegalArgumentException naming the entity if the id or name is blank or there is no
   *     evidence
   */
  public CanonicalEntity {
    Provenance.requireText(id, "entity id");
    Provenance.requireText(name, "name of entity " + id);
    Objects.requireNonNull(type, "type of entity " + id);
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no evidence");
    }
  }

  /** {@return the ids of the documents that mention this entity, in order of first appearance} */
  public List<String> documentIds() {
    return evidence.stream().map(Evidence::documentId).distinct().toList();
  }
}
