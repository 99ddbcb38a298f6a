package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.annalist.Annalist;
import org.annalist.core.AnalysisException;
import org.annalist.core.AnnalistException;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;

/**
 * The default pipeline ({@code Annalist.defaultPipeline()}, loaded once for the class) on generated
 * article text ({@link Texts#articles()}): it analyses every text or rejects it with a documented
 * {@link AnnalistException} that is not an {@link AnalysisException} (which means a stage crashed);
 * every span in its JSON covers exactly its text; no emitted string has a broken surrogate pair when
 * the input has none; the JSON reads back to a document that writes the same JSON; the same input
 * gives byte-identical JSON when two threads analyse it at once.
 */
@AddLifecycleHook(FuzzSettings.class)
class PipelineFuzzTest {

  private static Pipeline pipeline;
  private static final AnnalistJson JSON = AnnalistJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();

  @BeforeContainer
  static void loadModels() {
    pipeline = Annalist.defaultPipeline();
  }

  @Provide
  Arbitrary<String> articles() {
    return Texts.articles();
  }

  @Provide
  Arbitrary<String> wellFormedArticles() {
    return Texts.wellFormedArticles();
  }

  @Provide
  Arbitrary<DocumentMetadata> metadata() {
    return Texts.metadata();
  }

  @Property
  void analysesOrRejectsWithADocumentedException(@ForAll("articles") String text,
      @ForAll("metadata") DocumentMetadata metadata) {
    try {
      pipeline.analyze(text, metadata);
    } catch (AnalysisException e) {
      throw new AssertionError("a stage crashed on " + JsonChecks.quote(text) + ": " + e.getMessage(), e);
    } catch (AnnalistException e) {
      // documented: bad input reported with its document and position
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property
  void everySpanCoversExactlyItsText(@ForAll("articles") String text,
      @ForAll("metadata") DocumentMetadata metadata) throws JsonProcessingException {
    AnalyzedDocument doc = analyzeOrDiscard(text, metadata);
    assertThat(doc.document().text()).as("the original text, unchanged").isEqualTo(text);
    String json = JSON.write(doc);
    assertThat(JsonChecks.spanProblems(TREE.readTree(json), text)).isEmpty();
    assertThat(JSON.write(JSON.read(json, AnalyzedDocument.class))).as("read back and written again")
        .isEqualTo(json);
  }

  @Property
  void emitsNoBrokenSurrogatePairs(@ForAll("wellFormedArticles") String text,
      @ForAll("metadata") DocumentMetadata metadata) throws JsonProcessingException {
    AnalyzedDocument doc = analyzeOrDiscard(text, metadata);
    assertThat(JsonChecks.brokenSurrogates(TREE.readTree(JSON.write(doc)))).isEmpty();
  }

  @Property
  void sameInputGivesByteIdenticalJson(@ForAll("articles") String text,
      @ForAll("metadata") DocumentMetadata metadata) {
    // the same article twice in a corpus run on two threads: analysed concurrently by one shared
    // pipeline, the two results must be byte-identical
    ArticleSource article = new ArticleSource(text, metadata, "fuzz");
    CorpusResult twice = pipeline.analyze(Corpus.of(List.of(article, article)), 2);
    Assume.that(twice.failures().isEmpty());
    assertThat(twice.documents()).hasSize(2);
    assertThat(JSON.write(twice.documents().get(1))).isEqualTo(JSON.write(twice.documents().get(0)));
  }

  /** The analysed document; a try whose analysis fails is discarded (the first property covers it). */
  private static AnalyzedDocument analyzeOrDiscard(String text, DocumentMetadata metadata) {
    Optional<AnalyzedDocument> doc;
    try {
      doc = Optional.of(pipeline.analyze(text, metadata));
    } catch (AnnalistException e) {
      doc = Optional.empty();
    }
    Assume.that(doc.isPresent());
    return doc.get();
  }
}
