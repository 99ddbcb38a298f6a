package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.core.eval.timeml.TimemlDocument;
import org.annalist.core.eval.timeml.TimemlEvent;
import org.annalist.core.eval.timeml.TimemlReader;
import org.annalist.core.eval.timeml.Timex3;
import org.annalist.model.EventAspect;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
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
    // Task B: the gold EVENT with its instance, written and scored perfectly
    String taskB = stdout().substring(stdout().indexOf("EVENT: "));
    assertThat(taskB).startsWith("EVENT: 1 documents, 1 gold, 1 system")
        .contains("strict       100.00    100.00    100.00")
        .contains("relaxed      100.00    100.00    100.00");
    for (String attribute : List.of("class", "tense", "aspect", "polarity", "modality")) {
      assertThat(taskB).contains(String.format("%-9s    100.00    100.00", attribute));
    }
    TimemlDocument written = TimemlReader.create().read(outDir.resolve("doc1.tml"));
    TimemlDocument original = TimemlReader.create().read(in.resolve("doc1.tml"));
    assertThat(written.events()).isEqualTo(original.events());
    assertThat(written.events()).singleElement()
        .satisfies(e -> assertThat(e.tense()).isEqualTo(EventTense.PAST));
  }

  @Test
  void eventsFromAnEventTaggerAreWrittenWithoutOverlapsAndScored() {
    TimemlCommand.EventTagger events = doc -> {
      String text = doc.text();
      List<TimemlEvent> found = new java.util.ArrayList<>();
      for (String word : List.of("exploded", "Friday", "resume")) {
        int at = text.indexOf(word);
        if (at >= 0) {
          found.add(new TimemlEvent("x", EventClass.OCCURRENCE,
              Span.of(text, at, at + word.length()), EventTense.PRESENT, EventAspect.NONE,
              Polarity.POS, null, "VERB"));
        }
      }
      return found;
    };
    int status = command.run(in, outDir, TimemlCommandTest::fake, events, true, true);
    assertThat(status).isZero();
    TimemlDocument written = TimemlReader.create().read(outDir.resolve("doc1.tml"));
    assertThat(written.events()).extracting(e -> e.span().text()).containsExactly("exploded");
    assertThat(TimemlReader.create().read(outDir.resolve("sub/AP_1.tml")).events())
        .extracting(e -> e.span().text()).containsExactly("resume");
    // "Friday" overlaps the TIMEX3 and is dropped; "exploded" matches with the wrong tense
    assertThat(stdout()).contains("1 overlapping TIMEX3s dropped; 1 overlapping EVENTs dropped")
        .contains("EVENT: 1 documents, 1 gold, 1 system")
        .contains("tense          0.00      0.00")
        .contains("class        100.00    100.00")
        .contains("doc1 TENSE gold [")
        .contains("doc1                             1     1   100.00   100.00   100.00");
  }

  @Test
  void noEventsNoTaskBBlock() {
    int status = command.run(in, outDir, () -> TimemlCommandTest::fake, false, false);
    assertThat(status).isZero();
    assertThat(stdout()).contains("TIMEX3: ").doesNotContain("EVENT");
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

  /** Runs the whole command line, as a user would. */
  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void refusesToWriteInsideTheInput() {
    int status = execute("timeml", "--gold", in.toString(), in.resolve("out").toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("must not be the input directory or inside it");
    assertThat(in.resolve("out")).doesNotExist();
  }

  @Test
  void refusesTheInputDirectoryAsOutput() throws IOException {
    int status = execute("timeml", "--gold", in.toString(), in.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString().startsWith("annalist: timeml: ");
    assertThat(Files.readString(in.resolve("doc1.tml"))).isEqualTo(GOLD);
  }

  @Test
  void aFileInputIsWrittenIntoTheOutputDirectory() {
    int status = execute("timeml", "--gold", in.resolve("doc1.tml").toString(), outDir.toString());
    assertThat(status).isZero();
    assertThat(outDir.resolve("doc1.tml")).exists();
    assertThat(dir.resolve("doc1.tml")).doesNotExist();
    assertThat(stdout()).contains("1 files, 1 written").contains("1 documents, 2 gold, 2 system");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void aFileInputWithAOnePartRelativeOutputName() throws IOException {
    // "timeml in.tml out": the output directory is resolved against the working directory
    String name = "timeml-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    Path relative = Path.of(name);
    try {
      int status = execute("timeml", "--gold", in.resolve("doc1.tml").toString(), name);
      assertThat(stderr()).isEmpty();
      assertThat(status).isZero();
      assertThat(relative.resolve("doc1.tml")).exists();
      assertThat(Path.of("doc1.tml")).doesNotExist();
    } finally {
      Files.deleteIfExists(relative.resolve("doc1.tml"));
      Files.deleteIfExists(relative);
    }
  }

  @Test
  void refusesAFileInputAsTheOutputDirectory() throws IOException {
    Path file = in.resolve("doc1.tml");
    int status = execute("timeml", "--gold", file.toString(), file.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("is a file, not a directory").contains("it is the input");
    assertThat(Files.readString(file)).isEqualTo(GOLD);
  }

  @Test
  void refusesAnOutputDirectoryWhereTheOutputWouldBeTheInputFile() throws IOException {
    Path file = in.resolve("doc1.tml");
    int status = execute("timeml", "--gold", file.toString(), in.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("would overwrite the input");
    assertThat(Files.readString(file)).isEqualTo(GOLD);
  }

  @Test
  void refusesAnOutputThatLinksBackIntoTheInput() throws IOException {
    Files.writeString(in.resolve("sub/doc2.tml"), GOLD.replace("doc1", "doc2"));
    Files.createDirectories(outDir);
    Files.createSymbolicLink(outDir.resolve("sub"), in.resolve("sub"));
    int status = execute("timeml", "--gold", in.toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("would overwrite the input").contains("doc2.tml");
    assertThat(Files.readString(in.resolve("sub/doc2.tml"))).isEqualTo(GOLD.replace("doc1", "doc2"));
    assertThat(outDir.resolve("doc1.tml")).doesNotExist();
  }

  @Test
  void aMissingInputIsOneLine() {
    int status = execute("timeml", "--gold", dir.resolve("nope").toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("nope: no such file or directory");
  }

  @Test
  void aFileThatIsNotTimemlIsOneLine() {
    int status = execute("timeml", "--gold", in.resolve("notes.txt").toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).singleElement().asString()
        .contains("notes.txt: not a .tml or .TE3input file");
  }

  @Test
  void emptyTruncatedAndNonUtf8FilesAreOneLineEach() throws IOException {
    Files.writeString(in.resolve("empty.tml"), "");
    Files.writeString(in.resolve("half.tml"), GOLD.substring(0, GOLD.length() / 2));
    Files.write(in.resolve("latin1.tml"), "<TimeML><TEXT>caf\u00e9</TEXT></TimeML>"
        .getBytes(StandardCharsets.ISO_8859_1));
    int status = execute("timeml", "--gold", in.toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("empty.tml: line 1"))
        .anySatisfy(l -> assertThat(l).contains("half.tml: line "))
        .anySatisfy(l -> assertThat(l).contains("latin1.tml").contains("UTF-8").contains("offset"))
        .allSatisfy(l -> assertThat(l).startsWith("annalist: ").doesNotContain("Exception"));
    assertThat(outDir.resolve("doc1.tml")).exists();
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
