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

/** {@code annalist conll} on bad arguments and bad files: one line each, never a stack trace. */
class ConllCommandTest {

  static final String CONLL =
      """
      -DOCSTART- -X- -X- O

      EU NNP I-NP I-ORG
      rejects VBZ I-VP O
      German JJ I-NP I-MISC
      call NN I-NP O
      . . O O

      Peter NNP I-NP I-PER
      Blackburn NNP I-NP I-PER
      """;

  @TempDir Path dir;
  private Path input;
  private Path output;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    input = Files.writeString(dir.resolve("eng.testa"), CONLL);
    output = dir.resolve("tagged.txt");
  }

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Exactly one line on stderr, in the CLI's form, containing every part. */
  private void assertOneLine(String... parts) {
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: ")
        .contains(parts)
        .doesNotContain("Exception");
  }

  @Test
  void aGoodFileIsTaggedAndScored() throws IOException {
    int status = execute("conll", input.toString(), output.toString());
    assertThat(stderr()).isEmpty();
    assertThat(status).isZero();
    assertThat(Files.readAllLines(output)).contains("EU I-ORG I-ORG");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 documents, 7 tokens");
  }

  @Test
  void aModelFileThatIsNotAModelIsOneLineNamingIt() throws IOException {
    Path notAModel = Files.writeString(dir.resolve("model.bin"), "not a model");
    int status = execute("conll", "--model", notAModel.toString(), input.toString(),
        output.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine(notAModel.toString(), "not an OpenNLP name-finder model");
    assertThat(output).doesNotExist();
  }

  @Test
  void anEmptyOrMissingModelOrADirectoryIsOneLine() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.bin"), "");
    assertThat(execute("conll", "--model", empty.toString(), input.toString(),
        output.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("conll", "--model", dir.resolve("absent.bin").toString(),
        input.toString(), output.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("conll", "--model", dir.toString(), input.toString(),
        output.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: ").doesNotContain("Exception"))
        .anySatisfy(l -> assertThat(l).contains("empty.bin: ").contains("empty"))
        .anySatisfy(l -> assertThat(l).contains("absent.bin: no such file"))
        .anySatisfy(l -> assertThat(l).contains(dir + ": is a directory"));
  }

  @Test
  void anEmptyInputIsOneLineAndNothingIsWritten() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.conll"), "");
    int status = execute("conll", empty.toString(), output.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("empty.conll: the file is empty");
    assertThat(output).doesNotExist();
  }

  @Test
  void anInputOfOnlyDocumentSeparatorsIsOneLine() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.conll"), "-DOCSTART- -X- O O\n\n\n");
    int status = execute("conll", blank.toString(), output.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertOneLine("blank.conll: no tokens");
  }

  @Test
  void theOutputMustNotBeTheInput() throws IOException {
    int status = execute("conll", input.toString(), input.toString());
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertOneLine("is the input");
    assertThat(Files.readString(input)).isEqualTo(CONLL);
  }

  @Test
  void missingDirectoryNonUtf8AndTruncatedInputsAreOneLineWithThePosition() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.conll"),
        "caf\u00e9 NN I-NP O\n".getBytes(StandardCharsets.ISO_8859_1));
    Path truncated = Files.writeString(dir.resolve("half.conll"),
        CONLL.substring(0, CONLL.indexOf("German JJ") + "German JJ".length()));
    assertThat(execute("conll", dir.resolve("absent.conll").toString(), output.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("conll", dir.toString(), output.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("conll", latin1.toString(), output.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(execute("conll", truncated.toString(), output.toString()))
        .isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(4)
        .allSatisfy(l -> assertThat(l).startsWith("annalist: ").doesNotContain("Exception"))
        .anySatisfy(l -> assertThat(l).contains("absent.conll: no such file"))
        .anySatisfy(l -> assertThat(l).contains(dir + ": is a directory"))
        .anySatisfy(l -> assertThat(l).contains("latin1.conll line 1: not valid UTF-8"))
        .anySatisfy(l -> assertThat(l).contains("half.conll line 5: not a named-entity tag"));
    assertThat(output).doesNotExist();
  }
}
