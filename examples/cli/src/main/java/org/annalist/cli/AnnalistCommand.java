package org.annalist.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annalist.Annalist;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.io.JsonStreamWriter;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.validation.DatasetValidator;
import org.annalist.core.validation.ValidationReport;
import org.annalist.extraction.entities.EntityResolver;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.CanonicalEntity;

/**
 * The {@code annalist} command line. {@link #execute} runs it on given streams; {@link #main}
 * only adds the exit status. Each run builds its own pipeline; nothing is shared between runs.
 *
 * <p>Exit status: 0 when every input succeeded, 1 when some inputs failed (the others are still
 * processed and written), 2 for bad usage. A file the command reads (an input, a {@code --model}
 * or {@code --features} file) that is missing, unreadable, empty or malformed is a failed input
 * (1), reported as one line naming the file (and the position, where there is one); arguments
 * that cannot work whatever the files hold (an unknown option, a missing argument, an output of
 * {@code timeml}, {@code conll}, {@code train-ner} or {@code clusters} that is one of its inputs)
 * are bad usage (2).
 */
public final class AnnalistCommand {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      Usage: annalist <command> [options] <files|dirs>...

      Commands:
        analyze   Parse and analyse articles; write JSON to stdout or to -o FILE: the
                  documents with their layers (text, entities), the failures, and the
                  corpus's canonical entities with evidence from every document.
                  Inputs: .txt files (optional sidecar <name>.json metadata),
                  directories of them, or .jsonl files ({"text": ..., "metadata": {...}}).
                    -o, --output FILE   write to FILE instead of stdout
                    --jsonl             one analysed document per line instead of one JSON object
                                        (without the corpus's canonical entities)
                    --pretty            indent the JSON
                    --threads N         analyse on N threads (default: available processors)
        bench     Measure the default pipeline on a corpus: model load time, documents/s,
                  tokens/s and peak heap, on one thread and on all cores.
                    --warmup SECONDS    warm-up time per configuration (default 5)
                    --measure SECONDS   minimum measured time per configuration (default 10)
        validate  Validate dataset files (analysed documents, documents or metadata as JSON,
                  JSON arrays or .jsonl) and print every violation with its path.
        clusters  Learn word clusters for the named-entity model from unlabelled text
                  (UTF-8, one paragraph per line) or CoNLL files (first column); write
                  word<TAB>clusterId lines to -o FILE (required).
                    --classes K         number of clusters (default 256)
                    --min-count N       cluster words seen at least N times (default 3)
                    --iterations I      at most I passes over the vocabulary (default 15)
                    --threads T         threads; the result does not depend on it (default 2)
        train-ner Train the named-entity model on a CoNLL-2003 file and print its scores on a
                  development file: train-ner --train FILE [--dev FILE] -o MODEL
                    --features SET|XML  stock, window, ngrams, context, characters,
                                        clusters-256, clusters-1024, document (default)
                                        or an OpenNLP descriptor file
                    --algorithm A       perceptron (default) or maxent
                    --iterations N      training iterations (default 300)
                    --cutoff N          drop features seen fewer than N times (default 2)
                    --codec C           bilou (default) or bio
                    --beam B            beam size used when tagging (default 3)
                    --threads T         threads for maxent (default 2)
        conll     Tag the tokens of a CoNLL-2003 file, write 'token gold predicted' lines and
                  print P/R/F1 per type and micro: conll [--model MODEL | --stage] IN OUT
                  (--stage: the whole entity stage, model + gazetteers + rules)
        timeml    Tag the TEXT of every .tml / .TE3input file under IN (a directory, or one
                  such file) with the time stage (the creation time as document date), write
                  TimeML with the TIMEX3s inline under OUT-DIR for the TempEval-3 toolkit, and
                  print TempEval-3 scores against the gold TIMEX3s of .tml inputs:
                  timeml [options] IN OUT-DIR (OUT-DIR outside IN; inputs are never overwritten)
                    --errors            also list missed, spurious and wrong TIMEX3s
                    --documents         also print scores per document
                    --gold              write the inputs' gold TIMEX3s instead of tagging

      Options:
        -h, --help  show this help

      Exit status: 0 when everything succeeded; 1 when some input failed: a missing,
      unreadable, empty or malformed file (an input, a --model or --features file) or an
      output that cannot be written, each reported as one line on stderr naming the file;
      2 for bad usage: an unknown command or option, missing or extra arguments, a bad
      option value, or an output of timeml, conll, train-ner or clusters that would
      overwrite one of its inputs.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private boolean outputErrorReported;

  AnnalistCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(execute(System.out, System.err, args));
  }

