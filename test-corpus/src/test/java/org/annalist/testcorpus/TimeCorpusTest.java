package org.annalist.testcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.Annalist;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexResolution;
import org.junit.jupiter.api.Test;

/** The time stage on the bundled articles: the facts a reader of each article would check. */
class TimeCorpusTest {

  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(TextStage.create(EnglishModels.load()))
          .add(TimeStage.create())
          .build();

  private static final String A000 = "000_0992c36e7527908a";
  private static final String A001 = "001_fa503946337120b6";
  private static final String A002 = "002_929fabcdb719644e";
  private static final String A003 = "003_23f886cc65bb6d3e";
  private static final String A004 = "004_2548ac03265b6e4d";

  /** The article's time layer, with its publication date set to {@code date} (or left out). */
  private static TimeLayer time(String id, String date) {
    ArticleSource article = TestCorpus.article(id);
    DocumentMetadata.Builder meta = article.metadata().toBuilder();
    meta.publicationDate(date == null ? null : LocalDate.parse(date));
    return PIPELINE.analyze(article.text(), meta.build()).expect(TimeLayer.KEY);
  }

  /** The first expression covering exactly {@code covered} after {@code context} in the text. */
  private static TemporalExpression find(TimeLayer layer, String text, String context,
      String covered) {
    int at = text.indexOf(context);
    assertThat(at).as("context \"%s\" in the article", context).isNotNegative();
    return layer.expressions().stream()
        .filter(e -> e.span().begin() >= at && e.span().text().equals(covered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + covered + "\" after \""
            + context + "\"; found " + layer.expressions().stream()
                .map(e -> e.span().text()).toList()));
  }

  private static String text(String id) {
    return TestCorpus.article(id).text();
  }

  @Test
  void onSundayIsTheDayBeforeTheReport() {
    TimeLayer layer = time(A000, "2023-10-16");
    TemporalExpression sunday = find(layer, text(A000), "he wrote on X on", "Sunday");
    assertThat(sunday.value()).isEqualTo("2023-10-15");
    assertThat(sunday.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_DOCUMENT_DATE);
    assertThat(find(layer, text(A000), "Since the", "the 1980s").value()).isEqualTo("198X");
  }

