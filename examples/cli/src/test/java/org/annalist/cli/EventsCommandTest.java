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

/** {@code annalist events}: a line per typed event, the factuality counts, bad inputs reported. */
class EventsCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void printsEachTypedEventAndCountsTheFactualities() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Peru recalled its ambassador from"
        + " Chile on 2 March 2021. Chile has not recalled its ambassador from Peru.");
    int status = execute("events", article.toString(), dir.resolve("absent.txt").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(stdout).contains("a: ")
        .containsPattern("ASSERTED +recall-ambassador \\(161\\) +\"recalled\" +agent Peru.*"
            + "target Chile; 2021-03-02 = 2021-03-02 \\(same-clause\\)")
        .containsPattern("NEGATED \\(not\\) +recall-ambassador \\(161\\)")
        .containsPattern("factuality: ASSERTED [0-9]+.*NEGATED 1");
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
        .startsWith("annalist: ").contains("absent.txt: no such file");
  }
}
