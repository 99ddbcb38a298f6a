package org.annalist.core.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.annalist.core.eval.timeml.EventCounts.Attribute;
import org.annalist.model.EventAspect;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class EventScorerTest {

  private static final String TEXT = "x".repeat(200);
  private final EventScorer scorer = EventScorer.create();

  private static TimemlEvent e(int begin, int end, EventClass c, EventTense tense,
      EventAspect aspect, Polarity polarity, String modality) {
    return new TimemlEvent("e" + begin, c, Span.of(TEXT, begin, end), tense, aspect, polarity,
        modality, "VERB");
  }

  private static TimemlEvent past(int begin, int end, EventClass c) {
    return e(begin, end, c, EventTense.PAST, EventAspect.NONE, Polarity.POS, null);
  }

  /** Four gold events in document a: g1 and g3 found exactly, g2 partly, g4 missed. */
  private static final List<TimemlEvent> GOLD_A = List.of(
      past(0, 5, EventClass.OCCURRENCE),
      past(10, 15, EventClass.REPORTING),
      e(20, 25, EventClass.STATE, EventTense.PRESENT, EventAspect.NONE, Polarity.NEG, "would"),
      e(30, 35, EventClass.I_STATE, EventTense.PRESENT, EventAspect.PROGRESSIVE, Polarity.POS,
          "can"));

  /** System events: exact, overlapping with the wrong tense, exact but wrong class, spurious. */
  private static final List<TimemlEvent> SYSTEM_A = List.of(
      past(0, 5, EventClass.OCCURRENCE),
      e(12, 18, EventClass.REPORTING, EventTense.PRESENT, EventAspect.NONE, Polarity.POS, null),
      e(20, 25, EventClass.OCCURRENCE, EventTense.PRESENT, EventAspect.NONE, Polarity.NEG,
          "WOULD"),
      past(40, 45, EventClass.OCCURRENCE));

  @Test
  void goldAgainstItselfIsPerfect() {
    EventScores s = scorer.score(Map.of("a", GOLD_A), Map.of("a", GOLD_A));
    assertThat(List.of(s.strictPrecision(), s.strictRecall(), s.strictF1(), s.relaxedPrecision(),
        s.relaxedRecall(), s.relaxedF1())).containsOnly(1.0);
    for (Attribute a : Attribute.values()) {
      assertThat(s.accuracy(a)).as("%s", a).isEqualTo(1.0);
      assertThat(s.f1(a)).as("%s", a).isEqualTo(1.0);
    }
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void countsStrictAndRelaxedMatchesAndAttributesOverRelaxedMatches() {
    EventScores s = scorer.score("a", GOLD_A, SYSTEM_A);
    // gold 4, system 4; strict: [0,5) and [20,25); relaxed also [10,15)~[12,18).
    // class agrees on 2 of 3 matches, tense on 2 (not [12,18)), aspect and polarity on 3,
    // modality on 3 (none = none twice, would = WOULD)
    assertThat(s.total()).isEqualTo(new EventCounts(4, 4, 2, 3, 2, 2, 3, 3, 3));
    assertThat(s.strictPrecision()).isEqualTo(0.5);
    assertThat(s.strictRecall()).isEqualTo(0.5);
    assertThat(s.strictF1()).isEqualTo(0.5);
    assertThat(s.relaxedPrecision()).isEqualTo(0.75);
    assertThat(s.relaxedRecall()).isEqualTo(0.75);
    assertThat(s.relaxedF1()).isCloseTo(0.75, within(1e-12));
    assertThat(s.accuracy(Attribute.CLASS)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.f1(Attribute.CLASS)).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1(Attribute.TENSE)).isCloseTo(0.5, within(1e-12));
    assertThat(s.accuracy(Attribute.ASPECT)).isEqualTo(1.0);
    assertThat(s.f1(Attribute.ASPECT)).isCloseTo(0.75, within(1e-12));
    assertThat(s.f1(Attribute.MODALITY)).isCloseTo(0.75, within(1e-12));
    assertThat(s.errors()).extracting(EventError::kind).containsExactly(
        EventError.Kind.EXTENT, EventError.Kind.TENSE, EventError.Kind.CLASS,
        EventError.Kind.MISSED, EventError.Kind.SPURIOUS);
    assertThat(s.errors(EventError.Kind.CLASS)).singleElement().satisfies(e -> assertThat(
        e.toLine()).isEqualTo("a CLASS gold [20, 25) \"xxxxx\" STATE PRESENT NONE NEG"
            + " modality=would | system [20, 25) \"xxxxx\" OCCURRENCE PRESENT NONE NEG"
            + " modality=WOULD"));
  }

  @Test
  void isMicroAveragedOverDocumentsAndAMissingSystemDocumentIsEmpty() {
    Map<String, List<TimemlEvent>> gold =
        Map.of("a", GOLD_A, "b", List.of(past(0, 4, EventClass.OCCURRENCE)), "c", List.of());
    EventScores s = scorer.score(gold, Map.of("a", SYSTEM_A, "c", List.of()));
    assertThat(s.documents()).containsOnlyKeys("a", "b", "c");
    assertThat(s.documents().get("b")).isEqualTo(new EventCounts(1, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(s.documents().get("c").relaxedF1()).isEqualTo(1.0);
    assertThat(s.total()).isEqualTo(new EventCounts(5, 4, 2, 3, 2, 2, 3, 3, 3));
    // relaxed P 3/4, R 3/5: F1 = 2 * 0.75 * 0.6 / 1.35 = 2/3; class F1 = 2/3 * 2/3
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.f1(Attribute.CLASS)).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(s.strictF1()).isCloseTo(2 * 0.5 * 0.4 / 0.9, within(1e-12));
    assertThat(s.errors()).extracting(EventError::documentId).containsExactly(
        "a", "a", "a", "a", "a", "b");
  }

  @Test
  void absentAttributesAgreeWithAbsentOnesOnly() {
    TimemlEvent bare = new TimemlEvent("e1", null, Span.of(TEXT, 0, 5));
    TimemlEvent full = past(0, 5, EventClass.OCCURRENCE);
    EventScores s = scorer.score("d", List.of(bare), List.of(bare));
    assertThat(s.total()).isEqualTo(new EventCounts(1, 1, 1, 1, 1, 1, 1, 1, 1));
    EventScores t = scorer.score("d", List.of(full), List.of(bare));
    // only modality agrees: absent on both sides
    assertThat(t.total()).isEqualTo(new EventCounts(1, 1, 1, 1, 0, 0, 0, 0, 1));
    TimemlEvent would = e(0, 5, EventClass.OCCURRENCE, EventTense.PAST, EventAspect.NONE,
        Polarity.POS, "would");
    assertThat(scorer.score("d", List.of(full), List.of(would)).errors())
        .extracting(EventError::kind).containsExactly(EventError.Kind.MODALITY);
    assertThat(scorer.score("d", List.of(would), List.of(full)).errors())
        .extracting(EventError::kind).containsExactly(EventError.Kind.MODALITY);
  }

  @Test
  void matchingIsOneToOneAndPrefersTheLargerOverlap() {
    // one gold event, two system pieces of it: the larger overlap matches, the other is spurious
    EventScores s = scorer.score("d", List.of(past(0, 20, EventClass.STATE)),
        List.of(past(0, 8, EventClass.STATE), past(9, 20, EventClass.OCCURRENCE)));
    assertThat(s.total()).isEqualTo(new EventCounts(1, 2, 0, 1, 0, 1, 1, 1, 1));
    assertThat(s.errors(EventError.Kind.SPURIOUS)).singleElement()
        .satisfies(e -> assertThat(e.system().span().begin()).isEqualTo(0));
  }

  @Test
  void ratiosWithNothingToCountAreZeroUnlessBothSidesAreEmpty() {
    assertThat(EventCounts.EMPTY.relaxedF1()).isEqualTo(1.0);
    assertThat(EventCounts.EMPTY.f1(Attribute.CLASS)).isEqualTo(1.0);
    EventCounts nothingFound = new EventCounts(3, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThat(nothingFound.relaxedPrecision()).isZero();
    assertThat(nothingFound.accuracy(Attribute.TENSE)).isZero();
    assertThat(nothingFound.f1(Attribute.TENSE)).isZero();
    assertThatThrownBy(() -> new EventCounts(1, 1, 1, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("inconsistent");
    assertThatThrownBy(() -> new EventCounts(1, 1, 1, 1, 2, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class 2");
    assertThatThrownBy(() -> new EventCounts(1, 1, 1, 1, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("counts cannot");
    assertThat(nothingFound.plus(new EventCounts(1, 2, 1, 1, 1, 0, 1, 1, 1)))
        .isEqualTo(new EventCounts(4, 2, 1, 1, 1, 0, 1, 1, 1));
  }

  @Test
  void aSystemDocumentWithoutGoldIsAnError() {
    assertThatThrownBy(() -> scorer.score(Map.of(), Map.of("z", List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("z");
  }

  @Test
  void printsATable() {
    String table = scorer.score("a", GOLD_A, SYSTEM_A).toTable();
    assertThat(table).startsWith("EVENT: 1 documents, 4 gold, 4 system")
        .contains("strict        50.00     50.00     50.00")
        .contains("relaxed       75.00     75.00     75.00")
        .contains("class         66.67     50.00")
        .contains("tense         66.67     50.00")
        .contains("aspect       100.00     75.00")
        .contains("polarity     100.00     75.00")
        .contains("modality     100.00     75.00");
  }
}
