package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Suppliers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.annalist.Annalist;
import org.annalist.cli.AnnalistCommand;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.testcorpus.fuzz.InputFiles.InputTree;
import org.annalist.testcorpus.fuzz.InputFiles.Written;

/**
 * The command line through {@link AnnalistCommand#execute}, on generated inputs.
 *
 * <p>{@code analyze --threads 1 -o OUT INPUTS...}, then {@code analyze --threads 2 INPUTS...} to
 * standard output: it never throws; its status is 0 when nothing failed and 1 otherwise, with one
 * line on standard error per failure; it writes strict UTF-8 JSON whose documents and failures
 * account for the inputs given as {@link Accounting} states (so every document's text is its
 * input's, character for character, and a text with a lone surrogate is a failure); every span
 * covers exactly its text; no emitted string has a broken surrogate pair; and the two runs write
 * byte-identical output (to the file and to standard output). The runs share one pipeline
 * ({@link AnnalistCommand#execute(Pipeline, PrintStream, PrintStream, String...)}), so the models
 * load once; each try analyses a whole generated corpus twice (up to four directory entries with
 * their sidecars, one file named on its own and four JSON Lines lines: small, so that each
 * property runs its 1,000 tries in well under a minute; {@link CorpusReaderFuzzTest} reads larger
 * corpora).
 *
 * <p>{@code timeml} and {@code conll} with bad paths, non-model files and corrupted inputs: they
 * never throw, and a non-zero status comes with a message on standard error.
 */
