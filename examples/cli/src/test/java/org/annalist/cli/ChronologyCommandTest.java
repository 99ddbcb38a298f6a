package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist chronology}: the same event in two articles is one entry with both as sources,
 * a non-asserted event is set apart, JSON and HTML output, bad inputs reported.
 */
class ChronologyCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private Path articles() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Peru recalled its ambassador from Chile on"
        + " 2 March 2021. Chile has not recalled its ambassador from Peru.");
    Files.writeString(dir.resolve("b.txt"), "Peru recalled its ambassador from Chile on"
        + " 2 March 2021, the foreign ministry said.");
    return dir;
  }

  @Test
  void mergesTheSameEventOfTwoArticlesAndSetsApartTheNegatedOne() throws IOException {
    int status = execute("chronology", articles().toString(),
        dir.resolve("absent.txt").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(stdout).contains("Chronology of 2 documents")
        .containsPattern("2021-03-02 +Peru recalls its ambassador from Chile")
        .contains("sources: a, b")
        .containsPattern("NEGATED .*Chile recalls its ambassador from Peru");
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
        .startsWith("annalist: ").contains("absent.txt: no such file");
  }

  @Test
  void writesJsonAndHtml() throws IOException {
    Path in = articles();
    assertThat(execute("chronology", "--format", "json", in.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode recall = null;
    for (JsonNode e : json.get("entries")) {
      if (e.get("type").asText().equals("recall-ambassador")) {
        assertThat(recall).as("one recall entry").isNull();
        recall = e;
      }
    }
    assertThat(recall).isNotNull();
    assertThat(recall.get("evidence")).hasSize(2);
    assertThat(json.get("setAside").get(0).get("factuality").asText()).isEqualTo("NEGATED");
    Path page = dir.resolve("out/chronology.html");
    assertThat(execute("chronology", "--format", "html", "-o", page.toString(), in.toString()))
        .isZero();
    assertThat(Files.readString(page)).contains("Peru recalls its ambassador from Chile");
  }

  @Test
  void htmlNeedsAnOutputFile() throws IOException {
    int status = execute("chronology", "--format", "html", articles().toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format html needs -o FILE");
  }
}
