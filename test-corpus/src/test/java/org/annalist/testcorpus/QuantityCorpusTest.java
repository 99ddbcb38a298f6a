package org.annalist.testcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.Annalist;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimLayer;
import org.annalist.model.Quantity;
import org.annalist.model.QuantityKind;
import org.annalist.model.QuantityLayer;
import org.annalist.model.QuantityQualifier;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers a reader finds in the five bundled articles, as the quantity stage finds them after
 * the default pipeline (text, time, entities) and an empty claim layer (the claims stage is not
 * built yet, so no quantity belongs to a claim).
 */
class QuantityCorpusTest {

  private static final String D000 = "000_0992c36e7527908a";
  private static final String D001 = "001_fa503946337120b6";
  private static final String D002 = "002_929fabcdb719644e";
  private static final String D003 = "003_23f886cc65bb6d3e";
  private static final String D004 = "004_2548ac03265b6e4d";

  private static Map<String, AnalyzedDocument> documents;

  @BeforeAll
  static void analyze() {
    CorpusResult result = Annalist.defaultPipeline().analyze(TestCorpus.corpus(), 2);
    assertThat(result.failures()).isEmpty();
    documents = result.documents().stream()
        .collect(Collectors.toMap(AnalyzedDocument::id, d -> d));
  }

  static List<String> ids() {
    return TestCorpus.IDS;
  }

  private static List<Quantity> quantities(String id) {
    return documents.get(id).expect(QuantityLayer.KEY).quantities();
  }

