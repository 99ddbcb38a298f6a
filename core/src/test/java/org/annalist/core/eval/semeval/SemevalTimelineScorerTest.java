package org.annalist.core.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected figures are worked out by hand in each test's comment: the relations the timeline
 * stands for, the SIMULTANEOUS classes and BEFORE edges of the closure, the reduced graph and which
 * of its relations the other closure holds.
 */
class SemevalTimelineScorerTest {

  private final TimelineScorer scorer = TimelineScorer.create();

  private static Timeline timeline(String text) {
    return TimelineReader.create().read(text, "test.txt");
  }

  @Test
  void aPerfectMatchScoresOne() {
    // a = t1, b = t2, a < b: classes {a,t1} and {b,t2}, one BEFORE: 3 reduced relations
    Timeline gold = timeline("X\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-2-b\n");
    TimelineCounts c = scorer.score(gold, gold);
    assertThat(c).isEqualTo(new TimelineCounts(3, 3, 3, 3));
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
    assertThat(c.f1()).isEqualTo(1.0);
  }

  @Test
  void anEmptySystemTimelineHasRecallZero() {
    Timeline gold = timeline("X\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-2-b\n");
    TimelineCounts c = scorer.score(gold, new Timeline("X", List.of()));
    assertThat(c).isEqualTo(new TimelineCounts(3, 0, 0, 0));
    assertThat(c.recall()).isZero();
    assertThat(c.precision()).isZero();
    assertThat(c.f1()).isZero();
  }

  @Test
  void aPartialMatchCountsTheVerifiedRelationsOfEachReducedGraph() {
    // gold: classes {a,b,t1} (2 relations) and {c,t2} (1), {a,b,t1} < {c,t2} (1): 4
    Timeline gold = timeline("X\n1\t2010-01-01\td-1-a\n1\t2010-01-01\td-1-b\n"
        + "2\t2010-01-02\td-2-c\n");
    // system: b missed, x spurious: {a,t1} (1), {c,x,t2} (2), one BEFORE (1): 4
    Timeline system = timeline("X\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-2-c\n"
        + "2\t2010-01-02\td-3-x\n");
    // precision: {a,t1} one gold class, 1; {c,x,t2} falls in {c,t2} and {x}, 3 - 2 = 1;
    // a < c holds in gold, 1: 3 of 4. recall: {a,b,t1} falls in {a,t1} and {b}, 1; {c,t2}, 1;
    // a < c holds in the system, 1: 3 of 4
    TimelineCounts c = scorer.score(gold, system);
    assertThat(c).isEqualTo(new TimelineCounts(4, 4, 3, 3));
    assertThat(c.f1()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void aWrongOrderIsNotVerified() {
    // gold: {a,t1} < {b,t2}; system puts b first under the same dates: {b,t1} < {a,t2}
    Timeline gold = timeline("X\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-2-b\n");
    Timeline system = timeline("X\n1\t2010-01-01\td-2-b\n2\t2010-01-02\td-1-a\n");
    // each side: 2 SIMULTANEOUS (none verified: a and t1 are apart in the other) and one BEFORE,
    // verified because t1 < t2 holds in both closures
    assertThat(scorer.score(gold, system)).isEqualTo(new TimelineCounts(3, 3, 1, 1));
  }

  @Test
  void rankZeroIsNotOrderedButALineIsOneEvent() {
    // rank 0: a and b on one line, SIMULTANEOUS (1); c alone, nothing; rank 1: d = t (1)
    Timeline gold = timeline("X\n0\tXXXX-XX-XX\td-1-a\td-2-b\n0\tXXXX-XX-XX\td-3-c\n"
        + "1\t2010\td-4-d\n");
    assertThat(scorer.score(gold, gold)).isEqualTo(new TimelineCounts(2, 2, 2, 2));
    // the same mentions on separate rank-0 lines claim nothing: recall 1 of 2, precision 1 of 1
    Timeline system = timeline("X\n0\tXXXX-XX-XX\td-1-a\n0\tXXXX-XX-XX\td-2-b\n"
        + "1\t2010\td-4-d\n");
    assertThat(scorer.score(gold, system)).isEqualTo(new TimelineCounts(2, 1, 1, 1));
  }

  @Test
  void anOrderWithinADayContradictsTheAnchorAndIsCountedAsViolated() {
    // gold: a = t, b = t, then a < b contradicts {a,b,t}: 2 + 1 violated = 3
    Timeline gold = timeline("X\n1\t2005-06-06\td-1-a\n2\t2005-06-06\td-2-b\n");
    // system: a and b in one rank: {a,b,t}, 2
    Timeline system = timeline("X\n1\t2005-06-06\td-1-a\n1\t2005-06-06\td-2-b\n");
    // precision 2 of 2; recall: the class 2, a < b not held by the system: 2 of 3
    TimelineCounts c = scorer.score(gold, system);
    assertThat(c).isEqualTo(new TimelineCounts(3, 2, 2, 2));
    assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-12));
    // against itself, the violated a < b is matched because the other side states it
    assertThat(scorer.score(gold, gold)).isEqualTo(new TimelineCounts(3, 3, 3, 3));
  }

  @Test
  void redundantBeforesAreNotCounted() {
    // a < b < c (ranks, no dates): the reduced graph has 2 relations, a < c is implied
    Timeline gold = timeline("X\n1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-2-b\n"
        + "3\tXXXX-XX-XX\td-3-c\n");
    // the system has a < c only: 1 relation, held by the gold closure; of the gold's a < b and
    // b < c, the system holds neither (b is missing)
    Timeline system = timeline("X\n1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-3-c\n");
    assertThat(scorer.score(gold, system)).isEqualTo(new TimelineCounts(2, 1, 1, 0));
  }

  @Test
  void theOverallFiguresAreMicroAveraged() {
    Timeline perfect = timeline("X\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-2-b\n"); // 3
    Timeline other = timeline("Y\n1\t2010-01-01\td-1-a\n1\t2010-01-01\td-1-b\n"
        + "2\t2010-01-02\td-2-c\n"); // 4
    TimelineScores s = scorer.score(Map.of("x", perfect, "y", other), Map.of("x", perfect));
    assertThat(s.timelines().get("y")).isEqualTo(new TimelineCounts(4, 0, 0, 0));
    assertThat(s.overall()).isEqualTo(new TimelineCounts(7, 3, 3, 3));
    // P = 3/3, R = 3/7, F1 = 2 * 1 * 3/7 / (1 + 3/7) = 0.6, not the mean of 1 and 0
    assertThat(s.overall().f1()).isCloseTo(0.6, within(1e-12));
    assertThat(s.toTable()).contains("micro-average").contains("60.00");
  }
}