  @Test
  void article002ResolvesAgainstTheDateAndTheNarrative() {
    TimeLayer layer = time(A002, "2024-09-01");
    String text = text(A002);
    TemporalExpression october = find(layer, text, "On the 16th", "the 16th of October last year");
    assertThat(october.value()).isEqualTo("2023-10-16");
    TemporalExpression november = find(layer, text, "Just a couple", "the first of November");
    assertThat(november.value()).isEqualTo("2023-11-01");
    assertThat(find(layer, text, "In May this year", "May this year").value())
        .isEqualTo("2024-05");
    TemporalExpression august = find(layer, text, "And in mid", "mid August");
    assertThat(august.value()).isEqualTo("2024-08");
    assertThat(august.mod()).isEqualTo(TimexMod.MID);
    TemporalExpression later = find(layer, text, "but only", "two years later");
    assertThat(later.value()).isEqualTo("1986");
    assertThat(later.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
    assertThat(layer.expressions().get(later.anchor()).value()).isEqualTo("1984");
    assertThat(find(layer, text, "For example, in", "the 1980s").value()).isEqualTo("198X");
  }

  @Test
  void article002WithAnInferredIntervalFollowsItsNarrative() {
    // as a cross-document chronology would date it: after 2024-05-02, within 2024
    ArticleSource article = TestCorpus.article(A002);
    Document parsed = ArticleParser.standard().parse(article.text(), article.metadata());
    String text = parsed.text();
    int may = text.indexOf("In May this year");
    DocumentDate interval = new DocumentDate(DateResolution.INFERRED, LocalDate.of(2024, 5, 2),
        LocalDate.of(2024, 12, 31), List.of(Span.of(text, may, may + "In May this year".length())),
        new Provenance("chronology", "cross-document", 0.6));
    Document dated = new Document(parsed.id(), parsed.metadata(), text, parsed.structure(),
        interval);
    TimeLayer layer = Annalist.defaultPipeline().analyze(dated).expect(TimeLayer.KEY);
    assertThat(layer.documentDate()).isEqualTo(interval);
    TemporalExpression october = find(layer, text, "On the 16th", "the 16th of October last year");
    assertThat(october.value()).isEqualTo("2023-10-16");
    assertThat(october.yearOffset()).isEqualTo(-1);
    assertThat(find(layer, text, "Just a couple", "the first of November").value())
        .isEqualTo("2023-11-01");
    assertThat(find(layer, text, "In May this year", "May this year").value())
        .isEqualTo("2024-05");
    assertThat(find(layer, text, "In May, this year", "May, this year").value())
        .isEqualTo("2024-05");
    // read against 2024-05-02 alone, "ended" would put it in August 2023
    TemporalExpression august = find(layer, text, "And in mid", "mid August");
    assertThat(august.value()).isEqualTo("2024-08");
    assertThat(august.earliest()).isEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(august.latest()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(august.mod()).isEqualTo(TimexMod.MID);
    assertThat(august.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
    assertThat(layer.expressions().get(august.anchor()).span().text()).isEqualTo("May, this year");
    assertThat(august.provenance().confidence()).isLessThan(0.6);
    // no earlier date near it: October 2023 or October 2024, and both are kept
    TemporalExpression lastOctober = find(layer, text, "Last October", "Last October");
    assertThat(lastOctober.value()).isEqualTo("XXXX-10");
    assertThat(lastOctober.earliest()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(lastOctober.latest()).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(lastOctober.yearOffset()).isNull();
  }

  @Test
  void article002UndatedKeepsWhatTheTextSays() {
    TimeLayer layer = time(A002, null);
    String text = text(A002);
    assertThat(layer.documentDate().resolution()).isEqualTo(DateResolution.INFERRED);
    assertThat(layer.documentDate().earliest()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(layer.documentDate().latest()).as("open above").isNull();
    TemporalExpression october = find(layer, text, "On the 16th", "the 16th of October last year");
    assertThat(october.value()).isEqualTo("XXXX-10-16");
    assertThat(october.resolution()).isEqualTo(TimexResolution.UNRESOLVED);
    assertThat(october.yearOffset()).isEqualTo(-1);
    // counted from the unresolved 16th of October, not from "2020" several sentences back
    TemporalExpression later = find(layer, text, "Just a couple", "a couple of weeks later");
    assertThat(later.resolution()).isEqualTo(TimexResolution.UNRESOLVED);
    assertThat(later.anchor()).isNull();
    assertThat(later.reason()).contains("unresolved");
  }

  @Test
  void article003WithItsDate() {
    TimeLayer layer = time(A003, "2024-05-02");
    String text = text(A003);
    assertThat(find(layer, text, "announced on", "Thursday").value()).isEqualTo("2024-05-02");
    assertThat(find(layer, text, "May Day speech on", "Wednesday").value())
        .isEqualTo("2024-05-01");
    assertThat(find(layer, text, "In February, Brazilian", "February").value())
        .isEqualTo("2024-02");
    TemporalExpression since = find(layer, text, "since last", "last October");
    assertThat(since.value()).isEqualTo("2023-10");
    assertThat(since.range().begin()).isEqualTo("2023-10");
    assertThat(since.range().end()).isNull();
    assertThat(since.earliest()).isEqualTo(LocalDate.of(2023, 10, 1));
    TemporalExpression between = find(layer, text, "between 2019", "2019");
    assertThat(between.range().end()).isEqualTo("2021");
  }

  @Test
  void article003InfersItsDate() {
    TimeLayer layer = time(A003, null);
    assertThat(layer.documentDate().resolution()).isEqualTo(DateResolution.INFERRED);
    assertThat(layer.documentDate().earliest()).isBeforeOrEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(layer.documentDate().latest()).isAfterOrEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(layer.documentDate().provenance().confidence())
        .isGreaterThanOrEqualTo(TimeStage.INFERRED_DATE_THRESHOLD);
    assertThat(layer.documentDate().spans()).extracting(s -> s.text())
        .contains("May Day", "Wednesday", "Thursday");
    TemporalExpression thursday = find(layer, text(A003), "announced on", "Thursday");
    assertThat(thursday.value()).isEqualTo("2024-05-02");
    assertThat(thursday.provenance().rule()).endsWith("@inferred-document-date");
  }

  @Test
  void article004WithItsDate() {
    TimeLayer layer = time(A004, "2012-04-24");
    String text = text(A004);
    String body = "Panetta visited Colombia on Monday as part of a regional trip";
    assertThat(find(layer, text, body, "Monday").value()).isEqualTo("2012-04-23");
    TemporalExpression week = find(layer, text, "came exactly", "one week after");
    assertThat(week.value()).isEqualTo("2012-04-16");
    assertThat(week.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
    TemporalExpression range = find(layer, text, "Uribe Vélez (", "2002-2010");
    assertThat(range.range().begin()).isEqualTo("2002");
    assertThat(range.range().end()).isEqualTo("2010");
    assertThat(range.earliest()).isEqualTo(LocalDate.of(2002, 1, 1));
    assertThat(range.latest()).isEqualTo(LocalDate.of(2010, 12, 31));
  }

  @Test
  void statedDatesAreUsedWhenNoneIsGiven() {
    TimeLayer a001 = time(A001, null);
    assertThat(a001.documentDate().resolution()).isEqualTo(DateResolution.STATED);
    assertThat(a001.documentDate().findExact()).contains(LocalDate.of(2023, 11, 7));
    TimeLayer a004 = time(A004, null);
    assertThat(a004.documentDate().resolution()).isEqualTo(DateResolution.STATED);
    assertThat(a004.documentDate().findExact()).contains(LocalDate.of(2012, 4, 24));
    assertThat(find(a004, text(A004), "Panetta visited Colombia on", "Monday").value())
        .isEqualTo("2012-04-23");
  }

  @Test
  void quantitiesAndNamesAreNotTimes() {
    TimeLayer a000 = time(A000, "2023-10-16");
    TimeLayer a002 = time(A002, "2024-09-01");
    assertThat(a000.expressions()).extracting(e -> e.span().text())
        .noneMatch(t -> t.contains("III") || t.contains("5.56") || t.contains("24"));
    assertThat(a002.expressions()).extracting(e -> e.span().text())
        .noneMatch(t -> t.contains("139") || t.contains("4,000"));
  }
}
