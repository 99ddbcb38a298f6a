package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static final String TEXT = "Headline\n\nBody text here.";

  @Test
  void spanOfCopiesCoveredTextAndChecksBounds() {
    Span span = Span.of(TEXT, 10, 14);
    assertThat(span.text()).isEqualTo("Body");
    assertThat(span.matches(TEXT)).isTrue();
    assertThatThrownBy(() -> Span.of(TEXT, 5, 100))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("[5, 100)");
  }

  @Test
  void spanRejectsImpossibleValuesNamingThem() {
    assertThatThrownBy(() -> new Span(-1, 2, "abc")).hasMessageContaining("-1");
    assertThatThrownBy(() -> new Span(5, 2, "")).hasMessageContaining("[5, 2)");
    assertThatThrownBy(() -> new Span(0, 2, "abc")).hasMessageContaining("3");
  }

  @Test
  void aSpanNeverCutsASurrogatePair() {
    String text = "Israel\uD83D\uDE00!";
    assertThat(Span.of(text, 6, 8).text()).isEqualTo("\uD83D\uDE00");
    assertThatThrownBy(() -> Span.of(text, 0, 7)).hasMessageContaining("[0, 7) cuts a surrogate pair");
    assertThatThrownBy(() -> Span.of(text, 7, 9)).hasMessageContaining("[7, 9) cuts a surrogate pair");
    assertThat(Utf16.splitsPair(text, 7)).isTrue();
    assertThat(Utf16.splitsPair(text, 6)).isFalse();
  }

  @Test
  void textsWithALoneSurrogateAreRejectedNamingTheOffset() {
    assertThat(Utf16.findLoneSurrogate("ok \uD83D\uDE00")).isEmpty();
    assertThat(Utf16.findLoneSurrogate("a\uDE00\uD83D")).hasValue(1);
    assertThat(Utf16.findLoneSurrogate("ab\uD83D")).hasValue(2);
    assertThatThrownBy(() -> new Document("d", DocumentMetadata.of("d"), "x\uD800y", List.of(),
            DocumentDate.unknown()))
        .hasMessageContaining("document d").hasMessageContaining("U+D800 at offset 1");
    assertThatThrownBy(() -> DocumentMetadata.builder("d").title("T\uDC00").build())
        .hasMessageContaining("title").hasMessageContaining("U+DC00 at offset 1");
  }

  @Test
  void findSentenceAtFindsTheSentenceCoveringAnOffset() {
    String text = "One two. Three.";
    Sentence first = new Sentence(Span.of(text, 0, 8), StructureLabel.BODY_PARAGRAPH, 0, 0, 1.0);
    Sentence second = new Sentence(Span.of(text, 9, 15), StructureLabel.BODY_PARAGRAPH, 0, 0, 1.0);
    TextLayer layer = new TextLayer("text", List.of("m"), List.of(first, second), List.of());
    assertThat(layer.findSentenceAt(0)).contains(first);
    assertThat(layer.findSentenceAt(7)).contains(first);
    assertThat(layer.findSentenceAt(8)).isEmpty();
    assertThat(layer.findSentenceAt(9)).contains(second);
    assertThat(layer.findSentenceAt(14)).contains(second);
    assertThat(layer.findSentenceAt(15)).isEmpty();
    assertThat(layer.findSentenceAt(-1)).isEmpty();
  }

  @Test
  void spansOrderByBeginThenEnd() {
    assertThat(List.of(new Span(3, 5, "ab"), new Span(0, 4, "abcd"), new Span(0, 2, "ab")).stream()
            .sorted().map(Span::begin).toList())
        .containsExactly(0, 0, 3);
  }

  @Test
  void provenanceRejectsConfidenceOutsideUnitInterval() {
    assertThatThrownBy(() -> new Provenance("s", "r", 1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new Provenance("s", "r", Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> new Provenance(" ", "r", 0.5)).hasMessageContaining("stage");
  }

  @Test
  void metadataRejectsBadIdsAndDefaultsLanguage() {
    assertThat(DocumentMetadata.of("a-1").language()).isEqualTo("en");
    assertThat(DocumentMetadata.of("a-1").findPublicationDate()).isEmpty();
    assertThatThrownBy(() -> DocumentMetadata.of("../etc")).hasMessageContaining("../etc");
  }

  @Test
  void documentDateKeepsUnknownExplicit() {
    assertThat(DocumentDate.unknown().isKnown()).isFalse();
    assertThat(DocumentDate.unknown().findExact()).isEmpty();
    assertThat(DocumentDate.given(LocalDate.of(2024, 5, 2)).findExact()).contains(LocalDate.of(2024, 5, 2));
    assertThatThrownBy(() -> new DocumentDate(DateResolution.STATED, LocalDate.of(2024, 5, 2),
            LocalDate.of(2024, 5, 1), List.of(), new Provenance("p", "r", 1)))
        .hasMessageContaining("2024-05-01");
    assertThatThrownBy(() -> new DocumentDate(DateResolution.STATED, LocalDate.of(2024, 5, 2),
            LocalDate.of(2024, 5, 2), List.of(), new Provenance("p", "r", 1)))
        .hasMessageContaining("spans");
  }

  @Test
  void onlyAnInferredDocumentDateMayBeOpenAbove() {
    Span evidence = Span.of(TEXT, 10, 14);
    DocumentDate open = new DocumentDate(DateResolution.INFERRED, LocalDate.of(2022, 1, 1), null,
        List.of(evidence), new Provenance("chronology", "cross-document", 0.6));
    assertThat(open.isKnown()).isTrue();
    assertThat(open.latest()).isNull();
    assertThat(open.findLatest()).isEmpty();
    assertThat(open.findExact()).isEmpty();
    assertThatThrownBy(() -> new DocumentDate(DateResolution.STATED, LocalDate.of(2024, 5, 2),
            null, List.of(evidence), new Provenance("p", "r", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STATED").hasMessageContaining("2024-05-02")
        .hasMessageContaining("only an inferred date may be open above");
    assertThatThrownBy(() -> new DocumentDate(DateResolution.GIVEN, LocalDate.of(2024, 5, 2),
            null, List.of(), new Provenance("p", "r", 1)))
        .hasMessageContaining("GIVEN");
    assertThatThrownBy(() -> new DocumentDate(DateResolution.INFERRED, null,
            LocalDate.of(2024, 5, 2), List.of(evidence), new Provenance("p", "r", 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("earliest");
    assertThat(DocumentDate.given(LocalDate.of(2024, 5, 2)).findLatest())
        .contains(LocalDate.of(2024, 5, 2));
  }

  @Test
  void documentRejectsOverlappingOrOutOfBoundsStructure() {
    Provenance p = new Provenance("article-parser", "test", 1);
    StructureElement headline = new StructureElement(StructureLabel.HEADLINE, Span.of(TEXT, 0, 8), p);
    StructureElement body = new StructureElement(StructureLabel.BODY_PARAGRAPH, Span.of(TEXT, 10, 25), p);
    DocumentMetadata meta = DocumentMetadata.of("d1");
    assertThat(new Document("d1", meta, TEXT, List.of(headline, body), DocumentDate.unknown())
            .findFirst(StructureLabel.HEADLINE)).contains(headline);
    assertThatThrownBy(() -> new Document("d1", meta, TEXT, List.of(body, headline), DocumentDate.unknown()))
        .hasMessageContaining("text order");
    assertThatThrownBy(() -> new Document("d1", meta, "short", List.of(body), DocumentDate.unknown()))
        .hasMessageContaining("ends after the text");
    assertThatThrownBy(() -> new Document("d2", meta, TEXT, List.of(), DocumentDate.unknown()))
        .hasMessageContaining("d1");
  }

  @Test
  void analyzedDocumentFindsAndExpectsLayers() {
    Document doc = new Document("d1", DocumentMetadata.of("d1"), TEXT, List.of(), DocumentDate.unknown());
    AnalyzedDocument empty = AnalyzedDocument.of(doc);
    assertThat(empty.find(TextLayer.KEY)).isEmpty();
    assertThatThrownBy(() -> empty.expect(TextLayer.KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("d1")
        .hasMessageContaining("'text'");
    TextLayer layer = new TextLayer("text", List.of("rules"), List.of(), List.of());
    AnalyzedDocument withText = empty.with(layer);
    assertThat(withText.expect(TextLayer.KEY)).isSameAs(layer);
    assertThat(empty.layers()).isEmpty();
    assertThatThrownBy(() -> withText.with(layer)).hasMessageContaining("two 'text' layers");
  }

  @Test
  void textLayerRejectsSentencesPointingPastTheTokens() {
    Sentence sentence = new Sentence(Span.of(TEXT, 10, 25), StructureLabel.BODY_PARAGRAPH, 0, 3, 0.9);
    assertThatThrownBy(() -> new TextLayer("text", List.of("m"), List.of(sentence), List.of()))
        .hasMessageContaining("0 tokens");
  }
}
