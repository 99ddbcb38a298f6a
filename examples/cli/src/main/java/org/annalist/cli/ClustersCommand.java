package org.annalist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.core.io.Utf8;
import org.annalist.extraction.clusters.ClusterCorpus;
import org.annalist.extraction.clusters.ConllTokenizer;
import org.annalist.extraction.clusters.ExchangeClusterer;
import org.annalist.extraction.clusters.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist clusters}: learns word clusters with {@link ExchangeClusterer} from unlabelled
 * text and writes them as {@code word<TAB>clusterId} lines.
 *
 * <p>Inputs are plain UTF-8 text (one paragraph per line, a blank line between documents; each
 * line is tokenised by {@link ConllTokenizer} and is one sequence) or CoNLL files (recognised by
 * the extension {@code .conll}, {@code .train}, {@code .testa}, {@code .testb} or a first line
 * {@code -DOCSTART-}), of which only the first column, the token, is read; blank lines and {@code
 * -DOCSTART-} lines end a sentence. Every token is put in {@link WordClusters#normalize normal
 * form}. Progress (one line per iteration: objective, moves, seconds) goes to stderr; elapsed
 * times come from {@link System#nanoTime()}.
 *
 * <p>All inputs are read before clustering starts, and the first one that is missing, a
 * directory, not UTF-8 (with the line) or without a single token stops the command with one line
 * naming it (exit status 1, nothing written): clusters learned from part of the intended corpus
 * would be silently different. So does a corpus in which no word reaches {@code --min-count}. An
 * {@code -o} that names one of the inputs is bad usage (exit status 2). Filled in by picocli and
 * run once; not thread-safe.
 */
@Command(
    name = "clusters",
    description = {
      "Learn word clusters for the named-entity model.",
      "",
      "Learns the clusters from unlabelled text (UTF-8, one paragraph per line) or CoNLL files"
          + " (first column) and writes word<TAB>clusterId lines to -o FILE. Progress (one line"
          + " per iteration) goes to standard error.",
      ""})
final class ClustersCommand implements Callable<Integer> {

  private static final List<String> CONLL_EXTENSIONS =
      List.of(".conll", ".train", ".testa", ".testb");

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "Write the clusters to FILE (never onto an input).")
  Path output;

  @Option(names = "--classes", paramLabel = "K",
      description = "Number of clusters, 2 or more (default: ${DEFAULT-VALUE}).")
  int classes = ExchangeClusterer.DEFAULT_CLASSES;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Cluster the words seen at least N times (default: ${DEFAULT-VALUE}).")
  int minCount = ExchangeClusterer.DEFAULT_MIN_COUNT;

  @Option(names = "--iterations", paramLabel = "I",
      description = "At most I passes over the vocabulary, 0 or more (default:"
          + " ${DEFAULT-VALUE}).")
  int iterations = ExchangeClusterer.DEFAULT_ITERATIONS;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads; the result does not depend on it (default: 2, or 1 on one"
          + " processor).")
  int threads = Math.min(2, Runtime.getRuntime().availableProcessors());

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Text or CoNLL files (.conll, .train, .testa, .testb, or a first line"
          + " -DOCSTART-).")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintStream err = root.err();
    ExchangeClusterer.Builder builder = ExchangeClusterer.builder();
    try {
      builder.classes(OptionValues.atLeast(spec, "--classes", classes, 2))
          .minCount(OptionValues.atLeast(spec, "--min-count", minCount, 1))
          .iterations(OptionValues.atLeast(spec, "--iterations", iterations, 0))
          .threads(OptionValues.atLeast(spec, "--threads", threads, 1));
    } catch (IllegalArgumentException e) {
      // out-of-range parameters reported by the builder (more classes than it takes)
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ExchangeClusterer clusterer = builder.build();
    FileArguments.requireNotAnInput("clusters", "-o", output, inputs);

    long start = System.nanoTime();
    ClusterCorpus.Builder corpus = ClusterCorpus.builder();
    for (Path input : inputs) {
      long fileStart = System.nanoTime();
      try {
        if (Files.isDirectory(input)) {
          err.println("annalist: " + input + ": is a directory, not a text or CoNLL file");
          return AnnalistCommand.SOME_FAILED;
        }
        boolean conll = isConll(input);
        long[] added = conll ? readConll(input, corpus) : readText(input, corpus);
        if (added[1] == 0) {
          // an empty input is almost always a wrong path or a failed download: say so, stop
          err.println("annalist: " + input + ": "
              + (Files.size(input) == 0 ? "the file is empty" : "no tokens")
              + "; nothing to cluster, " + output + " not written");
          return AnnalistCommand.SOME_FAILED;
        }
        err.printf(Locale.ROOT, "read %s (%s): %,d sequences, %,d tokens, %.1f s%n", input,
            conll ? "CoNLL tokens" : "text", added[0], added[1], seconds(fileStart));
      } catch (MalformedInput e) {
        err.println("annalist: " + input + ": " + e.getMessage());
        return AnnalistCommand.SOME_FAILED;
      } catch (IOException e) {
        err.println("annalist: " + input + ": " + (e instanceof NoSuchFileException ? ""
            : "cannot read: ") + FileArguments.reason(e));
        return AnnalistCommand.SOME_FAILED;
      } catch (UncheckedIOException e) {
        err.println("annalist: " + input + ": cannot read: " + FileArguments.reason(e.getCause()));
        return AnnalistCommand.SOME_FAILED;
      }
    }
    ClusterCorpus built = corpus.build();
    if (built.vocabularySize(clusterer.minCount()) == 0) {
      err.println("annalist: clusters: no word occurs at least " + clusterer.minCount()
          + " times (--min-count) in the inputs; nothing to cluster, " + output + " not written");
      return AnnalistCommand.SOME_FAILED;
    }
    err.printf(Locale.ROOT, "corpus: %,d tokens, %,d types, %,d sequences; %s%n",
        built.tokenCount(), built.typeCount(), built.sequenceCount(), clusterer);
    WordClusters clusters = clusterer.cluster(built, report -> err.printf(Locale.ROOT,
        "iteration %d: objective %.1f, moves %,d, vocabulary %,d, %.1f s%n", report.iteration(),
        report.objective(), report.moves(), report.vocabularySize(),
        report.elapsed().toNanos() / 1e9));
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        clusters.write(writer);
      }
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }
    err.printf(Locale.ROOT, "wrote %s: %,d words in %,d clusters; total %.1f s%n", output,
        clusters.size(), clusters.clusterCount(), seconds(start));
    return AnnalistCommand.OK;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static boolean isConll(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (CONLL_EXTENSIONS.stream().anyMatch(name::endsWith)) {
      return true;
    }
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          return line.startsWith("-DOCSTART-");
        }
      }
    } catch (CharacterCodingException e) {
      throw MalformedInput.notUtf8(file);
    }
    return false;
  }

  /** Adds each non-empty line as a sequence; returns {sequences, tokens}. */
  private static long[] readText(Path file, ClusterCorpus.Builder corpus) throws IOException {
    ConllTokenizer tokenizer = ConllTokenizer.create();
    long sequences = 0;
    long tokens = 0;
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        List<String> sequence = tokenizer.tokenize(line);
        sequence.replaceAll(WordClusters::normalize);
        if (!sequence.isEmpty()) {
          corpus.add(sequence);
          sequences++;
          tokens += sequence.size();
        }
      }
    } catch (CharacterCodingException e) {
      throw MalformedInput.notUtf8(file);
    }
    return new long[] {sequences, tokens};
  }

  /** Adds each sentence's first-column tokens as a sequence; returns {sequences, tokens}. */
  private static long[] readConll(Path file, ClusterCorpus.Builder corpus) throws IOException {
    long sequences = 0;
    long tokens = 0;
    List<String> sentence = new ArrayList<>();
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); ; line = reader.readLine()) {
        String trimmed = line == null ? "" : line.strip();
        if (line != null) {
          }
        if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
          if (!sentence.isEmpty()) {
            corpus.add(sentence);
            sequences++;
            tokens += sentence.size();
            sentence = new ArrayList<>();
          }
          if (line == null) {
            break;
          }
          continue;
        }
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
          space++;
        }
        sentence.add(WordClusters.normalize(trimmed.substring(0, space)));
      }
    } catch (CharacterCodingException e) {
      throw MalformedInput.notUtf8(file);
    }
    return new long[] {sequences, tokens};
  }

  /** Bytes that are not UTF-8, with the line and byte offset of the first one. */
  private static final class MalformedInput extends IOException {
    private static final long serialVersionUID = 1L;

    private MalformedInput(String message) {
      super(message);
    }

    /**
     * Where the first byte that is not UTF-8 is in {@code file}, found by decoding it again: the
     * line reader's decoder fails a whole buffer ahead of the line being read.
     */
    static MalformedInput notUtf8(Path file) throws IOException {
      CharsetDecoder decoder = Utf8.strictDecoder();
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      long offset = 0;
      long line = 1;
      try (InputStream in = Files.newInputStream(file)) {
        boolean end = false;
        while (!end) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            end = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
          while (true) {
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            for (int i = start; i < bytes.position(); i++) {
              if (bytes.get(i) == '\n') {
                line++;
              }
            }
            offset += bytes.position() - start;
            if (result.isError()) {
              return new MalformedInput("line " + line + ": not valid UTF-8 (malformed byte at"
                  + " offset " + offset + ")");
            }
            chars.clear();
            if (!result.isOverflow()) {
              break;
            }
          }
          bytes.compact();
        }
      }
      // decoded cleanly the second time (the file changed): say what is known
      return new MalformedInput("not valid UTF-8");
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), Utf8.strictDecoder()), 1 << 16);
  }

}
