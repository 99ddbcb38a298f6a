package org.annalist.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.DateResolution;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Granularity;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexRange;
import org.annalist.model.TimexResolution;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The time stage's rule families, each on short synthetic sentences. */
class TimeStageTest {

  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(TextStage.create(EnglishModels.load()))
          .add(TimeStage.create())
          .build();

  /** Tuesday. */
  private static final String DATE = "2024-04-23";

  static TimeLayer time(String text, String date) {
    DocumentMetadata.Builder meta = DocumentMetadata.builder("t");
    if (date != null) {
      meta.publicationDate(LocalDate.parse(date));
    }
    return PIPELINE.analyze(text, meta.build()).expect(TimeLayer.KEY);
  }

  static TemporalExpression only(String text, String date) {
    TimeLayer layer = time(text, date);
    assertThat(layer.expressions()).as("expressions in \"%s\"", text).hasSize(1);
    return layer.expressions().get(0);
  }

  static TemporalExpression find(TimeLayer layer, String covered) {
    return layer.expressions().stream()
        .filter(e -> e.span().text().equals(covered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + covered + "\" in "
            + layer.expressions().stream().map(e -> e.span().text()).toList()));
  }

  static void assertValue(String text, String covered, String value) {
    TemporalExpression e = find(time(text, DATE), covered);
    assertThat(e.value()).as("value of \"%s\" in \"%s\"", covered, text).isEqualTo(value);
  }

  static void assertNone(String text) {
    assertThat(time(text, DATE).expressions()).as("expressions in \"%s\"", text).isEmpty();
  }

  @Nested
  class ExplicitDates {
    @Test
    void formats() {
      assertValue("It happened on 2023-10-16 in Bogota.", "2023-10-16", "2023-10-16");
      assertValue("It was signed on 4/24/2012 there.", "4/24/2012", "2012-04-24");
      assertValue("It was signed on 24/4/2012 there.", "24/4/2012", "2012-04-24");
      assertValue("It was signed on October 16, 2023.", "October 16, 2023", "2023-10-16");
      assertValue("It was signed on Oct. 16, 2023.", "Oct. 16, 2023", "2023-10-16");
      assertValue("It was signed on 16 October 2023.", "16 October 2023", "2023-10-16");
      assertValue("It was signed on the 16th of October 2023.", "the 16th of October 2023",
          "2023-10-16");
      assertValue("It was signed on Monday, Oct. 16, 2023.", "Monday, Oct. 16, 2023", "2023-10-16");
      assertValue("Relations chilled in August 2022.", "August 2022", "2022-08");
      assertValue("The fleet was grounded in 2015.", "2015", "2015");
    }

    @Test
    void explicitValuesSayTheyAreExplicit() {
      TemporalExpression e = only("The fleet was grounded in 2015.", DATE);
      assertThat(e.resolution()).isEqualTo(TimexResolution.EXPLICIT);
      assertThat(e.earliest()).isEqualTo(LocalDate.of(2015, 1, 1));
      assertThat(e.latest()).isEqualTo(LocalDate.of(2015, 12, 31));
      assertThat(e.granularity()).isEqualTo(Granularity.YEAR);
      assertThat(e.provenance().stage()).isEqualTo("time");
    }

    @Test
    void impossibleDatesAreNotValues() {
      assertNone("They met on February 30 to talk.");
      assertNone("The form said 13/45/2020 at the top.");
      assertThat(time("It ended on February 29, 2023.", DATE).expressions())
          .noneMatch(e -> e.value().startsWith("2023-02-29"));
    }

    @Test
    void decadesCenturiesAndSeasons() {
      assertValue("Since the 1980s, they were produced locally.", "the 1980s", "198X");
      assertValue("Mercenaries came in the '80s.", "the '80s", "198X");
      assertValue("It began in the 20th century.", "the 20th century", "19");
      assertValue("They met in the summer of 2019.", "the summer of 2019", "2019-SU");
      assertValue("Profit rose in the third quarter of 2023.", "the third quarter of 2023",
          "2023-Q3");
    }
  }

  @Nested
  class NotTimes {
    @Test
    void quantitiesAndNamesAreNotTimes() {
      assertNone("The Kfirs use Python III and Python IV missiles.");
      assertNone("They carry the 5.56mm Galil rifle.");
      assertNone("The service has an estimated 24 Kfir fighters.");
      assertNone("Exports amounted to approximately $139 million.");
      assertNone("Over 4,000 members of the party were murdered.");
      assertNone("The army bought 2000 rifles and 1500 trucks.");
    }
  }

