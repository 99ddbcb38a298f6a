package org.annalist.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annalist.Annalist;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.model.TextLayer;

/**
 * {@code annalist bench}: loads the models (timed), then runs the default pipeline over the corpus
 * repeatedly, first on one thread and then on all cores, each after a warm-up, and prints
 * documents/s, tokens/s and peak heap. Elapsed time comes from {@link System#nanoTime()}, a
 * monotonic timer, not the wall clock. Inputs that cannot be read are reported on stderr, one line
 * each, as {@code analyze} does; the others are measured and the exit status is 1.
 */
final class BenchCommand {

  private final PrintStream out;
  private final PrintStream err;

  BenchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(AnnalistCommand.Options options) {
    if (options.help()) {
      out.print(AnnalistCommand.USAGE_TEXT);
      return AnnalistCommand.OK;
    }
    Corpus corpus = CorpusReader.create().read(options.inputs());
    // like every command: one line per bad input on stderr, the others measured, exit status 1
    corpus.failures().forEach(f -> err.println("annalist: " + f.toLine()));
    if (corpus.articles().isEmpty()) {
      err.println("annalist: bench: no readable articles in "
          + options.inputs().stream().map(Object::toString).collect(Collectors.joining(", "))
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
    int cores = Runtime.getRuntime().availableProcessors();
    List<Integer> configs = cores > 1 ? List.of(1, cores) : List.of(1);
    for (int threads : configs) {
      measure(pipeline, corpus, threads, options.warmupSeconds(), options.measureSeconds());
    }
    return corpus.failures().isEmpty() ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private void measure(Pipeline pipeline, Corpus corpus, int threads, double warmup, double minimum) {
    runFor(pipeline, corpus, threads, warmup);
    resetPeaks();
    long start = System.nanoTime();
    long documents = 0;
    long tokens = 0;
    do {
      CorpusResult result = pipeline.analyze(corpus, threads);
      documents += result.documents().size();
      tokens += result.documents().stream()
          .mapToLong(d -> d.find(TextLayer.KEY).map(t -> t.tokens().size()).orElse(0))
          .sum();
    } while ((System.nanoTime() - start) / 1e9 < minimum);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%-8d %10.1f %12.0f %14.2f %12.1f%n",
        threads, documents / seconds, tokens / seconds, 1000 * seconds / documents,
        peakHeapBytes() / (1024.0 * 1024.0));
  }

  private static void runFor(Pipeline pipeline, Corpus corpus, int threads, double seconds) {
    long start = System.nanoTime();
    do {
      pipeline.analyze(corpus, threads);
    } while ((System.nanoTime() - start) / 1e9 < seconds);
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
