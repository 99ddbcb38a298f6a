package org.annalist.extraction.text;

import static org.assertj.core.api.Assertions.fail;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.model.AnalyzedDocument;

/** The stage contract for the text stage, which must accept every input. */
class TextStageContractTest extends StageContract {

  private static final Pipeline PIPELINE =
      Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the text stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the text stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }
}
