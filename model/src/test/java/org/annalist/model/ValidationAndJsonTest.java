package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationAndJsonTest {

  private static final String TEXT = "Headline\n\nBogota said no.";
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static AnalyzedDocument sample(String text) {
    Provenance p = new Provenance("article-parser", "test", 0.8);
    Document doc = new Document("d1",
        DocumentMetadata.builder("d1").title("Headline").authors(List.of("A. Writer"))
            .publicationDate(LocalDate.of(2024, 5, 2)).build(),
        text,
        List.of(new StructureElement(StructureLabel.HEADLINE, new Span(0, 8, "Headline"), p),
            new StructureElement(StructureLabel.BODY_PARAGRAPH, new Span(10, 25, "Bogota said no."), p)),
        DocumentDate.stated(LocalDate.of(2024, 5, 2), List.of(new Span(0, 8, "Headline")), p));
    Token token = new Token(new Span(10, 16, "Bogota"), "PROPN", "Bogota", 0.97);
    Sentence sentence = new Sentence(new Span(10, 25, "Bogota said no."), StructureLabel.BODY_PARAGRAPH, 0, 1, 0.99);
    return AnalyzedDocument.of(doc).with(new TextLayer("text", List.of("m.bin"), List.of(sentence), List.of(token)));
  }

  @Test
  void consistentDocumentHasNoViolations() {
    assertThat(VALIDATOR.validate(sample(TEXT))).isEmpty();
  }

  @Test
  void spanWhoseTextDiffersFromTheDocumentIsReportedWithItsPlace() {
    Set<ConstraintViolation<AnalyzedDocument>> violations =
        VALIDATOR.validate(sample("Headline\n\nBogotá said no."));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .anySatisfy(m -> assertThat(m).startsWith("document.structure").contains("\"Bogota said no.\""))
        .anySatisfy(m -> assertThat(m).startsWith("layers[text]").contains("Bogotá"));
  }

  @Test
  void jsonRoundTripIsLosslessAndStable() throws Exception {
    AnalyzedDocument doc = sample(TEXT);
    String json = MAPPER.writeValueAsString(doc);
    AnalyzedDocument back = MAPPER.readValue(json, AnalyzedDocument.class);
    assertThat(back).isEqualTo(doc);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    assertThat(json)
        .contains("\"layer\":\"text\"")
        .contains("\"publicationDate\":\"2024-05-02\"")
        .containsSubsequence("\"id\"", "\"metadata\"", "\"text\"", "\"structure\"", "\"date\"");
  }
  @Test
  void itemFailuresRoundTripAndTheirSpansAreChecked() throws Exception {
    ItemFailure failure = ItemFailure.of("d1", "time", "expression", new Span(10, 16, "Bogota"),
        new IndexOutOfBoundsException("Index 2 out of bounds for length 2"));
    assertThat(failure.message()).isEqualTo("document d1, offset 10: stage 'time' skipped the "
        + "expression at [10, 16): java.lang.IndexOutOfBoundsException: Index 2 out of bounds for "
        + "length 2");
    AnalyzedDocument doc = sample(TEXT);
    AnalyzedDocument degraded = new AnalyzedDocument(doc.document(), doc.layers(), List.of(failure));
    assertThat(degraded.isComplete()).isFalse();
    assertThat(doc.isComplete()).isTrue();
    String json = MAPPER.writeValueAsString(degraded);
    assertThat(json).contains("\"itemFailures\":[{\"stage\":\"time\",\"item\":\"expression\","
        + "\"span\":{\"begin\":10,\"end\":16,\"text\":\"Bogota\"},\"message\":\"document d1");
    AnalyzedDocument back = MAPPER.readValue(json, AnalyzedDocument.class);
    assertThat(back).isEqualTo(degraded);
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    assertThat(VALIDATOR.validate(degraded)).isEmpty();

    ItemFailure shifted = new ItemFailure("time", "expression", new Span(11, 17, "Bogota"), "m");
    assertThat(VALIDATOR.validate(new AnalyzedDocument(doc.document(), doc.layers(),
        List.of(shifted))))
        .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("itemFailures").contains("\"ogota \"");
  }

  @Test
  void jsonWithoutItemFailuresReadsAsNone() throws Exception {
    AnalyzedDocument doc = sample(TEXT);
    String json = MAPPER.writeValueAsString(doc);
    assertThat(json).endsWith(",\"itemFailures\":[]}");
    String old = json.replace(",\"itemFailures\":[]", "");
    assertThat(MAPPER.readValue(old, AnalyzedDocument.class)).isEqualTo(doc);
  }

  @Test
  void anItemFailureIsOneLineAndFitsTheText() {
    Span span = new Span(0, 8, "Headline");
    assertThat(ItemFailure.of("d1", "entities", "sentence", span, "first\nsecond\r\nthird")
        .message()).endsWith(": first second third");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ItemFailure("time", "expression", span, "two\nlines"))
        .hasMessageContaining("one line");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ItemFailure(" ", "expression", span, "m"))
        .hasMessageContaining("stage");
    AnalyzedDocument doc = sample(TEXT);
    ItemFailure beyond = new ItemFailure("time", "expression", new Span(20, 30, "x".repeat(10)), "m");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new AnalyzedDocument(doc.document(), doc.layers(), List.of(beyond)))
        .hasMessageContaining("document d1")
        .hasMessageContaining("ends after the text");
  }
}
