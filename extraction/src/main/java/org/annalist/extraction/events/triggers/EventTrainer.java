package org.annalist.extraction.events.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an {@link EventRecognizer}: one OpenNLP maximum-entropy (GIS) event per token of an
 * {@link EventCorpus}, outcome {@code O} or the class of the gold event whose trigger the token is,
 * context the features of the chosen {@link EventFeatureGroup}s. Training is deterministic (one
 * thread, corpus order): the same corpus and parameters give the same model. OpenNLP's L-BFGS
 * sometimes stops after a few iterations, leaving a model whose mean probability of {@code O}
 * over the training tokens is more than 0.05 away from the share of {@code O} (at the optimum
 * of a maximum-entropy model they are nearly equal); such a run is retried with half the L2 cost,
 * at most three times. After training, the model is converted to the project's compact form
 * (features whose weights are all below 0.001 in absolute value dropped), checked against
 * OpenNLP's probabilities on the first 2,000 training tokens.
 *
 * <p>Immutable and thread-safe; each {@link #train} call is independent.
 *
 * <pre>{@code
 * EventRecognizer r = EventTrainer.create(EventFeatureGroup.all(), 200, 2).train(corpus);
 * try (OutputStream out = Files.newOutputStream(Path.of("events.bin"))) {
 *   r.write(out);
 * }
 * }</pre>
 */
public final class EventTrainer {

  /** Default GIS iterations. */
  public static final int DEFAULT_ITERATIONS = 200;

  /** Default cutoff: features seen fewer times are dropped. */
  public static final int DEFAULT_CUTOFF = 2;

  /** Default learner. */
  public static final Algorithm DEFAULT_ALGORITHM = Algorithm.QN;

  /** Folds of the cross-validation that chooses the threshold. */
  public static final int FOLDS = 3;

  /** The thresholds the cross-validation tries. */
  private static final double[] THRESHOLDS = {
    0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

  /** Default L2 cost of {@link Algorithm#QN}. */
  public static final double DEFAULT_L2 = 1.0;

  /** The learner. */
  public enum Algorithm {
    /** OpenNLP's generalised iterative scaling, no regularisation. */
    GIS,
    /** OpenNLP's L-BFGS maximum entropy ({@code MAXENT_QN}) with an L2 penalty. */
    QN
  }

  private final Set<EventFeatureGroup> groups;
  private final int iterations;
  private final int cutoff;
  private final Algorithm algorithm;
  private final double l2;
  private final double threshold;

  private EventTrainer(Set<EventFeatureGroup> groups, int iterations, int cutoff,
      Algorithm algorithm, double l2, double threshold) {
    this.groups = Set.copyOf(groups);
    this.iterations = iterations;
    this.cutoff = cutoff;
    this.algorithm = algorithm;
    this.l2 = l2;
    this.threshold = threshold;
  }

  /**
   * {@return a copy of this trainer that gives its models a fixed threshold on the probability of
   * no event} ({@link Double#NaN}: choose it by cross-validation, the default)
   *
   * @param newThreshold in {@code (0, 1]}, or {@code NaN}
   * @throws IllegalArgumentException if out of range
   */
  public EventTrainer withThreshold(double newThreshold) {
    if (!Double.isNaN(newThreshold) && !(newThreshold > 0 && newThreshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + newThreshold);
    }
    return new EventTrainer(groups, iterations, cutoff, algorithm, l2, newThreshold);
  }

  /**
   * {@return a copy of this trainer with another learner}
   *
   * @param newAlgorithm the learner
   * @param l2Cost the L2 penalty of {@link Algorithm#QN}, at least 0 (ignored by GIS)
   * @throws IllegalArgumentException if the cost is negative or not a number
   */
  public EventTrainer withAlgorithm(Algorithm newAlgorithm, double l2Cost) {
    Objects.requireNonNull(newAlgorithm, "newAlgorithm");
    if (!(l2Cost >= 0)) {
      throw new IllegalArgumentException("L2 cost must be >= 0, was " + l2Cost);
    }
    return new EventTrainer(groups, iterations, cutoff, newAlgorithm, l2Cost, threshold);
  }

  /**
   * A trainer.
   *
   * @param groups the feature groups, not empty
   * @param iterations GIS iterations, at least 1
   * @param cutoff drop features seen fewer than this many times, at least 1
   * @return the trainer
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static EventTrainer create(Set<EventFeatureGroup> groups, int iterations, int cutoff) {
    Objects.requireNonNull(groups, "groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("no feature group");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, was " + iterations);
    }
    if (cutoff < 1) {
      throw new IllegalArgumentException("cutoff must be >= 1, was " + cutoff);
    }
    return new EventTrainer(groups, iterations, cutoff, DEFAULT_ALGORITHM, DEFAULT_L2,
        Double.NaN);
  }

  /** {@return a trainer with every feature group and the default parameters} */
  public static EventTrainer defaults() {
    return create(EventFeatureGroup.all(), DEFAULT_ITERATIONS, DEFAULT_CUTOFF);
  }

  /** {@return the parameters, one line} */
  public String describe() {
    StringBuilder list = new StringBuilder();
    for (EventFeatureGroup g : EnumSet.copyOf(groups)) {
      list.append(list.length() == 0 ? "" : ",").append(g.cliName());
    }
    String learner = algorithm == Algorithm.GIS ? "maxent GIS"
        : String.format(Locale.ROOT, "maxent L-BFGS, L2 %s", l2);
    String th = Double.isNaN(threshold) ? FOLDS + "-fold cross-validated threshold"
        : "threshold " + threshold;
    return String.format(Locale.ROOT, "%s, %d iterations, cutoff %d, %s, features %s",
        learner, iterations, cutoff, th, list);
  }

  /**
   * Trains a model on every sentence of {@code corpus}.
   *
   * @param corpus the training corpus, with at least one gold event
   * @return the recogniser, named {@code trained}
   * @throws IllegalArgumentException if the corpus has no event
   */
  public EventRecognizer train(EventCorpus corpus) {
    Objects.requireNonNull(corpus, "corpus");
    if (corpus.eventCount() == 0) {
      throw new IllegalArgumentException("the training corpus has no event");
    }
    double chosen = Double.isNaN(threshold) ? crossValidate(corpus) : threshold;
    return fit(corpus.sentences()).withThreshold(chosen);
  }

  /**
   * The threshold with the best class F1 (class accuracy × event F1, per token) over {@value
   * #FOLDS} folds of the corpus's documents (document {@code k} in fold {@code k % FOLDS}), each
   * fold scored by a model trained on the others.
   */
  private double crossValidate(EventCorpus corpus) {
    List<List<EventCorpus.Sentence>> byDocument = new ArrayList<>();
    String last = null;
    for (EventCorpus.Sentence s : corpus.sentences()) {
      if (!s.document().equals(last) || byDocument.isEmpty()) {
        byDocument.add(new ArrayList<>());
        last = s.document();
      }
      byDocument.get(byDocument.size() - 1).add(s);
    }
    if (byDocument.size() < FOLDS) {
      return EventRecognizer.DEFAULT_THRESHOLD;
    }
    // per threshold: found, gold, matched, matched with the right class
    long[][] counts = new long[THRESHOLDS.length][4];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<EventCorpus.Sentence> train = new ArrayList<>();
      List<EventCorpus.Sentence> test = new ArrayList<>();
      for (int d = 0; d < byDocument.size(); d++) {
        (d % FOLDS == fold ? test : train).addAll(byDocument.get(d));
      }
      EventRecognizer r = fit(train);
      for (EventCorpus.Sentence s : test) {
        String[] gold = outcomes(s);
        double[][] p = r.probabilities(s.tokens());
        for (int i = 0; i < gold.length; i++) {
          int best = r.bestClass(p[i]);
          double outside = p[i][r.outsideIndex()];
          boolean isGold = !gold[i].equals(EventRecognizer.OUTSIDE);
          for (int t = 0; t < THRESHOLDS.length; t++) {
            boolean found = outside < THRESHOLDS[t];
            counts[t][0] += found ? 1 : 0;
            counts[t][1] += isGold ? 1 : 0;
            if (found && isGold) {
              counts[t][2]++;
              counts[t][3] += r.outcome(best).equals(gold[i]) ? 1 : 0;
            }
          }
        }
      }
    }
    double bestScore = -1;
    double bestThreshold = EventRecognizer.DEFAULT_THRESHOLD;
    for (int t = 0; t < THRESHOLDS.length; t++) {
      long[] c = counts[t];
      double p = c[0] == 0 ? 0 : (double) c[2] / c[0];
      double r = c[1] == 0 ? 0 : (double) c[2] / c[1];
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      double score = c[2] == 0 ? 0 : f * c[3] / c[2];
      if (score > bestScore) {
        bestScore = score;
        bestThreshold = THRESHOLDS[t];
      }
    }
    return bestThreshold;
  }

  private static String[] outcomes(EventCorpus.Sentence s) {
    String[] outcomes = new String[s.tokens().size()];
    java.util.Arrays.fill(outcomes, EventRecognizer.OUTSIDE);
    for (EventCorpus.GoldEvent g : s.events()) {
      outcomes[g.token()] = g.attributes().eventClass().name();
    }
    return outcomes;
  }

  private EventRecognizer fit(List<EventCorpus.Sentence> sentences) {
    EventFeatures features = EventRecognizer.features(groups);
    List<Event> events = new ArrayList<>();
    for (EventCorpus.Sentence s : sentences) {
      String[] outcomes = outcomes(s);
      EventFeatures.Sentence view = new EventFeatures.Sentence(s.tokens());
      for (int i = 0; i < outcomes.length; i++) {
        events.add(new Event(outcomes[i], features.contexts(view, i)));
      }
    }
    // OpenNLP's L-BFGS sometimes stops after a few iterations (its line search gives up), leaving
    // a model far from the optimum, where a maxent model's mean probability of each outcome
    // equals the outcome's share: retrain with half the L2 cost, at most RETRIES times.
    long outside = events.stream().filter(e -> e.getOutcome().equals(EventRecognizer.OUTSIDE))
        .count();
    double share = (double) outside / events.size();
    double cost = l2;
    MaxentModel model = learn(events, cost);
    for (int retry = 0; algorithm == Algorithm.QN && retry < RETRIES; retry++) {
      if (Math.abs(meanOutside(model, events) - share) <= MAX_MISCALIBRATION) {
        break;
      }
      cost /= 2;
      model = learn(events, cost);
    }
    LinearModel linear = LinearModel.of((AbstractModel) model);
    // the compact model must compute what OpenNLP's does (up to float rounding and pruning)
    for (int e = 0; e < Math.min(events.size(), 2000); e++) {
      double[] expected = model.eval(events.get(e).getContext());
      double[] actual = linear.eval(events.get(e).getContext());
      for (int k = 0; k < expected.length; k++) {
        int j = linear.indexOf(model.getOutcome(k));
        if (Math.abs(expected[k] - actual[j]) > 0.02) {
          throw new IllegalStateException("the compact model differs from OpenNLP's: "
              + expected[k] + " vs " + actual[j]);
        }
      }
    }
    return new EventRecognizer("trained", linear, features, EventRecognizer.DEFAULT_THRESHOLD);
  }

  /** How often an early-stopped L-BFGS run is retried. */
  private static final int RETRIES = 3;

  private MaxentModel learn(List<Event> events, double cost) {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM,
        algorithm == Algorithm.GIS ? "MAXENT" : "MAXENT_QN");
    if (algorithm == Algorithm.QN) {
      parameters.put("L2Cost", cost);
      parameters.put("L1Cost", 0.0);
    }
    parameters.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put("PrintMessages", false);
    Map<String, String> report = new HashMap<>();
    try {
      return TrainerFactory.getEventTrainer(parameters, report)
          .train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed: " + e.getMessage(), e);
    }
  }

  /** Largest difference between the mean probability of O and its share in a trained model. */
  private static final double MAX_MISCALIBRATION = 0.05;

  /** {@return the model's mean probability of O over the training events} */
  private static double meanOutside(MaxentModel model, List<Event> events) {
    int o = model.getIndex(EventRecognizer.OUTSIDE);
    double sum = 0;
    for (Event e : events) {
      sum += model.eval(e.getContext())[o];
    }
    return sum / events.size();
  }
}
