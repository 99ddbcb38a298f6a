package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EntityLayer;
import org.junit.jupiter.api.Test;

/**
 * The stage contract for the entity stage, which must accept every input, plus inputs that would
 * take quadratic time in a careless resolver.
 */
class EntityStageContractTest extends StageContract {

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(EntityStage.create(EntityModels.load()))
      .build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the entity stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the entity stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }

  @Test
  void nameRepeatedAHundredThousandTimes() {
    String text = "President Gustavo Petro spoke. " + "Petro said Preto and Petro agreed. "
        .repeat(34_000);
    AnalyzedDocument doc = assertContract("repeated-name", text);
    EntityLayer layer = doc.expect(EntityLayer.KEY);
    assertThat(layer.mentions()).hasSizeGreaterThan(100_000);
    assertThat(layer.entities()).singleElement()
        .satisfies(e -> assertThat(e.id()).isEqualTo("person:gustavo-petro"));
  }

  @Test
  void manyDistinctNamesOneEditApart() {
    // Every surname has many one-slip neighbours: the typo index must not compare all pairs.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      String surname = "Ka" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26) + "ov";
      text.append("Minister Ivan ").append(surname).append(" met ").append(surname)
          .append(i % 7 == 0 ? "\n\n" : ". ");
    }
    AnalyzedDocument doc = assertContract("one-edit-names", text.toString());
    assertThat(doc.expect(EntityLayer.KEY).entities()).isNotEmpty();
  }
}
