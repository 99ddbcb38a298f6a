package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.timeml.Timex3;
import org.annalist.core.timeml.TimemlDocument;
import org.annalist.core.timeml.TimemlReader;
import org.annalist.model.Span;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlCommandTest {

  private static final String GOLD =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>doc1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">\
      1998-08-07</TIMEX3></DCT>
      <TEXT>
      Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> \
      <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and \
      <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      </TimeML>
      """;

  private static final String INPUT =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">\
      March 22</TIMEX3></DCT>
      <TEXT>
      Talks resume on Monday.
      </TEXT>
      </TimeML>
      """;

  @TempDir Path dir;
  private Path in;
  private Path outDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final TimemlCommand command = new TimemlCommand(
      new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @BeforeEach
  void files() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    outDir = dir.resolve("out");
    Files.writeString(in.resolve("doc1.tml"), GOLD);
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/AP_1.tml.TE3input"), INPUT);
    Files.writeString(in.resolve("notes.txt"), "not TimeML");
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Tags every capitalised weekday and "two days", the way a small tagger would. */
  private static List<Timex3> fake(TimemlDocument doc) {
    String text = doc.text();
    List<Timex3> found = new java.util.ArrayList<>();
    for (String word : List.of("Friday", "Monday", "two days", "two")) {
      int at = text.indexOf(word);
      if (at >= 0) {
        found.add(Timex3.builder(Span.of(text, at, at + word.length()),
            word.startsWith("two") ? TimexType.DURATION : TimexType.DATE,
            word.equals("Friday") ? "1998-08-08" : "P2D").build());
      }
    }
    return found;
  }

  @Test
  void goldRunWritesEveryFileAndScoresPerfectly() {
    int status = command.run(List.of("--gold", in.toString(), outDir.toString()));
    assertThat(status).isZero();
    assertThat(outDir.resolve("doc1.tml")).exists();
    assertThat(outDir.resolve("sub/AP_1.tml")).exists();
    assertThat(stdout()).contains("2 files, 2 written")
        .contains("1 documents, 2 gold, 2 system")
        .contains("relaxed      100.00    100.00    100.00");
  }

  @Test
  void taggedRunWritesTheTaggersTimexesDropsOverlapsAndListsErrors() {
    int status = command.run(in, outDir, () -> TimemlCommandTest::fake, true, true);
    assertThat(status).isZero();
    TimemlDocument written = TimemlReader.create().read(outDir.resolve("doc1.tml"));
    assertThat(written.timexes()).extracting(t -> t.span().text())
        .containsExactly("Friday", "two days");
    assertThat(written.events()).isEmpty();
    TimemlDocument monday = TimemlReader.create().read(outDir.resolve("sub/AP_1.tml"));
    assertThat(monday.timexes()).extracting(t -> t.span().text()).containsExactly("Monday");
    assertThat(stdout()).contains("1 overlapping TIMEX3s dropped")
        .contains("doc1 VALUE gold [")
        .contains("\"Friday\" DATE 1998-08-07 | system [")
        .contains("doc1                             2     2   100.00   100.00    50.00");
  }

  @Test
  void aBrokenFileIsReportedAndTheOthersAreStillWritten() throws IOException {
    Files.writeString(in.resolve("broken.tml"), "<TimeML><TEXT>open");
    int status = command.run(List.of("--gold", in.toString(), outDir.toString()));
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("annalist: broken.tml: line 1");
    assertThat(outDir.resolve("doc1.tml")).exists();
  }

  @Test
  void refusesToWriteInsideTheInput() {
    int status = command.run(List.of("--gold", in.toString(), in.resolve("out").toString()));
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must not be inside the input");
  }

  @Test
  void outputNamesEndInTml() {
    assertThat(TimemlCommand.outputName("wsj_0006.tml")).isEqualTo("wsj_0006.tml");
    assertThat(TimemlCommand.outputName("AP_1.TE3input")).isEqualTo("AP_1.tml");
    assertThat(TimemlCommand.outputName("AP_1.tml.TE3input")).isEqualTo("AP_1.tml");
  }

  @Test
  void badUsageIsAUsageError() {
    assertThat(new AnnalistCommand(new PrintStream(out), new PrintStream(err))
        .run("timeml", "only-one")).isEqualTo(AnnalistCommand.USAGE);
    assertThat(new AnnalistCommand(new PrintStream(out), new PrintStream(err))
        .run("timeml", "--bogus", "a", "b")).isEqualTo(AnnalistCommand.USAGE);
  }
}
