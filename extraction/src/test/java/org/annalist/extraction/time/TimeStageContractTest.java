package org.annalist.extraction.time;

import static org.assertj.core.api.Assertions.fail;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;

/** The stage contract for the time stage, which must accept every input. */
class TimeStageContractTest extends StageContract {

  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(TextStage.create(EnglishModels.load()))
          .add(TimeStage.create())
          .build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the time stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the time stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }
}
