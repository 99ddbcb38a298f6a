package org.annalist.core.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.annalist.core.InvalidInputException;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratReaderTest {

  private final BratReader reader = BratReader.create();

  /**
   * The sample in the test resources: a text with an emoji (one code point, two UTF-16 units)
   * before the second attribution, a discontinuous content, a numbered role, an attribution without
   * a source, a {@code T} text over two lines, and A, #, R lines and a non-attribution event.
   */
  static Path sample(String name) {
    try {
      return Path.of(Objects.requireNonNull(
          BratReaderTest.class.getResource("/org/annalist/core/eval/brat/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sampleText() throws IOException {
    return Files.readString(sample("sample.txt"));
  }

  @Test
  void readsThePolnearShapeWithCodePointOffsetsAsUtf16() throws IOException {
    String text = sampleText();
    BratDocument doc = reader.read(sample("sample.ann"), sample("sample.txt"));

    assertThat(doc.name()).isEqualTo("sample.ann");
    assertThat(doc.textBounds()).hasSize(17);
    assertThat(doc.attributions()).extracting(BratAttribution::id)
        .containsExactly("E1", "E2", "E3", "E4");

    BratAttribution e1 = doc.attributions().get(0);
    assertThat(e1.content()).containsExactly(
        Span.of(text, 0, 24), Span.of(text, 54, 64)); // Content and Content2
    assertThat(e1.source()).containsExactly(Span.of(text, 25, 37));
    assertThat(e1.cue()).containsExactly(Span.of(text, 38, 42));
    assertThat(e1.contentText()).isEqualTo("“We will not back down,” “not now.”");

    // after the emoji, UTF-16 offsets are one more than brat's code points (67 76)
    BratAttribution e2 = doc.attributions().get(1);
    assertThat(e2.source()).containsExactly(new Span(68, 77, "Officials"));
    assertThat(e2.cue()).containsExactly(new Span(78, 82, "said"));
    assertThat(e2.content()).extracting(Span::text).containsExactly("that talks would resume");

    BratAttribution e3 = doc.attributions().get(2);
    assertThat(e3.source()).isEmpty();
    assertThat(e3.cue()).extracting(Span::text).containsExactly("It is believed");

    BratAttribution e4 = doc.attributions().get(3);
    assertThat(e4.content()).containsExactly(
        new Span(147, 160, "“It is over,”"), new Span(174, 191, "“and we know it.”"));
    assertThat(e4.source()).extracting(Span::text).containsExactly("Smith");

    assertThat(doc.findTextBound("T5")).get().satisfies(t -> {
      assertThat(t.label()).isEqualTo("Discuss");
      assertThat(t.fragments()).containsExactly(new Span(68, 82, "Officials\nsaid"));
    });
    assertThat(doc.findTextBound("T13")).get()
        .satisfies(t -> assertThat(t.fragments()).hasSize(2));
  }

  @Test
  void directQuotationsStartOrEndWithAQuotationMark() throws IOException {
    BratDocument doc = reader.read(sample("sample.ann"), sample("sample.txt"));
    assertThat(doc.attributions()).extracting(BratAttribution::isDirect)
        .containsExactly(true, false, false, true);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "“It is over.”|true",
      "~  \"It is over.\"  ~|true",
      "''It is over|true",
      "it is ``over|false",
      "it is over,''|true",
      "``it is over|true",
      "that it was “over”|true",
      "‘It is over’|false",
      "'It is over'|false",
      "that it is over|false"})
  void theDirectRule(String content, boolean direct) {
    BratAttribution a = new BratAttribution("E1",
        List.of(Span.of(content, 0, content.length())), List.of(), List.of());
    assertThat(a.isDirect()).isEqualTo(direct);
  }

  @Test
  void withoutTheTextOffsetsAreTakenAsTheyAre() throws IOException {
    String ann = Files.readString(sample("sample.ann"));
    BratDocument unchecked = reader.read(ann, "sample.ann");
    // code points read as UTF-16 offsets: exact before the emoji, one short after it
    assertThat(unchecked.attributions().get(0))
        .isEqualTo(reader.read(ann, "sample.ann", sampleText()).attributions().get(0));
    assertThat(unchecked.attributions().get(1).source())
        .containsExactly(new Span(67, 76, "Officials"));
    assertThat(unchecked.attributions().get(3).content()).extracting(Span::text)
        .containsExactly("“It is over,”", "“and we know it.”");
  }

  @Test
  void crLfLineEndsAndAByteOrderMarkReadTheSame() throws IOException {
    String ann = Files.readString(sample("sample.ann"));
    String text = sampleText();
    BratDocument lf = reader.read(ann, "x.ann", text);
    // a T text's own line break stays \n: it is the text's
    String crlf = "\uFEFF"
        + ann.replace("\n", "\r\n").replace("Officials\r\nsaid", "Officials\nsaid");
    assertThat(reader.read(crlf, "x.ann", text)).isEqualTo(lf);
  }

  @Test
  void anEmptyFileHasNothing() {
    BratDocument doc = reader.read("", "empty.ann", "Some text.");
    assertThat(doc.textBounds()).isEmpty();
    assertThat(doc.attributions()).isEmpty();
  }

  @Test
  void rolesMayBeMissingAndTheRoleDecidesWhatASpanIs() {
    String text = "Smith said so.";
    String ann = """
        T1\tContent 0 5\tSmith
        T2\tAttribution 6 10\tsaid
        E1\tAttribution:T2 Source:T1
        E2\tAttribution-no-source:T2
        """;
    BratDocument doc = reader.read(ann, "x.ann", text);
    assertThat(doc.attributions().get(0).source()).containsExactly(Span.of(text, 0, 5));
    assertThat(doc.attributions().get(0).content()).isEmpty();
    assertThat(doc.attributions().get(0).cue()).isEmpty();
    assertThat(doc.attributions().get(1))
        .isEqualTo(new BratAttribution("E2", List.of(), List.of(), List.of()));
  }

  @Test
  void aReferenceBeforeItsDefinitionIsResolved() {
    String ann = "E1\tAttribution:T2 Cue:T2 Content:T1\nT1\tContent 0 2\tWe\nT2\tCue 3 6\tsay\n";
    BratDocument doc = reader.read(ann, "x.ann", "We say");
    assertThat(doc.attributions().get(0).cue()).extracting(Span::text).containsExactly("say");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      // the text is "Howdy there, world."
      "T1\\tSource 0 5\\tHello|line 1: T1: its text \"Hello\" is not the text's \"Howdy\" at 0 5",
      "T1\\tSource 0 5\\tHowdy!|line 1: T1: its text \"Howdy!\" is not the 5 characters its"
          + " offsets cover",
      "T1\\tSource 0 40\\tHowdy|line 1: T1: span 0 40 is outside the text, which has 19"
          + " characters",
      "T1\\tSource 5 3\\tx|line 1: T1: span 5 3 ends before it begins",
      "T1\\tSource 0 x\\tHowdy|line 1: T1: expected offsets 'begin end' (or 'b e;b e' for a"
          + " discontinuous span), found \"0 x\"",
      "T1\\tSource\\tHowdy|line 1: T1: expected 'label begin end', found \"Source\"",
      "T1\\tSource 0 5 Howdy|line 1: T1: expected 'label begin end<TAB>text'",
      "Howdy there|line 1: not a brat annotation line (an id of T, E, A, M, R, N, * or #, then a"
          + " tab): \"Howdy there\"",
      "T1\\tCue 0 5\\tHowdy\\nT1\\tCue 6 11\\tthere|line 2: T1 is defined twice (first on line 1)",
      "T1\\tCue 0 5\\tHowdy\\nE1\\tAttribution:T1 Cue:T1 Said:T1|line 2: E1: unknown role \"Said\";"
          + " an attribution has Source, Cue and Content (numbered or not)",
      "T1\\tCue 0 5\\tHowdy\\nE1\\tAttribution:T1 Content:T9|line 2: E1: T9 is not a T annotation"
          + " of this file",
      "E1\\tAttribution:T1|line 1: E1: T1 is not a T annotation of this file",
      "T1\\tCue 0 5\\tHowdy\\nE1\\tAttribution:T1 Cue|line 2: E1: expected 'Type:Tn Role:Tn ...',"
          + " found \"Attribution:T1 Cue\""})
  void badInputNamesTheFileAndLine(String ann, String message) {
    String text = "Howdy there, world.";
    String lines = ann.replace("\\t", "\t").replace("\\n", "\n");
    assertThatThrownBy(() -> reader.read(lines + "\n", "x.ann", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("x.ann: " + message);
  }

  @Test
  void aLineNumberCountsTheLinesOfAnEarlierMultiLineText() {
    String text = "One\ntwo three";
    String ann = "T1\tContent 0 7\tOne\ntwo\nT2\tCue 8 13\tthrex\n";
    assertThatThrownBy(() -> reader.read(ann, "x.ann", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("x.ann: line 3: T2: its text \"threx\"");
  }

  @Test
  void aTextThatEndsTooSoon() {
    assertThatThrownBy(() -> reader.read("T1\tContent 0 9\tOne", "x.ann", "One two three"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("x.ann: line 1: T1: the file ends before the 9 characters of text its"
            + " offsets cover");
  }

  @Test
  void withoutTheTextACharacterOutsideTheBmpCannotBePlaced() {
    assertThatThrownBy(() -> reader.read("T1\tCue 0 1\t\uD83D\uDE42\n", "x.ann"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the Basic Multilingual Plane");
  }

  @Test
  void readsFilesAndNamesAMissingOne(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> reader.read(sample("sample.ann"), missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing.txt");
  }
}
