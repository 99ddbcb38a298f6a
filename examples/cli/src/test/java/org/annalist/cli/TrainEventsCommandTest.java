package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.extraction.events.triggers.EventRecognizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist train-events} on a tiny TimeML file written for the test. */
class TrainEventsCommandTest {

  static final String TIMEML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>test-1</DOCID>
      <TEXT>The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> the storm \
      <EVENT eid="e2" class="OCCURRENCE">destroyed</EVENT> the old pier. Workers will \
      <EVENT eid="e3" class="OCCURRENCE">repair</EVENT> it after the \
      <EVENT eid="e4" class="OCCURRENCE">inspection</EVENT>.</TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e3" eiid="ei3" tense="FUTURE" aspect="NONE" polarity="POS" \
      pos="VERB"/>
      <MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
      </TimeML>
      """;

  @TempDir Path dir;
  private Path train;
  private Path model;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    train = corpus;
    Files.writeString(corpus.resolve("test-1.tml"), TIMEML);
    model = dir.resolve("model.bin");
  }

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void trainsWritesAndScores() throws IOException {
    int status = execute("train-events", "--train", train.toString(), "--dev",
        train.toString(), "-o", model.toString(), "--iterations", "20", "--cutoff", "1",
        "--features", "word,lemma,pos,verb-group");
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("wrote").contains("relaxed").contains("class");
    EventRecognizer r = EventRecognizer.load(model);
    assertThat(r.modelName()).isEqualTo("model.bin");
  }

  @Test
  void anUnknownFeatureGroupIsBadUsage() {
    int status = execute("train-events", "--train", train.toString(), "-o", model.toString(),
        "--features", "word,colours");
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("colours");
    assertThat(model).doesNotExist();
  }

  @Test
  void aCorpusWithoutEventsIsAFailedInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    int status = execute("train-events", "--train", empty.toString(), "-o", model.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(model).doesNotExist();
  }
}
