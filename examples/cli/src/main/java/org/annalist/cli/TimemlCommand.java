package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annalist.Annalist;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.AnnalistException;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.timeml.CreationTime;
import org.annalist.core.timeml.Timex3;
import org.annalist.core.timeml.TimemlDocument;
import org.annalist.core.timeml.TimemlReader;
import org.annalist.core.timeml.TimemlWriter;
import org.annalist.core.timeml.TimexCounts;
import org.annalist.core.timeml.TimexScorer;
import org.annalist.core.timeml.TimexScores;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;

/**
 * {@code annalist timeml [--errors] [--documents] [--gold] INPUT OUTPUT-DIR}: tags the TEXT of
 * every {@code .tml} and {@code .TE3input} file under the directory {@code INPUT} (sub-directories
 * included), or of the one file {@code INPUT}, with the default pipeline's time stage, the creation
 * time's day given as the publication date, and writes each as TimeML with the system's TIMEX3s
 * inline to the same relative place under {@code OUTPUT-DIR} (a file input: into {@code
 * OUTPUT-DIR}), named {@code <name>.tml}, ready for the TempEval-3 toolkit. When inputs carry gold
 * TIMEX3s ({@code .tml} files), prints the TempEval-3 measures against them. With {@code --gold}
 * the inputs' own gold TIMEX3s are written instead of tagging, which checks reading, writing and
 * scoring (every measure is 1.0).
 *
 * <p>Inputs are never overwritten: an {@code OUTPUT-DIR} that is an existing file, that is the
 * input directory or inside it, or in which an output file would be one of the inputs, is bad usage
 * (exit status 2) and nothing is written. A missing input, or one that is not TimeML, is a failed
 * input (exit status 1).
 */
final class TimemlCommand {

  /** A temporal tagger: the TIMEX3s of a TimeML document's TEXT, in TEXT offsets. */
  @FunctionalInterface
  interface TimexTagger {
    List<Timex3> tag(TimemlDocument document);
  }

  private final PrintStream out;
  private final PrintStream err;

  TimemlCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    boolean errors = false;
    boolean documents = false;
    boolean gold = false;
    List<Path> dirs = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "-h", "--help" -> {
          out.print(AnnalistCommand.USAGE_TEXT);
          return AnnalistCommand.OK;
        }
        case "--errors" -> errors = true;
        case "--documents" -> documents = true;
        case "--gold" -> gold = true;
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("unknown option '" + arg + "' for timeml (try --help)");
          }
          dirs.add(Path.of(arg));
        }
      }
    }
    if (dirs.size() != 2) {
      throw new UsageException(
          "timeml needs an input (a directory or one file) and an output directory: timeml"
              + " [--errors] [--documents] [--gold] INPUT OUTPUT-DIR");
    }
    Supplier<TimexTagger> tagger = gold ? () -> TimemlDocument::timexes : TimemlCommand::pipeline;
    return run(dirs.get(0), dirs.get(1), tagger, errors, documents);
  }

  /** The default pipeline's time stage as a tagger. */
  static TimexTagger pipeline() {
    Pipeline pipeline = Annalist.defaultPipeline();
    if (!pipeline.provides().contains(TimeLayer.KEY)) {
      throw new IllegalStateException(
          "the default pipeline has no '" + TimeLayer.KEY + "' stage; layers: "
              + pipeline.provides());
    }
    return document -> tag(pipeline, document);
  }

  /** Analyses the TEXT as an article dated by the creation time and returns its expressions. */
  static List<Timex3> tag(Pipeline pipeline, TimemlDocument document) {
    DocumentMetadata metadata =
        DocumentMetadata.builder(documentId(document.id()))
            .publicationDate(
                document.findCreationTime().flatMap(CreationTime::findDate).orElse(null))
            .build();
    AnalyzedDocument analyzed = pipeline.analyze(document.text(), metadata);
    List<Timex3> timexes = new ArrayList<>();
    for (TemporalExpression e : analyzed.expect(TimeLayer.KEY).expressions()) {
      timexes.add(Timex3.builder(e.span(), e.type(), e.value()).mod(e.mod()).build());
    }
    return timexes;
  }

  /** A valid document id for the pipeline: characters outside {@code [A-Za-z0-9._-]} become _. */
  static String documentId(String timemlId) {
    String id = timemlId.replaceAll("[^A-Za-z0-9._-]", "_");
    return id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) ? "d" + id : id;
  }

  /**
   * Tags {@code input} (a directory, or one {@code .tml} / {@code .TE3input} file) into the
   * directory {@code output}. Never writes over an input: an output that is a file, that is the
   * input directory or inside it, or where an output file would be one of the inputs, is a usage
   * error ({@link UsageException}) before anything is written.
   */
  int run(Path input, Path output, Supplier<TimexTagger> taggerFactory, boolean printErrors,
      boolean printDocuments) {
    if (!Files.exists(input)) {
      err.println("annalist: " + input + ": no such file or directory");
      return AnnalistCommand.SOME_FAILED;
    }
    boolean single = !Files.isDirectory(input);
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("timeml: the output " + output + " is a file, not a directory"
          + (FileArguments.sameFile(input, output) ? " (it is the input)" : ""));
    }
    Path inputDir = FileArguments.canonical(input);
    if (!single && FileArguments.canonical(output).startsWith(inputDir)) {
      throw new UsageException("timeml: the output directory " + output
          + " must not be the input directory or inside it");
    }
    List<Path> files;
    if (single) {
      if (!isTimeml(input)) {
        err.println("annalist: " + input + ": not a .tml or .TE3input file");
        return AnnalistCommand.SOME_FAILED;
      }
      files = List.of(input);
    } else {
      try (Stream<Path> listing = Files.walk(input)) {
        files = listing.filter(Files::isRegularFile).filter(TimemlCommand::isTimeml).sorted()
            .toList();
      } catch (IOException e) {
        err.println("annalist: " + input + ": cannot list: " + FileArguments.reason(e));
        return AnnalistCommand.SOME_FAILED;
      } catch (UncheckedIOException e) {
        err.println("annalist: " + input + ": cannot list: "
            + FileArguments.reason(e.getCause()));
        return AnnalistCommand.SOME_FAILED;
      }
      if (files.isEmpty()) {
        err.println("annalist: " + input + ": no .tml or .TE3input files");
        return AnnalistCommand.SOME_FAILED;
      }
    }
    // Where each input goes, checked before anything is written: an output file that is one of
    // the inputs (the output directory holds the input file, or links into the input) is refused.
    Map<Path, Path> targets = new LinkedHashMap<>();
    Set<Path> inputFiles = new HashSet<>();
    for (Path file : files) {
      inputFiles.add(FileArguments.canonical(file));
    }
    for (Path file : files) {
      Path relative = single ? file.getFileName() : input.relativize(file);
      Path parent = relative.getParent();
      String name = outputName(file.getFileName().toString());
      Path target = parent == null ? output.resolve(name) : output.resolve(parent).resolve(name);
      if (inputFiles.contains(FileArguments.canonical(target))) {
        throw new UsageException("timeml: writing " + target + " would overwrite the input "
            + file + "; choose another output directory");
      }
      targets.put(file, target);
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot create: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }
    TimexTagger tagger;
    try {
      tagger = taggerFactory.get();
    } catch (RuntimeException e) {
      err.println("annalist: cannot build the tagger: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }

    TimemlReader reader = TimemlReader.create();
    TimemlWriter writer = TimemlWriter.create();
    Map<String, List<Timex3>> gold = new LinkedHashMap<>();
    Map<String, List<Timex3>> system = new LinkedHashMap<>();
    int failed = 0;
    int dropped = 0;
    long characters = 0;
    long nanos = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String shown = single ? name : input.relativize(file).toString();
      TimemlDocument document;
      try {
        document = reader.read(file);
      } catch (AnnalistException e) {
        err.println("annalist: " + e.getMessage());
        failed++;
        continue;
      }
      if (gold.containsKey(document.id()) || system.containsKey(document.id())) {
        err.println("annalist: " + shown + ": document " + document.id() + " read twice; skipped");
        failed++;
        continue;
      }
      boolean hasGold = name.toLowerCase(Locale.ROOT).endsWith(".tml");
      if (hasGold) {
        gold.put(document.id(), document.timexes());
      }
      List<Timex3> tagged;
      long start = System.nanoTime();
      try {
        tagged = tagger.tag(document);
      } catch (RuntimeException e) {
        err.println("annalist: " + shown + ": cannot tag: " + e.getMessage());
        failed++;
        continue;
      } finally {
        nanos += System.nanoTime() - start;
      }
      characters += document.text().length();
      List<Timex3> kept = withoutOverlaps(tagged);
      dropped += tagged.size() - kept.size();
      try {
        Path target = targets.get(file);
        Files.createDirectories(target.getParent());
        writer.write(file, kept, target);
      } catch (IOException e) {
        err.println("annalist: " + shown + ": cannot write: " + FileArguments.reason(e));
        failed++;
        continue;
      } catch (AnnalistException | IllegalArgumentException | IllegalStateException
          | UncheckedIOException e) {
        err.println("annalist: " + shown + ": cannot write: " + e.getMessage());
        failed++;
        continue;
      }
      system.put(document.id(), kept);
    }

    out.printf(Locale.ROOT,
        "timeml: %d files, %d written to %s, %d failed; tagged %,d characters in %.1f s%s%n",
        files.size(), system.size(), output, failed, characters, nanos / 1e9,
        dropped == 0 ? "" : "; " + dropped + " overlapping TIMEX3s dropped");
    if (!gold.isEmpty()) {
      Map<String, List<Timex3>> scored = new TreeMap<>();
      system.forEach((id, timexes) -> {
        if (gold.containsKey(id)) {
          scored.put(id, timexes);
        }
      });
      TimexScores scores = TimexScorer.create().score(gold, scored);
      out.print(scores.toTable());
      if (printDocuments) {
        printDocuments(scores);
      }
      if (printErrors) {
        scores.errors().forEach(e -> out.println(e.toLine()));
      }
    }
    return failed == 0 ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private void printDocuments(TimexScores scores) {
    out.printf(Locale.ROOT, "%-28s %5s %5s %8s %8s %8s%n",
        "document", "gold", "sys", "strictF1", "relaxF1", "valueAcc");
    for (Map.Entry<String, TimexCounts> e : scores.documents().entrySet()) {
      TimexCounts c = e.getValue();
      out.printf(Locale.ROOT, "%-28s %5d %5d %8.2f %8.2f %8.2f%n", e.getKey(), c.gold(),
          c.system(), 100 * c.strictF1(), 100 * c.relaxedF1(), 100 * c.valueAccuracy());
    }
  }

  /** Keeps the TIMEX3s that overlap no earlier kept one, preferring the earlier, then longer. */
  static List<Timex3> withoutOverlaps(List<Timex3> timexes) {
    List<Timex3> sorted = new ArrayList<>(timexes);
    sorted.sort(Comparator.comparingInt((Timex3 t) -> t.span().begin())
        .thenComparing(t -> -t.span().length()));
    List<Timex3> kept = new ArrayList<>();
    for (Timex3 t : sorted) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(t)) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static boolean isTimeml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tml") || name.endsWith(".te3input");
  }

  /** {@code X.tml} stays; {@code X.TE3input} and {@code X.tml.TE3input} become {@code X.tml}. */
  static String outputName(String inputName) {
    return TimemlReader.idFromFileName(inputName) + ".tml";
  }
}
