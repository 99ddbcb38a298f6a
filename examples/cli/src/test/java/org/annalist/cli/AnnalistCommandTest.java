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
import java.util.Set;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ItemFailure;
import org.annalist.model.LayerKey;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
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
  void helpListsTheCommandsAndEachCommandsHelpItsOptions() {
    assertThat(run("--help")).isZero();
    assertThat(stdout()).contains("analyze").contains("bench").contains("validate")
        .contains("clusters").contains("train-ner").contains("train-events").contains("conll")
        .contains("timeml");
    out.reset();
    assertThat(run("analyze", "--help")).isZero();
    assertThat(stdout()).contains("--output").contains("--threads");
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
  void analyzeNeverWritesOntoAnInputOrASidecar() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "First article.");
    assertThat(run("analyze", "-o", a.toString(), a.toString())).isEqualTo(2);
    assertThat(run("analyze", "-o", dir.resolve("a.json").toString(), dir.toString())).isEqualTo(2);
    assertThat(run("analyze", "-o", dir.resolve("a.json").toString(), a.toString())).isEqualTo(2);
    assertThat(Files.readString(a)).isEqualTo("First article.");
    assertThat(dir.resolve("a.json")).doesNotExist();
    assertThat(stderr().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("would be overwritten"));
  }

  /** Skips its first word, as a stage that failed on one item does. */
  private static final class SkipsFirstWordStage implements Stage {
    @Override
    public String name() {
      return "skipper";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public LayerKey<?> provides() {
      return TextLayer.KEY;
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      ItemFailure skipped = ItemFailure.of(document.id(), name(), "word",
          Span.of(document.text(), 0, 5), "java.lang.IllegalStateException: broken");
      return document.with(new TextLayer(name(), List.of("none"), List.of(), List.of()),
          List.of(skipped));
    }
  }

  @Test
  void aSkippedItemIsAWarningAndTheDocumentIsWritten() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "First article.");
    Pipeline pipeline = Pipeline.builder().add(new SkipsFirstWordStage()).build();
    int status = AnnalistCommand.execute(pipeline, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "analyze", "--jsonl", dir.toString());
    assertThat(status).isZero();
    assertThat(stdout().lines()).singleElement()
        .satisfies(l -> assertThat(l).contains("\"itemFailures\":[{\"stage\":\"skipper\""));
    assertThat(stderr().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("annalist: warning: document a").contains("skipped the word at [0, 5)"));
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

  @Test
  void hibernateValidatorLogsThroughSlf4jsNoOpBindingNotOnStandardError() {
    // before: jboss-logging found no Logback and fell back to java.util.logging, whose console
    // handler printed "INFO: HV000001: Hibernate Validator ..." on stderr for every validate run
    assertThat(org.jboss.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version")
        .getClass().getName()).startsWith("org.jboss.logging.Slf4j");
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.helpers.NOPLoggerFactory");
  }

  @Test
  void validateReportsEveryViolationOfADocument() throws IOException {
    String text = "Petro cuts ties";
    Path file = dir.resolve("doc.json");
    Files.writeString(file, """
        {"id": "d1", "metadata": {"id": "d1"}, "text": "%s",
         "structure": [
           {"label": "HEADLINE", "span": {"begin": -1, "end": 14, "text": "Petro cuts tie"},
            "provenance": {"stage": "article-parser", "rule": "headline", "confidence": 1.5}},
           {"label": "BODY_PARAGRAPH", "span": {"begin": 6, "end": 10, "text": "cut "},
            "provenance": {"stage": "article-parser", "rule": "body", "confidence": 0.5}}],
         "date": {"resolution": "UNKNOWN"}}
        """.formatted(text));
    assertThat(run("validate", file.toString())).isEqualTo(1);
    assertThat(stdout()).contains("1 checked, 3 violations");
    assertThat(stderr().lines()).containsExactly(
        "annalist: " + file + " [d1] $.structure[0].span.begin: must be greater than or equal"
            + " to 0, was -1",
        "annalist: " + file + " [d1] $.structure[0].provenance.confidence: must be less than or"
            + " equal to 1.0, was 1.5",
        "annalist: " + file + " [d1] $.structure[1].span: span [6, 10) \"cut \" does not match"
            + " the document text, which has \"cuts\"");
  }
}
