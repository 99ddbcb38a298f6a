package org.annalist.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.extraction.claims.ClaimStage;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.EntityStage;
import org.annalist.extraction.events.triggers.EventRecognizer;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EventLayer;
import org.junit.jupiter.api.Test;

/**
 * The stage contract for the events stage, which must accept every input (the contract's large
 * article is 2 MB), plus the inputs that would make a careless event finder slow: 10,000 trigger
 * verbs in a row, and one sentence of 5,000 tokens full of cues, names and dates. (Their time is measured by {@code
 * ScalingBenchmark}'s {@code verbs} input, not asserted here.)
 */
class EventStageContractTest extends StageContract {

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(TimeStage.create())
      .add(EntityStage.create(EntityModels.load()))
      .add(ClaimStage.create())
      .add(EventStage.create(EventRecognizer.load()))
      .build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the events stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the events stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }

  @Test
  void tenThousandVerbsInARow() {
    String[] verbs = {"suspended", "attacked", "visited", "recalled", "threatened", "would", "not",
        "signed", "to", "break", "if", "announced", "killed", "halted"};
    StringBuilder text = new StringBuilder("They ");
    for (int i = 0; i < 10_000; i++) {
      text.append(verbs[i % verbs.length]).append(' ');
    }
    text.append("it.");
    EventLayer events = assertContract("ten-thousand-verbs", text.toString())
        .expect(EventLayer.KEY);
    assertThat(events.events()).isNotEmpty();
  }

  @Test
  void oneSentenceOfFiveThousandTokens() {
    StringBuilder text = new StringBuilder("Israel");
    String[] parts = {" suspended exports to Colombia on 16 October 2023", " and", " if",
        " Petro would not", " break relations with Bogota", ", threatening to", " recall",
        " the ambassador from Tel Aviv", " after", " Hamas attacked", " in May"};
    int tokens = 1;
    for (int i = 0; tokens < 5_000; i++) {
      String part = parts[i % parts.length];
      text.append(part);
      tokens += part.split(" ").length;
    }
    text.append('.');
    EventLayer events = assertContract("five-thousand-tokens", text.toString())
        .expect(EventLayer.KEY);
    assertThat(events.events()).isNotEmpty();
  }
}
