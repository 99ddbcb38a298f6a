package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalistCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new AnnalistCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("--help")).isZero();
    assertThat(stdout()).contains("analyze").contains("bench").contains("--output");
  }

  @Test
  void badUsageIsOneLineAndStatusTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("frobnicate", "x")).isEqualTo(2);
    assertThat(run("analyze")).isEqualTo(2);
    assertThat(run("analyze", "--threads", "zero", "x.txt")).isEqualTo(2);
    assertThat(run("analyze", "--bogus", "x.txt")).isEqualTo(2);
    assertThat(stderr().lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("annalist: "));
  }

  @Test
  void analyzeWritesJsonForGoodFilesAndOneLinePerBadFile() throws IOException {
    Files.writeString(dir.resolve("good.txt"),
        "Petro cuts ties\n\nBOGOTA, Colombia — President Gustavo Petro said on Wednesday he would cut ties.\n");
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Files.writeString(dir.resolve("meta.txt"), "Some text.");
    Files.writeString(dir.resolve("meta.json"), "{broken");
    Path output = dir.resolve("out.json");
    int status = run("analyze", "-o", output.toString(), dir.toString(), dir.resolve("nope.txt").toString());
    assertThat(status).isEqualTo(1);
    assertThat(stderr().lines())
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("empty.txt"))
        .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"))
        .anySatisfy(l -> assertThat(l).contains("meta.json"))
        .anySatisfy(l -> assertThat(l).contains("nope.txt"));
    JsonNode json = new ObjectMapper().readTree(output.toFile());
    assertThat(json.get("documents")).hasSize(1);
    JsonNode doc = json.get("documents").get(0);
    String text = doc.get("document").get("text").asText();
    JsonNode tokens = doc.get("layers").get(0).get("tokens");
    assertThat(tokens.size()).isGreaterThan(10);
    for (JsonNode token : tokens) {
      JsonNode span = token.get("span");
      assertThat(text.substring(span.get("begin").asInt(), span.get("end").asInt()))
          .isEqualTo(span.get("text").asText());
    }
    assertThat(json.get("failures")).hasSize(4);
  }

  @Test
  void analyzeWritesJsonLinesToStdout() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "First article. It has two sentences.");
    Files.writeString(dir.resolve("b.txt"), "Second article.");
    assertThat(run("analyze", "--jsonl", "--threads", "2", dir.toString())).isZero();
    assertThat(stdout().lines()).hasSize(2);
  }

  @Test
  void oddFileNamesDoNotAbortTheRun() throws IOException {
    for (String name : List.of("my file.txt", "_x.txt", ".txt", "Bogotá.txt", "good.txt")) {
      Files.writeString(dir.resolve(name), "Petro spoke on Monday in " + name + ".");
    }
    assertThat(run("analyze", dir.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.get("documents")).hasSize(5);
    assertThat(stderr()).isEmpty();
  }

  @Test
  void theSameFileTwiceIsReportedOnce() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "First article.");
    assertThat(run("analyze", dir.toString(), a.toString())).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(stdout()).get("documents")).hasSize(1);
    assertThat(stderr().lines()).singleElement().satisfies(l -> assertThat(l).contains("already read"));
  }

  @Test
  void aDirectoryWithoutArticlesIsReported() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "not an article");
    assertThat(run("analyze", dir.toString())).isEqualTo(1);
    assertThat(stderr()).contains("no .txt files");
  }

  @Test
  void outputThatCannotBeWrittenIsAnErrorInOneLine() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "First article.");
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    for (String mode : List.of("--pretty", "--jsonl")) {
      err.reset();
      int status = new AnnalistCommand(new PrintStream(full, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)).run("analyze", mode, dir.toString());
      assertThat(status).isEqualTo(1);
      assertThat(stderr().lines()).singleElement()
          .satisfies(l -> assertThat(l).startsWith("annalist: standard output: cannot write"));
    }
    err.reset();
    int help = new AnnalistCommand(new PrintStream(full, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run("--help");
    assertThat(help).isEqualTo(1);
    assertThat(stderr()).startsWith("annalist: standard output: cannot write");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAnError() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "First article.");
    Path output = dir.resolve("missing-dir").resolve("out.json");
    assertThat(run("analyze", "-o", output.toString(), dir.resolve("a.txt").toString())).isEqualTo(1);
    assertThat(stderr().lines()).singleElement()
        .satisfies(l -> assertThat(l).contains(output.toString()).contains("cannot write"));
  }

  @Test
  void validateReportsViolationsAndStatus() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"a b\"}");
    assertThat(run("validate", bad.toString())).isEqualTo(1);
    assertThat(stderr()).contains("a b");
    assertThat(stdout()).contains("1 checked, 1 violations");
  }
}
