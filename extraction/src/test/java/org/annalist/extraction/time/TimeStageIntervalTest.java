package org.annalist.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import org.annalist.model.TimexResolution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The time stage against a document date that is an interval (as a cross-document chronology
 * infers it), open above or not, and narrative anchoring when the nearest earlier date is
 * unresolved.
 */
class TimeStageIntervalTest {

  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(TextStage.create(EnglishModels.load()))
          .add(TimeStage.create())
          .build();

  private static final double CONFIDENCE = 0.6;

  /** The text analysed with the inferred date {@code [earliest, latest]}; latest null is open. */
  static TimeLayer inferred(String text, String earliest, String latest) {
    Document parsed = ArticleParser.standard().parse(text, DocumentMetadata.of("t"));
    DocumentDate date = new DocumentDate(DateResolution.INFERRED, LocalDate.parse(earliest),
        latest == null ? null : LocalDate.parse(latest), List.of(Span.of(text, 0, 2)),
        new Provenance("chronology", "cross-document", CONFIDENCE));
    return PIPELINE.analyze(new Document(parsed.id(), parsed.metadata(), text, parsed.structure(),
        date)).expect(TimeLayer.KEY);
  }

  static TemporalExpression find(TimeLayer layer, String covered) {
    return TimeStageTest.find(layer, covered);
  }

  @Nested
  class ReadingsThatAgree {
    @Test
    void keepTheirValueAsAgainstOneDay() {
      TimeLayer layer = inferred("In February, exports fell. Last year they rose. On Thursday the "
          + "ministry spoke.", "2024-05-02", "2024-05-07");
      TemporalExpression february = find(layer, "February");
      assertThat(february.value()).isEqualTo("2024-02");
      assertThat(february.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_DOCUMENT_DATE);
      assertThat(february.provenance().rule()).endsWith("@inferred-document-date");
      assertThat(find(layer, "Last year").value()).isEqualTo("2023");
      assertThat(find(layer, "Thursday").value()).isEqualTo("2024-05-02");
    }

    @Test
    void aYearShiftNeedsOnlyTheIntervalToLieWithinOneYear() {
      String text = "On the 16th of October last year, shipments stopped. In May this year, ties "
          + "were cut. Exports fell last year.";
      TimeLayer within = inferred(text, "2024-01-01", "2024-12-31");
      assertThat(find(within, "the 16th of October last year").value()).isEqualTo("2023-10-16");
      assertThat(find(within, "May this year").value()).isEqualTo("2024-05");
      assertThat(find(within, "last year").value()).isEqualTo("2023");
      // across a new year: either year is possible, and both are kept
      TimeLayer across = inferred(text, "2023-12-01", "2024-02-01");
      TemporalExpression lastYear = find(across, "last year");
      assertThat(lastYear.value()).isEqualTo("XXXX");
      assertThat(lastYear.earliest()).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(lastYear.latest()).isEqualTo(LocalDate.of(2023, 12, 31));
      assertThat(lastYear.yearOffset()).isEqualTo(-1);
    }

    @Test
    void aSingleDayInferredDateResolvesAsAGivenOne() {
      String text = "On Monday the ministry said exports fell in February, two weeks ago and "
          + "last October. Yesterday it added that next week talks resume. Two days later they "
          + "ended.";
      TimeLayer single = inferred(text, "2024-04-23", "2024-04-23");
      TimeLayer given = TimeStageTest.time(text, "2024-04-23");
      assertThat(single.expressions()).hasSameSizeAs(given.expressions());
      for (int i = 0; i < given.expressions().size(); i++) {
        TemporalExpression g = given.expressions().get(i);
        TemporalExpression s = single.expressions().get(i);
        assertThat(List.of(s.span(), s.value(), s.resolution(), String.valueOf(s.earliest()),
                String.valueOf(s.latest()), String.valueOf(s.anchor())))
            .as("%s", g.span().text())
            .isEqualTo(List.of(g.span(), g.value(), g.resolution(), String.valueOf(g.earliest()),
                String.valueOf(g.latest()), String.valueOf(g.anchor())));
        assertThat(s.provenance().rule()).doesNotContain("@document-date-interval");
      }
    }
  }

