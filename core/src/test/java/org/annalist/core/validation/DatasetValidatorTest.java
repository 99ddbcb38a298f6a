package org.annalist.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.parse.ArticleParser;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.ItemFailure;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetValidatorTest {

  private static final String TEXT =
      "Colombia cuts ties with Israel\n\nBOGOTA, Colombia — The government said on Thursday it would"
          + " cut ties.\n\nSubscribe to our newsletter";

  @TempDir Path dir;

  private final DatasetValidator validator = DatasetValidator.create();
  private final AnnalistJson json = AnnalistJson.create();
  private final Document document = ArticleParser.standard().parse("d1", TEXT);

  @Test
  void aParsedDocumentIsValid() {
    assertThat(validator.validate(document)).isEmpty();
    assertThat(validator.validate(AnalyzedDocument.of(document))).isEmpty();
  }

  @Test
  void aValidFileOfSeveralDocumentsIsReportedAsSuch() throws IOException {
    Path file = dir.resolve("docs.json");
    Files.writeString(file, "[" + json.write(document) + "," + json.write(AnalyzedDocument.of(document)) + "]");
    ValidationReport report = validator.validateFile(file);
    assertThat(report.violations()).isEmpty();
    assertThat(report.itemsChecked()).isEqualTo(2);
  }

  @Test
  void aDocumentWithItemFailuresIsValidAndAShiftedFailureSpanIsReported() throws IOException {
    int at = TEXT.indexOf("Thursday");
    AnalyzedDocument degraded = new AnalyzedDocument(document, List.of(), List.of(
        ItemFailure.of("d1", "time", "expression", Span.of(TEXT, at, at + 8),
            new IllegalStateException("broken"))));
    Path file = dir.resolve("degraded.json");
    Files.writeString(file, "{\"documents\":[" + json.write(degraded) + "],\"failures\":[]}");
    assertThat(validator.validateFile(file).violations()).isEmpty();
    Files.writeString(file, json.write(degraded).replace("\"begin\":" + at + ",",
        "\"begin\":" + (at - 1) + ",").replace("\"end\":" + (at + 8) + ",",
        "\"end\":" + (at + 7) + ","));
    assertThat(validator.validateFile(file).violations()).singleElement().satisfies(v -> {
      assertThat(v.documentId()).isEqualTo("d1");
      assertThat(v.path()).isEqualTo("$.itemFailures");
      assertThat(v.message()).contains("does not match the document text").contains(" Thursda");
    });
  }

  @Test
  void shiftedSpansAreReportedWithDocumentAndPath() throws IOException {
    String shifted = json.write(document).replace("Colombia cuts ties with Israel\\n", "Colombia cut ties with Israel\\n\\n");
    Path file = dir.resolve("gold.json");
    Files.writeString(file, shifted);
    ValidationReport report = validator.validateFile(file);
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations()).allSatisfy(v -> {
      assertThat(v.documentId()).isEqualTo("d1");
      assertThat(v.path()).startsWith("$.structure");
      assertThat(v.message()).contains("does not match the document text");
    });
  }

  @Test
  void impossibleValuesAreReportedWithTheirJsonPath() throws IOException {
    String bad = json.write(document).replaceFirst("\"confidence\":[0-9.]+", "\"confidence\":2.5");
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, json.write(document) + "\n" + bad + "\n");
    ValidationReport report = validator.validateFile(file);
    assertThat(report.itemsChecked()).isEqualTo(2);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.source()).endsWith("bad.jsonl:2");
      assertThat(v.path()).contains("structure[0]").contains("provenance");
      assertThat(v.message()).contains("2.5");
    });
  }

  @Test
  void unreadableFilesAreOneViolationNotAnException() throws IOException {
    Path notJson = dir.resolve("x.json");
    Files.writeString(notJson, "{ nope");
    assertThat(validator.validateFile(notJson).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("not valid JSON"));
    assertThat(validator.validateFile(dir.resolve("absent.json")).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("absent.json: no such file"));
  }

  @Test
  void metadataWithABadIdIsReported() throws IOException {
    Path file = dir.resolve("meta.json");
    Files.writeString(file, "{\"id\": \"has space\", \"authors\": []}");
    assertThat(validator.validateFile(file).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("has space"));
  }
}
