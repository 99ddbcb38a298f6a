package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllFormatException;
import org.annalist.core.eval.conll.ConllReader;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.ConllWriter;
import org.annalist.testcorpus.fuzz.MarkupInputs.ConllSample;

/**
 * {@link ConllReader} on generated CoNLL-2003 text ({@link MarkupInputs#conll()}): it reads
 * documents or throws a {@link ConllFormatException} naming the source and a line of the input —
 * never another exception (a plain {@code IllegalArgumentException} is not the documented one);
 * the same holds for corrupted bytes; well-formed input keeps every token and tag, and so does what
 * {@link ConllWriter} writes; an input without a single token is rejected, not accepted silently.
 */
@AddLifecycleHook(FuzzSettings.class)
class ConllReaderFuzzTest {

  private static final ConllReader READER = ConllReader.create();

  @Provide
  Arbitrary<String> anyConll() {
    return MarkupInputs.conll();
  }

  @Provide
  Arbitrary<ConllSample> validConll() {
    return MarkupInputs.validConll();
  }

  @Provide
  Arbitrary<String> noTokens() {
    return MarkupInputs.noTokens();
  }

  @Property
  void readsOrRejectsWithAFormatException(@ForAll("anyConll") String text) {
    try {
      List<ConllDocument> docs = READER.read(new StringReader(text), "fuzz.conll");
      assertThat(READER.read(new StringReader(text), "fuzz.conll")).isEqualTo(docs);
    } catch (ConllFormatException e) {
      assertThat(e.getClass()).isEqualTo(ConllFormatException.class);
      assertThat(e.source()).isEqualTo("fuzz.conll");
      assertThat(e.line()).isBetween(1, (int) text.lines().count() + 1);
    }
  }

  @Property
  void corruptedBytesAreRejectedWithAFormatException(@ForAll("anyConll") String text,
      @ForAll byte[] noise) {
    byte[] bytes = InputFiles.corrupt(text.getBytes(StandardCharsets.UTF_8),
        List.of(noise.length * 7919), List.of(noise.length > 0 ? noise[0] : (byte) 0xFF));
    try {
      READER.read(new ByteArrayInputStream(bytes), "fuzz.conll");
    } catch (ConllFormatException e) {
      assertThat(e.getMessage()).startsWith("fuzz.conll line ");
    }
  }

  @Property
  void wellFormedInputKeepsEveryTokenAndTag(@ForAll("validConll") ConllSample sample) {
    List<ConllDocument> docs = READER.read(new StringReader(sample.text()), "fuzz.conll");
    assertThat(shape(docs)).isEqualTo(expected(sample));
  }

  @Property
  void writtenDocumentsReadBackEqual(@ForAll("validConll") ConllSample sample) {
    List<ConllDocument> docs = READER.read(new StringReader(sample.text()), "fuzz.conll");
    StringWriter out = new StringWriter();
    ConllWriter.create().write(docs, out);
    assertThat(shape(READER.read(new StringReader(out.toString()), "written"))).isEqualTo(shape(docs));
  }

  /** The reader's documented contract; the commands then say the file has no tokens. */
  @Property
  void inputWithoutASingleTokenReadsAsNoTokens(@ForAll("noTokens") String text) {
    assertThat(READER.read(new StringReader(text), "fuzz.conll"))
        .as("reading %s", JsonChecks.quote(text))
        .allSatisfy(d -> assertThat(d.sentences()).isEmpty());
  }

  /** Documents as lists of sentences of "token/tag". */
  private static List<List<List<String>>> shape(List<ConllDocument> docs) {
    return docs.stream().map(d -> d.sentences().stream()
        .map((ConllSentence s) -> s.tokens().stream().map(t -> t.text() + "/" + t.tag()).toList())
        .toList()).toList();
  }

  private static List<List<List<String>>> expected(ConllSample sample) {
    return sample.documents().stream().map(d -> d.stream()
        .map(s -> s.stream().map(t -> t[0] + "/" + t[3]).toList()).toList()).toList();
  }
}
