package org.annalist.cli;

import static org.annalist.cli.ProgressTest.visible;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of the commands that read many documents, with "standard error is a terminal"
 * injected and a clock on which every reading is 300 ms after the one before, so that every
 * document redraws the line. Whatever is drawn, the output is the same and nothing drawn is left.
 */
class CommandProgressTest {

  private static final long MS = 1_000_000L;

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  /** Runs with standard error on a terminal (and standard output too if {@code outOnTerminal}). */
  private int run(boolean errOnTerminal, boolean outOnTerminal, String... args) {
    Terminal terminal = stream -> stream == errStream ? errOnTerminal
        : stream == outStream && outOnTerminal;
    return new AnnalistCommand(outStream, errStream, terminal, () -> clock.addAndGet(300 * MS))
        .run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path corpus(int documents) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < documents; i++) {
      Files.writeString(corpus.resolve(String.format("a%03d.txt", i)),
          "Talks resume on Monday in Brussels, the minister said. Article " + i + ".");
    }
    return corpus;
  }

  @Test
  void analyzeCountsEveryDocumentAndLeavesOnlyItsOutput() throws IOException {
    Path corpus = corpus(12);
    Files.writeString(corpus.resolve("empty.txt"), "");
    int status = run(true, false, "analyze", "--jsonl", "--threads", "2", corpus.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr()).contains("\ranalyze [").contains("/13 documents, ")
        .contains("13/13 documents, 1 failed");
    assertThat(visible(stderr())).singleElement().asString()
        .startsWith("annalist: ").contains("empty.txt");
    String withProgress = stdout();
    assertThat(withProgress.lines()).hasSize(12);

    out.reset();
    err.reset();
    assertThat(run(false, false, "analyze", "--jsonl", "--threads", "2", corpus.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stdout()).isEqualTo(withProgress);
    assertThat(stderr()).doesNotContain("\r");
    assertThat(stderr().lines()).singleElement().asString().contains("empty.txt");
  }

  @Test
  void quietDrawsNothingEvenOnATerminal() throws IOException {
    Path corpus = corpus(3);
    assertThat(run(true, false, "analyze", "--quiet", "-o", dir.resolve("out.json").toString(),
        corpus.toString())).isZero();
    assertThat(stderr()).isEmpty();
    assertThat(run(true, false, "analyze", "-q", "--progress", "-o",
        dir.resolve("out.json").toString(), corpus.toString())).isZero();
    assertThat(stderr()).isEmpty();
  }

  @Test
  void noLineWhenStandardErrorIsNotATerminalUnlessAskedFor() throws IOException {
    Path corpus = corpus(3);
    Path output = dir.resolve("out.json");
    assertThat(run(false, false, "analyze", "-o", output.toString(), corpus.toString())).isZero();
    assertThat(stderr()).isEmpty();
    assertThat(run(false, false, "analyze", "--progress", "-o", output.toString(),
        corpus.toString())).isZero();
    assertThat(stderr()).contains("\ranalyze [");
    assertThat(visible(stderr())).isEmpty();
  }

  @Test
  void noLineOverJsonOnTheSameTerminalUnlessAskedFor() throws IOException {
    Path corpus = corpus(3);
    assertThat(run(true, true, "analyze", corpus.toString())).isZero();
    assertThat(stderr()).isEmpty();
    assertThat(run(true, true, "analyze", "-o", dir.resolve("out.json").toString(),
        corpus.toString())).isZero();
    assertThat(stderr()).contains("\ranalyze [");
  }

  @Test
  void validateCountsFilesAndItsMessagesStayWhole() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), "[]");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"a b\"}");
    Path worse = Files.writeString(dir.resolve("worse.json"), "{\"id\": \"c d\"}");
    int status = run(true, true, "validate", good.toString(), bad.toString(), worse.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr()).contains("\rvalidate [").contains(" files, 1 failed");
    assertThat(visible(stderr())).hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: "))
        .anySatisfy(l -> assertThat(l).contains("a b"))
        .anySatisfy(l -> assertThat(l).contains("c d"));
    assertThat(stdout().lines()).hasSize(3);
  }

  @Test
  void validateOfOneFileDrawsNothing() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), "[]");
    assertThat(run(true, false, "validate", good.toString())).isZero();
    assertThat(stderr()).isEmpty();
  }

  @Test
  void timemlCountsFiles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(in.resolve("d" + i + ".tml"), """
          <?xml version="1.0" ?>
          <TimeML><DOCID>d%d</DOCID><TEXT>It rained on <TIMEX3 tid="t1" type="DATE" \
          value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>
          """.formatted(i));
    }
    Files.writeString(in.resolve("broken.tml"), "<TimeML><TEXT>open");
    int status = run(true, false, "timeml", "--gold", in.toString(), dir.resolve("out").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr()).contains("\rtimeml [").contains("4/4 files, 1 failed");
    assertThat(visible(stderr())).singleElement().asString().startsWith("annalist: broken.tml");
    assertThat(stdout()).contains("4 files, 3 written");
  }

  @Test
  void bratCountsFiles() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("text"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(texts.resolve("t" + i + ".txt"), "“We won,” Smith said. " + i);
    }
    Files.writeString(texts.resolve("empty.txt"), "");
    Terminal terminal = stream -> stream == errStream;
    int status = new AnnalistCommand(outStream, errStream, terminal,
        () -> clock.addAndGet(300 * MS), BratCommandTest::quotes)
        .run("brat", texts.toString(), dir.resolve("out").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr()).contains("\rbrat [").contains("4/4 files, 1 failed");
    assertThat(visible(stderr())).singleElement().asString().startsWith("annalist: ")
        .contains("empty.txt");
    assertThat(stdout()).startsWith("brat: 4 texts, 3 written");
  }

  @Test
  void benchShowsEachPhase() throws IOException {
    Path corpus = corpus(3);
    int status = run(true, false, "bench", "--warmup", "0", "--measure", "0", "--threads", "2",
        corpus.toString());
    assertThat(status).isZero();
    assertThat(stderr()).contains("\rbench 1 thread, warm-up [").contains("\rbench 1 thread,"
        + " measuring [").contains("\rbench 2 threads, measuring [")
        .contains("\rbench per stage [");
    assertThat(visible(stderr())).isEmpty();
    // corpus, model load, two throughput lines under a header, the parser and six stages under a
    // header, then the chronology
    assertThat(stdout().lines()).hasSize(5 + 1 + 7 + 1);
  }
}