  @Nested
  class Relative {
    @Test
    void deicticWords() {
      assertValue("The minister resigned yesterday.", "yesterday", "2024-04-22");
      assertValue("The minister resigns today.", "today", "2024-04-23");
      assertValue("The minister will resign tomorrow.", "tomorrow", "2024-04-24");
      assertValue("Prices fell last year.", "last year", "2023");
      assertValue("Prices fell this week.", "this week", "2024-W17");
      assertValue("Prices will fall next month.", "next month", "2024-05");
      assertValue("Prices fell two years ago.", "two years ago", "2022");
    }

    @Test
    void tenseChoosesTheWeekday() {
      assertValue("The ministry said on Sunday that it would act.", "Sunday", "2024-04-21");
      assertValue("Panetta visited Colombia on Monday.", "Monday", "2024-04-22");
      assertValue("Panetta will visit Colombia on Friday.", "Friday", "2024-04-26");
      TemporalExpression e = find(time("Panetta visited Colombia on Monday.", DATE), "Monday");
      assertThat(e.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_DOCUMENT_DATE);
    }

    @Test
    void aClockTimeTakesTheDayThatFollowsIt() {
      // DATE is Tuesday 2024-04-23
      assertValue("The polls closed at 10 p.m. Monday in Bogota.", "10 p.m. Monday",
          "2024-04-22T22:00");
      assertValue("The vote will close at noon Thursday.", "noon Thursday", "2024-04-25T12:00");
      assertValue("Bids were due by 5 p.m. EST, April 19.", "5 p.m. EST, April 19",
          "2024-04-19T17:00");
      assertValue("The talks ended at 9 p.m. in Lima.", "9 p.m.", "2024-04-23T21:00");
    }

    @Test
    void monthsPickTheYearTheTenseAgreesWith() {
      assertValue("In February, Lula denounced Israel.", "February", "2024-02");
      assertValue("In October, the ministry suspended sales.", "October", "2023-10");
      assertValue("Last October, Petro spoke publicly.", "Last October", "2023-10");
      assertValue("In May this year, Colombia severed ties.", "May this year", "2024-05");
      assertValue("On the 16th of October last year, Israel suspended shipments.",
          "the 16th of October last year", "2023-10-16");
    }

    @Test
    void modifiers() {
      TemporalExpression mid = find(time("And in mid August, Colombia ended exports.", DATE),
          "mid August");
      assertThat(mid.value()).isEqualTo("2023-08");
      assertThat(mid.mod()).isEqualTo(TimexMod.MID);
      assertThat(find(time("Talks resume in early 2020.", DATE), "early 2020").mod())
          .isEqualTo(TimexMod.START);
      TemporalExpression about = find(time("The war lasted about 3 years.", DATE), "3 years");
      assertThat(about.value()).isEqualTo("P3Y");
      assertThat(about.mod()).isEqualTo(TimexMod.APPROX);
    }
  }

  @Nested
  class Durations {
    @Test
    void durationsAndSets() {
      TemporalExpression e = only("They watched for seven months.", DATE);
      assertThat(e.type()).isEqualTo(TimexType.DURATION);
      assertThat(e.value()).isEqualTo("P7M");
      assertValue("It took a couple of weeks to agree.", "a couple of weeks", "P2W");
      assertValue("Markets fell 5% over the past three years.", "the past three years", "P3Y");
      assertValue("They have waited for decades to sign.", "decades", "PXDE");
      TemporalExpression set = find(time("The council meets every week.", DATE), "every week");
      assertThat(set.type()).isEqualTo(TimexType.SET);
      assertThat(set.value()).isEqualTo("P1W");
      assertValue("The paper is published weekly.", "weekly", "P1W");
    }

    @Test
    void vagueReferences() {
      assertValue("Colombia recently changed course.", "recently", "PAST_REF");
      assertValue("That position has now changed.", "now", "PRESENT_REF");
      assertValue("They may return in the future.", "the future", "FUTURE_REF");
    }
  }

