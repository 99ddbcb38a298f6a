package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist clusters} on bad arguments and bad files: one line each, never a trace. */
class ClustersCommandTest {

  private static final String TEXT =
      """
      The minister said the talks would resume on Monday in Brussels.
      The minister said the talks had failed in Brussels on Friday.
      The talks would resume, the minister said, and the ministers agreed.
      """;

  @TempDir Path dir;
  private Path text;
  private Path clusters;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    text = Files.writeString(dir.resolve("news.txt"), TEXT);
    clusters = dir.resolve("clusters.tsv");
  }

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  /** The lines on stderr that are not progress reports. */
  private java.util.List<String> problems() {
    return err.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("annalist: ") || l.contains("Exception"))
        .toList();
  }

  @Test
  void clustersTextAndWritesTheFile() throws IOException {
    int status = execute("clusters", "--classes", "4", "--min-count", "2", "--iterations", "2",
        "-o", clusters.toString(), text.toString());
    assertThat(problems()).isEmpty();
    assertThat(status).isZero();
    assertThat(Files.readAllLines(clusters)).anySatisfy(l -> assertThat(l).startsWith("minister\t"));
  }

  @Test
  void anEmptyInputIsOneLineAndNothingIsWritten() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path emptyConll = Files.writeString(dir.resolve("empty.conll"), "-DOCSTART- -X- O O\n\n");
    assertThat(execute("clusters", "-o", clusters.toString(), text.toString(), empty.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("clusters", "-o", clusters.toString(), emptyConll.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(problems()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("empty.txt: the file is empty"))
        .anySatisfy(l -> assertThat(l).contains("empty.conll: no tokens"));
    assertThat(clusters).doesNotExist();
  }

  @Test
  void aCorpusWithoutAFrequentWordIsOneLine() {
    int status = execute("clusters", "--min-count", "1000", "-o", clusters.toString(),
        text.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(problems()).singleElement().asString().contains("--min-count");
    assertThat(clusters).doesNotExist();
  }

  @Test
  void nonUtf8InputIsOneLineWithTheLine() throws IOException {
    byte[] latin1 = "First line.\nSecond line.\ncaf\u00e9 au lait\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path text8859 = Files.write(dir.resolve("latin1.txt"), latin1);
    Path conll8859 = Files.write(dir.resolve("latin1.conll"),
        "EU NNP I-NP I-ORG\ncaf\u00e9 NN I-NP O\n".getBytes(StandardCharsets.ISO_8859_1));
    Path firstLine = Files.write(dir.resolve("first.txt"),
        "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    for (Path bad : new Path[] {text8859, conll8859, firstLine}) {
      assertThat(execute("clusters", "-o", clusters.toString(), bad.toString()))
          .as(bad.toString()).isEqualTo(AnnalistCommand.SOME_FAILED);
    }
    assertThat(problems()).containsExactly(
        "annalist: " + text8859 + ": line 3: not valid UTF-8 (malformed byte at offset 28)",
        "annalist: " + conll8859 + ": line 2: not valid UTF-8 (malformed byte at offset 21)",
        "annalist: " + firstLine + ": line 1: not valid UTF-8 (malformed byte at offset 3)");
  }

  @Test
  void aMissingFileOrADirectoryIsOneLine() {
    assertThat(execute("clusters", "-o", clusters.toString(), dir.resolve("absent.txt").toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("clusters", "-o", clusters.toString(), dir.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(problems()).containsExactly(
        "annalist: " + dir.resolve("absent.txt") + ": no such file",
        "annalist: " + dir + ": is a directory, not a text or CoNLL file");
  }

  @Test
  void theOutputMustNotBeAnInput() throws IOException {
    int status = execute("clusters", "-o", text.toString(), text.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(problems()).singleElement().asString().contains("is the input");
    assertThat(Files.readString(text)).isEqualTo(TEXT);
  }
}
