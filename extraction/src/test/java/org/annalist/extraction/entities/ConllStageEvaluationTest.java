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
}
