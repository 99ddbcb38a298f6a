package org.annalist.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.parse.ArticleParser;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.ItemFailure;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetValidatorTest {

  private static final String TEXT =
      "Colombia cuts ties with Israel\n\nBOGOTA, Colombia — The government said on Thursday it would"
          + " cut ties.\n\nSubscribe to our newsletter";

  @TempDir Path dir;

  private final DatasetValidator validator = DatasetValidator.create();
  private final AnnalistJson json = AnnalistJson.create();
  private final ObjectMapper mapper = json.mapper();
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
      assertThat(v.path()).isEqualTo("$.itemFailures[0].span");
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

  /** An analysed document with a small text layer: "Colombia", "cuts", "ties", "with", "Israel". */
  private ObjectNode analysedWithTokens() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String word : List.of("Colombia", "cuts", "ties", "with", "Israel")) {
      int begin = TEXT.indexOf(word, at);
      tokens.add(new Token(Span.of(TEXT, begin, begin + word.length()), "X", word, 0.9));
      at = begin + word.length();
    }
    TextLayer layer = new TextLayer("text", List.of("test-model"),
        List.of(new Sentence(Span.of(TEXT, 0, 30), StructureLabel.HEADLINE, 0, 5, 0.9)), tokens);
    AnalyzedDocument analysed = AnalyzedDocument.of(document).with(layer);
    assertThat(validator.validate(analysed)).isEmpty();
    return (ObjectNode) mapper.valueToTree(analysed);
  }

  private ValidationReport validateTree(JsonNode tree) throws IOException {
    Path file = dir.resolve("tree.json");
    Files.writeString(file, mapper.writeValueAsString(tree));
    return validator.validateFile(file);
  }

  private static ObjectNode token(ObjectNode analysed, int index) {
    return (ObjectNode) analysed.get("layers").get(0).get("tokens").get(index);
  }

  @Test
  void everyProblemOfOneDocumentIsReportedAtItsExactPath() throws IOException {
    // before: one violation, "$.layers[text]" or the first constructor that threw
    ObjectNode analysed = analysedWithTokens();
    ((ObjectNode) token(analysed, 1).get("span")).put("begin", -4);
    token(analysed, 3).put("confidence", 1.5);
    ((ObjectNode) token(analysed, 2).get("span")).put("text", "tied");
    ValidationReport report = validateTree(analysed);
    assertThat(report.itemsChecked()).isEqualTo(1);
    assertThat(report.violations()).extracting(Violation::path).containsExactly(
        "$.layers[0].tokens[1].span.begin",
        "$.layers[0].tokens[2].span",
        "$.layers[0].tokens[3].confidence");
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.documentId()).isEqualTo("d1"));
    assertThat(report.violations().get(0).message()).contains("greater than or equal to 0").contains("-4");
    assertThat(report.violations().get(1).message())
        .contains("\"tied\" does not match the document text, which has \"ties\"");
    assertThat(report.violations().get(2).message()).contains("1.0").contains("1.5");
  }

  @Test
  void aMismatchedSpanInABuildableDocumentIsReportedAtTheSpan() throws IOException {
    ObjectNode analysed = analysedWithTokens();
    ((ObjectNode) token(analysed, 4).get("span")).put("text", "Israil");
    assertThat(validateTree(analysed).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.layers[0].tokens[4].span");
      assertThat(v.message()).contains("\"Israil\"").contains("\"Israel\"");
    });
  }

  @Test
  void unknownPropertiesWrongTypesAndBadLayerTagsAreEachReported() throws IOException {
    ObjectNode analysed = analysedWithTokens();
    token(analysed, 0).put("confidnce", 0.5);
    ((ObjectNode) token(analysed, 1).get("span")).put("end", "nine");
    ((ObjectNode) analysed.get("document").get("structure").get(0)).put("label", "TITLE");
    ObjectNode second = analysed.withArray("layers").addObject().put("layer", "chronology");
    second.put("stage", "chronology");
    ValidationReport report = validateTree(analysed);
    assertThat(report.violations()).extracting(Violation::path).containsExactly(
        "$.document.structure[0].label",
        "$.layers[0].tokens[0].confidnce",
        "$.layers[0].tokens[1].span.end",
        "$.layers[1].layer");
    assertThat(report.violations()).extracting(Violation::message).satisfiesExactly(
        m -> assertThat(m).contains("HEADLINE").contains("\"TITLE\""),
        m -> assertThat(m).contains("unknown property").contains("confidence"),
        m -> assertThat(m).contains("expected an integer").contains("\"nine\""),
        m -> assertThat(m).contains("unknown layer \"chronology\"")
            .contains("text, entities, time, claims, quantities"));
  }

  @Test
  void checksThatRelatePartsAreReportedAtTheRecord() throws IOException {
    ObjectNode analysed = analysedWithTokens();
    ObjectNode sentence = (ObjectNode) analysed.get("layers").get(0).get("sentences").get(0);
    sentence.put("firstToken", 4).put("endToken", 2);
    assertThat(validateTree(analysed).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.layers[0].sentences[0]");
      assertThat(v.message()).contains("impossible token range [4, 2)")
          .doesNotContain("line -1");
    });
  }

  @Test
  void noMessageHasAnUnknownJacksonLocation() throws IOException {
    // before: "... was \"a b\" (line -1, column -1)": Jackson's location of a tree it was given
    Path file = dir.resolve("meta.jsonl");
    Files.writeString(file, "{\"id\": \"a b\"}\n{\"id\": \"ok\", \"authors\": \"x\"}\n");
    ValidationReport report = validator.validateFile(file);
    assertThat(report.violations()).hasSize(2)
        .allSatisfy(v -> assertThat(v.message()).doesNotContain("-1"));
    assertThat(report.violations().get(0).path()).isEqualTo("$.id");
    assertThat(report.violations().get(1).path()).isEqualTo("$.authors");
  }

  @Test
  void syntaxErrorsGiveTheLineAndColumn() throws IOException {
    Path json = Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": ,\n}");
    assertThat(validator.validateFile(json).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("not valid JSON: ")
            .endsWith("(line 2, column 9)"));
    Path lines = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"a\"}\n{\"id\" \"b\"}\n");
    assertThat(validator.validateFile(lines).violations()).singleElement().satisfies(v -> {
      assertThat(v.source()).endsWith("broken.jsonl:2");
      assertThat(v.message()).endsWith("(column 7)");
    });
  }

  @Test
  void emptyFilesAreOneViolationEach() throws IOException {
    for (String name : List.of("empty.json", "empty.jsonl", "blank.jsonl")) {
      Path file = Files.writeString(dir.resolve(name), name.startsWith("blank") ? "\n \n" : "");
      ValidationReport report = validator.validateFile(file);
      assertThat(report.isValid()).as(name).isFalse();
      assertThat(report.violations()).as(name).singleElement()
          .satisfies(v -> assertThat(v.message()).contains("empty"));
    }
    assertThat(validator.validateFile(dir).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).containsIgnoringCase("is a directory"));
  }

  @Test
  void pathsAreOrderedAsAReaderCounts() {
    assertThat(TreeValidator.comparePaths("$.tokens[5].span", "$.tokens[12].span")).isNegative();
    assertThat(TreeValidator.comparePaths("$.tokens[12]", "$.tokens[12].span")).isNegative();
    assertThat(TreeValidator.comparePaths("$.a[2]", "$.a[2]")).isZero();
  }
}
