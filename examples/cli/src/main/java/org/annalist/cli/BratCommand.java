package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.InvalidInputException;
import org.annalist.core.eval.brat.BratAttribution;
import org.annalist.core.eval.brat.BratCounts;
import org.annalist.core.eval.brat.BratReader;
import org.annalist.core.eval.brat.BratScores;
import org.annalist.core.eval.brat.BratScorer;
import org.annalist.core.eval.brat.BratWriter;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.io.Utf8;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist brat [--gold ANN-DIR] [--errors] [--documents] [--threads N] TEXT-DIR OUT-DIR}:
 * analyses every {@code .txt} file of {@code TEXT-DIR} (with its optional sidecar metadata, not
 * recursively) with the default pipeline and writes its attributed claims as {@code
 * OUT-DIR/<name>.ann}, brat standoff in PolNeAR's shape ({@link BratWriter}). With {@code --gold},
 * also reads each text's gold attributions from {@code ANN-DIR} and prints the scores of {@link
 * BratScorer}: content P/R/F1 and source and cue accuracy, for all attributions and for direct
 * quotations, and the errors by kind.
 *
 * <p>The gold file of {@code X.txt} is {@code X.ann} or {@code X_<annotator>.ann}, the annotator
 * without an underscore (PolNeAR names its files {@code <text>_<annotator>.ann}, e.g. {@code
 * X_ef2d.ann}); of several, the first in name order is used ({@code X.ann} before any {@code
 * X_...}), and the others are not read. A text without a gold file, a gold file without a text and
 * a gold file that cannot be read against its text are each one line on standard error and exit
 * status 1; the other texts are still written and scored. Only the texts analysed, written and
 * with readable gold are scored.
 *
 * <p>Inputs are never overwritten: an {@code OUT-DIR} that is a file, that is {@code TEXT-DIR} or
 * {@code ANN-DIR} or inside one of them, or in which an output would be (through a link) a file
 * inside them, is bad usage (exit status 2) and nothing is written. A progress line on standard
 * error counts the texts (see {@link Progress}). Filled in by picocli and run once; not
 * thread-safe.
 */
@Command(
    name = "brat",
    description = {
      "Write the claims of articles as brat files and score them against PolNeAR.",
      "",
      "Analyses every .txt file of TEXT-DIR with the default pipeline and writes its attributed"
          + " claims as OUT-DIR/<name>.ann (brat standoff, as PolNeAR annotates attribution)."
          + " With --gold, reads the gold <name>.ann or <name>_<annotator>.ann of each text from"
          + " ANN-DIR (the first by name if there are several) and prints content P/R/F1 and"
          + " source and cue accuracy, for all attributions and for direct quotes, and the errors"
          + " by kind. Inputs are never overwritten.",
      ""})
