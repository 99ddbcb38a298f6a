package org.annalist.core.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.ClaimParty;
import org.annalist.model.Cue;
import org.annalist.model.PartyResolution;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class BratWriterTest {

  /** An emoji first (one code point, two UTF-16 units), a content over a line break. */
  static final String TEXT = "\uD83D\uDE42 “If we must, we will,” Petro wrote. “You cannot insult"
      + " us.”\nOfficials said talks\nwould resume. It is believed that prices rose. The ministry"
      + " suspended sales.";

  private final BratWriter writer = BratWriter.create();
  private final BratReader reader = BratReader.create();

  static Span span(String text, String covered) {
    int at = text.indexOf(covered);
    assertThat(at).as(covered).isNotNegative();
    return Span.of(text, at, at + covered.length());
  }

  static Claim claim(String text, ClaimKind kind, List<String> content, String source, String cue) {
    List<Span> spans = new ArrayList<>();
    content.forEach(c -> spans.add(span(text, c)));
    return new Claim(kind, spans,
        source == null ? null
            : new ClaimParty(span(text, source), null, PartyResolution.UNRESOLVED, "test"),
        cue == null ? null : new Cue(span(text, cue), cue),
        null, null, null, new Provenance("test", "test", 0.5));
  }

  static ClaimLayer layer(List<Claim> claims) {
    return new ClaimLayer("test", List.of(), claims);
  }

  private static ClaimLayer sampleLayer() {
    return layer(List.of(
        claim(TEXT, ClaimKind.DIRECT, List.of("If we must, we will,", "You cannot insult us."),
            "Petro", "wrote"),
        claim(TEXT, ClaimKind.INDIRECT, List.of("talks\nwould resume"), "Officials", "said"),
        claim(TEXT, ClaimKind.INDIRECT, List.of("that prices rose"), null, "believed"),
        claim(TEXT, ClaimKind.REPORTED_BY_ARTICLE, List.of("The ministry suspended sales."),
            null, null)));
  }

  @Test
  void writesAttributedClaimsInPolnearShapeWithCodePointOffsets() {
    assertThat(writer.write(sampleLayer(), TEXT)).isEqualTo("""
        T1\tSource 25 30\tPetro
        T2\tCue 31 36\twrote
        T3\tContent 3 23;39 60\tIf we must, we will, You cannot insult us.
        T4\tAttribution 31 36\twrote
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        T5\tSource 62 71\tOfficials
        T6\tCue 72 76\tsaid
        T7\tContent 77 95\ttalks
        would resume
        T8\tAttribution 72 76\tsaid
        E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
        T9\tCue 103 111\tbelieved
        T10\tContent 112 128\tthat prices rose
        T11\tAttribution-no-source 103 111\tbelieved
        E3\tAttribution-no-source:T11 Content:T10 Cue:T9
        """);
  }

  @Test
  void readingTheOutputBackGivesTheSameAttributions() {
    ClaimLayer claims = sampleLayer();
    List<BratAttribution> expected = writer.attributions(claims);
    assertThat(expected).extracting(BratAttribution::id).containsExactly("E1", "E2", "E3");
    assertThat(expected.get(0).content()).extracting(Span::text)
        .containsExactly("If we must, we will,", "You cannot insult us.");

    BratDocument back = reader.read(writer.write(claims, TEXT), "out.ann", TEXT);
    assertThat(back.attributions()).isEqualTo(expected);
  }

  @Test
  void theTriggerFallsBackOnTheSourceThenTheContent() {
    String text = "Smith: taxes rose.";
    ClaimLayer claims = layer(List.of(
        claim(text, ClaimKind.INDIRECT, List.of("taxes rose"), "Smith", null)));
    String ann = writer.write(claims, text);
    assertThat(ann).isEqualTo("""
        T1\tSource 0 5\tSmith
        T2\tContent 7 17\ttaxes rose
        T3\tAttribution 0 5\tSmith
        E1\tAttribution:T3 Content:T2 Source:T1
        """);
    assertThat(reader.read(ann, "x.ann", text).attributions())
        .isEqualTo(writer.attributions(claims));

    BratAttribution contentOnly =
        new BratAttribution("E9", List.of(span(text, "taxes rose")), List.of(), List.of());
    assertThat(writer.write(List.of(contentOnly), text)).isEqualTo("""
        T1\tContent 7 17\ttaxes rose
        T2\tAttribution-no-source 7 17\ttaxes rose
        E1\tAttribution-no-source:T2 Content:T1
        """);
  }

  @Test
  void goldReadWrittenAndReadAgainIsUnchanged() throws IOException {
    String text = BratReaderTest.sampleText();
    BratDocument gold = reader.read(BratReaderTest.sample("sample.ann"),
        BratReaderTest.sample("sample.txt"));
    String written = writer.write(gold.attributions(), text);
    assertThat(reader.read(written, "again.ann", text).attributions())
        .isEqualTo(gold.attributions());
  }

  @Test
  void aSpanThatDoesNotMatchTheTextIsRefused() {
    BratAttribution a = new BratAttribution("E1", List.of(new Span(0, 5, "Jones")), List.of(),
        List.of());
    assertThatThrownBy(() -> writer.write(List.of(a), "Smith said so."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribution E1: span [0, 5) \"Jones\" does not match the text (length 14)");
  }

  @Test
  void anAttributionWithoutAnySpanIsRefused() {
    BratAttribution a = new BratAttribution("E7", List.of(), List.of(), List.of());
    assertThatThrownBy(() -> writer.write(List.of(a), "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("E7 has no content, source or cue span");
  }

  @Test
  void noAttributedClaimsIsAnEmptyFile() {
    String text = "Prices rose.";
    ClaimLayer claims = layer(List.of(
        claim(text, ClaimKind.REPORTED_BY_ARTICLE, List.of("Prices rose."), null, null)));
    assertThat(writer.write(claims, text)).isEmpty();
  }
}
