package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.extraction.entities.conll.ConllDocument;
import org.annalist.extraction.entities.conll.ConllFormatException;
import org.annalist.extraction.entities.conll.ConllReader;
import org.annalist.extraction.entities.eval.EntityScores;
import org.annalist.extraction.entities.eval.TagScheme;
import org.annalist.extraction.entities.ner.ConllEvaluation;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;
import org.annalist.extraction.entities.ner.NameFinderTrainer;
import org.annalist.extraction.entities.ner.NerFeatures;

/**
 * {@code annalist train-ner}: trains the named-entity model with {@link NameFinderTrainer} on a
 * CoNLL-2003 training file, writes it, and prints its entity-level scores on a development file
 * (never trained on). Every parameter has a fixed default, so the same command gives the same
 * model; elapsed times come from {@link System#nanoTime()}.
 */
final class TrainNerCommand {

  private final PrintStream out;
  private final PrintStream err;

  TrainNerCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    NameFinderTrainer.Builder builder = NameFinderTrainer.builder();
    Path train = null;
    Path dev = null;
    Path output = null;
    String features = NerFeatures.DOCUMENT.cliName();
    try {
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "-h", "--help" -> {
            out.print(AnnalistCommand.USAGE_TEXT);
            return AnnalistCommand.OK;
          }
          case "--train" -> train = Path.of(value(args, ++i, arg));
          case "--dev" -> dev = Path.of(value(args, ++i, arg));
          case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
          case "--iterations" -> builder.iterations(integer(value(args, ++i, arg), arg));
          case "--cutoff" -> builder.cutoff(integer(value(args, ++i, arg), arg));
          case "--threads" -> builder.threads(integer(value(args, ++i, arg), arg));
          case "--beam" -> builder.beamSize(integer(value(args, ++i, arg), arg));
          case "--algorithm" -> builder.algorithm(
              enumValue(NameFinderTrainer.Algorithm.class, value(args, ++i, arg), arg));
          case "--codec" -> builder.codec(
              enumValue(NameFinderTrainer.Codec.class, value(args, ++i, arg), arg));
          case "--features" -> features = value(args, ++i, arg);
          default -> throw new UsageException("unknown argument '" + arg
              + "' for train-ner (try --help)");
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (train == null || output == null) {
      throw new UsageException("train-ner needs --train FILE and -o MODEL");
    }
    String featuresName = features;
    NerFeatures preset = NerFeatures.find(features).orElse(null);
    Path descriptorFile = preset == null ? Path.of(features) : null;
    List<Path> inputs = new ArrayList<>();
    inputs.add(train);
    inputs.add(dev);
    inputs.add(descriptorFile);
    FileArguments.requireNotAnInput("train-ner", "-o", output, inputs);
    try {
      if (preset != null) {
        builder.features(preset);
      } else if (Files.isDirectory(descriptorFile)) {
        err.println("annalist: " + descriptorFile + ": is a directory, not a feature descriptor");
        return AnnalistCommand.SOME_FAILED;
      } else {
        builder.descriptor(Files.readAllBytes(descriptorFile));
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("--features: '" + featuresName + "' is neither a preset "
          + presets() + " nor a descriptor file");
    } catch (IOException e) {
      err.println("annalist: " + features + ": cannot read: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    } catch (IllegalArgumentException e) {
      // the descriptor file's content: empty, malformed XML (with line and column), unusable
      err.println("annalist: " + features + ": " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    NameFinderTrainer trainer = builder.build();

    ConllReader reader = ConllReader.create();
    List<ConllDocument> trainDocs;
    List<ConllDocument> devDocs = null;
    try {
      trainDocs = reader.read(train);
      if (dev != null) {
        devDocs = reader.read(dev);
      }
    } catch (ConllFormatException | UncheckedIOException e) {
      err.println("annalist: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    // Checked before training, which can take long: nothing to learn from or to score on.
    if (ConllCommand.isEmpty(trainDocs)) {
      err.println("annalist: " + train + ": " + ConllCommand.noTokens(train)
          + ": nothing to train on; no model written");
      return AnnalistCommand.SOME_FAILED;
    }
    if (devDocs != null && ConllCommand.isEmpty(devDocs)) {
      err.println("annalist: " + dev + ": " + ConllCommand.noTokens(dev)
          + ": nothing to score the model on; not trained");
      return AnnalistCommand.SOME_FAILED;
    }
    err.printf(Locale.ROOT, "train-ner: %s, features %s, %d training documents%n",
        trainer.describe(), featuresName, trainDocs.size());
    long start = System.nanoTime();
    NameFinderRecognizer recognizer;
    try {
      recognizer = trainer.train(trainDocs);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("annalist: " + train + ": training failed: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(output)) {
        recognizer.write(stream);
      }
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    } catch (UncheckedIOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e.getCause()));
      return AnnalistCommand.SOME_FAILED;
    }
    long size;
    try {
      size = Files.size(output);
    } catch (IOException e) {
      size = -1;
    }
    out.printf(Locale.ROOT, "trained in %.1f s; wrote %s (%,d bytes)%n", trainSeconds, output,
        size);
    if (devDocs != null) {
      long tagStart = System.nanoTime();
      List<ConllDocument> predicted = ConllEvaluation.tag(recognizer, devDocs, TagScheme.IOB2);
      double tagSeconds = (System.nanoTime() - tagStart) / 1e9;
      EntityScores scores = ConllEvaluation.score(devDocs, predicted);
      out.printf(Locale.ROOT, "dev %s (tagged in %.1f s):%n", dev, tagSeconds);
      out.print(scores.toTable(ConllEvaluation.PER_ORG_LOC));
    }
    return AnnalistCommand.OK;
  }

  private static String presets() {
    StringBuilder b = new StringBuilder();
    for (NerFeatures f : NerFeatures.values()) {
      b.append(b.length() == 0 ? "(" : ", ").append(f.cliName());
    }
    return b.append(')').toString();
  }

  static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException("option '" + option + "' needs a value");
    }
    return args.get(index);
  }

  private static int integer(String value, String option) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("option '" + option + "' needs an integer, got '" + value + "'");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String option) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new UsageException("option '" + option + "': unknown value '" + value + "'");
  }
}
