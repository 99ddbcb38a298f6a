package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist bench} with bad inputs: one line each on stderr and exit status 1. */
class BenchCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onlyBadInputsAreOneLineEachAndNothingIsMeasured() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path latin1 = Files.write(dir.resolve("latin1.txt"),
        "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    int status = execute("bench", "--warmup", "0", "--measure", "0", empty.toString(),
        latin1.toString(), dir.resolve("absent.txt").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(4)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: "))
        .anySatisfy(l -> assertThat(l).contains("empty.txt"))
        .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"))
        .anySatisfy(l -> assertThat(l).contains("absent.txt: no such file"))
        .anySatisfy(l -> assertThat(l).contains("no readable articles in " + empty)
            .contains("nothing to measure"));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aBadInputBesideAGoodOneIsMeasuredWithoutItAndTheStatusIsOne() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Talks resume on Monday in Brussels.");
    int status = execute("bench", "--warmup", "0", "--measure", "0", good.toString(),
        dir.resolve("absent.txt").toString());
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: ").contains("absent.txt: no such file");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("corpus: 1 documents")
        .doesNotContain("absent.txt");
    // the time of each step, the parser's and every stage's, as a share of the whole
    assertThat(out.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.matches(
            "(parse|text|time|entities|claims|quantities|events) +[0-9.]+ +[0-9.]+%")))
        .hasSize(7);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("chronology [0-9.]+ ms/doc, [0-9.]+x the analysis \\(1 documents");
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
  }
}
