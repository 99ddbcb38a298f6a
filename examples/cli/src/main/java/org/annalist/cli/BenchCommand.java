package org.annalist.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.Annalist;
import org.annalist.core.chronology.CorpusChronology;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.Stage;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.TextLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench}: loads the models (timed), then runs the default pipeline over the corpus
 * repeatedly, first on one thread and then on {@code --threads} (all cores by default), each after
 * a warm-up, and prints documents/s, tokens/s and peak heap. Elapsed time comes from {@link
 * System#nanoTime()}, a monotonic timer, not the wall clock. Inputs that cannot be read are
 * reported on stderr, one line each, as {@code analyze} does; the others are measured and the exit
 * status is 1. A progress line on standard error shows each warm-up and measurement (see {@link
 * Progress}). Filled in by picocli and run once; not thread-safe.
 */
@Command(
    name = "bench",
    description = {
      "Measure the default pipeline's throughput on a corpus.",
      "",
      "Prints the model load time, then documents/s, tokens/s and peak heap on one thread and"
          + " on --threads threads, each measured after a warm-up; then the time of each stage on one"
      + " thread.",
      ""})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--warmup", paramLabel = "SECONDS",
      description = "Warm-up time per configuration (default: ${DEFAULT-VALUE}).")
  double warmupSeconds = 5;

  @Option(names = "--measure", paramLabel = "SECONDS",
      description = "Minimum measured time per configuration (default: ${DEFAULT-VALUE}).")
  double measureSeconds = 10;

  @Option(names = "--threads", paramLabel = "N",
      description = "Measure on one thread, then on N (default: the available processors, here"
          + " ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ProgressOptions progressOptions;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Articles, as for analyze.")
  List<Path> inputs;

  private PrintStream out;
  private Progress progress = Progress.off();

  @Override
  public Integer call() {
    OptionValues.seconds(spec, "--warmup", warmupSeconds);
    OptionValues.seconds(spec, "--measure", measureSeconds);
    OptionValues.atLeast(spec, "--threads", threads, 1);
    out = root.out();
    PrintStream err = root.err();
    Corpus corpus = CorpusReader.create().read(inputs);
    // like every command: one line per bad input on stderr, the others measured, exit status 1
    corpus.failures().forEach(f -> err.println("annalist: " + f.toLine()));
    if (corpus.articles().isEmpty()) {
      err.println("annalist: bench: no readable articles in "
          + inputs.stream().map(Object::toString).collect(Collectors.joining(", "))
          + ": nothing to measure");
      return AnnalistCommand.SOME_FAILED;
    }
    long loadStart = System.nanoTime();
    EnglishModels models = EnglishModels.load();
    Pipeline pipeline = Annalist.defaultPipeline(models);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    long chars = corpus.articles().stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "corpus: %d documents, %d characters; stages: %s%n",
        corpus.articles().size(), chars, pipeline.provides());
    out.printf(Locale.ROOT, "model load: %.3f s%n", loadSeconds);
    out.printf(Locale.ROOT, "%-8s %10s %12s %14s %12s%n",
        "threads", "docs/s", "tokens/s", "ms/doc", "peak heap MiB");
    List<Integer> configs = threads > 1 ? List.of(1, threads) : List.of(1);
    try (Progress line = root.progress(progressOptions)) {
      progress = line;
      for (int n : configs) {
        measure(pipeline, corpus, n, warmupSeconds, measureSeconds);
      }
      stages(pipeline, corpus, measureSeconds);
    } finally {
      progress = Progress.off();
    }
    return corpus.failures().isEmpty() ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private void measure(Pipeline pipeline, Corpus corpus, int threads, double warmup, double minimum) {
    String name = "bench " + threads + (threads == 1 ? " thread" : " threads");
    long pass = corpus.articles().size() + corpus.failures().size();
    progress.startTimed(name + ", warm-up", warmup, pass, "documents");
    runFor(pipeline, corpus, threads, warmup);
    resetPeaks();
    progress.startTimed(name + ", measuring", minimum, pass, "documents");
    long start = System.nanoTime();
    long documents = 0;
    long tokens = 0;
    do {
      CorpusResult result = analyze(pipeline, corpus, threads);
      documents += result.documents().size();
      tokens += result.documents().stream()
          .mapToLong(d -> d.find(TextLayer.KEY).map(t -> t.tokens().size()).orElse(0))
          .sum();
    } while ((System.nanoTime() - start) / 1e9 < minimum);
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.beforeWriting(out);
    out.printf(Locale.ROOT, "%-8d %10.1f %12.0f %14.2f %12.1f%n",
        threads, documents / seconds, tokens / seconds, 1000 * seconds / documents,
        peakHeapBytes() / (1024.0 * 1024.0));
  }

  /**
   * The time of each step on one thread (warm by now): the parser, then each stage applied to the
   * previous one's output, over whole passes of the corpus for at least {@code minimum} seconds.
   */
  private void stages(Pipeline pipeline, Corpus corpus, double minimum) {
    Pipeline parser = Pipeline.builder().build();
    List<Stage> stages = pipeline.stages();
    long[] nanos = new long[stages.size() + 1];
    long documents = 0;
    AnalyzedDocument[] last = new AnalyzedDocument[corpus.articles().size()];
    progress.startTimed("bench per stage", minimum, corpus.articles().size(), "documents");
    long start = System.nanoTime();
    do {
      for (int a = 0; a < corpus.articles().size(); a++) {
        ArticleSource article = corpus.articles().get(a);
        long[] times = new long[nanos.length];
        try {
          long t = System.nanoTime();
          AnalyzedDocument document = parser.analyze(article.text(), article.metadata());
          times[0] = System.nanoTime() - t;
          for (int i = 0; i < stages.size(); i++) {
            t = System.nanoTime();
            document = stages.get(i).apply(document);
            times[i + 1] = System.nanoTime() - t;
          }
          last[a] = document;
        } catch (RuntimeException e) {
          continue; // reported by the measurement above; a failed document is not timed
        }
        for (int i = 0; i < nanos.length; i++) {
          nanos[i] += times[i];
        }
        documents++;
        progress.step(false);
      }
    } while ((System.nanoTime() - start) / 1e9 < minimum);
    progress.beforeWriting(out);
    long total = Arrays.stream(nanos).sum();
    out.printf(Locale.ROOT, "%-10s %10s %8s%n", "step", "ms/doc", "share");
    for (int i = 0; i <= stages.size(); i++) {
      out.printf(Locale.ROOT, "%-10s %10.2f %7.1f%%%n", i == 0 ? "parse" : stages.get(i - 1).name(),
          nanos[i] / 1e6 / Math.max(1, documents), 100.0 * nanos[i] / Math.max(1, total));
    }
    chronology(pipeline, last, total / Math.max(1.0, documents));
  }

  /**
   * The time of building the chronology of the analysed corpus once (merging and dating undated
   * documents, which analyses them again from the time stage on), against the analysis.
   */
  private void chronology(Pipeline pipeline, AnalyzedDocument[] analysed, double nanosPerDoc) {
    List<AnalyzedDocument> docs = Arrays.stream(analysed).filter(d -> d != null).toList();
    if (docs.isEmpty()) {
      return;
    }
    CorpusChronology job = CorpusChronology.create(pipeline, Annalist.chronologyBuilder());
    long t = System.nanoTime();
    Chronology c = job.build(docs);
    double perDoc = (System.nanoTime() - t) / (double) docs.size();
    out.printf(Locale.ROOT, "chronology %.2f ms/doc, %.2fx the analysis (%d documents, %d "
        + "entries, one pass)%n", perDoc / 1e6, perDoc / Math.max(1.0, nanosPerDoc), docs.size(),
        c.entries().size() + c.undated().size() + c.setAside().size());
  }

  private void runFor(Pipeline pipeline, Corpus corpus, int threads, double seconds) {
    long start = System.nanoTime();
    do {
      analyze(pipeline, corpus, threads);
    } while ((System.nanoTime() - start) / 1e9 < seconds);
  }

  /**
   * {@link Pipeline#analyze(Corpus, int)}, which holds every document of a pass as this does (the
   * peak heap stays comparable with earlier figures), counting each outcome on the progress line.
   */
  private CorpusResult analyze(Pipeline pipeline, Corpus corpus, int threads) {
    List<AnalyzedDocument> documents = new ArrayList<>();
    List<DocumentFailure> failures = new ArrayList<>();
    pipeline.analyze(corpus, threads, new CorpusSink() {
      @Override
      public void accept(AnalyzedDocument document) {
        documents.add(document);
        progress.step(false);
      }

      @Override
      public void failed(DocumentFailure failure) {
        failures.add(failure);
        progress.step(true);
      }
    });
    return new CorpusResult(documents, failures);
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
