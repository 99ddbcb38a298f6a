package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractList;
import java.util.List;
import org.annalist.core.AnalysisException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.ItemFailure;
import org.junit.jupiter.api.Test;

/**
 * The entity stage's half of the {@code Stage} contract: an exception in the work on one sentence
 * skips that sentence, records it, and keeps every other sentence's mentions. The failures are
 * injected through the name recogniser the stage is given.
 */
class EntitySkipsTest {

  private static final TextStage TEXT = TextStage.create(EnglishModels.load());
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static final String ARTICLE = "President Gustavo Petro visited Chile on Monday. The BOOM "
      + "came from Colombia. Israel suspended sales to Colombia.";

  /** A recogniser that finds nothing, and fails on any sentence with the word "BOOM". */
  private static final class Booming implements NameRecognizer {
    @Override
    public String name() {
      return "booming-model";
    }

    @Override
    public List<List<Name>> recognize(List<List<String>> sentences) {
      if (sentences.stream().anyMatch(s -> s.contains("BOOM"))) {
        throw new IllegalStateException("the model exploded");
      }
      return sentences.stream().map(s -> List.<Name>of()).toList();
    }
  }

  private static AnalyzedDocument analyze(NameRecognizer recognizer, String text) {
    return Pipeline.builder()
        .add(TEXT)
        .add(EntityStage.create(EntityModels.of(GAZETTEER, recognizer)))
        .build()
        .analyze("e1", text);
  }

  private static List<String> mentions(AnalyzedDocument doc) {
    return doc.expect(EntityLayer.KEY).mentions().stream().map(EntityMention::span)
        .map(s -> s.text()).toList();
  }

  @Test
  void aSentenceTheNameModelFailsOnIsSkippedAndTheOthersKeepTheirNames() {
    AnalyzedDocument doc = analyze(new Booming(), ARTICLE);
    assertThat(mentions(doc)).containsExactly("Gustavo Petro", "Chile", "Israel", "Colombia");
    assertThat(doc.itemFailures()).singleElement().satisfies(f -> {
      assertThat(f.stage()).isEqualTo("entities");
      assertThat(f.item()).isEqualTo("sentence");
      assertThat(f.span().text()).isEqualTo("The BOOM came from Colombia.");
      assertThat(f.message()).isEqualTo("document e1, offset 49: stage 'entities' skipped the "
          + "sentence at [49, 77): the name model failed on it, and read the document's other "
          + "sentences one at a time: java.lang.IllegalStateException: the model exploded");
    });
  }

  @Test
  void aSentenceWhoseRulesThrowIsLeftOutOfEveryPass() {
    // the model's names for the second sentence cannot be read: the rules throw there, and
    // neither the gazetteer ("Colombia") nor the fallbacks ("BOOM") may then add anything to it
    NameRecognizer brokenSecond = new NameRecognizer() {
      @Override
      public String name() {
        return "broken-second";
      }

      @Override
      public List<List<Name>> recognize(List<List<String>> sentences) {
        return new AbstractList<>() {
          @Override
          public List<Name> get(int s) {
            if (s == 1) {
              throw new IndexOutOfBoundsException("no names for sentence " + s);
            }
            return List.of();
          }

          @Override
          public int size() {
            return sentences.size();
          }
        };
      }
    };
    AnalyzedDocument doc = analyze(brokenSecond, ARTICLE);
    assertThat(mentions(doc)).containsExactly("Gustavo Petro", "Chile", "Israel", "Colombia");
    assertThat(doc.itemFailures()).extracting(ItemFailure::item, f -> f.span().text())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sentence",
            "The BOOM came from Colombia."));
    assertThat(doc.itemFailures().get(0).message())
        .endsWith("finding names: java.lang.IndexOutOfBoundsException: no names for sentence 1");
  }

  @Test
  void aModelThatFailsOnTheDocumentButOnNoSentenceFailsTheDocument() {
    NameRecognizer documentOnly = new NameRecognizer() {
      @Override
      public String name() {
        return "document-only";
      }

      @Override
      public List<List<Name>> recognize(List<List<String>> sentences) {
        if (sentences.size() > 1) {
          throw new IllegalStateException("cannot read documents");
        }
        return List.of(List.of());
      }
    };
    assertThatThrownBy(() -> analyze(documentOnly, ARTICLE))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("document e1")
        .hasMessageContaining("cannot read documents");
  }
}
