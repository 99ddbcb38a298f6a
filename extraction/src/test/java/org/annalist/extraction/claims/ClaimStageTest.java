package org.annalist.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.Annalist;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ChannelType;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.PartyResolution;
import org.annalist.model.Span;
import org.annalist.model.TimeLayer;
import org.junit.jupiter.api.Test;

/** The attribution frames of {@link ClaimStage}, one short news text each. */
class ClaimStageTest {

  private static final Pipeline PIPELINE = Annalist.defaultPipeline();

  private static AnalyzedDocument analyze(String text) {
    return PIPELINE.analyze("claims-test", text);
  }

  private static List<Claim> attributed(String text) {
    return analyze(text).expect(ClaimLayer.KEY).attributed().toList();
  }

  private static List<String> content(Claim claim) {
    return claim.content().stream().map(Span::text).toList();
  }

  @Test
  void quotationThenSourceAndCue() {
    assertThat(attributed("“We will not give up,” Gustavo Petro said on Monday."))
        .singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
          assertThat(content(c)).containsExactly("“We will not give up,”");
          assertThat(c.source().span().text()).isEqualTo("Gustavo Petro");
          assertThat(c.source().resolution()).isEqualTo(PartyResolution.MENTION);
          assertThat(c.cue().lemma()).isEqualTo("say");
          assertThat(c.cue().span().text()).isEqualTo("said");
          assertThat(c.time()).isNotNull();
          assertThat(c.provenance().stage()).isEqualTo("claims");
        });
  }

  @Test
  void invertedCueAndATitledSource() {
    assertThat(attributed("“The talks have failed,” said Foreign Minister Eli Cohen."))
        .singleElement().satisfies(c -> {
          assertThat(c.source().span().text()).isEqualTo("Foreign Minister Eli Cohen");
          assertThat(c.provenance().rule()).isEqualTo("quote-cue-source");
        });
  }

  @Test
  void aQuotationSplitByItsCueIsOneClaimWithTwoContentSpans() {
    String text = "Gustavo Petro spoke again. “If we must suspend relations, we will,” he wrote on X on"
        + " Sunday. “You cannot insult the president of Colombia.”";
    AnalyzedDocument doc = analyze(text);
    List<Claim> claims = doc.expect(ClaimLayer.KEY).attributed().toList();
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(content(c)).containsExactly("“If we must suspend relations, we will,”",
          "“You cannot insult the president of Colombia.”");
      assertThat(c.channel().type()).isEqualTo(ChannelType.SOCIAL_MEDIA);
      assertThat(c.channel().span().text()).isEqualTo("on X");
      assertThat(doc.expect(TimeLayer.KEY).expressions().get(c.time()).span().text())
          .contains("Sunday");
      assertThat(c.source().resolution()).isEqualTo(PartyResolution.PRONOUN);
      assertThat(c.source().entityId()).isNotNull();
    });
  }

  @Test
  void aQuotationAfterTheCueClauseInTheSameSentenceContinuesIt() {
    assertThat(attributed("“We want peace,” he said, “and we want it now.”")).singleElement()
        .satisfies(c -> assertThat(content(c)).hasSize(2));
  }

  @Test
  void reportedSpeechAfterItsCue() {
    assertThat(attributed("Journalist Dan Cohen has said that the plan failed in the north."))
        .singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(ClaimKind.INDIRECT);
          assertThat(content(c)).containsExactly("that the plan failed in the north");
          assertThat(c.source().span().text()).isEqualTo("Journalist Dan Cohen");
        });
  }

  @Test
  void reportedSpeechBeforeItsCueWithAChannel() {
    assertThat(attributed("Israel suspended all sales to Colombia, the Israeli Foreign Ministry"
        + " said in a news release.")).singleElement().satisfies(c -> {
          assertThat(content(c)).containsExactly("Israel suspended all sales to Colombia");
          assertThat(c.channel().type()).isEqualTo(ChannelType.PRESS_RELEASE);
          assertThat(c.channel().span().text()).isEqualTo("in a news release");
        });
  }

  @Test
  void reportedSpeechAroundAParentheticalCue() {
    assertThat(attributed("The museum, Mr. Obama said, would make visitors face hard truths."))
        .singleElement().satisfies(c -> assertThat(content(c)).containsExactly("The museum",
            "would make visitors face hard truths"));
  }

  @Test
  void accordingTo() {
    assertThat(attributed("Bogota will withdraw its diplomats, according to an official"
        + " statement.")).singleElement().satisfies(c -> {
          assertThat(c.cue().lemma()).isEqualTo("according to");
          assertThat(content(c)).containsExactly("Bogota will withdraw its diplomats");
          assertThat(c.source().span().text()).isEqualTo("an official statement");
        });
  }

  @Test
  void mixedSpeechKeepsItsQuotedFragment() {
    assertThat(attributed("President Petro stated that his country does not support “genocide”"
        + " in any form.")).singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(ClaimKind.MIXED);
          assertThat(content(c).get(0)).contains("“genocide”").endsWith("in any form");
        });
  }

  @Test
  void scareQuotesAreNotClaimsOfTheirOwn() {
    List<Claim> claims = analyze("The army called it a “concentration camp” last year. Critics"
        + " spoke of “genocide.”").expect(ClaimLayer.KEY).claims();
    assertThat(claims).noneMatch(c -> c.content().size() == 1
        && (c.content().get(0).text().equals("“concentration camp”")
            || c.content().get(0).text().equals("“genocide.”")));
  }

  @Test
  void anAddresseeAndAnInterviewWithAnOutlet() {
    assertThat(attributed("Emilio Meneses, an independent analyst based in Santiago, told Defense"
        + " News the president’s “outburst of criticism is helping neither side.”"))
        .singleElement().satisfies(c -> {
          assertThat(c.source().span().text()).startsWith("Emilio Meneses");
          assertThat(c.addressee().span().text()).isEqualTo("Defense News");
          assertThat(c.cue().lemma()).isEqualTo("tell");
        });
  }

  @Test
  void aPronounResolvesToThePreviousSource() {
    List<Claim> claims = attributed("Gustavo Petro said the talks would resume. “We are ready,”"
        + " he added.");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).source().entityId()).isEqualTo(claims.get(0).source().entityId())
        .isNotNull();
  }

  @Test
  void anIndefiniteSourceStaysAnonymous() {
    assertThat(attributed("The convoy was stopped at the border, a source said."))
        .singleElement().satisfies(c -> {
          assertThat(c.source().span().text()).isEqualTo("a source");
          assertThat(c.source().resolution()).isEqualTo(PartyResolution.UNRESOLVED);
          assertThat(c.source().entityId()).isNull();
        });
  }

  @Test
  void aPassiveCueIsNotItsSubjectsStatement() {
    assertThat(attributed("She was told that the meeting had been cancelled.")).isEmpty();
  }

  @Test
  void aWeakCueNeedsAClauseOrAQuotation() {
    assertThat(attributed("He added salt to the soup.")).isEmpty();
    assertThat(attributed("He added that the soup was cold.")).hasSize(1);
  }

  @Test
  void theArticlesOwnReportingIsMarkedAsSuch() {
    List<Claim> claims = analyze("The Israeli government has suspended all sales of defense"
        + " hardware to Colombia.").expect(ClaimLayer.KEY).claims();
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED_BY_ARTICLE);
      assertThat(c.source()).isNull();
      assertThat(c.cue()).isNull();
    });
  }

  @Test
  void aQuotationSignedWithADash() {
    assertThat(attributed("“He cannot lead this nation, and everyone knows it.” ― Sonya Herridge"))
        .singleElement().satisfies(c -> {
          assertThat(c.cue().span().text()).isEqualTo("―");
          assertThat(c.source().span().text()).isEqualTo("Sonya Herridge");
        });
  }

  @Test
  void aTitleCaseHeadlineCue() {
    // As an article's headline, which is where such title case is found.
    assertThat(attributed("Trump Could Address Clean Energy, Lindsey Graham Says\n\n"
        + "The senator spoke in Washington on Monday."))
        .singleElement().satisfies(c -> {
          assertThat(c.cue().lemma()).isEqualTo("say");
          assertThat(content(c)).containsExactly("Trump Could Address Clean Energy");
        });
  }

  @Test
  void aStrongCueWhoseSpeakerCannotBeDelimitedStillGivesItsContent() {
    assertThat(attributed("The longtime senator from the state, in remarks on the floor and"
        + " elsewhere over many weeks, said that the bill would fail.")).singleElement()
        .satisfies(c -> {
          assertThat(content(c)).containsExactly("that the bill would fail");
          assertThat(c.provenance().rule()).isEqualTo("cue-content");
          assertThat(c.provenance().confidence()).isLessThan(0.6);
        });
  }
}
