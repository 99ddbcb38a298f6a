package org.annalist.core.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderWriterTest {

  private static final String SAMPLE = """
      -DOCSTART- -X- O O

      EU NNP I-NP I-ORG
      rejects VBZ I-VP O
      German JJ I-NP I-MISC
      call NN I-NP O
      . . O O

      Peter NNP I-NP I-PER
      Blackburn NNP I-NP I-PER

      -DOCSTART- -X- O O

      BRUSSELS NNP I-NP I-LOC
      1996-08-22 CD I-NP O
      """;

  private final ConllReader reader = ConllReader.create();

  @Test
  void readsDocumentsSentencesAndColumns() {
    List<ConllDocument> docs = reader.read(new StringReader(SAMPLE), "sample");

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    ConllSentence first = docs.get(0).sentences().get(0);
    assertThat(first.texts()).containsExactly("EU", "rejects", "German", "call", ".");
    assertThat(first.tags()).containsExactly("I-ORG", "O", "I-MISC", "O", "O");
    assertThat(first.tokens().get(0)).isEqualTo(new ConllToken("EU", "NNP", "I-NP", "I-ORG"));
    assertThat(docs.get(1).sentences().get(0).texts()).containsExactly("BRUSSELS", "1996-08-22");
    assertThat(docs.get(0).tokenCount()).isEqualTo(7);
  }

  @Test
  void fileWithoutDocstartIsOneDocumentAndTwoColumnsWork() {
    List<ConllDocument> docs = reader.read(new StringReader("Paris B-LOC\nis O\n\n\nRome B-LOC\n"),
        "two-columns");

    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).tokens().get(0))
        .isEqualTo(new ConllToken("Paris", "", "", "B-LOC"));
  }

  @Test
  void writerOutputReadsBackEqual() {
    List<ConllDocument> docs = reader.read(new StringReader(SAMPLE), "sample");
    StringWriter out = new StringWriter();
    ConllWriter.create().write(docs, out);

    assertThat(reader.read(new StringReader(out.toString()), "written")).isEqualTo(docs);
  }

  @Test
  void writesTokenGoldPredictedLines() {
    List<ConllDocument> gold = reader.read(new StringReader(SAMPLE), "sample");
    List<ConllDocument> predicted = gold.stream().map(d -> new ConllDocument(d.sentences()
        .stream().map(s -> s.withTags(s.tags().stream().map(t -> "O").toList())).toList()))
        .toList();
    StringWriter out = new StringWriter();
    ConllWriter.create().writeComparison(gold, predicted, out);

    assertThat(out.toString()).startsWith("-DOCSTART- O O\n\nEU I-ORG O\nrejects O O\n")
        .contains("\nPeter I-PER O\nBlackburn I-PER O\n\n");
  }

  @Test
  void comparisonRejectsDifferentTokens() {
    List<ConllDocument> gold = reader.read(new StringReader("a O\n"), "a");
    List<ConllDocument> other = reader.read(new StringReader("b O\n"), "b");

    assertThatThrownBy(() -> ConllWriter.create().writeComparison(gold, other, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token 0").hasMessageContaining("'a'");
  }

  @Test
  void malformedLineNamesSourceAndLine() {
    assertThatThrownBy(() -> reader.read(new StringReader("EU NNP I-NP I-ORG\nrejects\n"), "bad.conll"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessageStartingWith("bad.conll line 2:")
        .hasMessageContaining("rejects")
        .satisfies(e -> assertThat(((ConllFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void invalidTagNamesSourceAndLine() {
    assertThatThrownBy(() -> reader.read(new StringReader("\n\nEU NNP I-NP X-ORG\n"), "tags.conll"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessageStartingWith("tags.conll line 3:")
        .hasMessageContaining("X-ORG");
  }

  @Test
  void invalidUtf8IsAFormatError() {
    byte[] bytes = {'a', ' ', 'O', '\n', (byte) 0xC3, (byte) 0x28, ' ', 'O', '\n'};
    assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(bytes), "latin.conll"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessageContaining("latin.conll").hasMessageContaining("UTF-8");
  }

  @Test
  void invalidUtf8IsReportedOnItsLineWithItsByteOffset() {
    // before: the streaming decoder failed on the first buffer and every error said "line 1"
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      text.append("token").append(i).append(" NN I-NP O\n");
    }
    byte[] good = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 8);
    System.arraycopy(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'O', '\n', '\n'}, 0, bytes,
        good.length, 8);
    assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(bytes), "latin.conll"))
        .isInstanceOf(ConllFormatException.class)
        .hasMessage("latin.conll line 501: not valid UTF-8 (malformed byte at offset "
            + (good.length + 3) + ")")
        .satisfies(e -> assertThat(((ConllFormatException) e).line()).isEqualTo(501));
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertThat(reader.read(new StringReader(""), "empty")).isEmpty();
  }
}
