package org.annalist.core.parse;

import static org.annalist.core.parse.DocumentAssert.assertThat;
import static org.annalist.model.StructureLabel.BODY_PARAGRAPH;
import static org.annalist.model.StructureLabel.BOILERPLATE;
import static org.annalist.model.StructureLabel.BYLINE;
import static org.annalist.model.StructureLabel.CAPTION;
import static org.annalist.model.StructureLabel.DATELINE;
import static org.annalist.model.StructureLabel.DATE_LINE;
import static org.annalist.model.StructureLabel.HEADLINE;
import static org.annalist.model.StructureLabel.SECTION_HEADING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.StructureElement;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  /** A few body paragraphs that match no special rule. */
  private static final String BODY =
      "The ministry said on Tuesday that the agreement would be reviewed. Officials declined to"
          + " give details.\n\n"
          + "Analysts expect the dispute to continue for several months, according to people"
          + " familiar with the talks.\n\n"
          + "The two governments have cooperated on trade and security for decades.\n";

  private static Document parse(String text) {
    Document document = PARSER.parse("test-doc", text);
    assertThat(document).isWellFormed();
    return document;
  }

  @Test
  void aByteOrderMarkInTheTextDoesNotHideTheDatelineAndStaysInTheText() {
    String text = "\uFEFFBOGOTA, Colombia \u2014 President Gustavo Petro spoke on Monday.\n";
    Document doc = parse(text);
    Assertions.assertThat(doc.text()).isEqualTo(text);
    assertThat(doc).hasElement(DATELINE, "BOGOTA, Colombia \u2014");
  }

  @Test
  void aLoneSurrogateIsRejectedNamingTheDocumentAndOffset() {
    assertThatThrownBy(() -> PARSER.parse("lone", "Israel\uD83D said."))
        .isInstanceOf(org.annalist.core.InvalidInputException.class)
        .hasMessageContaining("document lone")
        .hasMessageContaining("U+D83D at offset 6");
  }

  @Nested
  class Headline {

    @Test
    void firstShortLineWithoutPeriodIsTheHeadline() {
      Document doc = parse("Chile recalls its ambassador over border dispute\n\n" + BODY);
      assertThat(doc)
          .hasElement(HEADLINE, "headline", "Chile recalls its ambassador over border dispute")
          .hasNo(SECTION_HEADING)
          .hasNo(BOILERPLATE);
    }

    @Test
    void headlineWithColonAndAbbreviation() {
      Document doc =
          parse("Trading Places: Brazilian and U.S. Ministers Meet in Lima\n\n" + BODY);
      assertThat(doc)
          .hasElement(HEADLINE, "Trading Places: Brazilian and U.S. Ministers Meet in Lima");
    }

    @Test
    void headlineMayEndWithQuestionMark() {
      Document doc = parse("Is the trade war over?\n" + BODY);
      assertThat(doc).hasElement(HEADLINE, "Is the trade war over?");
    }

    @Test
    void firstSentenceEndingWithPeriodIsNotAHeadline() {
      Document doc =
          parse(
              "Last spring, Peru suspended its trade talks with Chile, almost twenty years after"
                  + " they first began.\n"
                  + BODY);
      assertThat(doc).hasNo(HEADLINE);
    }

    @Test
    void longFirstLineWithoutPeriodIsNotAHeadline() {
      String first =
          "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"
              + " fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two"
              + " twenty-three twenty-four twenty-five twenty-six";
      assertThat(parse(first + "\n\n" + BODY)).hasNo(HEADLINE);
    }

    @Test
    void aLoneLineIsNotAHeadline() {
      assertThat(parse("Chile recalls its ambassador"))
          .hasLabels(BODY_PARAGRAPH)
          .hasNo(HEADLINE);
    }

    @Test
    void bareNameAfterHeadlineIsALowConfidenceByline() {
      Document doc = parse("Chile recalls its ambassador\n\nMaría Fernanda Ruiz\n\n" + BODY);
      assertThat(doc).hasElement(BYLINE, "byline-bare-name", "María Fernanda Ruiz");
      Assertions.assertThat(doc.findFirst(BYLINE).orElseThrow().provenance().confidence())
          .isLessThan(0.7);
    }
  }

  @Nested
  class DateLine {

    @Test
    void labelledIsoDateOpeningTheFirstParagraph() {
      String text =
          " date 2021-03-15 Peru has decided to suspend its trade talks with Chile after a"
              + " dispute over fishing rights.\n\n"
              + BODY;
      Document doc = parse(text);
      assertThat(doc)
          .hasElement(DATE_LINE, "date-line-prefix", "date 2021-03-15")
          .hasElement(
              BODY_PARAGRAPH,
              "Peru has decided to suspend its trade talks with Chile after a dispute over fishing"
                  + " rights.")
          .hasNo(HEADLINE)
          .hasStatedDate(LocalDate.of(2021, 3, 15), "date-line-iso", "2021-03-15");
      Assertions.assertThat(doc.structure().get(0).label()).isEqualTo(DATE_LINE);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Published: March 15, 2021|2021-03-15|March 15, 2021",
          "Posted on Mar. 5, 2021|2021-03-05|Mar. 5, 2021",
          "Monday, 15 March 2021|2021-03-15|15 March 2021",
          "Updated: Sept. 9, 2020 10:32 a.m. EST|2020-09-09|Sept. 9, 2020",
          "2021-03-15|2021-03-15|2021-03-15",
          "Updated 5:32 PM EST, December 7, 2022|2022-12-07|December 7, 2022",
          "Sun 17 Dec 2023 20.13 GMT|2023-12-17|17 Dec 2023",
        })
    void wholeLineDateNearTheTop(String line, LocalDate date, String dateText) {
      Document doc = parse("Peru suspends trade talks with Chile\n" + line + "\n" + BODY);
      assertThat(doc)
          .hasElement(HEADLINE, "Peru suspends trade talks with Chile")
          .hasElement(DATE_LINE, "date-line", line)
          .hasStatedDate(
              date, dateText.contains("-") ? "date-line-iso" : "date-line-month-name", dateText);
    }

    @Test
    void sentenceOpeningWithADateIsNotADateLine() {
      Document doc =
          parse("March 15, 2021 was the day the talks collapsed, officials said.\n\n" + BODY);
      assertThat(doc).hasNo(DATE_LINE).hasUnknownDate();
    }

    @Test
    void dateInsideTheBodyDoesNotDateTheDocument() {
      Document doc =
          parse(BODY + "\nOn March 15, 2021, the ministers met again in Lima to sign it.\n");
      assertThat(doc).hasNo(DATE_LINE).hasUnknownDate();
    }

    @Test
    void metadataDateWinsOverTheText() {
      DocumentMetadata metadata =
          DocumentMetadata.builder("given-date").publicationDate(LocalDate.of(2021, 3, 16)).build();
      Document doc = PARSER.parse("date 2021-03-15 Peru has decided to act.\n\n" + BODY, metadata);
      assertThat(doc).isWellFormed().hasElement(DATE_LINE, "date 2021-03-15");
      Assertions.assertThat(doc.date().resolution()).isEqualTo(DateResolution.GIVEN);
      Assertions.assertThat(doc.date().findExact()).contains(LocalDate.of(2021, 3, 16));
      Assertions.assertThat(doc.date().spans()).isEmpty();
    }
  }

  @Nested
  class Dateline {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "LIMA, Peru \u2014|The government said on Tuesday it would suspend the talks.",
          "WASHINGTON (Reuters) -|The U.S. Senate voted on Tuesday to approve the measure.",
          "NEW YORK, Jan. 5 (AP) \u2014|Stocks fell sharply on Friday.",
          "BOGOTA --|Colombia's central bank held its key rate steady.",
          "RIO DE JANEIRO, Brazil \u2013|Heavy rain flooded parts of the city.",
          "LONDON/PARIS, Nov 7 (Reuters) -|European shares rose on Tuesday.",
          "Caracas, Venezuela CNN \u2014|Venezuelans are voting on Sunday.",
        })
    void placeAndDashOpeningTheFirstParagraph(String dateline, String rest) {
      Document doc = parse("Talks suspended\n\n" + dateline + " " + rest + "\n\n" + BODY);
      assertThat(doc)
          .hasElement(DATELINE, "dateline", dateline)
          .hasElement(BODY_PARAGRAPH, rest)
          .hasElement(HEADLINE, "Talks suspended");
    }

    @Test
    void datelineWithoutHeadline() {
      Document doc = parse("QUITO, Ecuador \u2014 The president dissolved congress.\n\n" + BODY);
      assertThat(doc).hasElement(DATELINE, "QUITO, Ecuador \u2014").hasNo(HEADLINE);
      Assertions.assertThat(doc.structure().get(0).label()).isEqualTo(DATELINE);
    }

    @Test
    void onlyTheFirstParagraphsCanHaveADateline() {
      Document doc = parse(BODY + "\nLONDON \u2014 Separately, British officials said nothing.\n");
      assertThat(doc).hasNo(DATELINE);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "NATO-led forces entered the town on Monday, witnesses said.",
          "Nato \u2014 the alliance \u2014 has not commented on the report.",
          "The president (pictured) \u2014 who rarely speaks \u2014 said nothing.",
          "In LIMA the mood was calm \u2014 for now.",
        })
    void notADateline(String paragraph) {
      assertThat(parse(paragraph + "\n\n" + BODY)).hasNo(DATELINE);
    }
  }

  @Nested
  class Byline {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "By Jane Doe",
          "By Jane Doe and John Roe",
          "By JANE DOE, The Associated Press",
          "By Ana María de la Cruz, Jean-Luc O'Neill and J.K. Smith",
        })
    void byAndNames(String line) {
      Document doc = parse("Peru suspends trade talks\n\n" + line + "\n\n" + BODY);
      assertThat(doc).hasElement(BYLINE, "byline-by", line).hasUnknownDate();
    }

    @Test
    void nameAndNumericDateSetsTheDocumentDate() {
      Document doc =
          parse("Peru suspends trade talks\n\nA first paragraph.\nRosa Quispe 3/21/2015\n\n" + BODY);
      assertThat(doc)
          .hasElement(BYLINE, "byline-name-date", "Rosa Quispe 3/21/2015")
          .hasStatedDate(LocalDate.of(2015, 3, 21), "byline-date-mdy", "3/21/2015");
    }

    @Test
    void byWithMonthNameDate() {
      Document doc = parse("By Rosa Quispe | Published March 21, 2015\n\n" + BODY);
      assertThat(doc)
          .hasElement(BYLINE, "byline-by", "By Rosa Quispe | Published March 21, 2015")
          .hasStatedDate(LocalDate.of(2015, 3, 21), "byline-date-month-name", "March 21, 2015");
    }

    @Test
    void correspondentInAPlace() {
      Document doc =
          parse("Peru suspends trade talks\nTalks broke down on Monday.\nRosa Quispe in Lima\n" + BODY);
      assertThat(doc).hasElement(BYLINE, "byline-name-place", "Rosa Quispe in Lima");
    }

    @Test
    void sentenceOpeningWithByIsNotAByline() {
      Document doc =
          parse("By 2019, exports to Peru had reached $40 million.\nBy Tuesday, talks resumed.\n" + BODY);
      assertThat(doc).hasNo(BYLINE);
    }

    @Test
    void dateLineComesFirstWhenBothStateADate() {
      Document doc = parse("Posted 2016-01-02\nBy Jane Doe 1/5/2016\n\n" + BODY);
      assertThat(doc)
          .hasElement(DATE_LINE, "Posted 2016-01-02")
          .hasElement(BYLINE, "By Jane Doe 1/5/2016")
          .hasStatedDate(LocalDate.of(2016, 1, 2), "date-line-iso", "2016-01-02");
    }
  }

  @Nested
  class NumericDates {

    @ParameterizedTest
    @CsvSource({
      "4/24/2012, 2012-04-24, byline-date-mdy, 0.85",
      "24/4/2012, 2012-04-24, byline-date-dmy, 0.85",
      "13-01-2020, 2020-01-13, byline-date-dmy, 0.85",
      "4/5/2012, 2012-04-05, byline-date-ambiguous-mdy, 0.6",
      "5/5/2012, 2012-05-05, byline-date-mdy, 0.85",
    })
    void dayMonthDisambiguation(String written, LocalDate date, String rule, double confidence) {
      Document doc = parse("Ana Gómez " + written + "\n\n" + BODY);
      assertThat(doc).hasStatedDate(date, rule, written);
      Assertions.assertThat(doc.date().provenance().confidence()).isEqualTo(confidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/45/2020", "2/30/2020", "February 30, 2020", "2021-02-29", "0/0/2020"})
    void impossibleDatesAreNotDates(String written) {
      Document doc = parse("Ana Gómez " + written + "\n\n" + BODY);
      assertThat(doc).hasUnknownDate().hasNo(BYLINE);
      assertThat(parse("Published: " + written + "\n\n" + BODY)).hasUnknownDate().hasNo(DATE_LINE);
    }

    @Test
    void leapDayIsADate() {
      assertThat(parse("date 2020-02-29 The talks resumed.\n\n" + BODY))
          .hasStatedDate(LocalDate.of(2020, 2, 29), "date-line-iso", "2020-02-29");
    }
  }

  @Nested
  class Caption {

    @Test
    void bracketedPhotoCredit() {
      String caption = "Protesters march through central Lima, Peru [Photo: Ana Torres/Agencia Andina]";
      Document doc = parse("Thousands protest in Lima\n\n" + BODY + "\n" + caption + "\n\n" + BODY);
      assertThat(doc).hasElement(CAPTION, "caption-photo-credit", caption).hasNo(SECTION_HEADING);
    }

    @Test
    void agencyPhotoCredit() {
      String caption = "Police officers stand guard outside the court. (AP Photo/Martin Mejia)";
      assertThat(parse(BODY + caption + "\n" + BODY)).hasElement(CAPTION, caption);
    }

    @Test
    void creditPrefix() {
      String caption = "Photo: The presidential palace in Lima (Reuters/Sebastian Castaneda)";
      assertThat(parse(BODY + caption + "\n" + BODY))
          .hasElement(CAPTION, "caption-credit-prefix", caption);
    }

    @Test
    void closingAgencyCredit() {
      String caption = "The foreign minister arrives for the summit in Quito (Getty Images)";
      assertThat(parse(BODY + caption + "\n" + BODY))
          .hasElement(CAPTION, "caption-agency-credit", caption);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Voters queue in Santiago on Sunday. Photograph: Ana Torres/AP",
          "Voters queue in Santiago on Sunday. REUTERS/Ana Torres",
          "Voters queue in Santiago on Sunday. AFP via Getty Images",
        })
    void trailingCredit(String caption) {
      assertThat(parse(BODY + caption + "\n" + BODY))
          .hasElement(CAPTION, "caption-trailing-credit", caption);
    }

    @Test
    void webSourceGluedToTheNextHeading() {
      Document doc =
          parse(
              "Neighbours Meet Again\n\n"
                  + BODY
                  + "\n77 Foreign Ministers Ruiz and Silva in Quito (example24.com)Why now?\n\n"
                  + BODY);
      assertThat(doc)
          .hasElement(CAPTION, "caption-web-source", "77 Foreign Ministers Ruiz and Silva in Quito (example24.com)")
          .hasElement(SECTION_HEADING, "Why now?");
    }

    @Test
    void webSourceGluedToABodyParagraph() {
      Document doc =
          parse(
              BODY
                  + "The ministers in Quito (example24.com)The talks lasted three hours and ended"
                  + " without any agreement on the border.\n"
                  + BODY);
      assertThat(doc)
          .hasElement(CAPTION, "The ministers in Quito (example24.com)")
          .hasElement(
              BODY_PARAGRAPH,
              "The talks lasted three hours and ended without any agreement on the border.");
    }

    @Test
    void webSourceCitedInRunningTextIsBody() {
      Document doc =
          parse(
              BODY
                  + "According to a report (example24.com) the ministers met for three hours.\n"
                  + BODY);
      assertThat(doc).hasNo(CAPTION);
    }
  }

  @Nested
  class SectionHeading {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Trade relations",
          "What comes next?",
          "Decline of Peru's relationship with its northern neighbour",
          "2020 and beyond",
        })
    void shortLineInsideTheBody(String heading) {
      Document doc = parse(BODY + heading + "\n\n" + BODY);
      assertThat(doc).hasElement(SECTION_HEADING, "section-heading", heading);
      Assertions.assertThat(doc.elements(SECTION_HEADING)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "But that has now changed.",
          "How did the two countries get to this point, and why did their old alliance fall apart so fast?",
          "He said:",
          "and then it ended",
        })
    void bodyLinesThatAreNotHeadings(String line) {
      Document doc = parse(BODY + line + "\n" + BODY);
      assertThat(doc).hasNo(SECTION_HEADING).hasElement(BODY_PARAGRAPH, line);
    }

    @Test
    void shortLinesInARowAreAListNotHeadings() {
      Document doc = parse(BODY + "Peru\nChile\nBolivia\n" + BODY);
      assertThat(doc).hasNo(SECTION_HEADING).hasElement(BODY_PARAGRAPH, "Chile");
    }

    @Test
    void shortLastLineHasNoBodyAfterIt() {
      assertThat(parse(BODY + "The end")).hasNo(SECTION_HEADING);
    }

    @Test
    void headingAfterOneLinePerParagraphText() {
      String text =
          "In June, Peru ended its trade talks with Chile, many years after they began.\n"
              + "The talks had stalled over fishing rights and tariffs on copper.\n"
              + "Fishing rights and the border\n"
              + "The dispute dates back to a maritime ruling by the court in The Hague.\n";
      assertThat(parse(text))
          .hasLabels(BODY_PARAGRAPH, BODY_PARAGRAPH, SECTION_HEADING, BODY_PARAGRAPH)
          .hasNo(HEADLINE);
    }
  }

  @Nested
  class Boilerplate {

    @Test
    void endMatterOfANewsSite() {
      Document doc =
          parse(
              "LIMA, Peru \u2014 "
                  + BODY
                  + "\nReuters contributed to this report.\n\n"
                  + "Rosa Quispe is a South America correspondent for Example News.\n\n"
                  + "More In World\n");
      assertThat(doc)
          .hasElement(BOILERPLATE, "boilerplate-contribution-note", "Reuters contributed to this report.")
          .hasElement(
              BOILERPLATE,
              "boilerplate-author-bio",
              "Rosa Quispe is a South America correspondent for Example News.")
          .hasElement(BOILERPLATE, "boilerplate-navigation", "More In World");
      Assertions.assertThat(doc.elements(BOILERPLATE)).hasSize(3);
    }

    @Test
    void blogPlugAndCallsToActionSplitBySentence() {
      String plug =
          "For more from Ana Torres's blog, Andean Notes, visit example.org/blog/andean-notes, or"
              + " see the Example Report May/June 2011, \"Copper and Conflict.\"";
      Document doc =
          parse(
              "Copper and Conflict in the Andes\n\n"
                  + BODY
                  + "\n\n"
                  + plug
                  + "\u00a0 Subscribe to Example\n\n\nLike this article? Support our work."
                  + " Donate\u00a0now.");
      assertThat(doc)
          .hasElement(BOILERPLATE, "boilerplate-site-plug", plug)
          .hasElement(BOILERPLATE, "boilerplate-call-to-action", "Subscribe to Example")
          .hasElement(
              BOILERPLATE,
              "boilerplate-call-to-action",
              "Like this article? Support our work. Donate\u00a0now.");
      Assertions.assertThat(doc.elements(BOILERPLATE)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "\u00a9 2024 Example Media. All rights reserved.|boilerplate-rights",
          "Sign up for our daily newsletter|boilerplate-call-to-action",
          "Follow us on Twitter and Facebook|boilerplate-call-to-action",
          "Share this article|boilerplate-call-to-action",
          "Read more: Peru and Chile resume talks|boilerplate-navigation",
          "Related: Copper prices hit record|boilerplate-navigation",
          "Advertisement|boilerplate-navigation",
          "Reporting by Rosa Quispe; Editing by John Roe|boilerplate-credits",
          "This article was originally published by Example News.|boilerplate-site-plug",
          "This story has been updated to correct the name of the minister.|boilerplate-editorial-note",
          "FOR IMMEDIATE RELEASE|boilerplate-editorial-note",
          "Copyright 2022 Example Media. This material may not be published, broadcast or"
              + " redistributed.|boilerplate-rights",
          "Rosa Quispe reported from Lima.|boilerplate-credits",
          "Media contact: press@example.org|boilerplate-contact",
          "___|boilerplate-separator",
          "* * *|boilerplate-separator",
          "Twitter|boilerplate-navigation",
          "Share this:|boilerplate-navigation",
          "Follow our coverage of the Andes at https://example.org/andes|boilerplate-site-plug",
        })
    void wholeLinePatterns(String line, String rule) {
      assertThat(parse(BODY + line + "\n" + BODY)).hasElement(BOILERPLATE, rule, line);
    }

    @Test
    void mixedLineKeepsItsBodySentences() {
      Document doc =
          parse(BODY + "The minister resigned on Friday. Click here to subscribe. He denied it.\n");
      assertThat(doc)
          .hasElement(BODY_PARAGRAPH, "The minister resigned on Friday.")
          .hasElement(BOILERPLATE, "boilerplate-call-to-action", "Click here to subscribe.")
          .hasElement(BODY_PARAGRAPH, "He denied it.");
    }

    @Test
    void bioShapedSentenceInTheMiddleIsBody() {
      Document doc =
          parse(
              "Rosa Quispe is a veteran analyst of Andean politics and trade.\n"
                  + BODY
                  + BODY
                  + BODY);
      assertThat(doc).hasNo(BOILERPLATE);
    }

    @Test
    void quotedBioShapedSentenceAtTheEndIsBody() {
      Document doc =
          parse(BODY + "Rosa Quispe is a professor at the university who told reporters \"it is over.\"\n");
      assertThat(doc).hasNo(BOILERPLATE);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "For more than a decade, Peru has relied on Chilean ports.",
          "Support for the measure fell to 30 percent.",
          "More than 200 people attended the rally.",
          "Subscribers to the service lost access on Monday.",
        })
    void bodySentencesThatLookLikeBoilerplate(String line) {
      assertThat(parse(BODY + line + "\n")).hasNo(BOILERPLATE);
    }
  }

  @Nested
  class Contract {

    @Test
    void fullArticleInOrder() {
      String text =
          "Peru suspends trade talks with Chile\n\n"
              + "By Rosa Quispe\n\n"
              + "LIMA, Peru \u2014 The government said on Tuesday it would suspend the talks.\n\n"
              + "Officials declined to give details.\n\n"
              + "Fishing rights\n\n"
              + "The dispute dates back to a maritime ruling in 2014.\n\n"
              + "Example News contributed to this report.";
      assertThat(parse(text))
          .hasLabels(
              HEADLINE, BYLINE, DATELINE, BODY_PARAGRAPH, BODY_PARAGRAPH, SECTION_HEADING,
              BODY_PARAGRAPH, BOILERPLATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\r\n", " \t\u00a0\u2003\r \n"})
    void emptyOrBlankText(String text) {
      Document doc = parse(text);
      Assertions.assertThat(doc.structure()).isEmpty();
      assertThat(doc).hasUnknownDate();
      Assertions.assertThat(doc.text()).isSameAs(text);
    }

    @Test
    void keepsTheTextAndMetadataUnchanged() {
      String text = "  Peru\u00a0suspends  talks \r\n\r\n" + BODY + "\t";
      DocumentMetadata metadata =
          DocumentMetadata.builder("doc-1").publisher("Example").authors(List.of("A B")).build();
      Document doc = PARSER.parse(text, metadata);
      Assertions.assertThat(doc.text()).isSameAs(text);
      Assertions.assertThat(doc.metadata()).isSameAs(metadata);
      Assertions.assertThat(doc.id()).isEqualTo("doc-1");
      Assertions.assertThat(PARSER.parse("doc-2", text).metadata())
          .isEqualTo(DocumentMetadata.of("doc-2"));
    }

    @Test
    void lineEndingsDoNotChangeTheStructure() {
      String unix =
          "Peru suspends talks\n\nBy Jane Doe\n\nLIMA, Peru \u2014 Talks ended.\n\nWhy now?\n\n"
              + BODY
              + "\nMore In World";
      List<String> expected = describe(parse(unix));
      Assertions.assertThat(describe(parse(unix.replace("\n", "\r\n")))).isEqualTo(expected);
      Assertions.assertThat(describe(parse(unix.replace("\n", "\r")))).isEqualTo(expected);
    }

    @Test
    void spansAreOffsetsIntoTheOriginalWindowsText() {
      String text = "Peru suspends talks\r\n\r\n" + "Talks ended on Monday.\r\n";
      Document doc = parse(text);
      StructureElement body = doc.findFirst(BODY_PARAGRAPH).orElseThrow();
      Assertions.assertThat(body.span().begin()).isEqualTo(text.indexOf("Talks ended"));
      Assertions.assertThat(body.span().text()).isEqualTo("Talks ended on Monday.");
    }

    @Test
    void twoMegabyteDocument() {
      StringBuilder text = new StringBuilder("Peru suspends trade talks\n\n");
      int section = 0;
      while (text.length() < 2_000_000) {
        text.append(BODY).append("\nSection ").append(section++).append("\n\n");
      }
      text.append(BODY);
      Document doc = parse(text.toString());
      assertThat(doc).hasElement(HEADLINE, "Peru suspends trade talks");
      Assertions.assertThat(doc.elements(SECTION_HEADING)).hasSize(section);
    }

    @Test
    void oneEnormousLine() {
      String sentence = "The talks resumed in Lima on Monday and ended without agreement. ";
      String text = sentence.repeat(2_000_000 / sentence.length());
      Document doc = parse(text);
      assertThat(doc).hasLabels(BODY_PARAGRAPH);
    }

    @Test
    void nullArgumentsAreNamed() {
      assertThatThrownBy(() -> PARSER.parse((String) null, "text"))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("id");
      assertThatThrownBy(() -> PARSER.parse("id", (String) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
      assertThatThrownBy(() -> PARSER.parse(null, DocumentMetadata.of("id")))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
      assertThatThrownBy(() -> PARSER.parse("text", (DocumentMetadata) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("metadata");
    }

    @Test
    void deterministicAndSafeToShareAcrossThreads() throws Exception {
      String text =
          "Peru suspends talks\nBy Jane Doe 4/5/2012\n" + BODY + "Why now?\n" + BODY + "More In World";
      Document expected = PARSER.parse("doc", text);
      Assertions.assertThat(PARSER.parse("doc", text)).isEqualTo(expected);
      Assertions.assertThat(ArticleParser.standard()).isSameAs(PARSER);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Document>> futures = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          futures.add(pool.submit(() -> PARSER.parse("doc", text)));
        }
        for (Future<Document> future : futures) {
          Assertions.assertThat(future.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void unbalancedQuotesAndBrackets() {
      String text =
          "\u201cPeru \"suspends (talks [\n\n"
              + "\u201cWe will not \u2018accept this,\" he said. (Photo: \n\n"
              + "[Photo: unclosed\n\n"
              + "\u201d\u2019)]\"\n\n"
              + BODY;
      parse(text);
    }

    @Test
    void randomUnicodeIncludingSurrogatePairs() {
      int[] pool = {
        'a', 'Z', 'B', 'y', '1', '9', '/', '-', '.', '?', '!', ',', ':', '(', ')', '[', ']', '"',
        '\'', ' ', ' ', ' ', '\n', '\r', '\t', 0x00A0, 0x2003, 0x2028, 0x201C, 0x201D, 0x2014,
        0x00E9, 0x00C1, 0x0301, 0x4E2D, 0x0627, 0x1F600, 0x1D400, 0x10400, 0xFEFF, 0x00A9
      };
      Random random = new Random(20240501L);
      for (int doc = 0; doc < 300; doc++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(400);
        for (int i = 0; i < length; i++) {
          text.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        String s = text.toString();
        Document first = parse(s);
        Assertions.assertThat(PARSER.parse("test-doc", s)).isEqualTo(first);
      }
    }
  }

  /**
   * Inputs built to make a backtracking regular expression explode. Each must parse; the generous
   * timeout only turns a hang into a failure, it does not measure speed.
   */
  @Nested
  class Adversarial {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "A, ", "AAAAAAAAAA", "A ", "By A ", "(", "[Photo: ", "(a.co", "1/1/", "Nov 7, ", "\u00a0",
          "- ", "By A, ", "J. ", "(AP Photo/", "x.y.", "? ", "\u201c", "2020-", "SANTIAGO, Chile, ",
        })
    void longRepetitions(String unit) {
      for (String text :
          List.of(
              unit.repeat(100_000 / unit.length()),
              unit.repeat(250 / unit.length()) + "\n" + BODY,
              "Headline\n\n" + unit.repeat(290 / unit.length()) + "\n" + BODY,
              (unit.repeat(150 / unit.length()) + "\n").repeat(200))) {
        terminates(() -> parse(text));
      }
    }

    @Test
    void runsOfCapitalsWithoutADash() {
      String capitals = "SANTIAGO CHILE BOGOTA COLOMBIA ".repeat(3_000);
      terminates(() -> parse(capitals + "\n" + BODY));
      terminates(() -> parse("A, A, A, ".repeat(11_112)));
    }

    private void terminates(Supplier<Document> parse) {
      assertTimeoutPreemptively(Duration.ofSeconds(30), parse::get);
    }
  }

  private static List<String> describe(Document doc) {
    return doc.structure().stream()
        .map(e -> e.label() + " " + e.provenance().rule() + " " + e.span().text())
        .toList();
  }
}
