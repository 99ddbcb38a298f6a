package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.annalist.core.InvalidInputException;
import org.annalist.core.eval.timeml.TimemlDocument;
import org.annalist.core.eval.timeml.TimemlEvent;
import org.annalist.core.eval.timeml.TimemlReader;
import org.annalist.core.eval.timeml.TimemlWriter;
import org.annalist.core.eval.timeml.Timex3;
import org.annalist.testcorpus.fuzz.MarkupInputs.TimemlSample;

/**
 * {@link TimemlReader} on generated TimeML ({@link MarkupInputs#timeml()}): it reads a document or
 * rejects the input with an {@link InvalidInputException} naming the source, never anything else;
 * what it reads has spans covering exactly their TEXT and is the same when read twice; well-formed
 * TimeML keeps its TEXT, TIMEX3s and EVENTs; what {@link TimemlWriter} writes reads back with the
 * same TIMEX3s; files of corrupted bytes are rejected the same way.
 */
@AddLifecycleHook(FuzzSettings.class)
class TimemlReaderFuzzTest {

  private static final TimemlReader READER = TimemlReader.create();

  @Provide
  Arbitrary<String> anyTimeml() {
    return MarkupInputs.timeml();
  }

  @Provide
  Arbitrary<TimemlSample> validTimeml() {
    return MarkupInputs.validTimeml();
  }

  @Property
  void readsOrRejectsWithInvalidInput(@ForAll("anyTimeml") String xml) {
    TimemlDocument doc;
    try {
      doc = READER.read(xml, "fuzz.tml");
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.tml: ");
      return;
    }
    for (Timex3 t : doc.timexes()) {
      assertThat(t.span().matches(doc.text())).as("TIMEX3 %s", t.tid()).isTrue();
    }
    for (TimemlEvent e : doc.events()) {
      assertThat(e.span().matches(doc.text())).as("EVENT %s", e.eid()).isTrue();
    }
    assertThat(READER.read(xml, "fuzz.tml")).isEqualTo(doc);
  }

  @Property
  void wellFormedTimemlKeepsItsTextAndAnnotations(@ForAll("validTimeml") TimemlSample sample) {
    TimemlDocument doc = READER.read(sample.xml(), "fuzz.tml");
    assertThat(doc.text()).isEqualTo(sample.text());
    assertThat(doc.timexes()).extracting(t -> t.span().text()).isEqualTo(sample.timexes());
    assertThat(doc.events()).extracting(e -> e.span().text()).isEqualTo(sample.events());
  }

  @Property
  void writtenTimexesReadBackUnchanged(@ForAll("validTimeml") TimemlSample sample) {
    TimemlDocument doc = READER.read(sample.xml(), "fuzz.tml");
    String written = TimemlWriter.create().write(sample.xml(), "fuzz.tml", doc.timexes());
    TimemlDocument back = READER.read(written, "fuzz.tml");
    assertThat(back.text()).isEqualTo(doc.text());
    assertThat(back.timexes()).extracting(Timex3::span, Timex3::type, Timex3::value)
        .isEqualTo(doc.timexes().stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.span(), t.type(), t.value())).toList());
  }

  @Property
  void filesOfCorruptedBytesAreRejectedWithInvalidInput(@ForAll("anyTimeml") String xml,
      @ForAll byte[] noise) throws IOException {
    byte[] bytes = InputFiles.corrupt(xml.getBytes(StandardCharsets.UTF_8),
        List.of(noise.length * 7919, noise.length * 104729), List.of(
            noise.length > 0 ? noise[0] : (byte) 0xC3, noise.length > 1 ? noise[1] : (byte) 0x28));
    Path file = Files.createTempFile("fuzz", ".tml");
    try {
      Files.write(file, bytes);
      try {
        READER.read(file);
      } catch (InvalidInputException e) {
        assertThat(e.getMessage()).contains(file.getFileName().toString());
      }
    } finally {
      Files.delete(file);
    }
  }
}
