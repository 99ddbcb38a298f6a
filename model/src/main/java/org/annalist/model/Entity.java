package org.annalist.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;

/**
 * A canonical entity: a stable id (the same across runs and documents for the same name and type,
 * e.g. {@code person:gustavo-petro}), its canonical name, type, every alias seen, the roles seen
 * (e.g. {@code President of Colombia}), and the indexes of its mentions in the layer or, in a
 * corpus, the evidence of every mention. Immutable and thread-safe.
 *
 * @param id the stable id, {@code type:slug-of-the-name}
 * @param name the canonical name, usually the longest full name seen
 * @param type the entity's type
 * @param aliases the other names seen for it
 * @param roles the titles and roles seen for it
 * @param mentions indexes into {@link EntityLayer#mentions()} of this entity's mentions, at least
 *     one
 * @param confidence in {@code [0, 1]}
 */
public record Entity(
    @NotBlank String id,
    @NotBlank String name,
    @NotNull EntityType type,
    @NotNull List<@NotBlank String> aliases,
    @NotNull List<@NotBlank String> roles,
    @NotEmpty List<@NotNull @PositiveOrZero Integer> mentions,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks and copies the components.
   *
   * @param id the stable id, {@code type:slug-of-the-name}
   * @param name the canonical name, usually the longest full name seen
   * @param type the entity's type
   * @param aliases the other names seen for it
   * @param roles the titles and roles seen for it
   * @param mentions indexes into {@link EntityLayer#mentions()} of this entity's mentions, at least
   *     one
   * @param confidence in {@code [0, 1]}
   * @throws IllegalArgumentException naming the entity if the id or name is blank, it has no
   *     mentions, or the confidence is outside {@code [0, 1]}
   */
  public Entity {
    Provenance.requireText(id, "entity id");
    Provenance.requireText(name, "name of entity " + id);
    Objects.requireNonNull(type, "type of entity " + id);
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mentions");
    }
    Provenance.requireConfidence(confidence);
  }
}
