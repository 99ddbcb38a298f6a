package org.annalist;

import java.util.Map;
import java.util.TreeMap;
import org.annalist.core.chronology.ChronologyBuilder;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.claims.ClaimStage;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.EntityStage;
import org.annalist.extraction.events.EventLexicon;
import org.annalist.extraction.events.EventStage;
import org.annalist.extraction.events.triggers.EventRecognizer;
import org.annalist.extraction.quantities.QuantityStage;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;

/**
 * The entry point: the default analysis pipeline, assembled in one readable place: the article
 * parser, then the text stage (sentences, tokens, tags, lemmas), then the time stage (temporal
 * expressions and the document date), then the entity stage (mentions and the document's
 * entities), then the claims stage (who said what, and the article's own assertions), then the
 * quantities stage (the numbers the article asserts, with their unit and qualifier), then the
 * events stage (what happened, to whom, when, and whether the text asserts it). {@link
 * org.annalist.extraction.entities.EntityResolver} then merges the entities of a corpus.
 *
 * <p>Building a pipeline loads the models, which takes a moment: build it once and share it; a
 * built pipeline is immutable and thread-safe. To build several pipelines, load the models once
 * and pass them in.
 *
 * <pre>{@code
 * Pipeline pipeline = Annalist.defaultPipeline();
 * AnalyzedDocument doc = pipeline.analyze("my-article", text);
 * }</pre>
 */
public final class Annalist {

  private Annalist() {}

  /**
   * {@return the default pipeline, loading the bundled models} Each call loads them again (about a
   * second), so call it once and share the pipeline.
   *
   * @throws IllegalStateException naming the resource if a bundled model is missing from the
   *     classpath or malformed
   * @throws java.io.UncheckedIOException if a model cannot be read
   */
  public static Pipeline defaultPipeline() {
    return defaultPipeline(EnglishModels.load(), EntityModels.load());
  }

  /**
   * {@return the default pipeline over text models the caller loaded}; loads the bundled entity
   * models
   *
   * @param models the OpenNLP models, shared, never changed
   * @throws IllegalStateException naming the resource if an entity model is missing or malformed
   */
  public static Pipeline defaultPipeline(EnglishModels models) {
    return defaultPipeline(models, EntityModels.load());
  }

  /**
   * {@return the default pipeline over models the caller loaded}, to share them between pipelines;
   * loads nothing
   *
   * @param text the OpenNLP models for the text stage
   * @param entities the gazetteers and name model for the entity stage
   * @throws IllegalStateException if the bundled event model is missing or malformed
   */
  public static Pipeline defaultPipeline(EnglishModels text, EntityModels entities) {
    return defaultPipeline(text, entities, EventRecognizer.load());
  }

  /**
   * {@return the default pipeline over models the caller loaded}, to share them between pipelines
   * or to measure another event model; loads nothing
   *
   * @param text the OpenNLP models for the text stage
   * @param entities the gazetteers and name model for the entity stage
   * @param events the event mention recogniser for the event stage
   */
  public static Pipeline defaultPipeline(EnglishModels text, EntityModels entities,
      EventRecognizer events) {
    return Pipeline.builder()
        .add(TextStage.create(text))
        .add(TimeStage.create())
        .add(EntityStage.create(entities))
        .add(ClaimStage.create())
        .add(QuantityStage.create())
        .add(EventStage.create(events))
        .build();
  }

  /**
   * {@return the chronology builder for the default pipeline's events: typed events only, titled
   * with the verbs of the bundled event lexicon ({@code Israel suspends arms shipments to
   * Colombia})}
   *
   * @throws IllegalStateException naming the resource if the bundled lexicon is missing
   */
  public static ChronologyBuilder chronologyBuilder() {
    return chronologyBuilder(EventLexicon.load());
  }

  /**
   * {@return the chronology builder titling entries with the verbs of {@code lexicon}}
   *
   * @param lexicon the event lexicon the pipeline's events stage uses
   */
  public static ChronologyBuilder chronologyBuilder(EventLexicon lexicon) {
    Map<String, String> verbs = new TreeMap<>();
    lexicon.types().forEach(t -> verbs.put(t.id(), t.verb()));
    return ChronologyBuilder.builder().verbs(verbs).build();
  }
}
