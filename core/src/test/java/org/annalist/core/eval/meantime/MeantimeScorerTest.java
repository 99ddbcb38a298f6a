package org.annalist.core.eval.meantime;

import static org.annalist.core.eval.meantime.NameType.LOC;
import static org.annalist.core.eval.meantime.NameType.ORG;
import static org.annalist.core.eval.meantime.NameType.PER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.EntityScores.Counts;
import org.annalist.core.eval.meantime.MeantimeError.Category;
import org.annalist.core.eval.meantime.MeantimeScores.Convention;
import org.junit.jupiter.api.Test;

/** The scorer and the error classifier on two synthetic documents, counted by hand. */
class MeantimeScorerTest {

  private static MeantimeMention m(int begin, int end, NameType type) {
    return new MeantimeMention(begin, end, type);
  }

  /** Token indices: see {@link MeantimeXml#apple()} and {@link MeantimeXml#cisco()}. */
  static final Map<String, List<MeantimeMention>> SYSTEM = Map.of(
      "1", List.of(
          m(0, 1, PER), // Apple: wrong type
          m(5, 7, LOC), // United States: boundary, only the
          m(11, 13, PER), // Steve Jobs: correct
          m(13, 14, ORG), // spoke: spurious, other
          m(18, 20, LOC), // San Francisco: boundary with Moscone Center ... California
          m(21, 22, LOC), // California: correct
          m(26, 27, ORG), // Boeing: spurious, in the product Boeing 747
          m(29, 30, ORG), // PST: spurious, upper case
          m(32, 34, ORG)), // Apple Inc.: outside the region, not scored
      "2", List.of(
          m(2, 3, ORG), m(2, 3, ORG), // Apple, twice: counted once
          m(7, 8, ORG), // Cisco: correct
          m(7, 9, ORG))); // Cisco is: overlapping the matched Cisco

  private final List<MeantimeDocument> gold = List.of(MeantimeXml.apple(), MeantimeXml.cisco());

  @Test
  void takesTheNamesOfTheAnnotatedRegion() {
    MeantimeDocument apple = gold.get(0);
    assertThat(apple.regionEnd()).isEqualTo(32);
    assertThat(apple.gold()).containsExactly(m(0, 1, ORG), m(4, 7, LOC), m(11, 13, PER),
        m(15, 22, LOC), m(18, 22, LOC), m(21, 22, LOC), m(23, 24, PER));
    assertThat(apple.others()).extracting(o -> o.text())
        .containsExactly("iPhone", "Boeing 747", "time");
    assertThat(apple.text(m(4, 7, LOC))).isEqualTo("the United States");
    assertThat(apple.withoutLeadingThe(m(4, 7, LOC))).isEqualTo(m(5, 7, LOC));
  }

  @Test
  void preNamesAreNamesOnlyWhenAskedFor() {
    MeantimeXml xml = MeantimeXml.document("3").sentence(0, "Apple CEO Steve Jobs quits")
        .mention("PRE.NAM", "ORG", 0, 0, 1).mention("NAM", "PER", 0, 2, 4)
        .mention("NAM", null, 0, 4, 5) // no REFERS_TO: no type, not a name
        .mention("NAM", "FIN", 0, 1, 2);
    assertThat(xml.read().gold()).containsExactly(m(2, 4, PER));
    assertThat(xml.read().others()).hasSize(3);
    assertThat(xml.read(MeantimeDocument.Names.NAM_AND_PRE_NAM).gold())
        .containsExactly(m(0, 1, ORG), m(2, 4, PER));
  }

