package org.annalist.core.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScorerTest {

  @Test
  void decodesIob1() {
    // IOB1: B- only where a name directly follows another of the same type.
    assertThat(Chunks.decode(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG")))
        .containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(2, 3, "PER"),
            new TypedSpan(4, 5, "LOC"), new TypedSpan(5, 7, "ORG"));
  }

  @Test
  void decodesIob2AndBilouTheSameWay() {
    List<TypedSpan> expected = List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(2, 3, "PER"),
        new TypedSpan(4, 5, "LOC"));
    assertThat(Chunks.decode(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")))
        .isEqualTo(expected);
    assertThat(Chunks.decode(List.of("B-PER", "L-PER", "U-PER", "O", "U-LOC")))
        .isEqualTo(expected);
    // conlleval: an I- after O or after another type starts a name even in IOB2 data.
    assertThat(Chunks.decode(List.of("O", "I-MISC", "B-MISC", "I-MISC")))
        .containsExactly(new TypedSpan(1, 2, "MISC"), new TypedSpan(2, 4, "MISC"));
  }

  @Test
  void encodesBothSchemesAndRoundTrips() {
    List<TypedSpan> spans = List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(2, 3, "PER"),
        new TypedSpan(4, 5, "LOC"));
    List<String> iob1 = Chunks.encode(spans, 6, TagScheme.IOB1);
    List<String> iob2 = Chunks.encode(spans, 6, TagScheme.IOB2);

    assertThat(iob1).containsExactly("I-PER", "I-PER", "B-PER", "O", "I-LOC", "O");
    assertThat(iob2).containsExactly("B-PER", "I-PER", "B-PER", "O", "B-LOC", "O");
    assertThat(Chunks.decode(iob1)).isEqualTo(spans);
    assertThat(Chunks.decode(iob2)).isEqualTo(spans);
    assertThat(TagScheme.detect(List.of(iob1))).isEqualTo(TagScheme.IOB1);
    assertThat(TagScheme.detect(List.of(iob2))).isEqualTo(TagScheme.IOB2);
  }

  @Test
  void encodeRejectsOverlapsAndOutOfRange() {
    assertThatThrownBy(() -> Chunks.encode(List.of(new TypedSpan(0, 2, "PER"),
        new TypedSpan(1, 3, "LOC")), 4, TagScheme.IOB2)).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> Chunks.encode(List.of(new TypedSpan(0, 5, "PER")), 4,
        TagScheme.IOB2)).hasMessageContaining("outside");
  }

  @Test
  void identicalNamesInDifferentSchemesScorePerfectly() {
    EntityScores scores = EntityScorer.create()
        .addTags(List.of("I-PER", "I-PER", "O", "I-LOC"), List.of("B-PER", "I-PER", "O", "B-LOC"))
        .scores();

    assertThat(scores.micro()).isEqualTo(new EntityScores.Counts(2, 0, 0));
    assertThat(scores.micro().f1()).isEqualTo(1.0);
  }

  @Test
  void countsExactTypedMatchesOnly() {
    // gold: PER [0,2), LOC [3,4), ORG [5,7), MISC [8,9)
    List<String> gold = List.of("I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG", "I-ORG", "O", "I-MISC");
    // predicted: PER [0,2) right; LOC [3,4) typed ORG (wrong type); ORG [5,6) wrong boundary;
    // MISC missed; extra PER [7,8).
    List<String> predicted = List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O", "B-PER", "O");
    EntityScores scores = EntityScorer.create().addTags(gold, predicted).scores();

    assertThat(scores.of("PER")).isEqualTo(new EntityScores.Counts(1, 1, 0));
    assertThat(scores.of("LOC")).isEqualTo(new EntityScores.Counts(0, 0, 1));
    assertThat(scores.of("ORG")).isEqualTo(new EntityScores.Counts(0, 2, 1));
    assertThat(scores.of("MISC")).isEqualTo(new EntityScores.Counts(0, 0, 1));
    EntityScores.Counts micro = scores.micro();
    assertThat(micro).isEqualTo(new EntityScores.Counts(1, 3, 3));
    assertThat(micro.precision()).isCloseTo(0.25, within(1e-12));
    assertThat(micro.recall()).isCloseTo(0.25, within(1e-12));
    assertThat(micro.f1()).isCloseTo(0.25, within(1e-12));
    EntityScores.Counts perLoc = scores.micro(List.of("PER", "LOC"));
    assertThat(perLoc).isEqualTo(new EntityScores.Counts(1, 1, 1));
    assertThat(perLoc.f1()).isCloseTo(0.5, within(1e-12));
    assertThat(scores.of("DATE")).isEqualTo(EntityScores.Counts.ZERO);
    assertThat(scores.toTable(List.of("PER", "LOC")))
        .contains("micro PER/LOC").contains("PER").contains("25.00");
  }

  @Test
  void accumulatesOverSentencesAndHandlesNoNames() {
    EntityScorer scorer = EntityScorer.create();
    scorer.addTags(List.of("O", "O"), List.of("O", "O"));
    assertThat(scorer.scores().micro().f1()).isZero();
    scorer.addTags(List.of("B-LOC"), List.of("B-LOC"));
    scorer.addTags(List.of("B-LOC"), List.of("O"));
    assertThat(scorer.scores().of("LOC")).isEqualTo(new EntityScores.Counts(1, 0, 1));
  }

  @Test
  void rejectsMismatchedLengthsAndBadTags() {
    assertThatThrownBy(() -> EntityScorer.create().addTags(List.of("O"), List.of("O", "O")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 gold tags");
    assertThatThrownBy(() -> Chunks.decode(List.of("O", "PER")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag 1");
  }
}
