package org.annalist.extraction.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.QuantityLayer;
import org.junit.jupiter.api.Test;

/**
 * The stage contract for the quantity stage, which must accept every input (with a stand-in
 * claims stage: a claim per quotation), plus inputs dense with numbers.
 */
class QuantityStageContractTest extends StageContract {

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(TimeStage.create())
      .add(new QuotedClaims())
      .add(QuantityStage.create())
      .build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the quantity stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the quantity stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }

  @Test
  void numbersEverywhere() {
    String text = "“About $5 million, 1,300 people and between 2 and 3 percent,” he said in 2023; "
        + "hundreds of 24-hour strikes, 1,2,3 and F-16s, 555-0143 and 3-1 wins. ";
    AnalyzedDocument doc = assertContract("numbers", text.repeat(4_000));
    QuantityLayer layer = doc.expect(QuantityLayer.KEY);
    assertThat(layer.quantities()).hasSize(5 * 4_000);
    assertThat(layer.quantities().subList(5 * 3_999, 5 * 4_000))
        .extracting(q -> q.span().text(), q -> q.claim() != null)
        .containsExactly(tuple("About $5 million", true), tuple("1,300", true),
            tuple("between 2 and 3 percent", true), tuple("hundreds", false),
            tuple("24-hour", false));
  }

  @Test
  void digitsWithoutEnd() {
    String text = "In all, " + "1234567890".repeat(50_000) + " people and "
        + "9,999,999,999,999,999,999,999,999 trillion dollars and " + "1,000,".repeat(30_000)
        + " more.";
    AnalyzedDocument doc = assertContract("long-digits", text);
    assertThat(doc.expect(QuantityLayer.KEY).quantities()).singleElement()
        .satisfies(q -> assertThat(q.value().toPlainString())
            .isEqualTo("9999999999999999999999999" + "000000000000"));
  }
}
