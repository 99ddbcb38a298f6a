package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllFormatException;
import org.annalist.core.eval.conll.ConllReader;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.extraction.entities.ner.ConllEvaluation;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;
import org.annalist.extraction.entities.ner.NameFinderTrainer;
import org.annalist.extraction.entities.ner.NerFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist train-ner}: trains the named-entity model with {@link NameFinderTrainer} on a
 * CoNLL-2003 training file, writes it, and prints its entity-level scores on a development file
 * (never trained on). Every parameter has a fixed default, so the same command gives the same
 * model; elapsed times come from {@link System#nanoTime()}. Filled in by picocli and run once; not
 * thread-safe.
 */
@Command(
    name = "train-ner",
    description = {
      "Train the named-entity model on CoNLL-2003 files.",
      "",
      "Trains the model on --train, writes it to -o MODEL and prints its scores on --dev. Every"
          + " parameter has a fixed default, so the same command gives the same model.",
      ""})
final class TrainNerCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--train", paramLabel = "FILE", required = true,
      description = "The CoNLL-2003 training file.")
  Path train;

  @Option(names = "--dev", paramLabel = "FILE",
      description = "A CoNLL-2003 development file to score the model on (never trained on).")
  Path dev;

  @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true,
      description = "Write the model to MODEL (never onto an input).")
  Path output;

  @Option(names = "--features", paramLabel = "SET|XML",
      description = "A feature set: stock, window, ngrams, context, characters, clusters-256,"
          + " clusters-1024, document (default), lists, history, aggregate, stage2, or an"
          + " OpenNLP feature-generator descriptor file.")
  String features = NerFeatures.DOCUMENT.cliName();

  @Option(names = "--algorithm", paramLabel = "A",
      description = "perceptron (default) or maxent.")
  NameFinderTrainer.Algorithm algorithm;

  @Option(names = "--iterations", paramLabel = "N",
      description = "Training iterations (default: 300).")
  Integer iterations;

  @Option(names = "--cutoff", paramLabel = "N",
      description = "Drop the features seen fewer than N times (default: 2).")
  Integer cutoff;

  @Option(names = "--codec", paramLabel = "C", description = "bilou (default) or bio.")
  NameFinderTrainer.Codec codec;

  @Option(names = "--beam", paramLabel = "B",
      description = "Beam size used when tagging (default: 3).")
  Integer beam;

  @Option(names = "--folds", paramLabel = "K",
      description = "Jackknife folds for the first pass of a two-stage feature set"
          + " (default: 5).")
  Integer folds;

  @Option(names = "--averaged", paramLabel = "N",
      description = "Perceptron models, each trained on another order of the documents, whose"
          + " weights are averaged into the model (default: 1).")
  Integer averaged;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the document orders of the averaged models; 0 (default) trains the"
          + " first on the documents as given.")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads for maxent (default: 2).")
  Integer threads;

  @Override
  public Integer call() {
    PrintStream out = root.out();
    PrintStream err = root.err();
    // unset options keep the trainer's defaults, which the descriptions above repeat
    NameFinderTrainer.Builder builder = NameFinderTrainer.builder();
    try {
      if (algorithm != null) {
        builder.algorithm(algorithm);
      }
      if (iterations != null) {
        builder.iterations(iterations);
      }
      if (cutoff != null) {
        builder.cutoff(cutoff);
      }
      if (codec != null) {
        builder.codec(codec);
      }
      if (beam != null) {
        builder.beamSize(beam);
      }
      if (threads != null) {
        builder.threads(threads);
      }
      if (folds != null) {
        builder.folds(folds);
      }
      if (averaged != null) {
        builder.averaged(averaged);
      }
      if (seed != null) {
        builder.seed(seed);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
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
    Long size = FileArguments.writeModel(output, recognizer::write, err);
    if (size == null) {
      return AnnalistCommand.SOME_FAILED;
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
}
