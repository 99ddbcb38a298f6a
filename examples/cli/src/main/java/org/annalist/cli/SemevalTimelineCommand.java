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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.InvalidInputException;
import org.annalist.core.chronology.ChronologyBuilder;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatReader;
import org.annalist.core.eval.semeval.Timeline;
import org.annalist.core.eval.semeval.TimelineBuilder;
import org.annalist.core.eval.semeval.TimelineBuilder.Selection;
import org.annalist.core.eval.semeval.TimelineCounts;
import org.annalist.core.eval.semeval.TimelineDocument;
import org.annalist.core.eval.semeval.TimelineReader;
import org.annalist.core.eval.semeval.TimelineScores;
import org.annalist.core.eval.semeval.TimelineScorer;
import org.annalist.core.eval.semeval.TimelineWriter;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityLayer;
import org.annalist.model.EventLayer;
import org.annalist.model.TimeLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist semeval-timeline [-o OUT-DIR] [--select ...] [--compare] CORPUS-DIR GOLD-DIR}:
 * SemEval-2015 Task 4, Track A. Reads every CAT {@code .xml} file of {@code CORPUS-DIR} ({@link
 * CatReader}), analyses its rebuilt text with the pipeline (the metadata is the document id alone:
 * the files carry no publication date; when the time stage finds no exact day, the document is
 * redated by its date line, {@link CatDocument#findDateLine()}, unless {@code --no-date-line}),
 * builds the timeline of the target entity of every gold {@code .txt} file of {@code GOLD-DIR}
 * ({@link TimelineBuilder}; by default the events a participant of which names the target,
 * asserted or reported, an event without a time of its own at the document's date, and with
 * {@code --merge} the reports the corpus {@link Chronology} merges on one line), writes each as
 * {@code OUT-DIR/<gold name>.txt} in the gold format and
 * prints the scores of {@link TimelineScorer}: per timeline and micro-averaged, beside the best
 * published Track A F1. {@code --compare} also prints the micro-averaged figures of every
 * combination of the builder's options.
 *
 * <p>A CAT or gold file that cannot be read is one line on standard error and exit status 1; the
 * others are still scored (a missing gold file's timeline is not). {@code OUT-DIR} must lie outside
 * both input directories (bad usage, exit status 2). Filled in by picocli and run once; not
 * thread-safe.
 */
@Command(
    name = "semeval-timeline",
    description = {
      "Build and score SemEval-2015 Task 4 timelines (cross-document event ordering).",
      "",
      "Reads the CAT .xml documents of CORPUS-DIR, analyses their text, builds the timeline of"
          + " the target entity of each gold .txt timeline of GOLD-DIR, writes it to"
          + " OUT-DIR/<name>.txt in the task's format (with -o), and prints temporal-awareness"
          + " precision, recall and F1 per timeline and micro-averaged, as the task scored.",
      ""})
final class SemevalTimelineCommand implements Callable<Integer> {

  /** The best Track A (raw text) F1 of the task's participants (Minard et al. 2015). */
  static final double BEST_PUBLISHED_TRACK_A_F1 = 7.85;

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT-DIR",
      description = "Write the system timelines to this directory, outside the inputs.")
  Path output;

  @Option(names = "--select", paramLabel = "WHICH", defaultValue = "PARTICIPANT",
      description = "The events of a target: PARTICIPANT (an event participant names it, the"
          + " default), SENTENCE (the sentence names it) or EITHER.")
  Selection selection;

  @Option(names = "--all-factualities",
      description = "Keep negated, planned... events too, not only asserted and reported ones.")
  boolean allFactualities;

  @Option(names = "--no-document-date",
      description = "Leave an event without a time of its own undated, not at the document's"
          + " date.")
  boolean noDocumentDate;

  @Option(names = "--merge",
      description = "Write the reports of one chronology entry on one line (coreferent).")
  boolean merge;

  @Option(names = "--expand",
      description = "With --merge, bring every report of an entry one of whose reports involves"
          + " the target, not only those that involve it.")
  boolean expand;

  @Option(names = "--no-date-line",
      description = "Do not date a document by its date line when the pipeline finds no date.")
  boolean noDateLine;

  @Option(names = "--compare",
      description = "Also print the micro-averaged figures of every combination of options.")
  boolean compare;

  @Mixin ThreadsOption threadsOption;

  @Mixin ProgressOptions progressOptions;

  @Parameters(index = "0", paramLabel = "CORPUS-DIR", description = "The CAT .xml documents.")
  Path corpusDir;

  @Parameters(index = "1", paramLabel = "GOLD-DIR", description = "The gold .txt timelines.")
  Path goldDir;

  private int problems;
  private int redated;

  @Override
  public Integer call() {
    int threads = threadsOption.threads(spec);
    PrintStream out = root.out();
    PrintStream err = root.err();
    requireOutsideInputs();
    for (Path dir : List.of(corpusDir, goldDir)) {
      if (!Files.isDirectory(dir)) {
        err.println("annalist: " + dir + ": "
            + (Files.exists(dir) ? "not a directory" : "no such file or directory"));
        return AnnalistCommand.SOME_FAILED;
      }
    }
    List<CatDocument> cats = new ArrayList<>();
    Map<String, Timeline> gold = new TreeMap<>();
    try {
      CatReader catReader = CatReader.create();
      for (Path file : list(corpusDir, ".xml")) {
        try {
          cats.add(catReader.read(file));
        } catch (InvalidInputException e) {
          problem(err, e.getMessage());
        }
      }
      TimelineReader timelineReader = TimelineReader.create();
      for (Path file : list(goldDir, ".txt")) {
        String name = file.getFileName().toString();
        try {
          gold.put(name.substring(0, name.length() - 4), timelineReader.read(file));
        } catch (InvalidInputException e) {
          problem(err, e.getMessage());
        }
      }
    } catch (IOException e) {
      err.println("annalist: cannot list: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }

    Pipeline pipeline = root.pipeline();
    for (var key : List.of(EntityLayer.KEY, EventLayer.KEY)) {
      if (!pipeline.provides().contains(key)) {
        err.println("annalist: semeval-timeline: the pipeline has no '" + key + "' stage (its"
            + " layers: " + pipeline.provides() + ")");
        return AnnalistCommand.SOME_FAILED;
      }
    }
    List<TimelineDocument> documents = analyse(pipeline, cats, threads, err);
    Chronology chronology = ChronologyBuilder.builder().includeUntyped(true).build()
        .build(documents.stream().map(TimelineDocument::analysis).toList());

    TimelineBuilder builder = TimelineBuilder.builder().selection(selection)
        .assertedOnly(!allFactualities).documentDate(!noDocumentDate).expandEntries(expand)
        .build();
    Map<String, Timeline> system = build(builder, gold, documents, merge ? chronology : null);
    if (output != null && !write(system, err)) {
      return AnnalistCommand.SOME_FAILED;
    }
    TimelineScores scores = TimelineScorer.create().score(gold, system);
    out.printf(Locale.ROOT, "semeval-timeline: %d documents (%d dated by their date line), %d"
            + " timelines; --select %s%s%s%s%s%n", documents.size(), redated, gold.size(),
        selection, allFactualities ? " --all-factualities" : "",
        noDocumentDate ? " --no-document-date" : "", merge ? " --merge" : "",
        expand ? " --expand" : "");
    out.print(scores.toTable());
    out.printf(Locale.ROOT, "micro-averaged F1 %.2f; best published Track A F1 %.2f%n",
        100 * scores.overall().f1(), BEST_PUBLISHED_TRACK_A_F1);
    if (compare) {
      printComparison(out, gold, documents, chronology);
    }
    return problems == 0 ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private List<TimelineDocument> analyse(Pipeline pipeline, List<CatDocument> cats, int threads,
      PrintStream err) {
    List<ArticleSource> articles = cats.stream().map(c -> new ArticleSource(c.text(),
        DocumentMetadata.of(c.id()), corpusDir.resolve(c.name()).toString())).toList();
    List<TimelineDocument> documents = new ArrayList<>();
    try (Progress progress = root.progress(progressOptions)) {
      progress.start("semeval-timeline", cats.size(), "documents");
      pipeline.analyze(Corpus.of(articles), threads, new CorpusSink() {
        private int next;

        @Override
        public void accept(AnalyzedDocument document) {
          CatDocument cat = cats.get(next++);
          document.itemFailures().forEach(f -> {
            progress.beforeWriting(err);
            err.println("annalist: warning: " + f.message());
          });
          AnalyzedDocument dated = document;
          // the time stage may only infer a year ("latest-year-mentioned"); the line says the day
          if (!noDateLine && document.find(TimeLayer.KEY)
              .map(t -> t.documentDate().findExact().isEmpty()).orElse(false)) {
            var line = cat.findDateLine();
            if (line.isPresent()) {
              dated = pipeline.redate(document, line.get());
              redated++;
            }
          }
          documents.add(new TimelineDocument(cat, dated));
          progress.step(false);
        }

        @Override
        public void failed(DocumentFailure failure) {
          next++;
          progress.beforeWriting(err);
          problem(err, failure.toLine());
          progress.step(true);
        }
      });
    }
    return documents;
  }

  private static Map<String, Timeline> build(TimelineBuilder builder, Map<String, Timeline> gold,
      List<TimelineDocument> documents, Chronology chronology) {
    Map<String, Timeline> system = new TreeMap<>();
    gold.forEach((name, g) -> system.put(name, builder.build(g.target(), documents,
        chronology)));
    return system;
  }

  private void printComparison(PrintStream out, Map<String, Timeline> gold,
      List<TimelineDocument> documents, Chronology chronology) {
    out.printf(Locale.ROOT, "%-11s %-8s %-13s %-6s %7s %7s %7s%n", "select", "asserted",
        "document-date", "merge", "P", "R", "F1");
    for (Selection s : Selection.values()) {
      for (boolean a : new boolean[] {false, true}) {
        for (boolean d : new boolean[] {false, true}) {
          for (String m : List.of("no", "yes", "expand")) {
            TimelineBuilder b = TimelineBuilder.builder().selection(s).assertedOnly(a)
                .documentDate(d).expandEntries(m.equals("expand")).build();
            TimelineCounts c = TimelineScorer.create().score(gold,
                build(b, gold, documents, m.equals("no") ? null : chronology)).overall();
            out.printf(Locale.ROOT, "%-11s %-8s %-13s %-6s %7.2f %7.2f %7.2f%n", s, a, d, m,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1());
          }
        }
      }
    }
  }

  private boolean write(Map<String, Timeline> system, PrintStream err) {
    TimelineWriter writer = TimelineWriter.create();
    try {
      Files.createDirectories(output);
      for (Map.Entry<String, Timeline> e : system.entrySet()) {
        Files.writeString(output.resolve(e.getKey() + ".txt"), writer.write(e.getValue()),
            StandardCharsets.UTF_8);
      }
      return true;
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e));
      return false;
    }
  }

  private void problem(PrintStream err, String line) {
    err.println("annalist: " + line);
    problems++;
  }

  /** The regular files of {@code dir} whose names end with {@code suffix}, in name order. */
  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
          .endsWith(suffix)).filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The output must be a directory outside both input directories. */
  private void requireOutsideInputs() {
    if (output == null) {
      return;
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("semeval-timeline: the output " + output
          + " is a file, not a directory");
    }
    Path canonical = FileArguments.canonical(output);
    for (Path dir : List.of(corpusDir, goldDir)) {
      if (canonical.startsWith(FileArguments.canonical(dir))) {
        throw new UsageException("semeval-timeline: the output directory " + output
            + " must not be the input directory " + dir + " or inside it");
      }
    }
  }
}
