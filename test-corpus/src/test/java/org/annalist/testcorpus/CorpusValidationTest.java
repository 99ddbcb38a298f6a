package org.annalist.testcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.Annalist;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.validation.DatasetValidator;
import org.annalist.core.validation.ValidationReport;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Sentence;
import org.annalist.model.TextLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus as a dataset: valid metadata, and a full analysis that validates. */
class CorpusValidationTest {

  /** The corpus as files in this module (tests run in the module directory). */
  static final Path CORPUS_DIR = Path.of("src/main/resources", TestCorpus.ROOT);

  static Pipeline pipeline;
  static CorpusResult analysed;

  @TempDir Path dir;

  @BeforeAll
  static void analyse() {
    pipeline = Annalist.defaultPipeline();
    analysed = pipeline.analyze(TestCorpus.corpus(), 2);
  }

  @Test
  void sidecarMetadataFilesAreValid() {
    DatasetValidator validator = DatasetValidator.create();
    for (String id : TestCorpus.IDS) {
      ValidationReport report = validator.validateFile(CORPUS_DIR.resolve(id + ".json"));
      assertThat(report.violations()).as(id).isEmpty();
      assertThat(report.itemsChecked()).isEqualTo(1);
    }
  }

  @Test
  void filesAndClasspathResourcesAreTheSameCorpus() {
    Corpus fromFiles = CorpusReader.create().read(List.of(CORPUS_DIR));
    assertThat(fromFiles.failures()).isEmpty();
    assertThat(fromFiles.articles()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(fromFiles.articles().get(i).text()).isEqualTo(TestCorpus.corpus().articles().get(i).text());
      assertThat(fromFiles.articles().get(i).metadata()).isEqualTo(TestCorpus.corpus().articles().get(i).metadata());
    }
  }

  @Test
  void everyArticleIsAnalysedAndTheAnalysisValidates() {
    assertThat(analysed.failures()).isEmpty();
    assertThat(analysed.documents()).extracting(AnalyzedDocument::id).isEqualTo(TestCorpus.IDS);
    DatasetValidator validator = DatasetValidator.create();
    for (AnalyzedDocument doc : analysed.documents()) {
      assertThat(validator.validate(doc)).as(doc.id()).isEmpty();
      TextLayer text = doc.expect(TextLayer.KEY);
      assertThat(text.sentences()).as(doc.id()).hasSizeGreaterThan(5);
      for (Sentence sentence : text.sentences()) {
        assertThat(sentence.section().isContent()).isTrue();
      }
    }
  }

  @Test
  void theAnalysisWrittenAsJsonValidatesAsAFileAndReadsBackEqual() throws Exception {
    AnnalistJson json = AnnalistJson.create();
    Path file = dir.resolve("analysed.json");
    Files.writeString(file, json.write(analysed));
    ValidationReport report = DatasetValidator.create().validateFile(file);
    assertThat(report.violations()).isEmpty();
    assertThat(report.itemsChecked()).isEqualTo(5);
    assertThat(json.read(Files.readString(file), CorpusResult.class)).isEqualTo(analysed);
  }

  @Test
  void theAnalysisIsTheSameOnOneThreadAndTwo() {
    assertThat(AnnalistJson.create().write(pipeline.analyze(TestCorpus.corpus(), 1)))
        .isEqualTo(AnnalistJson.create().write(analysed));
  }

  @Test
  void theCommandLineAnalysesTheCorpusDirectory() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = org.annalist.cli.AnnalistCommand.execute(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        "analyze", CORPUS_DIR.toString());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.get("documents")).hasSize(5);
    for (JsonNode doc : json.get("documents")) {
      String text = doc.get("document").get("text").asText();
      assertThat(doc.get("document").get("structure")).isNotEmpty();
      JsonNode layer = doc.get("layers").get(0);
      assertThat(layer.get("layer").asText()).isEqualTo("text");
      for (String field : List.of("sentences", "tokens")) {
        assertThat(layer.get(field)).isNotEmpty();
        for (JsonNode item : layer.get(field)) {
          JsonNode span = item.get("span");
          assertThat(text.substring(span.get("begin").asInt(), span.get("end").asInt()))
              .isEqualTo(span.get("text").asText());
        }
      }
    }
  }
}
