package org.annalist.core.eval.cat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code <ENTITY_MENTION>} of a CAT document's {@code <Markables>}, as {@link CatReader} reads
 * it: its tokens, its syntactic type ({@code NAM} for a proper name, {@code NOM}, {@code PRO},
 * {@code PRE.NAM} for a name modifying a noun, {@code APP}, {@code CONJ}...) and the type of the
 * {@code <ENTITY>} instance a {@code <REFERS_TO>} relation links it to ({@code PER}, {@code ORG},
 * {@code LOC}, {@code PRO}, {@code FIN}, {@code MIX}). Immutable and thread-safe.
 *
 * <pre>{@code
 * for (CatEntityMention m : doc.entityMentions()) {
 *   if (m.syntacticType().equals("NAM") && m.findEntityType().orElse("").equals("PER")) {...}
 * }
 * }</pre>
 *
 * @param id the {@code m_id} attribute
 * @param syntacticType the {@code syntactic_type} attribute, empty when there is none (MEANTIME's
 *     mentions beyond its annotated sentences have none)
 * @param tokens the tokens its {@code <token_anchor>}s name, in document order, not empty
 * @param entityType the {@code ent_type} of the entity instance it refers to, empty when no
 *     {@code REFERS_TO} links it to one
 * @param instanceId the {@code instance_id} of that instance, empty when none
 */
public record CatEntityMention(String id, String syntacticType, List<CatToken> tokens,
    String entityType, String instanceId) {

  /**
   * Checks and copies the components.
   *
   * @param id the {@code m_id} attribute
   * @param syntacticType the {@code syntactic_type} attribute, or empty
   * @param tokens the tokens, in document order, not empty
   * @param entityType the {@code ent_type} of the instance it refers to, or empty
   * @param instanceId the {@code instance_id} of that instance, or empty
   * @throws IllegalArgumentException naming the mention if the id is blank or it has no token
   */
  public CatEntityMention {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an entity mention needs an m_id");
    }
    Objects.requireNonNull(syntacticType, "syntacticType of mention " + id);
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens of mention " + id));
    Objects.requireNonNull(entityType, "entityType of mention " + id);
    Objects.requireNonNull(instanceId, "instanceId of mention " + id);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("entity mention " + id + " has no token");
    }
  }

  /** {@return the entity type, empty when the mention refers to no entity instance} */
  public Optional<String> findEntityType() {
    return entityType.isEmpty() ? Optional.empty() : Optional.of(entityType);
  }

  /** {@return the first token} */
  public CatToken first() {
    return tokens.get(0);
  }

  /** {@return the last token} */
  public CatToken last() {
    return tokens.get(tokens.size() - 1);
  }

  /** {@return whether the tokens follow each other with none left out} */
  public boolean isContinuous() {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).number() != tokens.get(i - 1).number() + 1) {
        return false;
      }
    }
    return true;
  }

  /** {@return the tokens' text joined by single spaces} */
  public String text() {
    return tokens.stream().map(CatToken::text).collect(Collectors.joining(" "));
  }
}