  @Nested
  class Anchoring {
    @Test
    void narrativeAnchoring() {
      TimeLayer layer = time("The party was founded in 1984, but only two years later, "
          + "the government contracted a mercenary.", DATE);
      TemporalExpression later = find(layer, "two years later");
      assertThat(later.value()).isEqualTo("1986");
      assertThat(later.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
      assertThat(layer.expressions().get(later.anchor()).span().text()).isEqualTo("1984");
    }

    @Test
    void daysLaterAndTheSameDay() {
      TimeLayer layer = time("The camp was bombed on October 31, 2023. On the same day, Bolivia "
          + "cut ties. Days later, Honduras recalled its ambassador.", DATE);
      assertThat(find(layer, "the same day").value()).isEqualTo("2023-10-31");
      TemporalExpression days = find(layer, "Days later");
      assertThat(days.earliest()).isAfter(LocalDate.of(2023, 10, 31));
      assertThat(days.resolution()).isEqualTo(TimexResolution.RELATIVE_TO_EXPRESSION);
    }

    @Test
    void theDayBeforeAndAfter() {
      TimeLayer layer = time("The vote was on March 3, 2021. The next day, riots began. "
          + "The previous day, police had warned them.", DATE);
      assertThat(find(layer, "The next day").value()).isEqualTo("2021-03-04");
      assertThat(find(layer, "The previous day").value()).isEqualTo("2021-03-03");
    }
  }

  @Nested
  class Ranges {
    @Test
    void rangesStayRanges() {
      TemporalExpression years = find(time("Under Uribe (2002-2010), Santos cultivated ties.",
          DATE), "2002-2010");
      assertThat(years.range().begin()).isEqualTo("2002");
      assertThat(years.range().end()).isEqualTo("2010");
      assertThat(years.latest()).isEqualTo(LocalDate.of(2010, 12, 31));
      TimeLayer between = time("Strikes erupted between 2019 and 2021 in the cities.", DATE);
      assertThat(find(between, "2019").range().end()).isEqualTo("2021");
      assertThat(find(between, "2021").earliest()).isEqualTo(LocalDate.of(2019, 1, 1));
      TemporalExpression since = find(time("Eight million displaced since 1985.", DATE), "1985");
      assertThat(since.range().begin()).isEqualTo("1985");
      assertThat(since.latest()).isNull();
      TemporalExpression until = find(time("They renewed the contract until 2025.", DATE),
          "2025");
      assertThat(until.range().end()).isEqualTo("2025");
      assertThat(until.earliest()).isNull();
    }

    /**
     * Regression: a time expression in boilerplate ("Donate now.") before a range used to shift the
     * range's link to its partner by one, past the end of the list (IndexOutOfBoundsException, the
     * document lost) or onto the wrong expression.
     */
    @Test
    void boilerplateBeforeARangeKeepsTheRange() {
      for (String range : List.of("between 2019 and 2021", "from 2019 to 2021")) {
        TimeLayer layer = time("Donate now.\nThe war lasted " + range + ".\n", DATE);
        assertThat(layer.expressions()).extracting(e -> e.span().text())
            .containsExactly("2019", "2021");
        assertThat(find(layer, "2019").range()).isEqualTo(TimexRange.between("2019", "2021"));
        assertThat(find(layer, "2021").range()).isEqualTo(TimexRange.between("2019", "2021"));
        assertThat(find(layer, "2021").earliest()).isEqualTo(LocalDate.of(2019, 1, 1));
      }
      TimeLayer months = time("Donate now.\nThe war lasted between May and June.\n", DATE);
      assertThat(find(months, "May").range()).isEqualTo(TimexRange.between("2024-05", "2024-06"));
      // two boilerplate expressions before two ranges: each range keeps its own partner
      TimeLayer two = time("Subscribe today. Donate now.\nStrikes ran from 2005 to 2007 and "
          + "between 2019 and 2021.\n", DATE);
      assertThat(find(two, "2005").range()).isEqualTo(TimexRange.between("2005", "2007"));
      assertThat(find(two, "2007").range()).isEqualTo(TimexRange.between("2005", "2007"));
      assertThat(find(two, "2019").range()).isEqualTo(TimexRange.between("2019", "2021"));
      assertThat(find(two, "2021").range()).isEqualTo(TimexRange.between("2019", "2021"));
    }
  }

  @Nested
  class YearOffset {
    private Integer offset(String text, String covered, String date) {
      return find(time(text, date), covered).yearOffset();
    }