  /** Runs the command with the given streams (for embedding and tests) and returns its status. */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    return new AnnalistCommand(out, err).run(args);
  }

  /**
   * Runs the command and returns its exit status; output that could not be written (a closed
   * pipe, a full disk) is reported in one line and makes the status at least 1.
   */
  int run(String... args) {
    int status = dispatch(args);
    out.flush();
    if (out.checkError() && !outputErrorReported) {
      err.println("annalist: standard output: cannot write (the stream is closed or the device is full)");
      return Math.max(status, SOME_FAILED);
    }
    return status;
  }

  private int dispatch(String... args) {
    if (args.length == 0) {
      err.println("annalist: missing command (try --help)");
      return USAGE;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    try {
      return switch (args[0]) {
        case "-h", "--help", "help" -> {
          out.print(USAGE_TEXT);
          yield OK;
        }
        case "analyze" -> analyze(Options.parse(rest, true));
        case "bench" -> new BenchCommand(out, err).run(Options.parse(rest, false));
        case "validate" -> validate(Options.parse(rest, false));
        case "clusters" -> new ClustersCommand(out, err).run(rest);
        case "train-ner" -> new TrainNerCommand(out, err).run(rest);
        case "conll" -> new ConllCommand(out, err).run(rest);
        case "timeml" -> new TimemlCommand(out, err).run(rest);
        default -> throw new UsageException("unknown command '" + args[0] + "' (try --help)");
      };
    } catch (UsageException e) {
      err.println("annalist: " + e.getMessage());
      return USAGE;
    }
  }

  private int analyze(Options options) {
    if (options.help()) {
      out.print(USAGE_TEXT);
      return OK;
    }
    if (options.output() != null) {
      Path output = FileArguments.canonical(options.output());
      for (Path input : readableFiles(options.inputs())) {
        if (FileArguments.canonical(input).equals(output)) {
          throw new UsageException("analyze: -o " + options.output() + " is the input " + input
              + " (or its sidecar metadata); it would be overwritten or read as metadata");
        }
      }
    }
    Corpus corpus = CorpusReader.create().read(options.inputs());
    Pipeline pipeline = Annalist.defaultPipeline();
    AnnalistJson json = AnnalistJson.create();
    EntityResolver resolver = EntityResolver.create();
    List<DocumentFailure> failures = new ArrayList<>();
    List<CanonicalEntity> entities = new ArrayList<>();
    String target = options.output() == null ? "standard output" : options.output().toString();
    try (OutputStream stream = openOutput(options.output());
        JsonStreamWriter writer = options.jsonLines()
            ? json.streamLines(stream)
            : json.streamObject(stream, options.pretty())) {
      if (!options.jsonLines()) {
        writer.beginArray("documents");
      }
      // Each document is written as soon as it is analysed, then forgotten but for its entities.
      pipeline.analyze(corpus, options.threads(), new CorpusSink() {
        @Override
        public void accept(AnalyzedDocument document) {
          writer.element(document);
          requireWritable(stream);
          if (!options.jsonLines()) {
            entities.addAll(resolver.resolve(List.of(document)));
          }
        }

        @Override
        public void failed(DocumentFailure failure) {
          failures.add(failure);
        }
      });
      if (!options.jsonLines()) {
        writer.endArray();
        writer.field("failures", failures);
        writer.field("entities", resolver.merge(entities, List.of()));
      }
      writer.flush();
      requireWritable(stream);
    } catch (IOException | UncheckedIOException e) {
      failures.forEach(failure -> err.println("annalist: " + failure.toLine()));
      err.println("annalist: " + target + ": cannot write: " + ioMessage(e));
      outputErrorReported = true;
      return SOME_FAILED;
    }
    failures.forEach(failure -> err.println("annalist: " + failure.toLine()));
    return failures.isEmpty() ? OK : SOME_FAILED;
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

  private OutputStream openOutput(Path output) throws IOException {
    if (output == null) {
      return new UncloseableStream(out);
    }
    return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
  }

  /** A {@link PrintStream} swallows write errors; this turns them back into exceptions. */
  private void requireWritable(OutputStream stream) {
    if (stream instanceof UncloseableStream && out.checkError()) {
      throw new UncheckedIOException(new IOException("the stream is closed or the device is full"));
    }
  }

  private static String ioMessage(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    return String.valueOf(cause.getMessage());
  }

  private int validate(Options options) {
    if (options.help()) {
      out.print(USAGE_TEXT);
      return OK;
    }
    DatasetValidator validator = DatasetValidator.create();
    int status = OK;
    for (Path file : options.inputs()) {
      ValidationReport report = validator.validateFile(file);
      report.violations().forEach(v -> err.println("annalist: " + v.toLine()));
      out.println(file + ": " + report.itemsChecked() + " checked, "
          + report.violations().size() + " violations");
      if (!report.isValid()) {
        status = SOME_FAILED;
      }
    }
    return status;
  }

  /** Usage errors: one line, exit status 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** Parsed options; unknown flags and missing values are usage errors. */
  record Options(
      List<Path> inputs, Path output, boolean jsonLines, boolean pretty, int threads,
      double warmupSeconds, double measureSeconds, boolean help) {

    static Options parse(List<String> args, boolean analyze) {
      List<Path> inputs = new ArrayList<>();
      Path output = null;
      boolean jsonLines = false;
      boolean pretty = false;
      boolean help = false;
      int threads = Runtime.getRuntime().availableProcessors();
      double warmup = 5;
      double measure = 10;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "-h", "--help" -> help = true;
          case "-o", "--output" -> output = Path.of(valueOf(args, ++i, arg));
          case "--jsonl" -> jsonLines = true;
          case "--pretty" -> pretty = true;
          case "--threads" -> threads = positiveInt(valueOf(args, ++i, arg), arg);
          case "--warmup" -> warmup = nonNegative(valueOf(args, ++i, arg), arg);
          case "--measure" -> measure = nonNegative(valueOf(args, ++i, arg), arg);
          default -> {
            if (arg.startsWith("-") && arg.length() > 1) {
              throw new UsageException("unknown option '" + arg + "' (try --help)");
            }
            inputs.add(Path.of(arg));
          }
        }
        boolean analyzeOnly = arg.equals("-o") || arg.equals("--output") || arg.equals("--jsonl")
            || arg.equals("--pretty");
        if (analyzeOnly && !analyze) {
          throw new UsageException("option '" + arg + "' only applies to analyze");
        }
      }
      if (inputs.isEmpty() && !help) {
        throw new UsageException("no input files or directories given (try --help)");
      }
      return new Options(List.copyOf(inputs), output, jsonLines, pretty, threads, warmup, measure, help);
    }

    private static String valueOf(List<String> args, int index, String option) {
      if (index >= args.size()) {
        throw new UsageException("option '" + option + "' needs a value");
      }
      return args.get(index);
    }

    private static int positiveInt(String value, String option) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException("option '" + option + "' needs a positive integer, got '" + value + "'");
    }

    private static double nonNegative(String value, String option) {
      try {
        double d = Double.parseDouble(value);
        if (d >= 0 && Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException("option '" + option + "' needs a number of seconds, got '" + value + "'");
    }
  }

  /** Lets a writer on stdout be closed without closing stdout. */
  private static final class UncloseableStream extends java.io.FilterOutputStream {
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
