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
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annalist.Annalist;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.AnnalistException;
import org.annalist.core.eval.timeml.CreationTime;
import org.annalist.core.eval.timeml.EventCounts;
import org.annalist.core.eval.timeml.EventScorer;
import org.annalist.core.eval.timeml.EventScores;
import org.annalist.core.eval.timeml.TimemlDocument;
import org.annalist.core.eval.timeml.TimemlEvent;
import org.annalist.core.eval.timeml.TimemlReader;
import org.annalist.core.eval.timeml.TimemlWriter;
import org.annalist.core.eval.timeml.Timex3;
import org.annalist.core.eval.timeml.TimexCounts;
import org.annalist.core.eval.timeml.TimexScorer;
import org.annalist.core.eval.timeml.TimexScores;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code annalist timeml [--errors] [--documents] [--gold] INPUT OUTPUT-DIR}: tags the TEXT of
 * every {@code .tml} and {@code .TE3input} file under the directory {@code INPUT} (sub-directories
 * included), or of the one file {@code INPUT}, with the default pipeline's time stage, the creation
 * time's day given as the publication date, and writes each as TimeML with the system's TIMEX3s and
 * EVENTs inline (and a MAKEINSTANCE per EVENT) to the same relative place under {@code OUTPUT-DIR}
 * (a file input: into {@code OUTPUT-DIR}), named {@code <name>.tml}, ready for the TempEval-3
 * toolkit. When inputs carry gold annotations ({@code .tml} files), prints the TempEval-3 Task A
 * measures against the gold TIMEX3s and, when the system produced any EVENT, the Task B measures
 * against the gold EVENTs. With {@code --gold} the inputs' own gold TIMEX3s and EVENTs are written
 * instead of tagging, which checks reading, writing and scoring (every measure is 1.0).
 *
 * <p>TIMEX3s come from a {@link TimexTagger} and EVENTs from an {@link EventTagger}. The default
 * pipeline has no event stage yet, so its event tagger ({@link PipelineTagger#events}) finds none
 * and no Task B block is printed. Overlapping TIMEX3s, overlapping EVENTs and EVENTs that overlap a
 * kept TIMEX3 are dropped before writing (TimeML nests neither), and counted.
 *
 * <p>Inputs are never overwritten: an {@code OUTPUT-DIR} that is an existing file, that is the
 * input directory or inside it, or in which an output file would be one of the inputs, is bad usage
 * (exit status 2) and nothing is written. A missing input, or one that is not TimeML, is a failed
 * input (exit status 1). A progress line on standard error counts the files (see {@link Progress}).
 *
 * <p>Filled in by picocli and run once; not thread-safe.
 */
@Command(
    name = "timeml",
    description = {
      "Tag and score TimeML (TempEval-3) files with the time stage.",
      "",
      "Tags the TEXT of every .tml / .TE3input file under IN (a directory, or one such file)"
          + " with the time stage (the creation time as document date), writes TimeML with the"
          + " TIMEX3s and EVENTs inline under OUT-DIR for the TempEval-3 toolkit, and prints"
          + " TempEval-3 scores against the gold TIMEX3s (Task A) and, when EVENTs were"
          + " produced, the gold EVENTs (Task B) of .tml inputs. Inputs are never overwritten.",
      ""})
final class TimemlCommand implements Callable<Integer> {

  /** A temporal tagger: the TIMEX3s of a TimeML document's TEXT, in TEXT offsets. */
  @FunctionalInterface
  interface TimexTagger {
    List<Timex3> tag(TimemlDocument document);
  }

  /** An event tagger: the EVENTs of a TimeML document's TEXT, in TEXT offsets, with attributes. */
  @FunctionalInterface
  interface EventTagger {
    List<TimemlEvent> events(TimemlDocument document);

    /** Finds no EVENT. */
    EventTagger NONE = document -> List.of();
  }

  /** The two taggers of a run. */
  record Taggers(TimexTagger timexes, EventTagger events) {}

  @ParentCommand RootCommand root;

  @Option(names = "--errors",
      description = "Also list missed, spurious and wrong TIMEX3s (and EVENTs).")
  boolean errors;

  @Option(names = "--documents", description = "Also print scores per document.")
  boolean documents;

  @Option(names = "--gold",
      description = "Write the inputs' gold TIMEX3s and EVENTs instead of tagging (checks"
          + " reading, writing and scoring: every measure is 1.0).")
  boolean gold;

  @Mixin ProgressOptions progressOptions;

  @Parameters(index = "0", paramLabel = "IN",
      description = "A directory (sub-directories included) or one .tml or .TE3input file.")
  Path input;

  @Parameters(index = "1", paramLabel = "OUT-DIR",
      description = "The output directory, outside IN.")
  Path output;

  /** For picocli. */
  TimemlCommand() {}

  /** Runs on the given streams outside a command line (for tests); no progress line. */
  TimemlCommand(PrintStream out, PrintStream err) {
    this.root = new RootCommand(out, err, Terminal.none(), System::nanoTime, Annalist::defaultPipeline);
  }

  /** The whole command line {@code annalist timeml ARGS...} on this command's streams. */
  int run(List<String> args) {
    List<String> line = new ArrayList<>();
    line.add("timeml");
    line.addAll(args);
    return new AnnalistCommand(root.out(), root.err()).run(line.toArray(String[]::new));
  }

  @Override
  public Integer call() {
    Supplier<Taggers> taggers = gold ? TimemlCommand::gold : TimemlCommand::pipeline;
    try (Progress progress = root.progress(progressOptions)) {
      return run(input, output, taggers, errors, documents, progress);
    }
  }

  /** The inputs' own gold annotations as taggers. */
  static Taggers gold() {
    return new Taggers(TimemlDocument::timexes, TimemlDocument::events);
  }

  /** The default pipeline as taggers, analysing each document once for both. */
  static Taggers pipeline() {
    PipelineTagger tagger = new PipelineTagger(Annalist.defaultPipeline());
    return new Taggers(tagger::timexes, tagger::events);
  }

  /**
   * Tags with a pipeline: analyses the TEXT as an article dated by the creation time, once per
   * document, and turns its layers into TIMEX3s and EVENTs. Keeps the last analysis; not
   * thread-safe.
   */
  static final class PipelineTagger {
    private final Pipeline pipeline;
    private TimemlDocument last;
    private AnalyzedDocument analyzed;

    PipelineTagger(Pipeline pipeline) {
      if (!pipeline.provides().contains(TimeLayer.KEY)) {
        throw new IllegalStateException(
            "the default pipeline has no '" + TimeLayer.KEY + "' stage; layers: "
                + pipeline.provides());
      }
      this.pipeline = pipeline;
    }

    private AnalyzedDocument analyze(TimemlDocument document) {
      if (document != last) {
        DocumentMetadata metadata =
            DocumentMetadata.builder(documentId(document.id()))
                .publicationDate(
                    document.findCreationTime().flatMap(CreationTime::findDate).orElse(null))
                .build();
        analyzed = pipeline.analyze(document.text(), metadata);
        last = document;
      }
      return analyzed;
    }

    /** The time layer's expressions as TIMEX3s. */
    List<Timex3> timexes(TimemlDocument document) {
      List<Timex3> timexes = new ArrayList<>();
      for (TemporalExpression e : analyze(document).expect(TimeLayer.KEY).expressions()) {
        timexes.add(Timex3.builder(e.span(), e.type(), e.value()).mod(e.mod()).build());
      }
      return timexes;
    }

    /**
     * The hook for the event stage: the events of the document's event layer ({@code
     * org.annalist.model.EventLayer}, each through {@link TimemlEvent#of}). The default pipeline
     * has no event layer yet, so this finds none and no Task B block is printed.
     */
    List<TimemlEvent> events(TimemlDocument document) {
      return EventTagger.NONE.events(document);
    }
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
    return run(input, output, () -> new Taggers(taggerFactory.get(), EventTagger.NONE),
        printErrors, printDocuments, Progress.off());
  }

  /** As above, with EVENTs from the second tagger. */
  int run(Path input, Path output, TimexTagger timexTagger, EventTagger eventTagger,
      boolean printErrors, boolean printDocuments) {
    return run(input, output, () -> new Taggers(timexTagger, eventTagger), printErrors,
        printDocuments, Progress.off());
  }

  /** As above, counting the files on {@code progress}. */
  private int run(Path input, Path output, Supplier<Taggers> taggerFactory,
      boolean printErrors, boolean printDocuments, Progress progress) {
    PrintStream out = root.out();
    PrintStream err = root.err();
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
    Taggers tagger;
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
    Map<String, List<TimemlEvent>> goldEvents = new LinkedHashMap<>();
    Map<String, List<TimemlEvent>> systemEvents = new LinkedHashMap<>();
    int failed = 0;
    int dropped = 0;
    int droppedEvents = 0;
    int producedEvents = 0;
    long characters = 0;
    long nanos = 0;
    progress.start("timeml", files.size(), "files");
    for (Path file : files) {
      boolean written = false;
      try {
        String name = file.getFileName().toString();
        String shown = single ? name : input.relativize(file).toString();
        TimemlDocument document;
        try {
          document = reader.read(file);
        } catch (AnnalistException e) {
          progress.beforeWriting(err);
          err.println("annalist: " + e.getMessage());
          failed++;
          continue;
        }
        if (gold.containsKey(document.id()) || system.containsKey(document.id())) {
          progress.beforeWriting(err);
          err.println("annalist: " + shown + ": document " + document.id() + " read twice; skipped");
          failed++;
          continue;
        }
        boolean hasGold = name.toLowerCase(Locale.ROOT).endsWith(".tml");
        if (hasGold) {
          gold.put(document.id(), document.timexes());
          goldEvents.put(document.id(), document.events());
        }
        List<Timex3> tagged;
        List<TimemlEvent> events;
        long start = System.nanoTime();
        try {
          tagged = tagger.timexes().tag(document);
          events = tagger.events().events(document);
        } catch (RuntimeException e) {
          progress.beforeWriting(err);
          err.println("annalist: " + shown + ": cannot tag: " + e.getMessage());
          failed++;
          continue;
        } finally {
          nanos += System.nanoTime() - start;
        }
        characters += document.text().length();
        List<Timex3> kept = withoutOverlaps(tagged);
        List<TimemlEvent> keptEvents = eventsWithoutOverlaps(events, kept);
        try {
          Path target = targets.get(file);
          Files.createDirectories(target.getParent());
          writer.write(file, kept, keptEvents, target);
        } catch (IOException e) {
          progress.beforeWriting(err);
          err.println("annalist: " + shown + ": cannot write: " + FileArguments.reason(e));
          failed++;
          continue;
        } catch (AnnalistException | IllegalArgumentException | IllegalStateException
            | UncheckedIOException e) {
          progress.beforeWriting(err);
          err.println("annalist: " + shown + ": cannot write: " + e.getMessage());
          failed++;
          continue;
        }
        system.put(document.id(), kept);
        systemEvents.put(document.id(), keptEvents);
        dropped += tagged.size() - kept.size();
        droppedEvents += events.size() - keptEvents.size();
        producedEvents += events.size();
        written = true;
      } finally {
        progress.step(!written);
      }
    }
    progress.close();

    out.printf(Locale.ROOT,
        "timeml: %d files, %d written to %s, %d failed; tagged %,d characters in %.1f s%s%s%n",
        files.size(), system.size(), output, failed, characters, nanos / 1e9,
        dropped == 0 ? "" : "; " + dropped + " overlapping TIMEX3s dropped",
        droppedEvents == 0 ? "" : "; " + droppedEvents + " overlapping EVENTs dropped");
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
        printDocuments(out, scores);
      }
      if (printErrors) {
        scores.errors().forEach(e -> out.println(e.toLine()));
      }
      if (producedEvents > 0) {
        Map<String, List<TimemlEvent>> scoredEvents = new TreeMap<>();
        systemEvents.forEach((id, events) -> {
          if (goldEvents.containsKey(id)) {
            scoredEvents.put(id, events);
          }
        });
        EventScores eventScores = EventScorer.create().score(goldEvents, scoredEvents);
        out.print(eventScores.toTable());
        if (printDocuments) {
          printDocuments(out, eventScores);
        }
        if (printErrors) {
          eventScores.errors().forEach(e -> out.println(e.toLine()));
        }
      }
    }
    return failed == 0 ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private static void printDocuments(PrintStream out, EventScores scores) {
    out.printf(Locale.ROOT, "%-28s %5s %5s %8s %8s %8s%n",
        "document", "gold", "sys", "strictF1", "relaxF1", "classF1");
    for (Map.Entry<String, EventCounts> e : scores.documents().entrySet()) {
      EventCounts c = e.getValue();
      out.printf(Locale.ROOT, "%-28s %5d %5d %8.2f %8.2f %8.2f%n", e.getKey(), c.gold(),
          c.system(), 100 * c.strictF1(), 100 * c.relaxedF1(),
          100 * c.f1(EventCounts.Attribute.CLASS));
    }
  }

  private static void printDocuments(PrintStream out, TimexScores scores) {
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

  /**
   * Keeps the EVENTs that overlap no kept TIMEX3 and no earlier kept EVENT, preferring the earlier,
   * then longer.
   */
  static List<TimemlEvent> eventsWithoutOverlaps(List<TimemlEvent> events, List<Timex3> timexes) {
    List<TimemlEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingInt((TimemlEvent e) -> e.span().begin())
        .thenComparing(e -> -e.span().length()));
    List<TimemlEvent> kept = new ArrayList<>();
    for (TimemlEvent e : sorted) {
      boolean free = kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(e);
      for (int i = 0; free && i < timexes.size(); i++) {
        Timex3 t = timexes.get(i);
        free = !(t.span().begin() < e.span().end() && e.span().begin() < t.span().end());
      }
      if (free) {
        kept.add(e);
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
