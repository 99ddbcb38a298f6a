package org.annalist.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.io.JsonStreamWriter;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.entities.EntityResolver;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.CanonicalEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist analyze [-o FILE] [--jsonl] [--pretty] [--threads N] FILE|DIR...}: parses and
 * analyses articles with the default pipeline and writes JSON: one object with the documents, the
 * failures and the corpus's canonical entities, or with {@code --jsonl} one document per line.
 * Each document is written as soon as it is analysed, so memory depends on the largest document,
 * not on the corpus. Each bad input is one line on standard error (and a failure record in the
 * JSON); an {@code -o} that is one of the inputs or a sidecar is bad usage and nothing is read.
 *
 * <p>A progress line on standard error counts the documents (see {@link Progress}); it is not
 * drawn when the JSON goes to the same terminal, unless {@code --progress} asks for it. Filled in
 * by picocli and run once; not thread-safe.
 */
@Command(
    name = "analyze",
    description = {
      "Analyse articles and write them as JSON.",
      "",
      "Parses and analyses the articles and writes JSON to standard output or to -o FILE: the"
          + " documents with their layers (text, time, entities, claims, quantities, events), the"
          + " failures, and the corpus's canonical entities with evidence from every document.",
      "Inputs: .txt files (each with optional sidecar metadata <name>.json), directories of"
          + " them, or .jsonl files ({\"text\": ..., \"metadata\": {...}} per line).",
      ""})
final class AnalyzeCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output (never onto an input).")
  Path output;

  @Option(names = "--jsonl",
      description = "One analysed document per line instead of one JSON object (without the"
          + " corpus's canonical entities).")
  boolean jsonLines;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

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
    if (output != null) {
      Path canonicalOutput = FileArguments.canonical(output);
      for (Path input : readableFiles(inputs)) {
        if (FileArguments.canonical(input).equals(canonicalOutput)) {
          throw new UsageException("analyze: -o " + output + " is the input " + input
              + " (or its sidecar metadata); it would be overwritten or read as metadata");
        }
      }
    }
    Corpus corpus = CorpusReader.create().read(inputs);
    Pipeline pipeline = root.pipeline();
    AnnalistJson json = AnnalistJson.create();
    EntityResolver resolver = EntityResolver.create();
    List<DocumentFailure> failures = new ArrayList<>();
    List<CanonicalEntity> entities = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String target = output == null ? "standard output" : output.toString();
    // JSON going to the terminal the line would be drawn on would be written over by it
    boolean jsonOnTerminal = output == null && root.showsOnTerminal(out);
    try (Progress progress = root.progress(
        progressOptions.enabled(root.showsOnTerminal(err) && !jsonOnTerminal))) {
      progress.start("analyze", corpus.articles().size() + corpus.failures().size(), "documents");
      try (OutputStream stream = openOutput(out);
          JsonStreamWriter writer = jsonLines
              ? json.streamLines(stream)
              : json.streamObject(stream, pretty)) {
        if (!jsonLines) {
          writer.beginArray("documents");
        }
        // Each document is written as soon as it is analysed, then forgotten but for its
        // entities; the sink is called on this thread, in input order, so it counts progress too.
        pipeline.analyze(corpus, threads, new CorpusSink() {
          @Override
          public void accept(AnalyzedDocument document) {
            document.itemFailures().forEach(skipped -> warnings.add(skipped.message()));
            progress.beforeWriting(out);
            writer.element(document);
            requireWritable(out, stream);
            if (!jsonLines) {
              entities.addAll(resolver.resolve(List.of(document)));
            }
            progress.step(false);
          }

          @Override
          public void failed(DocumentFailure failure) {
            failures.add(failure);
            progress.step(true);
          }
        });
        if (!jsonLines) {
          writer.endArray();
          writer.field("failures", failures);
          writer.field("entities", resolver.merge(entities, List.of()));
        }
        writer.flush();
        requireWritable(out, stream);
      } catch (IOException | UncheckedIOException e) {
        progress.close();
        failures.forEach(failure -> err.println("annalist: " + failure.toLine()));
        err.println("annalist: " + target + ": cannot write: " + ioMessage(e));
        root.outputErrorReported();
        return AnnalistCommand.SOME_FAILED;
      }
    }
    // a skipped sentence or expression is in the document's itemFailures; the document counts
    warnings.forEach(warning -> err.println("annalist: warning: " + warning));
    failures.forEach(failure -> err.println("annalist: " + failure.toLine()));
    return failures.isEmpty() ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  /** Every file {@code analyze} may read from the inputs: articles, their sidecars, JSON Lines. */
  private static List<Path> readableFiles(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      List<Path> candidates = new ArrayList<>();
      if (Files.isDirectory(input)) {
        try (Stream<Path> entries = Files.list(input)) {
          entries.forEach(candidates::add);
        } catch (IOException | UncheckedIOException e) {
          // the reader reports an unlistable directory
        }
      } else {
        candidates.add(input);
      }
      for (Path file : candidates) {
        files.add(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
          files.add(file.resolveSibling(name.substring(0, name.length() - 4) + ".json"));
        }
      }
    }
    return files;
  }

  private OutputStream openOutput(PrintStream out) throws IOException {
    if (output == null) {
      return new UncloseableStream(out);
    }
    return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
  }

  /** A {@link PrintStream} swallows write errors; this turns them back into exceptions. */
  private static void requireWritable(PrintStream out, OutputStream stream) {
    if (stream instanceof UncloseableStream && out.checkError()) {
      throw new UncheckedIOException(new IOException("the stream is closed or the device is full"));
    }
  }

  private static String ioMessage(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return String.valueOf(cause.getMessage());
  }

  /** Lets a writer on stdout be closed without closing stdout. */
  private static final class UncloseableStream extends FilterOutputStream {
    UncloseableStream(PrintStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
