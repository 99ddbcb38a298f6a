package org.annalist.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.core.AnalysisException;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.ItemFailure;
import org.annalist.model.Layer;
import org.annalist.model.LayerKey;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A layer of the test: one span per non-blank character run. */
  record WordsLayer(List<Span> words) implements Layer {
    static final LayerKey<WordsLayer> KEY = new LayerKey<>("words", WordsLayer.class);

    @Override
    public LayerKey<?> key() {
      return KEY;
    }

    @Override
    public Stream<Span> spans() {
      return words.stream();
    }
  }

  /** Provides "words"; requires nothing. */
  static final class WordsStage implements Stage {
    @Override
    public String name() {
      return "words";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public LayerKey<?> provides() {
      return WordsLayer.KEY;
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      String text = document.text();
      if (text.contains("BOOM")) {
        throw new IllegalStateException("exploded at offset " + text.indexOf("BOOM"));
      }
      List<Span> words = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
      while (m.find()) {
        words.add(Span.of(text, m.start(), m.end()));
      }
      return document.with(new WordsLayer(words));
    }
  }

  /** Requires "words" (to test ordering); provides "text" with nothing in it. */
  static final class NeedsWordsStage implements Stage {
    @Override
    public String name() {
      return "needs-words";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of(WordsLayer.KEY);
    }

    @Override
    public LayerKey<?> provides() {
      return TextLayer.KEY;
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      return document.with(new TextLayer("needs-words", List.of("none"), List.of(), List.of()));
    }
  }

  /**
   * Provides "words" word by word, as the {@link Stage} contract asks of item-by-item stages: a
   * word whose work throws (here "BOOM") is skipped and recorded; {@code recordAs} is the stage
   * name it records failures under (its own, unless a test wants a stage that breaks the rule).
   */
  static final class WordByWordStage implements Stage {
    private final String recordAs;

    WordByWordStage(String recordAs) {
      this.recordAs = recordAs;
    }

    @Override
    public String name() {
      return "words";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public LayerKey<?> provides() {
      return WordsLayer.KEY;
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      String text = document.text();
      List<Span> words = new java.util.ArrayList<>();
      List<ItemFailure> failures = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
      while (m.find()) {
        Span word = Span.of(text, m.start(), m.end());
        try {
          if (word.text().equals("BOOM")) {
            throw new IllegalStateException("cannot read " + word.text());
          }
          words.add(word);
        } catch (RuntimeException e) {
          failures.add(ItemFailure.of(document.id(), recordAs, "word", word, e));
        }
      }
      return document.with(new WordsLayer(words), failures);
    }
  }

  @Test
  void aStageThatSkipsAnItemKeepsTheDocumentAndRecordsTheItem() {
    Pipeline pipeline =
        Pipeline.builder().add(new WordByWordStage("words")).add(new NeedsWordsStage()).build();
    AnalyzedDocument doc = pipeline.analyze("d7", "It goes BOOM here");
    assertThat(doc.expect(WordsLayer.KEY).words()).extracting(Span::text)
        .containsExactly("It", "goes", "here");
    assertThat(doc.has(TextLayer.KEY)).isTrue();
    assertThat(doc.isComplete()).isFalse();
    assertThat(doc.itemFailures()).singleElement().satisfies(f -> {
      assertThat(f.stage()).isEqualTo("words");
      assertThat(f.item()).isEqualTo("word");
      assertThat(f.span()).isEqualTo(new Span(8, 12, "BOOM"));
      assertThat(f.message()).isEqualTo("document d7, offset 8: stage 'words' skipped the word at "
          + "[8, 12): java.lang.IllegalStateException: cannot read BOOM");
    });
    CorpusResult run = pipeline.analyze(Corpus.of(List.of(
        new ArticleSource("It goes BOOM here", DocumentMetadata.of("d7"), "mem:d7"),
        new ArticleSource("Quiet text", DocumentMetadata.of("d8"), "mem:d8"))), 2);
    assertThat(run.failures()).isEmpty();
    assertThat(run.documents()).extracting(AnalyzedDocument::isComplete).containsExactly(false, true);
  }

  @Test
  void aStageMustRecordItemFailuresInItsOwnName() {
    Pipeline pipeline = Pipeline.builder().add(new WordByWordStage("other")).build();
    assertThatThrownBy(() -> pipeline.analyze("d9", "BOOM"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("d9")
        .hasMessageContaining("in the name of 'other'");
  }

  @Test
  void builderRejectsAStageWhoseLayerIsMissingNamingBoth() {
    assertThatThrownBy(() -> Pipeline.builder().add(new NeedsWordsStage()).add(new WordsStage()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'needs-words'")
        .hasMessageContaining("'words' layer");
  }

  @Test
  void builderRejectsTwoStagesProvidingTheSameLayer() {
    assertThatThrownBy(() -> Pipeline.builder().add(new WordsStage()).add(new WordsStage()).build())
        .hasMessageContaining("already provides");
  }

  @Test
  void stagesRunInOrderAndAddTheirLayers() {
    Pipeline pipeline = Pipeline.builder().add(new WordsStage()).add(new NeedsWordsStage()).build();
    AnalyzedDocument doc = pipeline.analyze("d1", "Petro spoke.\n\nIsrael answered.");
    assertThat(pipeline.provides()).containsExactly(WordsLayer.KEY, TextLayer.KEY);
    assertThat(doc.expect(WordsLayer.KEY).words()).extracting(Span::text)
        .containsExactly("Petro", "spoke.", "Israel", "answered.");
    assertThat(doc.has(TextLayer.KEY)).isTrue();
  }

  @Test
  void aFailingStageIsReportedWithDocumentAndStage() {
    Pipeline pipeline = Pipeline.builder().add(new WordsStage()).build();
    assertThatThrownBy(() -> pipeline.analyze("bad-doc", "it goes BOOM here"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("bad-doc")
        .hasMessageContaining("'words'")
        .hasMessageContaining("offset 8");
  }

  @Test
  void corpusRunAccountsForEveryDocumentInInputOrderWhateverTheThreads() {
    Pipeline pipeline = Pipeline.builder().add(new WordsStage()).build();
    List<ArticleSource> articles = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = i % 7 == 3 ? "BOOM " + i : "Article number " + i + " text.";
      articles.add(new ArticleSource(text, DocumentMetadata.of("doc-" + i), "mem:" + i));
    }
    Corpus corpus = new Corpus(articles,
        List.of(new DocumentFailure("missing.txt", "missing", "read", "missing.txt: no such file")));
    CorpusResult one = pipeline.analyze(corpus, 1);
    CorpusResult four = pipeline.analyze(corpus, 4);
    assertThat(four).isEqualTo(one);
    assertThat(one.documents().size() + one.failures().size()).isEqualTo(41);
    assertThat(one.failures()).extracting(DocumentFailure::documentId)
        .containsExactly("missing", "doc-3", "doc-10", "doc-17", "doc-24", "doc-31", "doc-38");
    assertThat(one.failures().get(1).step()).isEqualTo("words");
    assertThat(one.documents()).extracting(AnalyzedDocument::id).startsWith("doc-0", "doc-1", "doc-2", "doc-4");
    assertThat(one.isComplete()).isFalse();
  }

  @Test
  void threadsMustBePositive() {
    Pipeline pipeline = Pipeline.builder().build();
    assertThatThrownBy(() -> pipeline.analyze(Corpus.of(List.of()), 0)).hasMessageContaining("threads");
  }
}
