package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annalist.Annalist;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.chronology.ChronologyHtmlWriter;
import org.annalist.core.chronology.ChronologyTextWriter;
import org.annalist.core.chronology.CorpusChronology;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.model.Chronology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist chronology [--format text|json|html] [-o FILE] [--explain] FILE|DIR...}: the
 * main job. Analyses the articles, dates the undated ones from the others, merges the reports of
 * each event across articles and prints the chronology: a readable report (date, title,
 * participants, sources, conflicts), the {@link Chronology} as JSON, or a self-contained HTML
 * timeline page. A progress line on standard error counts the documents. Filled in by picocli and
 * run once; not thread-safe.
 */
@Command(
    name = "chronology",
    description = {
      "Build one chronology from many articles.",
      "",
      "Analyses the articles, infers the dates of those that state none from the events they"
          + " share with dated ones, merges the reports of each event across articles, and"
          + " prints the chronology: each entry with its date, title, participants, sources and"
          + " the conflicts between them; then the events no report asserts, set apart, and the"
          + " undated ones.",
      ""})
final class ChronologyCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { text, json, html }

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default), json, or html (a self-contained timeline page).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output (required for html).")
  Path output;

  @Option(names = "--explain",
      description = "Quote every report, say why reports were merged, and list near misses.")
  boolean explain;

  @Mixin ThreadsOption threadsOption;

  @Mixin ProgressOptions progressOptions;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Articles: .txt or .jsonl files, or directories of .txt files.")
  List<Path> inputs;

  @Override
  public Integer call() {
    int threads = threadsOption.threads(spec);
    PrintStream out = root.out();
    PrintStream err = root.err();
    if (format == Format.html && output == null) {
      throw new UsageException("chronology: --format html needs -o FILE");
    }
    if (output != null) {
      FileArguments.requireNotAnInput("chronology", "-o", output, inputs);
    }
    Corpus corpus = CorpusReader.create().read(inputs);
    Map<String, String> texts = new TreeMap<>();
    CorpusChronology.Result result;
    try (Progress progress = root.progress(progressOptions)) {
      progress.start("chronology", corpus.articles().size() + corpus.failures().size(),
          "documents");
      CorpusChronology job = CorpusChronology.create(root.pipeline(), Annalist.chronologyBuilder());
      result = job.build(corpus, threads, document -> {
        if (format == Format.html) {
          texts.put(document.id(), document.text());
        }
        document.itemFailures().forEach(f -> {
          progress.beforeWriting(err);
          err.println("annalist: warning: " + f.message());
        });
        progress.step(false);
      });
    }
    Chronology chronology = result.chronology();
    try {
      if (output == null) {
        write(chronology, texts, out);
        out.flush();
      } else {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(output)) {
          write(chronology, texts, stream);
        }
        err.println("annalist: chronology: wrote " + chronology.entries().size()
            + " dated entries to " + output);
      }
    } catch (IOException e) {
      err.println("annalist: chronology: cannot write " + (output == null ? "standard output"
          : output) + ": " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }
    result.failures().forEach(failure -> err.println("annalist: " + failure.toLine()));
    return result.failures().isEmpty() ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private void write(Chronology chronology, Map<String, String> texts, OutputStream stream)
      throws IOException {
    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    switch (format) {
      case text -> ChronologyTextWriter.create(explain).write(chronology, writer);
      case json -> writer.write(AnnalistJson.create().writePretty(chronology) + "\n");
      case html -> ChronologyHtmlWriter.create().write(chronology, texts, writer);
      default -> throw new IllegalStateException("format " + format);
    }
    writer.flush();
  }
}