@AddLifecycleHook(FuzzSettings.class)
class CliFuzzTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  /** The models, loaded once for every run of {@code analyze} (as an application would). */
  private static final Supplier<Pipeline> PIPELINE = Suppliers.memoize(Annalist::defaultPipeline);

  @Provide
  Arbitrary<InputTree> anyTrees() {
    return InputFiles.trees(true, 4, 1, 4);
  }

  @Provide
  Arbitrary<InputTree> treesWithValidNames() {
    return InputFiles.trees(false, 4, 1, 4);
  }

  @Property
  @CostlyTries(divisor = 10)
  void analyzeAccountsForEveryInputWhateverTheFileNames(@ForAll("anyTrees") InputTree tree)
      throws IOException {
    checkAnalyze(tree);
  }

  @Property
  @CostlyTries(divisor = 10)
  void analyzeKeepsEveryInvariantOnCorruptedFilesSidecarsAndJsonLines(
      @ForAll("treesWithValidNames") InputTree tree) throws IOException {
    checkAnalyze(tree);
  }

  private static void checkAnalyze(InputTree tree) throws IOException {
    Path root = Files.createTempDirectory("fuzz-cli");
    try {
      Written written = tree.write(root);
      List<Path> inputs = written.paths();
      Path first = root.resolve("out-1.json");
      Run one = analyze(first, 1, inputs);
      assertThat(one.status).as("status; stderr: %s", one.err).isIn(0, 1);
      byte[] bytes = Files.readAllBytes(first);
      String json = strictUtf8(bytes);
      JsonNode output;
      try {
        output = TREE.readTree(json);
      } catch (IOException e) {
        throw new AssertionError("the output is not JSON (" + e.getMessage() + "); stderr: "
            + one.err, e);
      }
      JsonNode documents = output.get("documents");
      JsonNode failures = output.get("failures");
      List<String> ids = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (JsonNode doc : documents) {
        ids.add(doc.get("document").get("id").asText());
        texts.add(doc.get("document").get("text").asText());
      }
      List<DocumentFailure> failed = new ArrayList<>();
      for (JsonNode f : failures) {
        failed.add(new DocumentFailure(f.get("source").asText(),
            f.path("documentId").isTextual() ? f.get("documentId").asText() : null,
            f.get("step").asText(), f.get("message").asText()));
      }
      Accounting.checkRun(written.expected(), ids, texts, failed);
      assertThat(one.status).as("status with %s failures", failures.size())
          .isEqualTo(failures.isEmpty() ? 0 : 1);
      assertThat(one.err.lines().toList()).as("one stderr line per failure")
          .isEqualTo(failed.stream().map(f -> "annalist: " + f.toLine()).toList());
      for (JsonNode doc : documents) {
        assertThat(JsonChecks.spanProblems(doc, doc.get("document").get("text").asText()))
            .as("spans of %s", doc.get("document").get("id")).isEmpty();
      }
      // lone surrogates are rejected, so none is written, and no string has half a pair
      assertThat(JsonChecks.brokenSurrogates(output)).isEmpty();
      // the same run on two threads, written to standard output: the same bytes
      Run two = analyze(null, 2, inputs);
      assertThat(two.status).isEqualTo(one.status);
      assertThat(two.outBytes).as("standard output with --threads 2").isEqualTo(bytes);
    } finally {
      InputFiles.delete(root);
    }
  }

  /** {@code analyze}, to {@code output} or (if null) to standard output. */
  private static Run analyze(Path output, int threads, List<Path> inputs) {
    List<String> args = new ArrayList<>(List.of("analyze", "--threads", Integer.toString(threads)));
    if (output != null) {
      args.addAll(List.of("-o", output.toString()));
    }
    inputs.forEach(p -> args.add(p.toString()));
    return Run.of(args);
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8: " + InputFiles.describe(bytes), e);
    }
  }

  // ---- timeml and conll -------------------------------------------------------------------

  /** One thing a path argument can be. */
  enum PathKind { MISSING, MISSING_PARENT, EMPTY_DIR, FILE_NOT_DIR, EMPTY_FILE, RANDOM_BYTES,
    TEXT_FILE, ZIP_OF_JUNK, CORRUPT_TIMEML_DIR, CORRUPT_CONLL, VALID_CONLL }

  @Provide
  Arbitrary<List<String>> researchCommands() {
    Arbitrary<PathKind> kind = Arbitraries.of(PathKind.class);
    Arbitrary<List<String>> conll = Combinators.combine(kind, kind, kind,
            Arbitraries.frequency(Tuple.of(8, "--model"), Tuple.of(1, "--stage"), Tuple.of(1, "")))
        .as((model, in, out, how) -> how.equals("--model")
            ? List.of("conll", "--model", model.name(), in.name(), out.name())
            : how.isEmpty() ? List.of("conll", in.name(), out.name())
                : List.of("conll", how, in.name(), out.name()));
    Arbitrary<List<String>> timeml = Combinators.combine(kind, kind,
            Arbitraries.of("--gold", "--gold", "--gold", ""))
        .as((in, out, gold) -> gold.isEmpty() ? List.of("timeml", in.name(), out.name())
            : List.of("timeml", gold, in.name(), out.name()));
    return Arbitraries.oneOf(conll, timeml);
  }

  @Property
  @CostlyTries(divisor = 10)
  void researchCommandsReportBadInputsWithoutThrowing(
      @ForAll("researchCommands") List<String> command,
      @ForAll("corruptTimeml") String timeml, @ForAll("corruptConll") String conll,
      @ForAll byte[] junk) throws IOException {
    Path root = Files.createTempDirectory("fuzz-research");
    try {
      List<String> args = new ArrayList<>();
      int n = 0;
      for (String arg : command) {
        args.add(arg.startsWith("-") || !isKind(arg) ? arg
            : materialise(root.resolve("p" + n++), PathKind.valueOf(arg), timeml, conll, junk)
                .toString());
      }
      Run run = Run.of(args);
      assertThat(run.status).isIn(0, 1, 2);
      if (run.status != 0) {
        assertThat(run.err).as("a message for status %s", run.status).startsWith("annalist: ");
      }
    } finally {
      InputFiles.delete(root);
    }
  }

  @Provide
  Arbitrary<String> corruptTimeml() {
    return MarkupInputs.timeml();
  }

  @Provide
  Arbitrary<String> corruptConll() {
    return MarkupInputs.conll();
  }

  private static boolean isKind(String arg) {
    for (PathKind k : PathKind.values()) {
      if (k.name().equals(arg)) {
        return true;
      }
    }
    return false;
  }

  private static Path materialise(Path p, PathKind kind, String timeml, String conll, byte[] junk)
      throws IOException {
    switch (kind) {
      case MISSING -> { }
      case MISSING_PARENT -> p = p.resolve("no-such-dir").resolve("x");
      case EMPTY_DIR -> Files.createDirectories(p);
      case FILE_NOT_DIR, TEXT_FILE -> Files.writeString(p, "not a model, not a directory\n");
      case EMPTY_FILE -> Files.write(p, new byte[0]);
      case RANDOM_BYTES -> Files.write(p, junk);
      case ZIP_OF_JUNK -> Files.write(p, zipOf(junk));
      case CORRUPT_TIMEML_DIR -> {
        Files.createDirectories(p);
        Files.write(p.resolve("doc.tml"), InputFiles.bytesOf(timeml));
      }
      case CORRUPT_CONLL -> Files.write(p, InputFiles.bytesOf(conll));
      case VALID_CONLL -> Files.writeString(p, "-DOCSTART- -X- -X- O\n\nPetro NNP B-NP I-PER\n"
          + "spoke VBD B-VP O\n. . O O\n");
      default -> throw new IllegalStateException(kind.toString());
    }
    return p;
  }

  private static byte[] zipOf(byte[] junk) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("manifest.properties"));
      zip.write("Manifest-Version=1.0\nComponent-Name=NameFinderME\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("nameFinder.model"));
      zip.write(junk);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** One run of the command line with captured streams. */
  record Run(int status, byte[] outBytes, String err) {
    static Run of(List<String> args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = AnnalistCommand.execute(PIPELINE.get(),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
      return new Run(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
  }
}
