package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.Annalist;
import org.annalist.cli.AnnalistCommand;
import org.annalist.core.eval.conll.ConllFormatException;
import org.annalist.core.eval.conll.ConllReader;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.io.DocumentIds;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.Document;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.StructureLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shrunk counterexamples the fuzz properties found, kept as plain examples. Each names the
 * property that found it. Some fail until the defect they show is fixed; they are the acceptance
 * test of that fix.
 */
class FuzzRegressionTest {

  private static Pipeline pipeline;
  private static final AnnalistJson JSON = AnnalistJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();

  @TempDir Path dir;

  @BeforeAll
  static void loadModels() {
    pipeline = Annalist.defaultPipeline();
  }

  /**
   * PipelineFuzzTest.analysesOrRejectsWithADocumentedException: IndexOutOfBoundsException ("Index 2
   * out of bounds for length 2") in Resolver.resolve (Resolver.java:65) when a boilerplate line's
   * {@code now} comes before a range.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "Donate now.\nbetween 2019 and 2021",
      "Subscribe now.\nfrom 2019 to 2021",
      "Donate now.\n\nfrom May to June",
      "Like this article? Support our work. Donate\u00A0now.\nSANTIAGO, Chile — The Israeli"
          + " government has suspended all sales and supplies of defense and security hardware and"
          + " related services to Colombia.. between 2019 and 2021"})
  void timeStageAnalysesABoilerplateNowBeforeARange(String text) {
    assertThatCode(() -> pipeline.analyze("fuzz-doc", text)).doesNotThrowAnyException();
  }

  /** PipelineFuzzTest.emitsNoBrokenSurrogatePairs: the lemma cut the pair of the emoji after it. */
  @ParameterizedTest
  @ValueSource(strings = {"Israel😀", "last week\tIsraelIsrael😀",
      "SANTIAGO, Chile — The Israeli government has suspended all sales and supplies of defense and"
          + " security hardware and related services to Colombia.3.5Israel😀Petro12%"})
  void lemmasKeepSurrogatePairsWhole(String text) throws IOException {
    JsonNode json = TREE.readTree(JSON.write(pipeline.analyze("fuzz-doc", text)));
    assertThat(JsonChecks.brokenSurrogates(json)).isEmpty();
  }

  /**
   * CorpusReaderFuzzTest.readingAccountsForEveryInput, readArticleThrowsOnlyInvalidInput and
   * CliFuzzTest.analyzeAccountsForEveryInputWhateverTheFileNames: a file name that is not a valid
   * document id made {@code DocumentMetadata.of} throw IllegalArgumentException out of the reader,
   * aborting the whole corpus run.
   */
  @ParameterizedTest
  @ValueSource(strings = {".txt", "a .Txt", "İ.txt", "za*.txt", "z*.Txt", "北京.txt", "_x.txt",
      "a b.txt"})
  void fileNamesThatAreNotDocumentIdsAreAccountedFor(String name) throws IOException {
    Files.writeString(dir.resolve(name), "Donate now.");
    Files.writeString(dir.resolve("ok.txt"), "Donate now.");
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    // such a name gets a derived id, never an exception
    String derived = DocumentIds.fromFileStem(name.substring(0, name.length() - ".txt".length()));
    assertThat(corpus.failures()).isEmpty();
    assertThat(corpus.articles()).extracting(ArticleSource::id)
        .containsExactlyInAnyOrder(derived, "ok");
    ArticleSource article = CorpusReader.create().readArticle(dir.resolve(name));
    assertThat(article.text()).isEqualTo("Donate now.");
    assertThat(article.id()).isEqualTo(derived).matches(DocumentMetadata.ID_PATTERN);
  }