  @Test
  void countsStrictAndLenientUnderBothConventions() {
    MeantimeScores scores = MeantimeScorer.create().score(gold, SYSTEM);
    EntityScores strict = scores.of(Convention.MEANTIME, true);
    assertThat(strict.of("PER")).isEqualTo(new Counts(1, 1, 1));
    assertThat(strict.of("ORG")).isEqualTo(new Counts(2, 4, 2));
    assertThat(strict.of("LOC")).isEqualTo(new Counts(1, 2, 4));
    assertThat(strict.micro()).isEqualTo(new Counts(4, 7, 7));
    EntityScores lenient = scores.of(Convention.MEANTIME, false);
    assertThat(lenient.of("LOC")).isEqualTo(new Counts(3, 0, 2));
    assertThat(lenient.micro()).isEqualTo(new Counts(6, 5, 5));
    // without the leading the, "United States" is right
    assertThat(scores.of(Convention.NO_LEADING_THE, true).of("LOC"))
        .isEqualTo(new Counts(2, 1, 3));
    assertThat(scores.of(Convention.NO_LEADING_THE, true).micro()).isEqualTo(new Counts(5, 6, 6));
    assertThat(scores.of(Convention.NO_LEADING_THE, false).micro())
        .isEqualTo(new Counts(6, 5, 5));
    assertThat(scores.toTable())
        .contains("MEANTIME spans  strict   micro     11     11       4   36.36   36.36   36.36")
        .contains("no leading the  lenient  LOC        5      3       3");
  }

  @Test
  void aLenientMatchTakesEachNameOnce() {
    MeantimeDocument doc = MeantimeXml.document("4").sentence(0, "New York City Hall")
        .mention("NAM", "LOC", 0, 0, 4).read();
    MeantimeScores scores = MeantimeScorer.create().score(List.of(doc),
        Map.of("4", List.of(m(0, 2, LOC), m(1, 3, LOC), m(3, 4, LOC))));
    assertThat(scores.of(Convention.MEANTIME, false).micro()).isEqualTo(new Counts(1, 2, 0));
  }

  @Test
  void classifiesEveryError() {
    MeantimeErrors errors = MeantimeErrorClassifier.create().classify(gold, SYSTEM);
    for (Category category : Category.values()) {
      assertThat(errors.count(category)).as(category.label()).isEqualTo(1);
    }
    assertThat(errors.wrongTypes()).containsExactly(Map.entry("ORG→PER", 1));
    assertThat(errors.examples(Category.SPURIOUS_IN_OTHER_MENTION, 5)).singleElement()
        .extracting(MeantimeError::toLine)
        .isEqualTo("1: system ORG \"Boeing\" (in NAM PRO \"Boeing 747\")");
    assertThat(errors.examples(Category.BOUNDARY_LEADING_THE, 5).get(0).toLine())
        .isEqualTo("1: gold LOC \"the United States\", system LOC \"United States\"");
    assertThat(errors.examples(Category.MISSED_SURNAME_ALONE, 5).get(0).gold())
        .isEqualTo("PER \"Jobs\"");
    assertThat(errors.examples(Category.MISSED_HEADLINE_INITIAL, 5).get(0).toLine())
        .isEqualTo("2: gold ORG \"Cisco\"");
    assertThat(errors.examples(Category.MISSED_OVERLAPPED, 5).get(0).gold())
        .isEqualTo("LOC \"San Francisco , California\"");
    assertThat(errors.examples(Category.SPURIOUS_OVERLAPPING_MATCHED, 5).get(0).system())
        .isEqualTo("ORG \"Cisco is\"");
    assertThat(errors.examples(Category.SPURIOUS_UPPER_CASE, 5).get(0).system())
        .isEqualTo("ORG \"PST\"");
    assertThat(errors.toTable(1)).contains("  ORG→PER").contains("    1: gold ORG \"Apple\","
        + " system PER \"Apple\"");
    // the errors account for every name not strictly right, on both sides
    assertThat(errors.errors()).hasSize(11);
  }

  @Test
  void upperCaseTokensNeedTwoLettersAndNoLowerCase() {
    assertThat(MeantimeErrorClassifier.isUpperCase("USD")).isTrue();
    assertThat(MeantimeErrorClassifier.isUpperCase("U.S.")).isTrue();
    assertThat(MeantimeErrorClassifier.isUpperCase("A")).isFalse();
    assertThat(MeantimeErrorClassifier.isUpperCase("iPod")).isFalse();
  }

  @Test
  void rejectsRepeatedDocumentsAndNamesOutsideTheDocument() {
    assertThatThrownBy(() -> MeantimeScorer.create().score(List.of(gold.get(1), gold.get(1)),
        Map.of())).hasMessageContaining("id 2");
    assertThatThrownBy(() -> MeantimeScorer.create().score(gold,
        Map.of("2", List.of(m(11, 13, PER))))).hasMessageContaining("document 2");
    assertThatThrownBy(() -> m(3, 3, PER)).isInstanceOf(IllegalArgumentException.class);
  }
}
