package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.ConllToken;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** The entity stage on CoNLL tokens: the document it sees and the tags its mentions become. */
class ConllStageEvaluationTest {

  private static ConllSentence sentence(String... tokens) {
    return new ConllSentence(List.of(tokens).stream()
        .map(t -> t.split("/"))
        .map(p -> new ConllToken(p[0], p[1], "O", "O")).toList());
  }

  private static final ConllDocument DOCUMENT = new ConllDocument(List.of(
      sentence("German/JJ", "troops/NNS", "left/VBD", "Paris/NNP", "./."),
      sentence("Gustavo/NNP", "Petro/NNP", "spoke/VBD", "./.")));

  @Test
  void keepsTheConllTokensOneLinePerSentence() {
    AnalyzedDocument document = ConllStageEvaluation.analyzed("conll-1", DOCUMENT);

    assertThat(document.text()).isEqualTo("German troops left Paris .\nGustavo Petro spoke .");
    TextLayer text = document.expect(TextLayer.KEY);
    assertThat(text.tokens()).extracting(Token::text).containsExactly(
        "German", "troops", "left", "Paris", ".", "Gustavo", "Petro", "spoke", ".");
    assertThat(text.tokens()).extracting(Token::pos).containsExactly(
        "ADJ", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT");
    assertThat(text.sentences()).hasSize(2);
    assertThat(text.sentences().get(1).firstToken()).isEqualTo(5);
  }

  @Test
  void tagsMentionsWithConllTypesAndDemonymsAsMisc() {
    ConllStageEvaluation.Tagged tagged = ConllStageEvaluation.tag(
        EntityStage.create(EntityModels.rulesOnly()), List.of(DOCUMENT), TagScheme.IOB2);

    List<ConllSentence> sentences = tagged.documents().get(0).sentences();
    assertThat(sentences.get(0).tags()).containsExactly("B-MISC", "O", "O", "B-LOC", "O");
    assertThat(sentences.get(1).tags()).containsExactly("B-PER", "I-PER", "O", "O");
    assertThat(tagged.unaligned()).isZero();
  }

  @Test
  void ruleEffectsCountWhatEachRuleFixedAndBrokeAgainstTheModel() {
    ConllStageEvaluation.Tagged tagged = ConllStageEvaluation.tag(
        EntityStage.create(EntityModels.rulesOnly()), List.of(DOCUMENT), TagScheme.IOB2);
    ConllDocument gold = withTags(List.of("B-MISC", "O", "O", "B-LOC", "O"),
        List.of("B-PER", "I-PER", "O", "O"));
    // The "model" found Paris as an organisation and Gustavo Petro right.
    ConllDocument model = withTags(List.of("O", "O", "O", "B-ORG", "O"),
        List.of("B-PER", "I-PER", "O", "O"));

    List<RuleEffect> effects = ConllStageEvaluation.ruleEffects(
        List.of(gold), List.of(model), tagged, List.of("PER", "ORG", "LOC"));

    assertThat(tagged.sources()).extracting(ConllStageEvaluation.Source::rule)
        .allSatisfy(rule -> assertThat(rule).isNotBlank());
    assertThat(effects).extracting(RuleEffect::found)
        .containsOnly(1);
    assertThat(effects.stream().mapToInt(RuleEffect::fixed).sum())
        .isEqualTo(1); // Paris
    assertThat(effects.stream().mapToInt(RuleEffect::broken).sum())
        .isZero();
    assertThat(effects.stream().mapToInt(RuleEffect::correct).sum())
        .isEqualTo(2);

    // Against a model that had Paris right, and a gold without Petro: nothing fixed, and the
    // stage's Petro is a mention that is not in the gold.
    ConllDocument noPetro = withTags(List.of("B-MISC", "O", "O", "B-LOC", "O"),
        List.of("O", "O", "O", "O"));
    List<RuleEffect> again = ConllStageEvaluation.ruleEffects(
        List.of(noPetro), List.of(noPetro), tagged, List.of("PER", "ORG", "LOC"));
    assertThat(again.stream().mapToInt(RuleEffect::fixed).sum()).isZero();
    assertThat(again.stream().mapToInt(RuleEffect::correct).sum())
        .isEqualTo(1);
  }

  private static ConllDocument withTags(List<String> first, List<String> second) {
    return new ConllDocument(List.of(DOCUMENT.sentences().get(0).withTags(first),
        DOCUMENT.sentences().get(1).withTags(second)));
  }
}