    @Test
    void theYearRelativeToTheDocumentsYearWhenTheTextGivesItSo() {
      assertThat(offset("In May this year, ties were cut.", "May this year", DATE)).isZero();
      assertThat(offset("In May, this year, ties were cut.", "May, this year", DATE)).isZero();
      assertThat(offset("Talks resume this October.", "this October", DATE)).isZero();
      assertThat(offset("Exports fell this year.", "this year", DATE)).isZero();
      assertThat(offset("Exports fell last year.", "last year", DATE)).isEqualTo(-1);
      assertThat(offset("Exports will recover next year.", "next year", DATE)).isEqualTo(1);
      assertThat(offset("On the 16th of October last year, shipments stopped.",
          "the 16th of October last year", DATE)).isEqualTo(-1);
    }

    @Test
    void setWhetherOrNotTheExpressionIsResolved() {
      TemporalExpression october = find(time("On the 16th of October last year, shipments "
          + "stopped.", null), "the 16th of October last year");
      assertThat(october.value()).isEqualTo("XXXX-10-16");
      assertThat(october.resolution()).isEqualTo(TimexResolution.UNRESOLVED);
      assertThat(october.yearOffset()).isEqualTo(-1);
      TemporalExpression resolved = find(time("On the 16th of October last year, shipments "
          + "stopped.", DATE), "the 16th of October last year");
      assertThat(resolved.value()).isEqualTo("2023-10-16");
      assertThat(resolved.yearOffset()).isEqualTo(-1);
    }

    @Test
    void nullWhenTheTextNamesNoYearRelation() {
      assertThat(offset("And in mid August, exports ended.", "mid August", DATE)).isNull();
      assertThat(offset("On the first of November, he left.", "the first of November", DATE))
          .isNull();
      assertThat(offset("Relations chilled in 2023.", "2023", DATE)).isNull();
      // the latest October before the document date, not the previous year's
      assertThat(offset("Last October, Petro spoke.", "Last October", DATE)).isNull();
      assertThat(offset("Last October, Petro spoke.", "Last October", null)).isNull();
    }
  }

  @Nested
  class UnknownDocumentDate {
    @Test
    void relativeExpressionsKeepWhatIsKnown() {
      TimeLayer layer = time("In May, the ministry announced the plan on Sunday.", null);
      assertThat(layer.documentDate().resolution()).isEqualTo(DateResolution.UNKNOWN);
      TemporalExpression may = find(layer, "May");
      assertThat(may.value()).isEqualTo("XXXX-05");
      assertThat(may.resolution()).isEqualTo(TimexResolution.UNRESOLVED);
      assertThat(may.reason()).contains("unknown");
      assertThat(find(layer, "Sunday").value()).isEqualTo("XXXX-WXX-7");
    }

    @Test
    void aHolidayOnAWeekdayFixesTheYear() {
      TimeLayer layer = time("The ministry announced on Thursday that ties were cut. Petro first "
          + "announced it during a May Day speech on Wednesday. Protests erupted between 2019 and "
          + "2021.", null);
      assertThat(layer.documentDate().resolution()).isEqualTo(DateResolution.INFERRED);
      assertThat(layer.documentDate().earliest()).isEqualTo(LocalDate.of(2024, 5, 2));
      assertThat(layer.documentDate().spans()).extracting(s -> s.text())
          .contains("May Day", "Wednesday", "Thursday");
      TemporalExpression thursday = find(layer, "Thursday");
      assertThat(thursday.value()).isEqualTo("2024-05-02");
      assertThat(thursday.provenance().rule()).contains("inferred");
    }

    @Test
    void theLatestYearMentionedIsALowerBoundOpenAbove() {
      // written in 2024 about 2022: an interval 2022..2023 would exclude the true year
      TimeLayer layer = time("Exports fell in 2019. By 2022, they had doubled. In May, the "
          + "ministry announced a ban.", null);
      assertThat(layer.documentDate().resolution()).isEqualTo(DateResolution.INFERRED);
      assertThat(layer.documentDate().earliest()).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(layer.documentDate().latest()).isNull();
      assertThat(layer.documentDate().findExact()).isEmpty();
      assertThat(layer.documentDate().provenance().rule()).isEqualTo(DateInference.RULE_YEARS);
      assertThat(layer.documentDate().provenance().confidence()).isEqualTo(0.2);
      assertThat(layer.documentDate().spans()).extracting(s -> s.text()).containsExactly("2022");
      // too weak to resolve against
      assertThat(find(layer, "May").resolution()).isEqualTo(TimexResolution.UNRESOLVED);
    }
  }
}
