package org.annalist.extraction.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Provenance;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.Quantity;
import org.annalist.model.QuantityKind;
import org.annalist.model.QuantityLayer;
import org.annalist.model.QuantityQualifier;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;
import org.annalist.model.Token;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The quantity stage's rule families, each on short news-like sentences. */
class QuantityStageTest {

  private static final QuantityStage STAGE = QuantityStage.create();

  private static final EnglishModels MODELS = EnglishModels.load();

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(MODELS))
      .add(TimeStage.create())
      .add(new QuotedClaims())
      .add(STAGE)
      .build();

  static AnalyzedDocument analyze(String text) {
    return PIPELINE.analyze("t", text);
  }

  static List<Quantity> quantities(String text) {
    AnalyzedDocument doc = analyze(text);
    assertThat(doc.itemFailures()).as("failures on \"%s\"", text).isEmpty();
    return doc.expect(QuantityLayer.KEY).quantities();
  }

  static List<String> spans(String text) {
    return quantities(text).stream().map(q -> q.span().text()).toList();
  }

  /** The quantity whose span is exactly {@code covered}. */
  static Quantity find(String text, String covered) {
    List<Quantity> all = quantities(text);
    return all.stream()
        .filter(q -> q.span().text().equals(covered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + covered + "\" in \"" + text
            + "\"; found " + all.stream().map(q -> q.span().text()).toList()));
  }

  static void assertQuantity(String text, String covered, String value,
      QuantityQualifier qualifier, QuantityKind kind, String unit) {
    Quantity q = find(text, covered);
    assertThat(q.value()).as("value of \"%s\"", covered).isEqualByComparingTo(value);
    assertThat(q.qualifier()).as("qualifier of \"%s\"", covered).isEqualTo(qualifier);
    assertThat(q.kind()).as("kind of \"%s\"", covered).isEqualTo(kind);
    assertThat(q.unit()).as("unit of \"%s\"", covered).isEqualTo(unit);
  }

  static void assertCount(String text, String covered, String value, String counted) {
    Quantity q = find(text, covered);
    assertThat(q.kind()).as("kind of \"%s\"", covered).isEqualTo(QuantityKind.COUNT);
    assertThat(q.value()).as("value of \"%s\"", covered).isEqualByComparingTo(value);
    assertThat(q.counted() == null ? null : q.counted().text())
        .as("what \"%s\" counts", covered).isEqualTo(counted);
  }

  static void assertNone(String text) {
    assertThat(spans(text)).as("quantities in \"%s\"", text).isEmpty();
  }

  @Nested
  class TheIssuesExamples {
    @Test
    void eightNumbersFromTheArticles() {
      assertQuantity("By 2022, Israeli exports to Colombia amounted to approximately $139 million, "
          + "primarily comprising communications equipment.", "approximately $139 million",
          "139000000", QuantityQualifier.APPROXIMATE, QuantityKind.MONEY, "USD");
      String deaths = "The attack resulted in the deaths of over 1,000 civilians, including men.";
      assertQuantity(deaths, "over 1,000", "1000", QuantityQualifier.MORE_THAN,
          QuantityKind.COUNT, null);
      assertCount(deaths, "over 1,000", "1000", "civilians");
      assertCount("It led to the hostage-taking of at least 155 individuals.", "at least 155",
          "155", "individuals");
      assertCount("The service has 24 Kfir fighters.", "24", "24", "Kfir fighters");
      Quantity range = find("The war has resulted in between 450,000 and 800,000 deaths.",
          "between 450,000 and 800,000");
      assertThat(range.qualifier()).isEqualTo(QuantityQualifier.RANGE);
      assertThat(range.value()).isEqualByComparingTo("450000");
      assertThat(range.upper()).isEqualByComparingTo("800000");
      assertThat(range.counted().text()).isEqualTo("deaths");
      assertQuantity("His popularity hovers around 35 percent.", "around 35 percent", "35",
          QuantityQualifier.APPROXIMATE, QuantityKind.PERCENT, "percent");
      assertQuantity("The $7 billion Plan Colombia expanded the military.", "$7 billion",
          "7000000000", QuantityQualifier.EXACT, QuantityKind.MONEY, "USD");
      assertQuantity("Colombia severed ties with Israel, almost 67 years after establishing them.",
          "almost 67 years", "67", QuantityQualifier.APPROXIMATE, QuantityKind.DURATION, "year");
    }

    @Test
    void provenanceNamesTheRule() {
      Quantity q = find("Exports reached $139 million.", "$139 million");
      assertThat(q.provenance().stage()).isEqualTo("quantities");
      assertThat(q.provenance().rule()).isEqualTo("money-symbol");
      assertThat(q.provenance().confidence()).isBetween(0.5, 1.0);
      assertThat(find("Some 300 people fled.", "Some 300").provenance().rule()).isEqualTo("count");
      assertThat(find("Hundreds of people fled.", "Hundreds").provenance().rule())
          .isEqualTo("count/vague");
      assertThat(find("Between 5 and 10 percent fled.", "Between 5 and 10 percent")
          .provenance().rule()).isEqualTo("percent/range-between");
    }
  }

  @Nested
  class Numbers {
    @Test
    void digits() {
      assertCount("Police detained 1,300 protesters.", "1,300", "1300", "protesters");
      assertQuantity("The rate rose to 4.25 percent.", "4.25 percent", "4.25",
          QuantityQualifier.EXACT, QuantityKind.PERCENT, "percent");
      assertCount("About 1,000,000 people voted.", "About 1,000,000", "1000000", "people");
      assertCount("Officials counted 0.5 tonnes less and 950 boats.", "950", "950", "boats");
    }

    @Test
    void scaleWords() {
      assertCount("The city has 7 million residents.", "7 million", "7000000", "residents");
      assertQuantity("It raised $1.2bn last year.", "$1.2bn", "1200000000",
          QuantityQualifier.EXACT, QuantityKind.MONEY, "USD");
      assertQuantity("It raised £3.5 billion.", "£3.5 billion", "3500000000",
          QuantityQualifier.EXACT, QuantityKind.MONEY, "GBP");
      assertCount("Some 1.5 million Syrians fled.", "Some 1.5 million", "1500000", "Syrians");
      assertQuantity("Farmers lost ₹3 lakh each.", "₹3 lakh", "300000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "INR");
    }

    @Test
    void moneyOnlyScalesNeedACurrency() {
      assertQuantity("The club paid €5m for him.", "€5m", "5000000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "EUR");
      assertQuantity("She won the 100m race.", "100m", "100", QuantityQualifier.EXACT,
          QuantityKind.MEASURE, "m");
      assertQuantity("He earned US$50k a year.", "US$50k", "50000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "USD");
    }

    @Test
    void numberWords() {
      assertCount("Twenty-four soldiers died.", "Twenty-four", "24", "soldiers");
      assertCount("They found twenty four bodies.", "twenty four", "24", "bodies");
      assertCount("A dozen countries signed.", "A dozen", "12", "countries");
      assertCount("The army sent two dozen tanks.", "two dozen", "24", "tanks");
      assertCount("It hired one hundred and twenty guards.", "one hundred and twenty", "120",
          "guards");
      assertCount("They built three million homes.", "three million", "3000000", "homes");
      assertCount("It lists two million three hundred thousand voters.",
          "two million three hundred thousand", "2300000", "voters");
      assertCount("Half a million people marched.", "Half a million", "500000", "people");
      assertCount("A million people marched.", "A million", "1000000", "people");
      assertCount("Seven military bases remain.", "Seven", "7", "military bases");
    }

    @Test
    void vaguePluralsAreAtLeastTwoOfTheirBase() {
      Quantity hundreds = find("The attack left hundreds of people injured.", "hundreds");
      assertThat(hundreds.qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(hundreds.value()).isEqualByComparingTo("200");
      assertThat(hundreds.counted().text()).isEqualTo("people");
      Quantity tens = find("It drew tens of thousands of supporters.", "tens of thousands");
      assertThat(tens.value()).isEqualByComparingTo("20000");
      assertThat(tens.counted().text()).isEqualTo("supporters");
      assertThat(find("An airstrike killed dozens on Tuesday.", "dozens").value())
          .isEqualByComparingTo("24");
      assertQuantity("Settlers took millions of hectares of land.", "millions of hectares",
          "2000000", QuantityQualifier.AT_LEAST, QuantityKind.MEASURE, "hectare");
      assertQuantity("It cost thousands of dollars.", "thousands of dollars", "2000",
          QuantityQualifier.AT_LEAST, QuantityKind.MONEY, "USD");
      assertCount("He blamed thousands of $12-an-hour workers.", "thousands", "2000", null);
      assertCount("Hundreds of millions watched.", "Hundreds of millions", "200000000", null);
      assertNone("The team scores goals; tens are rare.");
    }

    @Test
    void oneZeroAndAAreQuantitiesOnlyWithAUnitOrScale() {
      assertNone("He said that one word summarizes it.");
      assertNone("Colombia is one of the most reliable allies.");
      assertNone("It has zero tolerance for a change.");
      assertQuantity("Unemployment fell by one percent.", "one percent", "1",
          QuantityQualifier.EXACT, QuantityKind.PERCENT, "percent");
      assertCount("It harbors over one million refugees.", "over one million", "1000000",
          "refugees");
      assertCount("At least one person died.", "At least one", "1", "person");
    }
  }

  @Nested
  class Money {
    @Test
    void symbolsPrefixesCodesAndWords() {
      String text = "The deal was worth US$1.2bn, or €5m, or NIS 300 million, or 2 million "
          + "shekels, or USD 5, or 40 euros, or 5,000 yen.";
      assertQuantity(text, "US$1.2bn", "1200000000", QuantityQualifier.EXACT, QuantityKind.MONEY,
          "USD");
      assertQuantity(text, "NIS 300 million", "300000000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "ILS");
      assertQuantity(text, "2 million shekels", "2000000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "ILS");
      assertQuantity(text, "USD 5", "5", QuantityQualifier.EXACT, QuantityKind.MONEY, "USD");
      assertQuantity(text, "40 euros", "40", QuantityQualifier.EXACT, QuantityKind.MONEY, "EUR");
      assertQuantity(text, "5,000 yen", "5000", QuantityQualifier.EXACT, QuantityKind.MONEY,
          "JPY");
      assertThat(find(text, "NIS 300 million").provenance().rule()).isEqualTo("money-code");
      assertThat(find(text, "40 euros").provenance().rule()).isEqualTo("money-word");
    }

    @Test
    void dollarsOfOtherCountries() {
      assertQuantity("Ottawa pledged C$2 billion.", "C$2 billion", "2000000000",
          QuantityQualifier.EXACT, QuantityKind.MONEY, "CAD");
      assertQuantity("Canberra pledged 2 billion Australian dollars.",
          "2 billion Australian dollars", "2000000000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "AUD");
      assertQuantity("It costs 5 million dollars.", "5 million dollars", "5000000",
          QuantityQualifier.EXACT, QuantityKind.MONEY, "USD");
    }

    @Test
    void anAmbiguousNameTakesTheCountryTheDocumentNames() {
      String colombia = "Colombian farmers in Bogota were paid 500,000 pesos each.";
      assertQuantity(colombia, "500,000 pesos", "500000", QuantityQualifier.EXACT,
          QuantityKind.MONEY, "COP");
      assertThat(find(colombia, "500,000 pesos").provenance().rule())
          .isEqualTo("money-word/currency-by-country");
      String mexico = "In Mexico City, the fine is 2,000 pesos; Mexican courts agree.";
      assertQuantity(mexico, "2,000 pesos", "2000", QuantityQualifier.EXACT, QuantityKind.MONEY,
          "MXN");
      Quantity nowhere = find("The fine is 2,000 pesos.", "2,000 pesos");
      assertThat(nowhere.unit()).isEqualTo("MXN");
      assertThat(nowhere.provenance().rule()).isEqualTo("money-word/currency-default");
      assertThat(nowhere.provenance().confidence()).isLessThan(0.7);
      assertQuantity("It fined them 3 million Colombian pesos.", "3 million Colombian pesos",
          "3000000", QuantityQualifier.EXACT, QuantityKind.MONEY, "COP");
    }

    @Test
    void whatMoneyIsFor() {
      String text = "He got $5 million in aid and $3 billion worth of weapons, and $2 million in "
          + "Colombia.";
      assertThat(find(text, "$5 million").counted().text()).isEqualTo("aid");
      assertThat(find(text, "$3 billion").counted().text()).isEqualTo("weapons");
      assertThat(find(text, "$2 million").counted()).isNull();
    }

    @Test
    void poundsAloneAreAWeight() {
      assertQuantity("The baby weighed 7 pounds.", "7 pounds", "7", QuantityQualifier.EXACT,
          QuantityKind.MEASURE, "pound");
      assertQuantity("It cost £7 and 5 pounds sterling.", "5 pounds sterling", "5",
          QuantityQualifier.EXACT, QuantityKind.MONEY, "GBP");
    }
  }

  @Nested
  class PercentagesDurationsAndMeasures {
    @Test
    void percentages() {
      String text = "Support fell to 35%, then 35 per cent, then 35 percent of voters.";
      assertQuantity(text, "35%", "35", QuantityQualifier.EXACT, QuantityKind.PERCENT, "percent");
      assertQuantity(text, "35 per cent", "35", QuantityQualifier.EXACT, QuantityKind.PERCENT,
          "percent");
      assertThat(find(text, "35 percent").counted().text()).isEqualTo("voters");
      assertThat(find("Only 24 percent of Hillary Clinton’s donors gave.", "24 percent").counted()
          .text()).isEqualTo("Hillary Clinton’s donors");
      assertQuantity("The index fell 2.5 percentage points.", "2.5 percentage points", "2.5",
          QuantityQualifier.EXACT, QuantityKind.MEASURE, "percentage point");
      assertQuantity("Prices fell -3.2% in March.", "-3.2%", "-3.2", QuantityQualifier.EXACT,
          QuantityKind.PERCENT, "percent");
    }

    @Test
    void durationsFromTheTimeLayerAndBeyond() {
      assertQuantity("The ceasefire lasted 24 hours.", "24 hours", "24", QuantityQualifier.EXACT,
          QuantityKind.DURATION, "hour");
      assertQuantity("He began a three-day visit.", "three-day", "3", QuantityQualifier.EXACT,
          QuantityKind.DURATION, "day");
      assertQuantity("The images have run for seven months.", "seven months", "7",
          QuantityQualifier.EXACT, QuantityKind.DURATION, "month");
      assertQuantity("A 10-year-old girl was hurt.", "10-year-old", "10", QuantityQualifier.EXACT,
          QuantityKind.DURATION, "year");
      assertQuantity("It became a two decade campaign.", "two decade", "2",
          QuantityQualifier.EXACT, QuantityKind.DURATION, "decade");
    }

    @Test
    void overAndUnderDoNotQualifyDurations() {
      assertQuantity("The plan will be rolled out over five years.", "five years", "5",
          QuantityQualifier.EXACT, QuantityKind.DURATION, "year");
      assertQuantity("He ruled for over 20 years.", "for over 20 years", "20",
          QuantityQualifier.MORE_THAN, QuantityKind.DURATION, "year");
      assertQuantity("It cost over $20 million.", "over $20 million", "20000000",
          QuantityQualifier.MORE_THAN, QuantityKind.MONEY, "USD");
    }

    @Test
    void measures() {
      String text = "The 50 km road carried 3 tons of cocaine and 5.56mm rifles at 80 km/h.";
      assertQuantity(text, "50 km", "50", QuantityQualifier.EXACT, QuantityKind.MEASURE, "km");
      assertQuantity(text, "3 tons", "3", QuantityQualifier.EXACT, QuantityKind.MEASURE, "ton");
      assertThat(find(text, "3 tons").counted().text()).isEqualTo("cocaine");
      assertQuantity(text, "5.56mm", "5.56", QuantityQualifier.EXACT, QuantityKind.MEASURE, "mm");
      assertQuantity(text, "80 km/h", "80", QuantityQualifier.EXACT, QuantityKind.MEASURE,
          "km/h");
      assertQuantity("Israel seized 12 square kilometres of land.", "12 square kilometres", "12",
          QuantityQualifier.EXACT, QuantityKind.MEASURE, "square kilometre");
    }
  }

  @Nested
  class Qualifiers {
    @Test
    void beforeTheNumber() {
      String text = "The army has some 300 tanks, nearly 40 jets, roughly 5,000 troops, almost 1 "
          + "million reservists, an estimated 24 drones and about 60 ships.";
      for (String covered : List.of("some 300", "nearly 40", "roughly 5,000", "almost 1 million",
          "an estimated 24", "about 60")) {
        assertThat(find(text, covered).qualifier()).as(covered)
            .isEqualTo(QuantityQualifier.APPROXIMATE);
      }
      String bounds = "More than 30 died, at least 155 were taken, fewer than 10 escaped, up to "
          + "800 hid, no more than 5 spoke and no fewer than 9 left.";
      assertThat(find(bounds, "More than 30").qualifier()).isEqualTo(QuantityQualifier.MORE_THAN);
      assertThat(find(bounds, "at least 155").qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(find(bounds, "fewer than 10").qualifier()).isEqualTo(QuantityQualifier.LESS_THAN);
      assertThat(find(bounds, "up to 800").qualifier()).isEqualTo(QuantityQualifier.AT_MOST);
      assertThat(find(bounds, "no more than 5").qualifier()).isEqualTo(QuantityQualifier.AT_MOST);
      assertThat(find(bounds, "no fewer than 9").qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(find("Children under 5 were spared.", "under 5").qualifier())
          .isEqualTo(QuantityQualifier.LESS_THAN);
    }

    @Test
    void afterTheNumber() {
      assertThat(find("Some 100 or more firms closed.", "Some 100").qualifier())
          .isEqualTo(QuantityQualifier.APPROXIMATE);
      Quantity more = find("It hired 100 or more guards.", "100 or more");
      assertThat(more.qualifier()).isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(more.counted().text()).isEqualTo("guards");
      assertThat(find("100+ firms cut jobs.", "100+").qualifier())
          .isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(find("It had 300-plus members.", "300-plus").qualifier())
          .isEqualTo(QuantityQualifier.AT_LEAST);
      assertThat(find("They waited 20 minutes or so.", "20 minutes or so").qualifier())
          .isEqualTo(QuantityQualifier.APPROXIMATE);
    }
  }

  @Nested
  class Ranges {
    static void assertRange(String text, String covered, String lower, String upper,
        QuantityKind kind, String unit) {
      Quantity q = find(text, covered);
      assertThat(q.qualifier()).as("qualifier of %s", covered).isEqualTo(QuantityQualifier.RANGE);
      assertThat(q.value()).as("lower end of %s", covered).isEqualByComparingTo(lower);
      assertThat(q.upper()).as("upper end of %s", covered).isEqualByComparingTo(upper);
      assertThat(q.kind()).as("kind of %s", covered).isEqualTo(kind);
      assertThat(q.unit()).as("unit of %s", covered).isEqualTo(unit);
    }

    @Test
    void writtenFourWays() {
      assertRange("It drew between 5 and 10 million people.", "between 5 and 10 million",
          "5000000", "10000000", QuantityKind.COUNT, null);
      assertRange("Estimates run from 500 to 600 dead.", "from 500 to 600", "500", "600",
          QuantityKind.COUNT, null);
      assertRange("Firms cut 2,000-3,000 jobs.", "2,000-3,000", "2000", "3000",
          QuantityKind.COUNT, null);
      assertRange("Firms cut 2,000–3,000 jobs.", "2,000–3,000", "2000", "3000",
          QuantityKind.COUNT, null);
      assertRange("Inflation may hit 20 to 30 percent.", "20 to 30 percent", "20", "30",
          QuantityKind.PERCENT, "percent");
      assertRange("Tickets cost $5 to $10 each.", "$5 to $10", "5", "10", QuantityKind.MONEY,
          "USD");
      assertThat(find("Firms cut 2,000-3,000 jobs.", "2,000-3,000").counted().text())
          .isEqualTo("jobs");
    }

    @Test
    void aChangeIsTwoQuantities() {
      String text = "Exports rose from 20 to 30 percent.";
      assertThat(spans(text)).containsExactly("20", "30 percent");
      assertThat(find(text, "20").kind()).isEqualTo(QuantityKind.PERCENT);
      assertThat(spans("The toll fell from 300 to 200.")).containsExactly("300", "200");
    }

    @Test
    void scoresVotesRatiosAndPhonesAreNone() {
      assertNone("Colombia won 3-1 on Sunday.");
      assertNone("Colombia lost 1-3 in the final.");
      assertNone("The court ruled 5 to 4.");
      assertNone("One in five Colombians agreed.");
      assertNone("About $4 of every $5 goes north.");
      assertCount("It was one of two hurricanes.", "two", "2", "hurricanes");
      assertNone("Call 555-0143 or 1-800-273-8255.");
    }
  }

  @Nested
  class NotQuantities {
    @Test
    void datesTimesAndYears() {
      assertNone("The fleet was grounded in 2015.");
      assertNone("Hamas attacked on October 7, 2023.");
      assertNone("The meeting is at 3 p.m. on March 5.");
      assertNone("Unrest erupted between 2019 and 2021.");
      assertNone("He served under Uribe (2002-2010).");
      assertNone("Two years later, the government changed.");
      assertNone("Trotsky wrote as early as 1928.");
    }

    @Test
    void ordinalsPluralsAndGluedLetters() {
      assertNone("It finished 16th, in the 1990s, on the 3rd day.");
      assertNone("Israel bought F-16 jets; COVID-19 spread; J79 engines and 5G networks failed.");
      assertNone("The Kfir C-10 and the UH-60 flew.");
      assertNone("See ntn24.com for details.");
    }

    @Test
    void namesAndIdentifiers() {
      assertNone("Under Resolution 2334, the council acted.");
      assertNone("The Boeing 737 landed at Gate 5.");
      assertNone("Read section 3 and article 51, No. 10 and #1.");
      assertNone("He flew on Air Force One.");
      assertNone("She lives at 10 Downing Street.");
      assertNone("Apple sold its iPhone 15 well.");
      assertNone("A magnitude 7.8 earthquake struck.");
      assertNone("She sang on the show The 411 with Fortune 500 bosses; read part 2 here.");
      assertThat(find("Why aren't I 50 points ahead?", "50").value()).isEqualByComparingTo("50");
      assertCount("Police said Monday 24 people died.", "24", "24", "people");
    }

    @Test
    void referencesAgesListsAndPictureNumbers() {
      assertNone("The two sides met.");
      assertNone("His three sons left.");
      assertCount("The 24 jets were grounded.", "24", "24", "jets");
      assertThat(spans("Maria Lopez, 45, was detained.")).isEmpty();
      assertThat(spans("Terence Crutcher, 40 — a father — was shot.")).isEmpty();
      assertNone("1. Introduction\n\n2) Background\n\nSee note (3).");
    }

    @Test
    void malformedDigits() {
      assertNone("The code 1,2,3 and version 1.2.3 and 12,34 and agent 007 and 24/7 at 3:15.");
      assertNone("The post had timestamp=\"1474387200\"; Trump is 6'3\" tall.");
      assertCount("It had 123,456 members and 654321 more.", "123,456", "123456", "members");
      assertThat(spans("It had 1234567 members.")).isEmpty();
    }

    @Test
    void clockTimesTheTimeLayerMissed() {
      assertNone("He tweets at three o’clock in the morning.");
    }

    @Test
    void bylinesAreSkipped() {
      String text = "By Jane Doe, 24 Hours Desk\n\nThe army has 30 jets.";
      Provenance given = new Provenance("test", "given", 1.0);
      Document doc = new Document("t", DocumentMetadata.builder("t").build(), text, List.of(
          new StructureElement(StructureLabel.BYLINE, Span.of(text, 0, 26), given),
          new StructureElement(StructureLabel.BODY_PARAGRAPH, Span.of(text, 28, text.length()),
              given)), DocumentDate.unknown());
      assertThat(PIPELINE.analyze(doc).expect(QuantityLayer.KEY).quantities())
          .extracting(q -> q.span().text()).containsExactly("30");
    }
  }

  @Nested
  class TimeAndClaims {
    static String time(String text, String covered) {
      AnalyzedDocument doc = analyze(text);
      Quantity q = doc.expect(QuantityLayer.KEY).quantities().stream()
          .filter(x -> x.span().text().equals(covered)).findFirst().orElseThrow();
      return q.time() == null ? null
          : doc.expect(TimeLayer.KEY).expressions().get(q.time()).span().text();
    }

    @Test
    void theNearestDateInTheClause() {
      assertThat(time("By 2022, exports amounted to approximately $139 million.",
          "approximately $139 million")).isEqualTo("2022");
      assertThat(time("The war caused 8 million displaced since 1985.", "8 million"))
          .isEqualTo("1985");
      assertThat(time("Prices fell 3.2% in the past 12 months.", "3.2%"))
          .isEqualTo("the past 12 months");
      assertThat(time("Hamas attacked on October 7, killing over 1,000 civilians.", "over 1,000"))
          .isEqualTo("October 7");
      String both = "Inflation eased to 3.4% in April from 3.5% in March.";
      assertThat(time(both, "3.4%")).isEqualTo("April");
      assertThat(time(both, "3.5%")).isEqualTo("March");
    }

    @Test
    void notAcrossAClauseOrAVagueReference() {
      assertThat(time("Prices fell 3.2%, the bank said on Tuesday.", "3.2%")).isNull();
      assertThat(time("It hit 5.5 percent, the highest since 2019.", "5.5 percent")).isNull();
      assertThat(time("Support is now around 35 percent.", "around 35 percent")).isNull();
      assertThat(time("In 2019 things changed; 300 people left.", "300")).isNull();
      assertThat(time("In 2019 there was a long debate about whether the various ministries "
          + "could agree, and then 300 people left.", "300")).isNull();
    }

    @Test
    void theClaimWhoseContentHoldsIt() {
      String text = "“We lost 24 jets,” he said. Officials counted 30 more. “Only 5 remain.”";
      AnalyzedDocument doc = analyze(text);
      assertThat(doc.expect(ClaimLayer.KEY).claims()).hasSize(2);
      assertThat(doc.expect(QuantityLayer.KEY).quantities())
          .extracting(q -> q.span().text(), Quantity::claim)
          .containsExactly(
              tuple("24", 0), tuple("30", null), tuple("5", 1));
    }

    @Test
    void theShortestContentWins() {
      String text = "He said 24 jets flew and 5 fell.";
      Quantity jets = quantity(text, 0);
      Quantity fell = quantity(text, 1);
      Span whole = Span.of(text, 8, 31);
      Span inner = Span.of(text, 25, 31);
      ClaimLayer claims = new ClaimLayer("claims", List.of(), List.of(
          claim(whole), claim(inner)));
      List<Quantity> linked = QuantityStage.withClaims(List.of(jets, fell), claims);
      assertThat(linked).extracting(Quantity::claim).containsExactly(0, 1);
    }

    private static Quantity quantity(String text, int index) {
      return quantities(text).get(index);
    }

    private static Claim claim(Span content) {
      return new Claim(ClaimKind.INDIRECT, List.of(content), null, null, null, null, null,
          new Provenance("claims", "test", 1));
    }
  }

  @Nested
  class BadInput {
    @Test
    void unbalancedAndOddText() {
      assertCount("“He said 24 jets (and “5 men ' flew", "24", "24", "jets");
      assertNone("");
      assertNone("$ % , . - ,5 .5 ,,, $$ %% US$ NIS between and");
      assertThat(spans("Count: 1,,000 and 2 ,000.")).containsExactly("1", "2");
    }

    @Test
    void hugeNumbers() {
      Quantity q = find("The debt is $999,999,999,999,999,999 trillion.",
          "$999,999,999,999,999,999 trillion");
      assertThat(q.value()).isEqualByComparingTo(new BigDecimal("999999999999999999")
          .multiply(new BigDecimal("1000000000000")));
      assertNone("Its id is " + "9".repeat(41) + ".");
    }

    @Test
    void surrogatePairsAroundNumbers() {
      // 😀 (U+1F600) and 𝐁 (U+1D401), two UTF-16 units each
      String text = "They saw 24😀 jets, 𝐁5 boats and 😀 30 ships and 7\uD835\uDC01 cars.";
      assertThat(spans(text)).containsExactly("30");
      Quantity ships = find(text, "30");
      assertThat(ships.counted().text()).isEqualTo("ships");
    }

    @Test
    void aSentenceThatFailsCostsOnlyThatSentence() {
      String text = "He paid $5 million. She saw 5 people.";
      AnalyzedDocument good = PIPELINE.analyze("t", text);
      TextLayer layer = good.expect(TextLayer.KEY);
      // Corrupt the text layer: the last sentence's noun lies outside the text.
      List<Token> tokens = new ArrayList<>(layer.tokens());
      Sentence last = layer.sentences().get(1);
      int people = last.endToken() - 2;
      Token noun = tokens.get(people);
      tokens.set(people, new Token(new Span(text.length() + 10, text.length() + 16, "people"),
          noun.pos(), noun.lemma(), noun.confidence()));
      tokens.remove(last.endToken() - 1);
      List<Sentence> sentences = List.of(layer.sentences().get(0), new Sentence(last.span(),
          last.section(), last.firstToken(), last.endToken() - 1, last.confidence()));
      AnalyzedDocument corrupt = AnalyzedDocument.of(good.document())
          .with(new TextLayer("text", layer.models(), sentences, tokens))
          .with(good.expect(TimeLayer.KEY))
          .with(good.expect(ClaimLayer.KEY));
      AnalyzedDocument out = STAGE.apply(corrupt);
      assertThat(out.expect(QuantityLayer.KEY).quantities()).extracting(q -> q.span().text())
          .containsExactly("$5 million");
      assertThat(out.itemFailures()).singleElement().satisfies(f -> {
        assertThat(f.stage()).isEqualTo("quantities");
        assertThat(f.item()).isEqualTo("sentence");
        assertThat(f.span()).isEqualTo(last.span());
        assertThat(f.message()).contains("document t");
      });
    }

    @Test
    void requiresItsLayers() {
      assertThat(STAGE.requires())
          .containsExactlyInAnyOrder(TextLayer.KEY, TimeLayer.KEY, ClaimLayer.KEY);
      assertThat(STAGE.provides()).isEqualTo(QuantityLayer.KEY);
      assertThatThrownBy(() -> Pipeline.builder()
          .add(TextStage.create(MODELS)).add(TimeStage.create()).add(STAGE).build())
          .hasMessageContaining("claims");
      assertThat(analyze("It cost $5.").expect(QuantityLayer.KEY).models())
          .contains("currencies.tsv", "units.tsv", "qualifiers.tsv");
    }
  }
}