  /** CorpusReaderFuzzTest.byteOrderMarkChangesNothingTheParserFinds: the mark hid the dateline. */
  @Test
  void byteOrderMarkDoesNotHideTheDateline() throws IOException {
    String text = "SANTIAGO, Chile — The Israeli government has suspended all sales and supplies of"
        + " defense and security hardware and related services to Colombia.";
    Files.write(dir.resolve("bom.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    ArticleSource article = CorpusReader.create().readArticle(dir.resolve("bom.txt"));
    Document doc = ArticleParser.standard().parse(article.text(), article.metadata());
    assertThat(doc.findFirst(StructureLabel.DATELINE)).hasValueSatisfying(
        d -> assertThat(d.span().text()).isEqualTo("SANTIAGO, Chile —"));
  }

  /**
   * CliFuzzTest.analyzeKeepsEveryInvariantOnCorruptedFilesSidecarsAndJsonLines: a JSON Lines text
   * with lone surrogates ({@code \\uDBFF}) made {@code -o FILE} fail with "cannot write: Input
   * length = 1" after writing half the JSON, and standard output replace them by {@code ?}. Such a
   * text is now rejected, as documented (it could not be written out unchanged): a failure naming
   * the line, the document and the offset, on standard error and in the output's "failures"; the
   * output is complete JSON, the same to a file and to standard output, without half a pair.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\\uDBFF\\u5317Colombia\\uDBFF. | U+DBFF at offset 0",
      "\\uD800                        | U+D800 at offset 0",
      "Israel\\uD83D                  | U+D83D at offset 6",
      "a\\uDE00\\uD83D                | U+DE00 at offset 1"})
  void loneSurrogatesAreRejectedAndTheJsonOutputStaysValid(String escaped, String where)
      throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"r\",\"text\":\"" + escaped + "\"}\n");
    Path out = dir.resolve("out.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int toFile = AnnalistCommand.execute(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), "analyze", "-o", out.toString(),
        input.toString());
    int toStdout = AnnalistCommand.execute(new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()), "analyze", input.toString());
    String message = input + ":1: document r: the \"text\" has a lone surrogate " + where
        + " (not well-formed UTF-16, so it could not be written out unchanged)";
    assertThat(toFile).isEqualTo(1);
    assertThat(toStdout).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("annalist: " + message + "\n");
    byte[] written = Files.readAllBytes(out);
    assertThat(stdout.toByteArray()).isEqualTo(written);
    JsonNode json = TREE.readTree(StandardCharsets.UTF_8.newDecoder()
        .decode(java.nio.ByteBuffer.wrap(written)).toString());
    assertThat(json.get("documents")).isEmpty();
    assertThat(json.get("failures")).hasSize(1);
    JsonNode failure = json.get("failures").get(0);
    assertThat(failure.get("source").asText()).isEqualTo(input + ":1");
    assertThat(failure.get("documentId").asText()).isEqualTo("r");
    assertThat(failure.get("message").asText()).isEqualTo(message);
    assertThat(JsonChecks.brokenSurrogates(json)).isEmpty();
  }

  /**
   * ConllReaderFuzzTest: an empty CoNLL file was accepted without a word. The reader reads it as
   * no tokens (its documented contract); the {@code conll} command says so and exits 1.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "-DOCSTART- -X- -X- O\n"})
  void conllWithoutTokensIsReportedByTheCommand(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("empty.conll"), text, StandardCharsets.UTF_8);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status = AnnalistCommand.execute(new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8),
        "conll", file.toString(), dir.resolve("out.conll").toString());
    assertThat(status).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("empty.conll");
  }

  /**
   * ConllReaderFuzzTest.readsOrRejectsWithAFormatException and
   * corruptedBytesAreRejectedWithAFormatException: columns are split on ASCII whitespace, but a
   * token may not contain any Java whitespace or space character, so a no-break space (U+00A0) or
   * a file separator (U+001C) inside a column escaped as a plain IllegalArgumentException from
   * {@code ConllToken}, without the source or line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a\u00A0b O\n", "-DOCSTART-\u001C-X- O\n", "Petro\u2007Gustavo I-PER\n"})
  void conllTokensWithNonAsciiWhitespaceAreFormatErrors(String text) {
    assertThatThrownBy(() -> ConllReader.create().read(new StringReader(text), "nbsp.conll"))
        .isExactlyInstanceOf(ConllFormatException.class)
        .hasMessageStartingWith("nbsp.conll line 1: ");
  }

  /**
   * DatasetValidatorFuzzTest.reportsEveryImpossibleValue: two confidences of -1.0 in one analysed
   * document gave one violation ("cannot be constructed: confidence must be in [0, 1]", at line -1,
   * column -1), not two.
   */
  @Test
  void validatorReportsEveryImpossibleValueOfADocument() throws IOException {
    JsonNode root = TREE.readTree(JSON.write(pipeline.analyze("doc-0",
        "SANTIAGO, Chile — The Israeli government has suspended all sales to Colombia on Monday.")));
    List<com.fasterxml.jackson.databind.node.ObjectNode> withConfidence = new java.util.ArrayList<>();
    JsonChecks.walk(root, "$", (path, n) -> {
      if (n.isObject() && n.path("confidence").isNumber()) {
        withConfidence.add((com.fasterxml.jackson.databind.node.ObjectNode) n);
      }
    });
    withConfidence.get(0).put("confidence", -1.0);
    withConfidence.get(1).put("confidence", -1.0);
    Path gold = Files.writeString(dir.resolve("gold.json"), root.toString());
    assertThat(org.annalist.core.validation.DatasetValidator.create().validateFile(gold).violations())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  /**
   * CliFuzzTest.researchCommandsReportBadInputsWithoutThrowing: NullPointerException ("manifest")
   * from OpenNLP for a model file that is not a zip archive. The command reads its input first, so
   * the input is a real CoNLL file: the model is what it must reject, naming it, before writing.
   */
  @Test
  void conllCommandReportsAModelFileThatIsNotAModel() throws IOException {
    Path model = Files.writeString(dir.resolve("model.bin"), "not a model, not a directory\n");
    Path input = Files.writeString(dir.resolve("in.conll"),
        "-DOCSTART- -X- -X- O\n\nPetro NNP B-NP I-PER\nspoke VBD B-VP O\n. . O O\n");
    Path output = dir.resolve("out.conll");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = AnnalistCommand.execute(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), "conll", "--model", model.toString(),
        input.toString(), output.toString());
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("annalist: " + model + ": not an OpenNLP name-finder model: not a zip archive\n");
    assertThat(output).doesNotExist();
  }

  /** CorpusReader failure messages used to quote a lone surrogate as it was: half a pair out. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": \"\\uD800\", \"text\": \"x\"}",
      "{\"metadata\": {\"id\": \"d\", \"publicationDate\": \"\\uDBFF\"}, \"text\": \"x\"}"})
  void failureMessagesQuotingALoneSurrogateAreWrittenOutWhole(String line) throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"), line + "\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int status = AnnalistCommand.execute(new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "analyze", input.toString());
    assertThat(status).isEqualTo(1);
    JsonNode json = TREE.readTree(stdout.toByteArray());
    String message = json.at("/failures/0/message").asText();
    assertThat(message).startsWith(input + ":1: ").containsPattern("\\\\uD[89AB]..");
    assertThat(JsonChecks.brokenSurrogates(json)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("annalist: " + message + "\n");
  }
}
