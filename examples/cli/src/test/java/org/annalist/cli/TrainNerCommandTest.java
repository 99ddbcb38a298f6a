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

/** {@code annalist train-ner} on bad arguments and bad files: one line each, never a trace. */
class TrainNerCommandTest {

  @TempDir Path dir;
  private Path train;
  private Path model;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    train = Files.writeString(dir.resolve("eng.train"), ConllCommandTest.CONLL);
    model = dir.resolve("model.bin");
  }

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void assertOneLine(String... parts) {
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: ")
        .contains(parts)
        .doesNotContain("Exception");
  }

  /** A quick training run: the stock features need no cluster files. */
  private int trainWith(String... more) {
    String[] args = new String[7 + more.length];
    String[] base = {"train-ner", "--features", "stock", "--iterations", "3", "--cutoff", "0"};
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return execute(args);
  }

  @Test
  void trainsWritesAndScores() throws IOException {
    int status = trainWith("--train", train.toString(), "--dev", train.toString(), "-o",
        model.toString());
    assertThat(status).isZero();
    assertThat(Files.size(model)).isPositive();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + model)
        .contains("micro PER/ORG/LOC");
  }

  @Test
  void anEmptyTrainingFileIsAnErrorAndNoModelIsWritten() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.train"), "");
    int status = trainWith("--train", empty.toString(), "-o", model.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("empty.train: the file is empty: nothing to train on");
    assertThat(model).doesNotExist();
  }

  @Test
  void aTrainingFileWithoutTokensIsAnError() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.train"), "-DOCSTART- -X- O O\n\n");
    int status = trainWith("--train", blank.toString(), "-o", model.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("blank.train: no tokens");
    assertThat(model).doesNotExist();
  }

  @Test
  void anEmptyDevelopmentFileIsSaidBeforeTraining() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.testa"), "");
    int status = trainWith("--train", train.toString(), "--dev", empty.toString(), "-o",
        model.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("empty.testa: the file is empty");
    assertThat(model).doesNotExist();
  }

  @Test
  void theModelMustNotOverwriteAnInput() throws IOException {
    int status = trainWith("--train", train.toString(), "-o", train.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertOneLine("is the input");
    assertThat(Files.readString(train)).isEqualTo(ConllCommandTest.CONLL);
  }

  @Test
  void aMalformedDescriptorIsOneLineWithItsPositionAndNothingOnSystemErr()
      throws IOException {
    Path descriptor = Files.writeString(dir.resolve("features.xml"),
        "<featureGenerators>\n<window prevLength=\"2\"");
    PrintStream systemErr = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    int status;
    try {
      // the JDK's XML parser prints "[Fatal Error] ..." there when no error handler is set
      System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
      status = execute("train-ner", "--features", descriptor.toString(), "--train",
          train.toString(), "-o", model.toString());
    } finally {
      System.setErr(systemErr);
    }
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("features.xml: not a feature descriptor: line 2, column ", "malformed XML");
    assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(model).doesNotExist();
  }

  @Test
  void anEmptyUnusableOrDirectoryDescriptorIsOneLine() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.xml"), "");
    Path unusable = Files.writeString(dir.resolve("old.xml"), "<generators><foo/></generators>");
    assertThat(execute("train-ner", "--features", empty.toString(), "--train",
        train.toString(), "-o", model.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("train-ner", "--features", unusable.toString(), "--train",
        train.toString(), "-o", model.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("train-ner", "--features", dir.toString(), "--train",
        train.toString(), "-o", model.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: ").doesNotContain("Exception"))
        .anySatisfy(l -> assertThat(l).contains("empty.xml: empty feature descriptor"))
        .anySatisfy(l -> assertThat(l).contains("old.xml: not a feature descriptor OpenNLP"))
        .anySatisfy(l -> assertThat(l).contains(dir + ": is a directory"));
    assertThat(model).doesNotExist();
  }

  @Test
  void missingDirectoryNonUtf8AndTruncatedTrainingFilesAreOneLine() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.train"),
        "caf\u00e9 NN I-NP O\n".getBytes(StandardCharsets.ISO_8859_1));
    Path truncated = Files.writeString(dir.resolve("half.train"), "EU NNP I-NP I-ORG\nGerman JJ");
    for (Path bad : new Path[] {dir.resolve("absent.train"), dir, latin1, truncated}) {
      assertThat(trainWith("--train", bad.toString(), "-o", model.toString()))
          .as(bad.toString()).isEqualTo(AnnalistCommand.SOME_FAILED);
    }
    assertThat(stderr().lines()).hasSize(4)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: ").doesNotContain("Exception"))
        .anySatisfy(l -> assertThat(l).contains("absent.train: no such file"))
        .anySatisfy(l -> assertThat(l).contains(dir + ": is a directory"))
        .anySatisfy(l -> assertThat(l).contains("latin1.train line 1: not valid UTF-8"))
        .anySatisfy(l -> assertThat(l).contains("half.train line 2: not a named-entity tag"));
    assertThat(model).doesNotExist();
  }
}