final class BratCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "ANN-DIR",
      description = "Score against the gold .ann files of this directory.")
  Path gold;

  @Option(names = "--errors", description = "Also list every error (with --gold).")
  boolean errors;

  @Option(names = "--documents", description = "Also print scores per text (with --gold).")
  boolean documents;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analyse on N threads (default: the available processors, here"
          + " ${DEFAULT-VALUE}); the output does not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ProgressOptions progressOptions;

  @Parameters(index = "0", paramLabel = "TEXT-DIR", description = "The directory of .txt files.")
  Path texts;

  @Parameters(index = "1", paramLabel = "OUT-DIR",
      description = "The output directory, outside TEXT-DIR and ANN-DIR.")
  Path output;

  private int written;
  private int failed;
  private int goldProblems;
  private long characters;

  @Override
  public Integer call() {
    OptionValues.atLeast(spec, "--threads", threads, 1);
    PrintStream out = root.out();
    PrintStream err = root.err();
    requireOutsideInputs();
    for (Path dir : inputDirs()) {
      if (!Files.isDirectory(dir)) {
        err.println("annalist: " + dir + ": "
            + (Files.exists(dir) ? "not a directory" : "no such file or directory"));
        return AnnalistCommand.SOME_FAILED;
      }
    }
    Corpus corpus = CorpusReader.create().read(List.of(texts));
    List<String> names = new ArrayList<>();
    for (ArticleSource article : corpus.articles()) {
      String name = stem(Path.of(article.source()).getFileName().toString(), ".txt");
      Path target = output.resolve(name + ".ann");
      for (Path dir : inputDirs()) {
        if (FileArguments.canonical(target).startsWith(FileArguments.canonical(dir))) {
          throw new UsageException("brat: " + target + " leads into the input directory " + dir
              + "; choose another output directory");
        }
      }
      names.add(name);
    }
    GoldFiles goldFiles;
    try {
      goldFiles = gold == null ? new GoldFiles(Map.of(), 0) : pairGold(err);
    } catch (IOException e) {
      err.println("annalist: cannot list: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }

    Pipeline pipeline = root.pipeline();
    if (!pipeline.provides().contains(ClaimLayer.KEY)) {
      err.println("annalist: brat: the pipeline has no '" + ClaimLayer.KEY + "' stage, so there"
          + " are no claims to write (its layers: " + pipeline.provides() + ")");
      return AnnalistCommand.SOME_FAILED;
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot create: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }

    BratWriter writer = BratWriter.create();
    BratReader reader = BratReader.create();
    Map<String, List<BratAttribution>> goldAttributions = new TreeMap<>();
    Map<String, List<Claim>> systemClaims = new TreeMap<>();
    long start = System.nanoTime();
    try (Progress progress = root.progress(progressOptions)) {
      progress.start("brat", corpus.articles().size() + corpus.failures().size(), "files");
      for (DocumentFailure failure : corpus.failures()) {
        report(progress, err, failure.toLine());
        failed++;
        progress.step(true);
      }
      // the sink is called on this thread, in input order: the next name is the document's
      pipeline.analyze(Corpus.of(corpus.articles()), threads, new CorpusSink() {
        private int next;

        @Override
        public void accept(AnalyzedDocument document) {
          String name = names.get(next++);
          characters += document.text().length();
          document.itemFailures().forEach(
              skipped -> report(progress, err, "warning: " + skipped.message()));
          ClaimLayer claims = document.expect(ClaimLayer.KEY);
          String problem = write(writer, claims, document.text(), output.resolve(name + ".ann"));
          if (problem != null) {
            report(progress, err, problem);
            failed++;
            progress.step(true);
            return;
          }
          written++;
          if (gold != null) {
            problem = readGold(reader, goldFiles.byText().get(name), name, document.text(),
                goldAttributions);
            if (problem == null) {
              systemClaims.put(name, claims.claims());
            } else {
              report(progress, err, problem);
              goldProblems++;
            }
          }
          progress.step(false);
        }

        @Override
        public void failed(DocumentFailure failure) {
          next++;
          report(progress, err, failure.toLine());
          failed++;
          progress.step(true);
        }
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "brat: %d texts, %d written to %s, %d failed; analysed %,d characters"
            + " in %.1f s%n", corpus.articles().size() + corpus.failures().size(), written,
        output, failed, characters, seconds);
    if (gold != null) {
      out.printf(Locale.ROOT, "gold: %d texts scored against %s, %d not (see above)%s%n",
          goldAttributions.size(), gold, goldProblems, goldFiles.several() == 0 ? ""
              : "; " + goldFiles.several() + " texts have several annotators' files, each"
                  + " scored against the first by name");
      BratScores scores = BratScorer.create().score(goldAttributions, systemClaims);
      out.print(scores.toTable());
      if (documents) {
        printDocuments(out, scores);
      }
      if (errors) {
        scores.errors().forEach(e -> out.println(e.toLine()));
      }
    }
    return failed + goldProblems == 0 ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  /** Each text's gold file, by text name, and how many texts had several to choose from. */
  private record GoldFiles(Map<String, Path> byText, int several) {}

  /**
   * The gold file of each text: the first by name of those {@link #textOf} gives it. A gold file
   * that belongs to no text is one line on {@code err} and a gold problem.
   */
  private GoldFiles pairGold(PrintStream err) throws IOException {
    // every .txt name, so that a text that could not be read still owns its gold
    Set<String> textNames = list(texts, ".txt").stream()
        .map(p -> stem(p.getFileName().toString(), ".txt")).collect(Collectors.toSet());
    Map<String, Path> byText = new TreeMap<>();
    Set<String> several = new TreeSet<>();
    for (Path file : list(gold, ".ann")) {
      String goldName = stem(file.getFileName().toString(), ".ann");
      String text = textOf(goldName, textNames);
      int cut = goldName.lastIndexOf('_');
      if (text == null) {
        err.println("annalist: " + file + ": no text " + goldName + ".txt"
            + (cut > 0 ? " or " + goldName.substring(0, cut) + ".txt" : "") + " in " + texts
            + "; not scored");
        goldProblems++;
      } else if (byText.putIfAbsent(text, file) != null) {
        several.add(text);
      }
    }
    return new GoldFiles(byText, several.size());
  }

  private static void report(Progress progress, PrintStream err, String line) {
    progress.beforeWriting(err);
    err.println("annalist: " + line);
  }

  /** The regular files of {@code dir} whose names end with {@code suffix}, in name order. */
  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(p -> stem(p.getFileName().toString(), suffix) != null)
          .filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes one text's claims; the problem in one line, or {@code null} if written. */
  private static String write(BratWriter writer, ClaimLayer claims, String text, Path target) {
    String ann;
    try {
      ann = writer.write(claims, text);
    } catch (IllegalArgumentException e) {
      return target + ": cannot write: " + e.getMessage();
    }
    try {
      Files.writeString(target, ann, StandardCharsets.UTF_8);
      return null;
    } catch (IOException e) {
      return target + ": cannot write: " + FileArguments.reason(e);
    }
  }

  /** Reads one text's gold into {@code into}; the problem in one line, or {@code null}. */
  private String readGold(BratReader reader, Path file, String name, String text,
      Map<String, List<BratAttribution>> into) {
    if (file == null) {
      return texts.resolve(name + ".txt") + ": no gold " + name + ".ann or " + name
          + "_<annotator>.ann in " + gold + "; not scored";
    }
    String fileName = file.getFileName().toString();
    try {
      into.put(name, reader.read(Utf8.read(file, fileName), fileName, text).attributions());
      return null;
    } catch (InvalidInputException e) {
      return e.getMessage() + "; not scored";
    }
  }

  private static void printDocuments(PrintStream out, BratScores scores) {
    int width = scores.documents().keySet().stream().mapToInt(String::length).max().orElse(0);
    String name = "%-" + Math.max(4, width) + "s";
    out.printf(Locale.ROOT, name + " %5s %5s %5s %8s %8s %8s%n",
        "text", "gold", "sys", "match", "F1", "source", "cue");
    for (Map.Entry<String, BratCounts> e : scores.documents().entrySet()) {
      BratCounts c = e.getValue();
      out.printf(Locale.ROOT, name + " %5d %5d %5d %8.2f %8.2f %8.2f%n", e.getKey(), c.gold(),
          c.system(), c.matched(), 100 * c.f1(), 100 * c.sourceAccuracy(),
          100 * c.cueAccuracy());
    }
  }

  private List<Path> inputDirs() {
    return gold == null ? List.of(texts) : List.of(texts, gold);
  }

  /** The output must be a directory outside every input directory. */
  private void requireOutsideInputs() {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("brat: the output " + output + " is a file, not a directory");
    }
    Path canonical = FileArguments.canonical(output);
    for (Path dir : inputDirs()) {
      if (canonical.startsWith(FileArguments.canonical(dir))) {
        throw new UsageException("brat: the output directory " + output + " must not be the"
            + " input directory " + dir + " or inside it");
      }
    }
  }

  /**
   * The text a gold file's name (without {@code .ann}) belongs to: the text of that name, else
   * the one it names before its last {@code _} (PolNeAR's {@code <text>_<annotator>}), else none.
   */
  static String textOf(String goldName, Set<String> textNames) {
    if (textNames.contains(goldName)) {
      return goldName;
    }
    int cut = goldName.lastIndexOf('_');
    return cut > 0 && textNames.contains(goldName.substring(0, cut))
        ? goldName.substring(0, cut) : null;
  }

  /** {@code name} without {@code suffix} (in any case), or {@code null} if it does not end so. */
  static String stem(String name, String suffix) {
    return name.length() >= suffix.length()
        && name.toLowerCase(Locale.ROOT).endsWith(suffix)
        ? name.substring(0, name.length() - suffix.length()) : null;
  }
}
