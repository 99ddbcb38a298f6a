package org.annalist;

import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;

/**
 * The entry point: the default analysis pipeline, assembled in one readable place.
 *
 * <p>Building a pipeline loads the models, which takes a moment: build it once and share it; a
 * built pipeline is immutable and thread-safe.
 *
 * <pre>{@code
 * Pipeline pipeline = Annalist.defaultPipeline();
 * AnalyzedDocument doc = pipeline.analyze("my-article", text);
 * }</pre>
 */
public final class Annalist {

  private Annalist() {}

  /** The default pipeline, loading the bundled English models. */
  public static Pipeline defaultPipeline() {
    return defaultPipeline(EnglishModels.load());
  }

  /** The default pipeline over models the caller loaded (to share them between pipelines). */
  public static Pipeline defaultPipeline(EnglishModels models) {
    return Pipeline.builder()
        .add(TextStage.create(models))
        .build();
  }
}
