package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link EntityStage} needs: the bundled gazetteers and word lists, and optionally the
 * bundled statistical name model. Loading reads some megabytes of resources, so load once and
 * share: an instance is immutable and thread-safe. There is no global cache: each call to a
 * factory reads the resources again.
 *
 * <pre>{@code
 * EntityModels models = EntityModels.load();          // gazetteers and the name model
 * Stage entities = EntityStage.create(models);
 * }</pre>
 */
public final class EntityModels {

  private final Gazetteer gazetteer;
  private final NameRecognizer recognizer;

  private EntityModels(Gazetteer gazetteer, NameRecognizer recognizer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.recognizer = recognizer;
  }

  /**
   * Loads the gazetteers and the bundled name model ({@code ner-en-conll.bin}).
   *
   * @return the models; a new instance, reading the resources again, on every call
   * @throws IllegalStateException naming the resource if one is missing or malformed
   */
  public static EntityModels load() {
    return new EntityModels(Gazetteer.load(), ModelRecognizer.load());
  }

  /**
   * Loads the gazetteers only: the stage then finds names with its rules alone (useful to measure
   * what the rules contribute, or where the model's memory is not wanted).
   *
   * @return the gazetteers, with no name model
   * @throws IllegalStateException naming the resource if one is missing or malformed
   */
  public static EntityModels rulesOnly() {
    return new EntityModels(Gazetteer.load(), null);
  }

  /** For tests: the given gazetteer and recogniser (null for none). */
  static EntityModels of(Gazetteer gazetteer, NameRecognizer recognizer) {
    return new EntityModels(gazetteer, recognizer);
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Optional<NameRecognizer> recognizer() {
    return Optional.ofNullable(recognizer);
  }

  /** {@return whether a statistical name model is used besides the rules} */
  public boolean hasNameModel() {
    return recognizer != null;
  }

  /**
   * {@return the resources used, for the entity layer's {@code models}: the model first, if any}
   */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    if (recognizer != null) {
      out.add(recognizer.name());
    }
    out.addAll(gazetteer.files());
    return List.copyOf(out);
  }
}
