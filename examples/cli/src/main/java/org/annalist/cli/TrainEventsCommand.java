package org.annalist.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.annalist.core.AnnalistException;
import org.annalist.core.eval.timeml.EventScorer;
import org.annalist.core.eval.timeml.EventScores;
import org.annalist.core.eval.timeml.TimemlEvent;
import org.annalist.extraction.events.triggers.EventCorpus;
import org.annalist.extraction.events.triggers.EventFeatureGroup;
import org.annalist.extraction.events.triggers.EventRecognizer;
import org.annalist.extraction.events.triggers.RecognizedEvent;
import org.annalist.extraction.events.triggers.EventTrainer;
import org.annalist.extraction.events.triggers.TriggerScores;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist train-events}: trains the TimeML event model with {@link EventTrainer} on the
 * {@code .tml} files of one or more directories, writes it, and prints its TempEval-3-style
 * figures ({@link TriggerScores}, and the same through the core Task B {@link EventScorer}) on
 * development directories (never trained on). With {@code
 * --ablation} it also trains one model per feature group left out and prints each one's figures on
 * the development data. Every parameter has a fixed default, so the same command gives the same
 * model; elapsed times come from {@link System#nanoTime()}. Filled in by picocli and run once; not
 * thread-safe.
 */
@Command(
    name = "train-events",
    description = {
      "Train the TimeML event model on TimeML (.tml) files.",
      "",
      "Trains the model on the .tml files under every --train directory, writes it to -o MODEL"
          + " and prints its event figures (extent strict / relaxed P, R, F1; class F1;"
          + " attribute accuracies) on the --dev directories. Every parameter has a fixed"
          + " default, so the same command gives the same model.",
      ""})
final class TrainEventsCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--train", paramLabel = "DIR", required = true,
      description = "A directory of .tml files (sub-directories included), or one .tml file;"
          + " repeatable.")
  List<Path> train;

  @Option(names = "--dev", paramLabel = "DIR",
      description = "A directory or .tml file to score the model on (never trained on);"
          + " repeatable.")
  List<Path> dev = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true,
      description = "Write the model to MODEL (never onto an input).")
  Path output;

  @Option(names = "--features", paramLabel = "GROUPS", split = ",",
      description = "Feature groups, comma-separated (default: all): word, lemma, pos, window,"
          + " suffix, verb-group, preceding, clusters.")
  List<String> features;

  @Option(names = "--ablation",
      description = "Also train once without each feature group in turn and print each model's"
          + " figures on --dev (needs --dev).")
  boolean ablation;

  @Option(names = "--algorithm", paramLabel = "A", description = "qn (default) or gis.")
  String algorithm;

  @Option(names = "--l2", paramLabel = "C", description = "L2 cost of qn (default: 1.0).")
  Double l2;

  @Option(names = "--iterations", paramLabel = "N",
      description = "Training iterations (default: 200).")
  Integer iterations;

  @Option(names = "--cutoff", paramLabel = "N",
      description = "Drop the features seen fewer than N times (default: 2).")
  Integer cutoff;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Threshold on the probability of no event (default: chosen by 3-fold"
          + " cross-validation on the training documents).")
  Double threshold;

  @Override
  public Integer call() {
    PrintStream out = root.out();
    PrintStream err = root.err();
    EventTrainer trainer;
    Set<EventFeatureGroup> groups;
    try {
      groups = groups(features);
      trainer = EventTrainer.create(groups,
          iterations == null ? EventTrainer.DEFAULT_ITERATIONS : iterations,
          cutoff == null ? EventTrainer.DEFAULT_CUTOFF : cutoff);
      EventTrainer.Algorithm a = EventTrainer.DEFAULT_ALGORITHM;
      if (algorithm != null) {
        a = switch (algorithm.toLowerCase(Locale.ROOT)) {
          case "qn" -> EventTrainer.Algorithm.QN;
          case "gis" -> EventTrainer.Algorithm.GIS;
          default -> throw new IllegalArgumentException(
              "--algorithm: '" + algorithm + "' is neither qn nor gis");
        };
      }
      trainer = trainer.withAlgorithm(a, l2 == null ? EventTrainer.DEFAULT_L2 : l2);
      if (threshold != null) {
        trainer = trainer.withThreshold(threshold);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (ablation && dev.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--ablation needs --dev");
    }
    List<Path> inputs = new ArrayList<>(train);
    inputs.addAll(dev);
    FileArguments.requireNotAnInput("train-events", "-o", output, inputs);
    TextStage text = TextStage.create(EnglishModels.load());
    EventCorpus trainCorpus;
    EventCorpus devCorpus = null;
    long readStart = System.nanoTime();
    try {
      trainCorpus = EventCorpus.read(train, text);
      if (!dev.isEmpty()) {
        devCorpus = EventCorpus.read(dev, text);
      }
    } catch (UncheckedIOException | AnnalistException e) {
      err.println("annalist: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    if (trainCorpus.eventCount() == 0) {
      err.println("annalist: " + train + ": no TimeML EVENT in " + trainCorpus.documents()
          + " files: nothing to train on; no model written");
      return AnnalistCommand.SOME_FAILED;
    }
    if (devCorpus != null && devCorpus.eventCount() == 0) {
      err.println("annalist: " + dev + ": no TimeML EVENT in " + devCorpus.documents()
          + " files: nothing to score the model on; not trained");
      return AnnalistCommand.SOME_FAILED;
    }
    err.printf(Locale.ROOT, "train-events: read in %.1f s: train %s; dev %s%n",
        (System.nanoTime() - readStart) / 1e9, describe(trainCorpus),
        devCorpus == null ? "none" : describe(devCorpus));
    err.printf(Locale.ROOT, "train-events: %s%n", trainer.describe());
    long start = System.nanoTime();
    EventRecognizer recognizer = trainer.train(trainCorpus);
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    Long size = FileArguments.writeModel(output, recognizer::write, err);
    if (size == null) {
      return AnnalistCommand.SOME_FAILED;
    }
    out.printf(Locale.ROOT, "trained in %.1f s (threshold %s); wrote %s (%,d bytes)%n",
        trainSeconds, recognizer.threshold(), output, size);
    if (devCorpus != null) {
      long tagStart = System.nanoTime();
      TriggerScores scores = TriggerScores.score(recognizer, devCorpus);
      double tagSeconds = (System.nanoTime() - tagStart) / 1e9;
      out.printf(Locale.ROOT, "dev %s (recognised in %.2f s):%n", dev, tagSeconds);
      out.print(scores.toTable());
      out.printf(Locale.ROOT, "TempEval-3 Task B, as the timeml command scores it"
          + " (core EventScorer):%n");
      out.print(taskB(recognizer, devCorpus).toTable());
      if (ablation) {
        out.printf(Locale.ROOT, "ablation on dev (each group removed in turn):%n");
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s%n", "removed", "relaxF1", "strictF1",
            "classF1", "P", "R");
        row(out, "none", scores);
        for (EventFeatureGroup g : EnumSet.copyOf(groups)) {
          Set<EventFeatureGroup> rest = EnumSet.copyOf(groups);
          rest.remove(g);
          if (rest.isEmpty()) {
            continue;
          }
          EventTrainer without = EventTrainer.create(rest,
              iterations == null ? EventTrainer.DEFAULT_ITERATIONS : iterations,
              cutoff == null ? EventTrainer.DEFAULT_CUTOFF : cutoff)
              .withAlgorithm(algorithm != null && algorithm.equalsIgnoreCase("gis")
                  ? EventTrainer.Algorithm.GIS : EventTrainer.Algorithm.QN,
                  l2 == null ? EventTrainer.DEFAULT_L2 : l2)
              .withThreshold(recognizer.threshold());
          row(out, g.cliName(), TriggerScores.score(without.train(trainCorpus), devCorpus));
        }
      }
    }
    return AnnalistCommand.OK;
  }

  /** The core Task B scorer's figures of the recogniser on the corpus, document by document. */
  static EventScores taskB(EventRecognizer recognizer, EventCorpus corpus) {
    Map<String, List<TimemlEvent>> gold = new TreeMap<>();
    Map<String, List<TimemlEvent>> system = new TreeMap<>();
    int n = 0;
    for (EventCorpus.Sentence s : corpus.sentences()) {
      List<TimemlEvent> g = gold.computeIfAbsent(s.document(), d -> new ArrayList<>());
      List<TimemlEvent> f = system.computeIfAbsent(s.document(), d -> new ArrayList<>());
      for (EventCorpus.GoldEvent e : s.events()) {
        g.add(TimemlEvent.of(e.eid(), e.span(), e.attributes(), null));
      }
      for (RecognizedEvent e : recognizer.recognize(s.tokens())) {
        Token t = s.tokens().get(e.token());
        f.add(TimemlEvent.of("s" + ++n, t.span(), e.attributes(), t.pos()));
      }
    }
    return EventScorer.create().score(gold, system);
  }

  private static void row(PrintStream out, String name, TriggerScores s) {
    out.printf(Locale.ROOT, "%-12s %8.2f %8.2f %8.2f %8.2f %8.2f%n", name, 100 * s.relaxedF1(),
        100 * s.strictF1(), 100 * s.classF1(), 100 * s.relaxedPrecision(),
        100 * s.relaxedRecall());
  }

  private static String describe(EventCorpus c) {
    return String.format(Locale.ROOT, "%d documents, %,d sentences, %,d tokens, %,d events",
        c.documents(), c.sentences().size(), c.tokenCount(), c.eventCount());
  }

  private static Set<EventFeatureGroup> groups(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EventFeatureGroup.all();
    }
    Set<EventFeatureGroup> set = EnumSet.noneOf(EventFeatureGroup.class);
    for (String n : names) {
      if (n.equalsIgnoreCase("all")) {
        set.addAll(EventFeatureGroup.all());
        continue;
      }
      set.add(EventFeatureGroup.find(n.strip()).orElseThrow(() -> new IllegalArgumentException(
          "--features: unknown group '" + n + "'")));
    }
    return set;
  }
}