  /** The quantity covering exactly {@code covered} in article {@code id}. */
  private static Quantity find(String id, String covered) {
    return quantities(id).stream()
        .filter(q -> q.span().text().equals(covered))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + covered + "\" in " + id
            + "; found " + quantities(id).stream().map(q -> q.span().text()).toList()));
  }

  private static String time(String id, Quantity q) {
    return q.time() == null ? null
        : documents.get(id).expect(TimeLayer.KEY).expressions().get(q.time()).span().text();
  }

  private static void assertQuantity(Quantity q, String value, QuantityQualifier qualifier,
      QuantityKind kind, String unit, String counted) {
    assertThat(q.value()).as("value of %s", q.span()).isEqualByComparingTo(value);
    assertThat(q.qualifier()).as("qualifier of %s", q.span()).isEqualTo(qualifier);
    assertThat(q.kind()).as("kind of %s", q.span()).isEqualTo(kind);
    assertThat(q.unit()).as("unit of %s", q.span()).isEqualTo(unit);
    assertThat(q.counted() == null ? null : q.counted().text())
        .as("what %s counts", q.span()).isEqualTo(counted);
    assertThat(q.provenance().stage()).isEqualTo("quantities");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void aQuantityBelongsToTheClaimWhoseContentHoldsIt(String id) {
    List<Claim> claims = documents.get(id).expect(ClaimLayer.KEY).claims();
    for (Quantity q : quantities(id)) {
      boolean inside = claims.stream().anyMatch(c -> holds(c, q.span()));
      if (q.claim() == null) {
        assertThat(inside).as("%s lies in a claim but names none", q.span()).isFalse();
      } else {
        assertThat(holds(claims.get(q.claim()), q.span()))
            .as("claim %s of %s holds it", q.claim(), q.span()).isTrue();
      }
    }
  }

  private static boolean holds(Claim claim, Span span) {
    return claim.content().stream()
        .anyMatch(c -> c.begin() <= span.begin() && span.end() <= c.end());
  }

  @Test
  void kfirFleetIsAnEstimate() {
    // "The service has an estimated 24 Kfir fighters."
    assertQuantity(find(D000, "an estimated 24"), "24", QuantityQualifier.APPROXIMATE,
        QuantityKind.COUNT, null, "Kfir fighters");
    assertQuantity(find(D000, "5.56mm"), "5.56", QuantityQualifier.EXACT, QuantityKind.MEASURE,
        "mm", null);
  }

  @Test
  void victimsAndHostagesOfOctober7() {
    Quantity civilians = find(D001, "over 1,000");
    assertQuantity(civilians, "1000", QuantityQualifier.MORE_THAN, QuantityKind.COUNT, null,
        "civilians");
    assertThat(time(D001, civilians)).isEqualTo("October 7");
    assertQuantity(find(D001, "at least 155"), "155", QuantityQualifier.AT_LEAST,
        QuantityKind.COUNT, null, "individuals");
    assertQuantity(find(D001, "hundreds"), "200", QuantityQualifier.AT_LEAST, QuantityKind.COUNT,
        null, "people");
  }

  @Test
  void exportsTiesAndTheDeadOfThePatrioticUnion() {
    Quantity exports = find(D002, "approximately $139 million");
    assertQuantity(exports, "139000000", QuantityQualifier.APPROXIMATE, QuantityKind.MONEY, "USD",
        null);
    assertThat(time(D002, exports)).isEqualTo("2022");
    assertQuantity(find(D002, "almost 67 years"), "67", QuantityQualifier.APPROXIMATE,
        QuantityKind.DURATION, "year", null);
    assertQuantity(find(D002, "at least seven"), "7", QuantityQualifier.AT_LEAST,
        QuantityKind.COUNT, null, "military bases");
    assertQuantity(find(D002, "over 4,000"), "4000", QuantityQualifier.MORE_THAN,
        QuantityKind.COUNT, null, "members");
    assertQuantity(find(D002, "14"), "14", QuantityQualifier.EXACT, QuantityKind.COUNT, null,
        "parliamentarians");
  }

  @Test
  void theWarsDeadAndPetrosPopularity() {
    Quantity deaths = find(D003, "between 450,000 and 800,000");
    assertQuantity(deaths, "450000", QuantityQualifier.RANGE, QuantityKind.COUNT, null, "deaths");
    assertThat(deaths.upper()).isEqualByComparingTo("800000");
    assertThat(time(D003, deaths)).isEqualTo("1985");
    assertQuantity(find(D003, "around 35 percent"), "35", QuantityQualifier.APPROXIMATE,
        QuantityKind.PERCENT, "percent", null);
    assertQuantity(find(D003, "over 1 million"), "1000000", QuantityQualifier.MORE_THAN,
        QuantityKind.COUNT, null, "refugees");
    assertQuantity(find(D003, "tens of thousands"), "20000", QuantityQualifier.AT_LEAST,
        QuantityKind.COUNT, null, "supporters");
  }

  @Test
  void planColombia() {
    assertQuantity(find(D004, "$7 billion"), "7000000000", QuantityQualifier.EXACT,
        QuantityKind.MONEY, "USD", null);
    Quantity spent = find(D004, "close to $70 billion");
    assertQuantity(spent, "70000000000", QuantityQualifier.APPROXIMATE, QuantityKind.MONEY, "USD",
        null);
    assertThat(time(D004, spent)).isEqualTo("the last decade");
  }

  @Test
  void namesCodesAndPictureNumbersAreNotQuantities() {
    assertThat(quantities(D000)).extracting(q -> q.span().text())
        .noneMatch(s -> s.contains("79") || s.contains("29") || s.contains("60")
            || s.contains("one"));
    assertThat(quantities(D004)).extracting(q -> q.span().text())
        .noneMatch(s -> s.contains("921") || s.contains("24") || s.contains("one"));
    assertThat(quantities(D002)).extracting(q -> q.span().text())
        .doesNotContain("two years", "one");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void noQuantityIsADateOrTime(String id) {
    AnalyzedDocument doc = documents.get(id);
    assertThat(doc.isComplete()).as("%s skipped %s", id, doc.itemFailures()).isTrue();
    List<TemporalExpression> dates = doc.expect(TimeLayer.KEY).expressions().stream()
        .filter(t -> t.type() != TimexType.DURATION).toList();
    for (Quantity q : quantities(id)) {
      for (TemporalExpression t : dates) {
        assertThat(q.span().begin() < t.span().end() && t.span().begin() < q.span().end())
            .as("%s: quantity %s overlaps %s %s", id, q.span(), t.type(), t.span()).isFalse();
      }
    }
  }
}
