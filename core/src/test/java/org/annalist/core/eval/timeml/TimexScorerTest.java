package org.annalist.core.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.annalist.model.Span;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

  private static final String TEXT = "x".repeat(200);
  private final TimexScorer scorer = TimexScorer.create();

  private static Timex3 t(int begin, int end, String value) {
    return t(begin, end, TimexType.DATE, value);
  }

  private static Timex3 t(int begin, int end, TimexType type, String value) {
    return Timex3.builder(Span.of(TEXT, begin, end), type, value).build();
  }

  @Test
  void goldAgainstItselfIsPerfect() {
    List<Timex3> gold = List.of(t(0, 5, "1998"), t(10, 20, TimexType.DURATION, "P3D"));
    TimexScores s = scorer.score(Map.of("d", gold), Map.of("d", gold));
    assertThat(List.of(s.strictPrecision(), s.strictRecall(), s.strictF1(), s.relaxedPrecision(),
        s.relaxedRecall(), s.relaxedF1(), s.typeAccuracy(), s.valueAccuracy(), s.typeF1(),
        s.valueF1())).containsOnly(1.0);
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void aPartialSpanIsARelaxedButNotAStrictMatch() {
    TimexScores s = scorer.score("d", List.of(t(10, 24, "1998-08-07TMO")),
        List.of(t(10, 16, "1998-08-07")));
    assertThat(s.total()).isEqualTo(new TimexCounts(1, 1, 0, 1, 1, 0));
    assertThat(s.strictF1()).isZero();
    assertThat(s.relaxedF1()).isEqualTo(1.0);
    assertThat(s.valueAccuracy()).isZero();
    assertThat(s.errors()).extracting(TimexError::kind)
        .containsExactly(TimexError.Kind.EXTENT, TimexError.Kind.VALUE);
  }

  @Test
  void matchingIsOneToOne() {
    // one gold expression, two system pieces of it: the larger overlap matches, the other is
    // spurious
    TimexScores s = scorer.score("d", List.of(t(0, 20, "1998-08")),
        List.of(t(0, 8, "1998-08"), t(9, 20, "1998-08")));
    assertThat(s.total().relaxed()).isEqualTo(1);
    assertThat(s.relaxedPrecision()).isEqualTo(0.5);
    assertThat(s.relaxedRecall()).isEqualTo(1.0);
    assertThat(s.errors(TimexError.Kind.SPURIOUS)).singleElement()
        .satisfies(e -> assertThat(e.system().span().begin()).isEqualTo(0));
  }

  @Test
  void matchingFindsTheLargestOneToOneMatching() {
    // A overlaps X more than Y, but B can only match X: the best matching is A-Y, B-X
    Timex3 a = t(0, 10, "A");
    Timex3 b = t(8, 20, "B");
    Timex3 x = t(5, 12, "B");
    Timex3 y = t(0, 3, "A");
    TimexScores s = scorer.score("d", List.of(a, b), List.of(x, y));
    assertThat(s.total().relaxed()).isEqualTo(2);
    assertThat(s.total().valueCorrect()).isEqualTo(2);
    assertThat(s.errors(TimexError.Kind.MISSED)).isEmpty();
  }

  @Test
  void anExactMatchIsPreferredToAnOverlap() {
    TimexScores s = scorer.score("d", List.of(t(0, 10, "A"), t(12, 20, "B")),
        List.of(t(0, 15, "A"), t(12, 20, "B")));
    assertThat(s.total()).isEqualTo(new TimexCounts(2, 2, 1, 2, 2, 2));
  }

  @Test
  void valueAccuracyAndValueF1FollowTempEval3() {
    List<Timex3> gold = List.of(t(0, 5, "1"), t(10, 15, "2"), t(20, 25, "3"), t(30, 35, "4"));
    List<Timex3> system = List.of(t(0, 5, "1"), t(10, 15, "2"), t(20, 24, "x"),
        t(50, 55, TimexType.TIME, "5"));
    TimexScores s = scorer.score("d", gold, system);
    assertThat(s.total()).isEqualTo(new TimexCounts(4, 4, 2, 3, 3, 2));
    assertThat(s.valueAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
    double p = 2.0 / 4;
    double r = 2.0 / 4;
    assertThat(s.valueF1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
    assertThat(s.valueF1()).isCloseTo(s.valueAccuracy() * s.relaxedF1(), within(1e-12));
    assertThat(s.strictF1()).isCloseTo(0.5, within(1e-12));
    assertThat(s.errors()).extracting(TimexError::kind).containsExactly(
        TimexError.Kind.EXTENT, TimexError.Kind.VALUE, TimexError.Kind.MISSED,
        TimexError.Kind.SPURIOUS);
  }

  @Test
  void typeAccuracyCountsRelaxedMatchesWithTheSameType() {
    TimexScores s = scorer.score("d",
        List.of(t(0, 5, TimexType.DURATION, "P1D"), t(10, 15, TimexType.DATE, "1998")),
        List.of(t(0, 5, TimexType.DATE, "P1D"), t(10, 15, TimexType.DATE, "1998")));
    assertThat(s.typeAccuracy()).isEqualTo(0.5);
    assertThat(s.valueAccuracy()).isEqualTo(1.0);
    assertThat(s.errors()).singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(TimexError.Kind.TYPE));
  }

  @Test
  void theCreationTimeIsExcluded() {
    Timex3 dct = t(0, 8, TimexType.DATE, "1998-01-08").toBuilder()
        .functionInDocument(Timex3.CREATION_TIME).build();
    Timex3 friday = t(20, 26, "1998-01-09");
    TimexScores s = scorer.score("d", List.of(dct, friday), List.of(friday));
    assertThat(s.total()).isEqualTo(new TimexCounts(1, 1, 1, 1, 1, 1));
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void scoresEachDocumentAndCountsAMissingSystemDocumentAsEmpty() {
    Map<String, List<Timex3>> gold = Map.of(
        "a", List.of(t(0, 5, "1")),
        "b", List.of(t(0, 5, "2"), t(10, 15, "3")),
        "c", List.of());
    Map<String, List<Timex3>> system = Map.of("a", List.of(t(0, 5, "1")), "c", List.of());
    TimexScores s = scorer.score(gold, system);
    assertThat(s.documents()).containsOnlyKeys("a", "b", "c");
    assertThat(s.documents().get("a").relaxedF1()).isEqualTo(1.0);
    assertThat(s.documents().get("b")).isEqualTo(new TimexCounts(2, 0, 0, 0, 0, 0));
    assertThat(s.documents().get("b").relaxedF1()).isZero();
    assertThat(s.documents().get("c").relaxedF1()).isEqualTo(1.0);
    assertThat(s.total()).isEqualTo(new TimexCounts(3, 1, 1, 1, 1, 1));
    assertThat(s.relaxedPrecision()).isEqualTo(1.0);
    assertThat(s.relaxedRecall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.errors()).extracting(TimexError::documentId).containsExactly("b", "b");
    assertThat(s.errors().get(0).toLine()).isEqualTo("b MISSED gold [0, 5) \"xxxxx\" DATE 2");
  }

  @Test
  void aSystemDocumentWithoutGoldIsAnError() {
    assertThatThrownBy(() -> scorer.score(Map.of(), Map.of("z", List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("z");
  }

  @Test
  void ratiosWithNothingToCountAreZeroUnlessBothSidesAreEmpty() {
    assertThat(TimexCounts.EMPTY.relaxedF1()).isEqualTo(1.0);
    assertThat(TimexCounts.EMPTY.valueAccuracy()).isEqualTo(1.0);
    TimexCounts nothingFound = new TimexCounts(3, 0, 0, 0, 0, 0);
    assertThat(nothingFound.relaxedPrecision()).isZero();
    assertThat(nothingFound.valueAccuracy()).isZero();
    assertThat(nothingFound.valueF1()).isZero();
    assertThatThrownBy(() -> new TimexCounts(1, 1, 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsATable() {
    TimexScores s = scorer.score("d", List.of(t(0, 5, "1")), List.of(t(0, 5, "1")));
    assertThat(s.toTable()).contains("relaxed      100.00    100.00    100.00")
        .contains("value        100.00    100.00");
  }
}
