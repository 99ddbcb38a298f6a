package org.annalist.core.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimParty;
import org.annalist.model.Cue;
import org.annalist.model.PartyResolution;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class BratScorerTest {

  /** 200 letters, with a quotation “ at 100 and ” at 119: gold [100, 120) is a direct quote. */
  static final String TEXT;

  static {
    StringBuilder text = new StringBuilder("abcdefghij".repeat(20));
    text.setCharAt(100, '\u201C');
    text.setCharAt(119, '\u201D');
    TEXT = text.toString();
  }

  private final BratScorer scorer = BratScorer.create();

  /** Spans from offset pairs: {@code spans(0, 10, 20, 30)} is [0, 10) and [20, 30). */
  static List<Span> spans(int... offsets) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < offsets.length; i += 2) {
      spans.add(Span.of(TEXT, offsets[i], offsets[i + 1]));
    }
    return spans;
  }

  static BratAttribution gold(String id, List<Span> content, List<Span> source, List<Span> cue) {
    return new BratAttribution(id, content, source, cue);
  }

  static BratAttribution gold(String id, int... content) {
    return gold(id, spans(content), List.of(), List.of());
  }

  static Claim claim(ClaimKind kind, List<Span> content, Span source, Span cue) {
    return new Claim(kind, content,
        source == null ? null : new ClaimParty(source, null, PartyResolution.UNRESOLVED, "test"),
        cue == null ? null : new Cue(cue, "say"), null, null, null,
        new Provenance("test", "test", 0.5));
  }

  static Claim claim(int... content) {
    return claim(ClaimKind.INDIRECT, spans(content), null, null);
  }

  private BratScores score(List<BratAttribution> gold, List<Claim> system) {
    return scorer.score("d", gold, system);
  }

  @Test
  void aMatchNeedsAtLeastHalfOfTheGoldContent() {
    List<BratAttribution> gold = List.of(gold("E1", 0, 10));
    assertThat(score(gold, List.of(claim(5, 40))).all().matched()).isEqualTo(1);  // 5 of 10
    assertThat(score(gold, List.of(claim(6, 40))).all().matched()).isZero();      // 4 of 10
    // half of the gold, not of the claim: a claim ten times as long still matches
    assertThat(score(gold, List.of(claim(0, 100))).all().matched()).isEqualTo(1);
  }

  @Test
  void discontinuousContentCountsTheCharactersOfEveryFragment() {
    List<BratAttribution> gold = List.of(gold("E1", 0, 10, 20, 30)); // 20 characters
    assertThat(score(gold, List.of(claim(0, 10))).all().matched()).isEqualTo(1);    // 10
    assertThat(score(gold, List.of(claim(5, 25))).all().matched()).isEqualTo(1);    // 5 + 5
    assertThat(score(gold, List.of(claim(0, 9))).all().matched()).isZero();         // 9
    assertThat(score(gold, List.of(claim(2, 8, 22, 27))).all().matched()).isEqualTo(1); // 6 + 5
    assertThat(score(gold, List.of(claim(10, 20))).all().matched()).isZero();       // the gap
    // a character covered twice by the gold counts once: 10 characters, 5 of them shared
    List<BratAttribution> doubled = List.of(gold("E1", 0, 10, 0, 10));
    assertThat(score(doubled, List.of(claim(5, 15))).all().matched()).isEqualTo(1);
  }

  @Test
  void matchingIsOneToOneAndGreedyByOverlap() {
    // X overlaps A by 5 (half of A) and B by 20: X goes to B, the larger overlap; Y then gets A
    List<BratAttribution> gold = List.of(gold("A", 0, 10), gold("B", 10, 30));
    BratScores scores = score(gold, List.of(claim(5, 30), claim(0, 6)));
    assertThat(scores.all()).isEqualTo(new BratCounts(2, 2, 2, 2, 0));

    // greedy, not maximum: X takes A (6 > 4), so B, which only X could match, is missed
    List<BratAttribution> two = List.of(gold("A", 0, 10), gold("B", 10, 14));
    BratScores greedy = score(two, List.of(claim(4, 14)));
    assertThat(greedy.all().matched()).isEqualTo(1);
    assertThat(greedy.errors(BratError.Kind.MISSED)).singleElement()
        .satisfies(e -> assertThat(e.gold().id()).isEqualTo("B"));
  }

  @Test
  void tiesGoToTheGoldThenTheClaimFirstInTheText() {
    // one claim overlapping two gold attributions by 5 each: the earlier gold gets it, whatever
    // the order they are given in
    Claim middle = claim(5, 15);
    for (List<BratAttribution> gold : List.of(
        List.of(gold("early", 0, 10), gold("late", 10, 20)),
        List.of(gold("late", 10, 20), gold("early", 0, 10)))) {
      assertThat(score(gold, List.of(middle)).errors(BratError.Kind.MISSED)).singleElement()
          .satisfies(e -> assertThat(e.gold().id()).isEqualTo("late"));
    }
    // two claims overlapping one gold attribution by 10 each: the earlier claim matches
    Claim early = claim(ClaimKind.DIRECT, spans(0, 10), null, null);
    Claim late = claim(ClaimKind.MIXED, spans(10, 20), null, null);
    BratScores scores = score(List.of(gold("E1", 0, 20)), List.of(early, late));
    assertThat(scores.errors(BratError.Kind.SPURIOUS)).singleElement()
        .satisfies(e -> assertThat(e.system()).isSameAs(late));
  }

  @Test
  void sourceAccuracyCountsOverlapOrBothAbsent() {
    List<Span> content = spans(0, 10);
    Span source = Span.of(TEXT, 30, 35);
    List<BratAttribution> gold = List.of(
        gold("overlap", spans(0, 10), spans(30, 35), List.of()),
        gold("absent", spans(40, 50), List.of(), List.of()),
        gold("missing", spans(60, 70), spans(75, 80), List.of()),
        gold("extra", spans(90, 95), List.of(), List.of()),
        gold("wrong", spans(130, 140), spans(145, 150), List.of()));
    List<Claim> system = List.of(
        claim(ClaimKind.INDIRECT, content, Span.of(TEXT, 34, 40), null),
        claim(ClaimKind.INDIRECT, spans(40, 50), null, null),
        claim(ClaimKind.INDIRECT, spans(60, 70), null, null),
        claim(ClaimKind.INDIRECT, spans(90, 95), source, null),
        claim(ClaimKind.INDIRECT, spans(130, 140), Span.of(TEXT, 150, 155), null));
    BratScores scores = score(gold, system);
    assertThat(scores.all()).isEqualTo(new BratCounts(5, 5, 5, 2, 0));
    assertThat(scores.errors()).extracting(BratError::kind).filteredOn(k -> k.name()
        .startsWith("SOURCE")).containsExactly(BratError.Kind.SOURCE_MISSING,
            BratError.Kind.SOURCE_EXTRA, BratError.Kind.SOURCE_WRONG);
  }

  @Test
  void cueAccuracyNeedsOverlappingCues() {
    List<BratAttribution> gold = List.of(
        gold("overlap", spans(0, 10), List.of(), spans(12, 16, 20, 22)), // a discontinuous cue
        gold("missing", spans(40, 50), List.of(), spans(52, 56)),
        gold("wrong", spans(60, 70), List.of(), spans(72, 76)),
        gold("no gold cue", spans(80, 90), List.of(), List.of()),
        gold("neither", spans(130, 140), List.of(), List.of()));
    List<Claim> system = List.of(
        claim(ClaimKind.INDIRECT, spans(0, 10), null, Span.of(TEXT, 21, 25)),
        claim(ClaimKind.INDIRECT, spans(40, 50), null, null),
        claim(ClaimKind.INDIRECT, spans(60, 70), null, Span.of(TEXT, 76, 80)),
        claim(ClaimKind.INDIRECT, spans(80, 90), null, Span.of(TEXT, 92, 96)),
        claim(ClaimKind.INDIRECT, spans(130, 140), null, null));
    BratScores scores = score(gold, system);
    assertThat(scores.all().cueCorrect()).isEqualTo(1);
    assertThat(scores.all().cueAccuracy()).isEqualTo(0.2);
    assertThat(scores.errors()).extracting(e -> e.gold().id() + " " + e.kind()).containsExactly(
        "missing CUE_MISSING", "wrong CUE_WRONG", "no gold cue CUE_WRONG", "neither CUE_MISSING");
  }

  @Test
  void directFiguresTakeGoldDirectQuotesAndUnmatchedDirectClaims() {
    List<BratAttribution> gold = List.of(
        gold("direct", 100, 120),    // “...”
        gold("indirect", 20, 40));
    assertThat(gold.get(0).isDirect()).isTrue();
    assertThat(gold.get(1).isDirect()).isFalse();
    List<Claim> system = List.of(
        claim(ClaimKind.DIRECT, spans(101, 119), null, null), // matches the direct gold
        claim(ClaimKind.DIRECT, spans(20, 40), null, null),   // matches the indirect gold
        claim(ClaimKind.DIRECT, spans(150, 160), null, null), // spurious direct
        claim(ClaimKind.MIXED, spans(170, 180), null, null)); // spurious, not direct
    BratScores scores = score(gold, system);
    assertThat(scores.all()).isEqualTo(new BratCounts(2, 4, 2, 2, 0));
    // gold: the one direct quote; system: its match and the spurious DIRECT claim
    assertThat(scores.direct()).isEqualTo(new BratCounts(1, 2, 1, 1, 0));
    assertThat(scores.direct().precision()).isEqualTo(0.5);
    assertThat(scores.direct().recall()).isEqualTo(1.0);
    assertThat(scores.errors(BratError.Kind.SPURIOUS)).extracting(BratError::isDirect)
        .containsExactly(true, false);
  }

  @Test
  void theArticlesOwnClaimsAndGoldWithoutContentAreLeftOut() {
    List<BratAttribution> gold = List.of(gold("E1", 0, 10),
        gold("E2", List.of(), List.of(), spans(20, 24)), gold("E3", 30, 30));
    List<Claim> system = List.of(claim(0, 10),
        claim(ClaimKind.REPORTED_BY_ARTICLE, spans(50, 60), null, null));
    BratScores scores = score(gold, system);
    assertThat(scores.all()).isEqualTo(new BratCounts(1, 1, 1, 1, 0));
    assertThat(scores.goldWithoutContent()).isEqualTo(2);
    assertThat(scores.errors()).extracting(BratError::kind)
        .containsExactly(BratError.Kind.CUE_MISSING);
  }

  @Test
  void documentsAreSummedAndADocumentWithoutClaimsIsAllMissed() {
    Map<String, List<BratAttribution>> gold = Map.of(
        "b", List.of(gold("E1", 0, 10), gold("E2", 20, 30)),
        "a", List.of(gold("E1", 0, 10)));
    Map<String, List<Claim>> system = Map.of("b", List.of(claim(0, 10), claim(50, 60)));
    BratScores scores = scorer.score(gold, system);
    assertThat(scores.all()).isEqualTo(new BratCounts(3, 2, 1, 1, 0));
    assertThat(scores.all().precision()).isEqualTo(0.5);
    assertThat(scores.all().recall()).isEqualTo(1.0 / 3);
    assertThat(scores.all().f1()).isCloseTo(0.4, within(1e-12));
    assertThat(scores.documents()).containsOnlyKeys("a", "b");
    assertThat(scores.documents().get("a")).isEqualTo(new BratCounts(1, 0, 0, 0, 0));
    assertThat(scores.errors()).extracting(e -> e.documentId() + " " + e.kind()).containsExactly(
        "a MISSED", "b CUE_MISSING", "b MISSED", "b SPURIOUS");
    assertThat(scorer.score(gold, system)).isEqualTo(scores);
  }

  @Test
  void aSystemDocumentWithoutGoldIsAnError() {
    assertThatThrownBy(() -> scorer.score(Map.of(), Map.of("x", List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system document x has no gold document");
  }

  @Test
  void nothingToScoreIsPerfectAndNothingFoundIsZero() {
    BratCounts none = score(List.of(), List.of()).all();
    assertThat(none.f1()).isEqualTo(1.0);
    assertThat(none.sourceAccuracy()).isEqualTo(1.0);
    BratCounts missed = score(List.of(gold("E1", 0, 10)), List.of()).all();
    assertThat(missed.precision()).isZero();
    assertThat(missed.f1()).isZero();
    assertThat(missed.cueAccuracy()).isZero();
  }

  @Test
  void theTableShowsTheFiguresAndTheErrorsByKind() {
    List<BratAttribution> gold = List.of(
        gold("E1", spans(100, 120), spans(130, 135), spans(136, 140)),
        gold("E2", 0, 10));
    List<Claim> system = List.of(
        claim(ClaimKind.DIRECT, spans(101, 119), Span.of(TEXT, 130, 135),
            Span.of(TEXT, 136, 140)),
        claim(ClaimKind.DIRECT, spans(150, 160), null, null),
        claim(ClaimKind.INDIRECT, spans(170, 180), null, null));
    String table = scorer.score(Map.of("d", gold), Map.of("d", system)).toTable();
    String n = System.lineSeparator();
    assertThat(table).isEqualTo(
        "attributions: 1 documents, 2 gold (0 without content, not scored), 3 system" + n
        + "            gold  system matched        P        R       F1   source      cue" + n
        + "all            2       3       1    33.33    50.00    40.00   100.00   100.00" + n
        + "direct         1       2       1    50.00   100.00    66.67   100.00   100.00" + n
        + "(P, R, F1: content; source, cue: accuracy over the matched pairs)" + n
        + "errors               all  direct" + n
        + "missed                 1       0" + n
        + "spurious               2       1   DIRECT 1, INDIRECT 1" + n
        + "source missing         0       0" + n
        + "source extra           0       0" + n
        + "source wrong           0       0" + n
        + "cue missing            0       0" + n
        + "cue wrong              0       0" + n);
  }

  @Test
  void anErrorIsOneLine() {
    String text = "Smith said “we\nwill”.";
    BratAttribution gold = new BratAttribution("E1", List.of(Span.of(text, 11, 20)),
        List.of(Span.of(text, 0, 5)), List.of());
    BratError missed = new BratError("d", BratError.Kind.MISSED, gold, null);
    assertThat(missed.toLine()).isEqualTo(
        "d MISSED gold E1 content [11, 20) \"“we\\nwill”\" source [0, 5) \"Smith\" cue none");
    assertThatThrownBy(() -> new BratError("d", BratError.Kind.SPURIOUS, gold, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
