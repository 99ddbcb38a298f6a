package org.annalist.testcorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.model.StructureLabel.BODY_PARAGRAPH;
import static org.annalist.model.StructureLabel.BOILERPLATE;
import static org.annalist.model.StructureLabel.BYLINE;
import static org.annalist.model.StructureLabel.CAPTION;
import static org.annalist.model.StructureLabel.DATELINE;
import static org.annalist.model.StructureLabel.DATE_LINE;
import static org.annalist.model.StructureLabel.HEADLINE;
import static org.annalist.model.StructureLabel.SECTION_HEADING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.parse.ArticleParser;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a careful reader sees in the structure of each bundled article: one case per article. */
class ArticleParsingTest {

  /** The facts a reader would check in one article. */
  record Expected(
      String id,
      String headline,
      String dateline,
      String dateLine,
      String byline,
      LocalDate date,
      List<String> captions,
      List<String> headings,
      List<String> boilerplate) {

    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Arguments> articles() {
    return Stream.of(
        new Expected("000_0992c36e7527908a", null, "SANTIAGO, Chile —", null, null, null,
            List.of(), List.of("Defense relations"),
            List.of("The Associated Press contributed to this report.",
                "José Higuera is a Latin America correspondent for Defense News.",
                "More In Global")),
        new Expected("001_fa503946337120b6", null, null, "date 2023-11-07", null,
            LocalDate.of(2023, 11, 7), List.of(), List.of(), List.of()),
        new Expected("002_929fabcdb719644e", null, null, null, null, null, List.of(),
            List.of("Transformation of Colombia's relationship with Zionist entity"), List.of()),
        new Expected("003_23f886cc65bb6d3e", "Colombia cuts ties with Israel over Gaza genocide",
            null, null, null, null,
            List.of("Gustavo Petro delivers May Day speech in Plaza Bolívar, Bogotá, Colombia"
                + " [Photo: Juan Diego Cano/Presidencia]"),
            List.of(), List.of()),
        new Expected("004_2548ac03265b6e4d",
            "Exporting Security: Israeli and U.S. Defense Chiefs Visit Colombia", null, null,
            "Nazih Richani 4/24/2012", LocalDate.of(2012, 4, 24),
            List.of("921 Defense Secretaries Pinzón and Panetta in Colombia (ntn24.com)"),
            List.of("What is going on?", "What is the end game?"),
            List.of("For more from Nazih Richani's blog, Colombian Cuadernos, visit"
                    + " nacla.org/blog/cuadernos-colombianos, or see the NACLA Report July/August"
                    + " 2009, \"Coercion Incorporated: Paramilitary Colombia.\"",
                "Subscribe to NACLA",
                "Like this article? Support our work. Donate\u00a0now.")))
        .map(Arguments::of);
  }

  private static Document parse(String id) {
    ArticleSource source = TestCorpus.article(id);
    return ArticleParser.standard().parse(source.text(), source.metadata());
  }

  private static List<String> texts(Document doc, StructureLabel label) {
    return doc.elements(label).stream().map(e -> e.span().text()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void structureIsWhatAReaderSees(Expected expected) {
    Document doc = parse(expected.id());
    assertThat(doc.text()).isEqualTo(TestCorpus.article(expected.id()).text());
    assertThat(texts(doc, HEADLINE)).isEqualTo(optional(expected.headline()));
    assertThat(texts(doc, DATELINE)).isEqualTo(optional(expected.dateline()));
    assertThat(texts(doc, DATE_LINE)).isEqualTo(optional(expected.dateLine()));
    assertThat(texts(doc, BYLINE)).isEqualTo(optional(expected.byline()));
    assertThat(texts(doc, CAPTION)).isEqualTo(expected.captions());
    assertThat(texts(doc, SECTION_HEADING)).isEqualTo(expected.headings());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void boilerplateIsLabelledNotDeletedAndNothingElseIs(Expected expected) {
    Document doc = parse(expected.id());
    String text = doc.text();
    int covered = 0;
    for (String boiler : expected.boilerplate()) {
      int at = text.indexOf(boiler);
      assertThat(at).as("boilerplate present in the text: %s", boiler).isNotNegative();
      for (int i = at; i < at + boiler.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
          assertThat(labelAt(doc, i)).as("label of '%s' at %d in %s", text.charAt(i), i, boiler)
              .isEqualTo(BOILERPLATE);
          covered++;
        }
      }
    }
    int labelled = doc.elements(BOILERPLATE).stream()
        .mapToInt(e -> (int) e.span().text().chars()
            .filter(c -> !Character.isWhitespace(c) && c != '\u00a0').count())
        .sum();
    assertThat(labelled).as("boilerplate characters beyond the expected ones").isEqualTo(covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void publicationDateIsWhatTheArticleStatesAndNothingMore(Expected expected) {
    Document doc = parse(expected.id());
    if (expected.date() == null) {
      assertThat(doc.date().resolution()).isEqualTo(DateResolution.UNKNOWN);
      assertThat(doc.metadata().publicationDate()).isNull();
    } else {
      assertThat(doc.date().resolution()).isEqualTo(DateResolution.STATED);
      assertThat(doc.date().findExact()).contains(expected.date());
      assertThat(doc.date().spans()).singleElement()
          .satisfies(s -> assertThat(text(expected)).contains(s.text()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void everyNonBlankCharacterBelongsToExactlyOneElement(Expected expected) {
    Document doc = parse(expected.id());
    String text = doc.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        assertThat(labelAt(doc, i)).as("label at %d ('%s')", i, c).isNotNull();
      }
    }
    for (StructureElement element : doc.structure()) {
      assertThat(text.substring(element.span().begin(), element.span().end()))
          .isEqualTo(element.span().text());
    }
    assertThat(doc.elements(BODY_PARAGRAPH)).isNotEmpty();
  }

  private static String text(Expected expected) {
    return Map.of("dateLine", String.valueOf(expected.dateLine()), "byline", String.valueOf(expected.byline()))
        .values().stream().reduce("", String::concat);
  }

  private static StructureLabel labelAt(Document doc, int offset) {
    return doc.structure().stream()
        .filter(e -> e.span().begin() <= offset && offset < e.span().end())
        .map(StructureElement::label)
        .findFirst()
        .orElse(null);
  }

  private static List<String> optional(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
