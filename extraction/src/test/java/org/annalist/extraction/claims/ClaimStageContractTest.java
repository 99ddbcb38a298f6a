package org.annalist.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.StageContract;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.EntityStage;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.junit.jupiter.api.Test;

/**
 * The stage contract for the claims stage, which must accept every input, plus the quotation
 * marks news gets wrong: unbalanced, nested, mixed, {@code ''}, a quotation running to the end,
 * and hundreds of paragraphs with a quotation mark in each.
 */
class ClaimStageContractTest extends StageContract {

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(TimeStage.create())
      .add(EntityStage.create(EntityModels.load()))
      .add(ClaimStage.create())
      .build();

  @Override
  protected Pipeline pipeline() {
    return PIPELINE;
  }

  @Override
  protected void rejected(String id, String text, AnnalistException e) {
    fail("the claims stage accepts every input, but rejected '" + id + "': " + e, e);
  }

  @Override
  protected void degraded(String id, String text, AnalyzedDocument document) {
    fail("the claims stage should skip no item of '" + id + "', but skipped "
        + document.itemFailures());
  }

  @Test
  void unbalancedNestedAndMixedQuotationMarks() {
    String text = "“We will “not” go,” he said. He said \"yes” and 'maybe'. ''Never,'' she said."
        + " “Open and never closed, said the minister.\n\n\"Straight \"inside\" straight,\" they"
        + " said. ”Backwards,“ said Petro. “”“” \"\"\" '' `` ‘’ «nested «deep» quote» said X.";
    ClaimLayer claims = assertContract("quote-marks", text).expect(ClaimLayer.KEY);
    assertThat(claims.attributed()).isNotEmpty();
  }

  @Test
  void quotationRunningToTheEndOfTheDocument() {
    String text = "Petro wrote on X: “We will never accept this, and we will say so again and"
        + " again until the end of";
    ClaimLayer claims = assertContract("open-quote", text).expect(ClaimLayer.KEY);
    assertThat(claims.attributed()).singleElement()
        .satisfies(c -> assertThat(c.content().get(0).text()).endsWith("until the end of"));
  }

  @Test
  void fiveHundredParagraphsWithAQuotationMarkInEach() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      text.append(i % 3 == 0 ? "“We will act now, and we will act together,” the minister said."
          : i % 3 == 1 ? "The \"talks\" continued, officials said, while the army waited."
              : "He said: “It is over").append("\n\n");
    }
    ClaimLayer claims = assertContract("quote-paragraphs", text.toString())
        .expect(ClaimLayer.KEY);
    assertThat(claims.attributed().filter(c -> c.kind() == ClaimKind.DIRECT).count())
        .isGreaterThanOrEqualTo(333);
  }
}
