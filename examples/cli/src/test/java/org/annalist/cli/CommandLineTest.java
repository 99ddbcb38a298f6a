package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as picocli parses it: help, version and usage errors, for every command. Each
 * usage error is exactly one line on standard error, nothing on standard output, exit status 2.
 */
class CommandLineTest {

  static final List<String> COMMANDS =
      List.of("analyze", "bench", "validate", "clusters", "train-ner", "train-events", "conll",
          "timeml", "brat", "meantime");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Arguments each command accepts (its required ones), none of which is read when parsing fails. */
  static List<String> valid(String command) {
    return switch (command) {
      case "analyze", "bench" -> List.of("x.txt");
      case "validate" -> List.of("x.json");
      case "clusters" -> List.of("-o", "clusters.tsv", "x.txt");
      case "train-ner" -> List.of("--train", "eng.train", "-o", "model.bin");
      case "train-events" -> List.of("--train", "tbaq", "-o", "model.bin");
      case "conll" -> List.of("in.conll", "out.txt");
      case "timeml", "brat" -> List.of("in", "out");
      case "meantime" -> List.of("in");
      default -> throw new IllegalArgumentException(command);
    };
  }

  private static String[] line(String command, List<String> before, List<String> after) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(before);
    args.addAll(after);
    return args.toArray(String[]::new);
  }

  private void assertUsageError(int status, String line) {
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).containsExactly(line);
  }

  @Test
  void helpListsEveryCommandWithItsSummary() {
    assertThat(execute("--help")).isZero();
    assertThat(stderr()).isEmpty();
    assertThat(stdout()).startsWith("Usage: annalist [-hV] COMMAND")
        .containsPattern("(?m)^  analyze +Analyse articles and write them as JSON\\.$")
        .contains("Exit status:");
    for (String command : COMMANDS) {
      assertThat(stdout()).containsPattern("(?m)^  " + command + " +[A-Z]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-h", "--help", "help"})
  void everySpellingOfHelpPrintsTheSameList(String help) {
    assertThat(execute(help)).isZero();
    String first = stdout();
    out.reset();
    assertThat(execute("--help")).isZero();
    assertThat(stdout()).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasItsOwnHelp(String command) {
    assertThat(execute(command, "--help")).isZero();
    assertThat(stderr()).isEmpty();
    String help = stdout();
    assertThat(help).startsWith("Usage: annalist " + command + " ")
        .contains("-h, --help")
        .contains("Exit status:")
        // only this command's options: analyze's --jsonl is nowhere else
        .satisfies(h -> assertThat(h.contains("--jsonl")).isEqualTo(command.equals("analyze")));
    out.reset();
    assertThat(execute("help", command)).isZero();
    assertThat(stdout()).isEqualTo(help);
  }

  @Test
  void analyzeHelpDescribesItsOptions() {
    assertThat(execute("analyze", "--help")).isZero();
    assertThat(stdout()).contains("-o, --output=FILE", "--jsonl", "--pretty", "--threads=N",
        "-q, --quiet", "--progress", "FILE|DIR...")
        .contains("here " + Runtime.getRuntime().availableProcessors() + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionIsTheMavenProjectVersion(String option) {
    String expected = System.getProperty("annalist.expectedVersion");
    assertThat(expected).as("set by the surefire configuration").isNotBlank()
        .doesNotContain("${");
    assertThat(execute(option)).isZero();
    assertThat(stdout()).isEqualTo("annalist " + expected + System.lineSeparator());
    assertThat(stderr()).isEmpty();
  }

  @Test
  void noCommandIsOneLine() {
    assertUsageError(execute(), "annalist: missing command (try 'annalist --help')");
  }

  @Test
  void anUnknownCommandIsOneLine() {
    assertUsageError(execute("analyse", "x.txt"),
        "annalist: unknown command 'analyse' (try 'annalist --help')");
  }

  @Test
  void anUnknownOptionBeforeTheCommandIsOneLine() {
    assertUsageError(execute("--bogus", "analyze", "x.txt"),
        "annalist: unknown option '--bogus' (try 'annalist --help')");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anUnknownOptionIsOneLine(String command) {
    assertUsageError(execute(line(command, List.of("--bogus"), valid(command))),
        "annalist: " + command + ": unknown option '--bogus' (try 'annalist " + command
            + " --help')");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anUnknownOptionWithoutTheRequiredArgumentsIsStillNamed(String command) {
    assertUsageError(execute(command, "--bogus"),
        "annalist: " + command + ": unknown option '--bogus' (try 'annalist " + command
            + " --help')");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("analyze", List.of("--threads", "zero"),
            "invalid value for option '--threads': 'zero' is not an int"),
        Arguments.of("analyze", List.of("--threads", "0"),
            "invalid value for option '--threads': needs an integer >= 1, got '0'"),
        Arguments.of("bench", List.of("--threads", "zero"),
            "invalid value for option '--threads': 'zero' is not an int"),
        Arguments.of("bench", List.of("--warmup", "soon"),
            "invalid value for option '--warmup': 'soon' is not a double"),
        Arguments.of("bench", List.of("--measure", "-1"),
            "invalid value for option '--measure': needs a number of seconds, got '-1.0'"),
        Arguments.of("clusters", List.of("--threads", "zero"),
            "invalid value for option '--threads': 'zero' is not an int"),
        Arguments.of("clusters", List.of("--classes", "1"),
            "invalid value for option '--classes': needs an integer >= 2, got '1'"),
        Arguments.of("clusters", List.of("--classes", "70000"),
            "classes must be in [2, 65536], was 70000"),
        Arguments.of("train-ner", List.of("--threads", "zero"),
            "invalid value for option '--threads': 'zero' is not an int"),
        Arguments.of("train-ner", List.of("--iterations", "0"),
            "iterations must be at least 1, got 0"),
        Arguments.of("train-ner", List.of("--algorithm", "svm"),
            "invalid value for option '--algorithm': expected one of [PERCEPTRON, MAXENT]"
                + " (case-insensitive) but was 'svm'"),
        Arguments.of("train-ner", List.of("--codec", "iob"),
            "invalid value for option '--codec': expected one of [BIO, BILOU]"
                + " (case-insensitive) but was 'iob'"),
        Arguments.of("conll", List.of("--stage", "--model", "model.bin"),
            "--stage uses the committed model; it cannot be combined with --model"),
        Arguments.of("conll", List.of("--model", "model\u0000.bin"),
            "invalid value for option '--model': not a valid path: Nul character not allowed"),
        Arguments.of("meantime", List.of("--examples", "-1"),
            "invalid value for option '--examples': needs an integer >= 0, got '-1'"),
        Arguments.of("brat", List.of("--threads", "0"),
            "invalid value for option '--threads': needs an integer >= 1, got '0'"),
        Arguments.of("analyze", List.of("-o", "out\u0000.json"),
            "invalid value for option '--output': not a valid path: Nul character not allowed"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void aBadValueIsOneLine(String command, List<String> option, String message) {
    assertUsageError(execute(line(command, option, valid(command))),
        "annalist: " + command + ": " + message + " (try 'annalist " + command + " --help')");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anOptionWithoutItsValueIsOneLine(String command) {
    String option = switch (command) {
      case "conll" -> "--model";
      case "timeml", "validate" -> null;
      case "train-ner", "train-events" -> "--dev";
      default -> "--threads";
    };
    if (option == null) {
      return; // only flags
    }
    int status = execute(line(command, valid(command), List.of(option)));
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: " + command + ": missing required parameter for option '" + option)
        .endsWith("(try 'annalist " + command + " --help')");
  }

  static Stream<Arguments> missing() {
    return Stream.of(
        Arguments.of("analyze", List.of(), "missing required parameter: 'FILE|DIR'"),
        Arguments.of("analyze", List.of("--jsonl"), "missing required parameter: 'FILE|DIR'"),
        Arguments.of("bench", List.of(), "missing required parameter: 'FILE|DIR'"),
        Arguments.of("validate", List.of(), "missing required parameter: 'FILE'"),
        Arguments.of("clusters", List.of("x.txt"), "missing required option: '--output=FILE'"),
        Arguments.of("clusters", List.of("-o", "c.tsv"), "missing required parameter: 'FILE'"),
        Arguments.of("train-ner", List.of("--train", "eng.train"),
            "missing required option: '--output=MODEL'"),
        Arguments.of("train-ner", List.of("-o", "model.bin"),
            "missing required option: '--train=FILE'"),
        Arguments.of("conll", List.of("in.conll"), "missing required parameter: 'OUT'"),
        Arguments.of("timeml", List.of("in"), "missing required parameter: 'OUT-DIR'"),
        Arguments.of("brat", List.of("in"), "missing required parameter: 'OUT-DIR'"),
        Arguments.of("meantime", List.of("--errors"), "missing required parameter: 'DIR|FILE'"),
        Arguments.of("brat", List.of("--gold", "gold", "in"),
            "missing required parameter: 'OUT-DIR'"));
  }

  @ParameterizedTest
  @MethodSource("missing")
  void aMissingRequiredArgumentIsOneLine(String command, List<String> args, String message) {
    assertUsageError(execute(line(command, args, List.of())),
        "annalist: " + command + ": " + message + " (try 'annalist " + command + " --help')");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void nothingAtAllAfterTheCommandIsOneLine(String command) {
    int status = execute(command);
    assertThat(status).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: " + command + ": missing required ")
        .endsWith(" (try 'annalist " + command + " --help')");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anExtraArgumentIsOneLineWhereTheCountIsFixed(String command) {
    if (List.of("analyze", "bench", "validate", "clusters", "meantime").contains(command)) {
      return; // any number of inputs
    }
    assertUsageError(execute(line(command, valid(command), List.of("extra"))),
        "annalist: " + command + ": unexpected argument 'extra' (try 'annalist " + command
            + " --help')");
  }

  @Test
  void anArgumentStartingWithAtIsAFileNameNotAnArgumentFile() {
    // picocli would read @name as a file of arguments; here it is an input that does not exist
    int status = execute("validate", "@missing.json");
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr()).contains("@missing.json");
  }

  @Test
  void aRepeatedOptionKeepsTheLastValue() {
    assertUsageError(execute("analyze", "--threads", "1", "--threads", "0", "x.txt"),
        "annalist: analyze: invalid value for option '--threads': needs an integer >= 1, got '0'"
            + " (try 'annalist analyze --help')");
  }

  @Test
  void theCompletionScriptTheBuildGeneratesCompletesEveryCommand() {
    // what picocli.AutoComplete does at package time, on the class it is given
    String script = picocli.AutoComplete.bash("annalist", new picocli.CommandLine(new RootCommand()));
    for (String command : COMMANDS) {
      assertThat(script).contains(command);
    }
    assertThat(script).contains("--jsonl").contains("--min-count").contains("PERCEPTRON");
  }

  static Stream<String> commands() {
    return COMMANDS.stream();
  }
}