  @Nested
  class ReadingsThatDisagree {
    @Test
    void theNarrativesPreviousDateChoosesBetweenThem() {
      // against 2024-05-02 alone, "ended" in August would be August 2023
      TimeLayer layer = inferred("In May this year, Colombia cut ties with Israel. And in mid "
          + "August, Colombia ended all coal exports.", "2024-05-02", "2024-12-31");
      TemporalExpression august = find(layer, "mid August");
      assertThat(august.value()).isEqualTo("2024-08");
      assertThat(august.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
      assertThat(layer.expressions().get(august.anchor()).span().text())
          .isEqualTo("May this year");
      assertThat(august.provenance().confidence())
          .isLessThan(find(layer, "May this year").provenance().confidence());
    }

    @Test
    void withoutANarrativeTheExpressionCoversBothReadings() {
      TimeLayer layer = inferred("Last October, Petro spoke about it.", "2024-05-02",
          "2024-12-31");
      TemporalExpression october = find(layer, "Last October");
      assertThat(october.value()).isEqualTo("XXXX-10");
      assertThat(october.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_DOCUMENT_DATE);
      assertThat(october.earliest()).isEqualTo(LocalDate.of(2023, 10, 1));
      assertThat(october.latest()).isEqualTo(LocalDate.of(2024, 10, 31));
      assertThat(october.provenance().rule()).endsWith("@document-date-interval");
      assertThat(october.provenance().confidence()).isLessThan(CONFIDENCE * 0.9);
    }

    @Test
    void aDateTooFarBackIsNoNarrative() {
      TimeLayer layer = inferred("Colombia signed its first trade agreements with Israel in 1988. "
          + "On Monday the ministry said it had ended them.", "2024-04-23", "2024-05-07");
      TemporalExpression monday = find(layer, "Monday");
      assertThat(monday.value()).isEqualTo("XXXX-WXX-1");
      assertThat(monday.earliest()).isEqualTo(LocalDate.of(2024, 4, 22));
      assertThat(monday.latest()).isEqualTo(LocalDate.of(2024, 5, 6));
      assertThat(monday.anchor()).isNull();
    }

    @Test
    void aDateThatDoesNotTellTheReadingsApartIsNoNarrative() {
      // 2024-01-19 or 2024-03-09: October 2023 is about as far from either
      TimeLayer layer = inferred("Exports fell last October. Yesterday the ministry spoke.",
          "2024-01-20", "2024-03-10");
      TemporalExpression yesterday = find(layer, "Yesterday");
      assertThat(yesterday.anchor()).isNull();
      assertThat(yesterday.earliest()).isEqualTo(LocalDate.of(2024, 1, 19));
      assertThat(yesterday.latest()).isEqualTo(LocalDate.of(2024, 3, 9));
    }

    @Test
    void theIntervalContainsTheReadingOfEveryDayOfTheDocumentDate() {
      String text = "On Monday the ministry said exports fell in February, two weeks ago and "
          + "last October. Yesterday it added that talks resume next week. In the summer, "
          + "prices rose. Last year they fell. The agency said so today.";
      LocalDate from = LocalDate.of(2024, 1, 20);
      LocalDate to = LocalDate.of(2024, 3, 10);
      TimeLayer interval = inferred(text, from.toString(), to.toString());
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(3)) {
        TimeLayer day = TimeStageTest.time(text, d.toString());
        for (TemporalExpression e : day.expressions()) {
          TemporalExpression wide = find(interval, e.span().text());
          if (wide.resolution() == TimexResolution.RELATIVE_TO_EXPRESSION) {
            continue; // a choice the narrative made, not a bound
          }
          assertThat(e.earliest()).as("%s written on %s", e.span().text(), d)
              .isAfterOrEqualTo(wide.earliest());
          assertThat(e.latest()).as("%s written on %s", e.span().text(), d)
              .isBeforeOrEqualTo(wide.latest());
        }
      }
    }
  }

  @Nested
  class OpenAbove {
    @Test
    void theEarliestBasedReadingBoundsFromBelowAndTheFutureIsOpen() {
      TimeLayer layer = inferred("On the 16th of October last year, shipments stopped. Two weeks "
          + "ago, Petro spoke. Exports fell in 2019.", "2024-05-02", null);
      TemporalExpression october = find(layer, "the 16th of October last year");
      assertThat(october.value()).isEqualTo("XXXX-10-16");
      assertThat(october.earliest()).isEqualTo(LocalDate.of(2023, 10, 16));
      assertThat(october.latest()).isNull();
      assertThat(october.yearOffset()).isEqualTo(-1);
      TemporalExpression ago = find(layer, "Two weeks ago");
      assertThat(ago.earliest()).isEqualTo(LocalDate.of(2024, 4, 15));
      assertThat(ago.latest()).isNull();
      assertThat(find(layer, "2019").value()).isEqualTo("2019");
    }
  }

  @Nested
  class NarrativeAnchoring {
    private static final String TEXT = "Speaking in 2020, Duque praised Israel. On the 16th of "
        + "October last year, Israel suspended arms shipments. Just a couple of weeks later, "
        + "Colombia recalled its ambassador.";

    @Test
    void aShiftAfterAnUnresolvedDateStaysUnresolved() {
      TimeLayer layer = TimeStageTest.time(TEXT, null);
      assertThat(find(layer, "the 16th of October last year").resolution())
          .isEqualTo(TimexResolution.UNRESOLVED);
      TemporalExpression later = find(layer, "a couple of weeks later");
      assertThat(later.resolution()).isEqualTo(TimexResolution.UNRESOLVED);
      assertThat(later.anchor()).isNull();
      assertThat(later.earliest()).isNull();
      assertThat(later.reason()).isEqualTo("the nearest earlier date is unresolved");
    }

    @Test
    void andCountsFromThatDateOnceItIsResolved() {
      TimeLayer layer = TimeStageTest.time(TEXT, "2024-09-01");
      TemporalExpression later = find(layer, "a couple of weeks later");
      assertThat(later.value()).isEqualTo("2023-10-30");
      assertThat(later.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
      assertThat(layer.expressions().get(later.anchor()).span().text())
          .isEqualTo("the 16th of October last year");
    }

    @Test
    void aShiftAfterAWidenedDateIsWidenedToo() {
      TimeLayer layer = inferred("Last October, Petro spoke. Two weeks later, he left.",
          "2024-05-02", "2024-12-31");
      TemporalExpression later = find(layer, "Two weeks later");
      assertThat(later.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
      assertThat(later.earliest()).isEqualTo(LocalDate.of(2023, 10, 15));
      assertThat(later.latest()).isEqualTo(LocalDate.of(2024, 11, 14));
    }
  }
}
