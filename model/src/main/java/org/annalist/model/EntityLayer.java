package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Named-entity mentions in text order and the canonical entities they resolve to within the
 * document. Every mention's {@code entityId} (and {@code standsFor}, if set) names an entity of this
 * layer, and every entity lists its mentions by index.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the producing stage
 * @param models the models, gazetteers and rule sets used
 * @param mentions the mentions, in text order
 * @param entities the document's entities, each id once
 */
public record EntityLayer(
    @NotBlank String stage,
    @NotNull List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull EntityMention> mentions,
    @NotNull List<@Valid @NotNull Entity> entities)
    implements Layer {

  /** The key of the entity layer. */
  public static final LayerKey<EntityLayer> KEY = new LayerKey<>("entities", EntityLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the producing stage
   * @param models the models, gazetteers and rule sets used
   * @param mentions the mentions, in text order
   * @param entities the document's entities, each id once
   * @throws IllegalArgumentException if an entity id appears twice, an entity refers to a mention
   *     the layer lacks, or a mention refers to an entity the layer lacks
   */
  public EntityLayer {
    Provenance.requireText(stage, "stage");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    Set<String> ids = new HashSet<>();
    for (Entity entity : entities) {
      if (!ids.add(entity.id())) {
        throw new IllegalArgumentException("entity id " + entity.id() + " appears twice");
      }
      for (int index : entity.mentions()) {
        if (index >= mentions.size()) {
          throw new IllegalArgumentException(
              "entity " + entity.id() + " refers to mention " + index + " but the layer has "
                  + mentions.size());
        }
      }
    }
    for (EntityMention mention : mentions) {
      if (!ids.contains(mention.entityId())
          || (mention.standsFor() != null && !ids.contains(mention.standsFor()))) {
        throw new IllegalArgumentException(
            "mention " + mention.span() + " refers to an entity not in the layer: "
                + mention.entityId() + (mention.standsFor() == null ? "" : " / " + mention.standsFor()));
      }
    }
  }

  /**
   * {@return the entity with this id, if the layer has it}
   *
   * @param id an entity id such as {@code person:gustavo-petro}
   */
  public java.util.Optional<Entity> findEntity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * {@return the mentions of an entity, in text order}
   *
   * @param entity an entity of this layer
   * @throws IndexOutOfBoundsException if the entity refers to mentions this layer lacks
   */
  public List<EntityMention> mentionsOf(Entity entity) {
    return entity.mentions().stream().map(mentions::get).toList();
  }

  @Override
  public LayerKey<EntityLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return mentions.stream().map(EntityMention::span);
  }
}
