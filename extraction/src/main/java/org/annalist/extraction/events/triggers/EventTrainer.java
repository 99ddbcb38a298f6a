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
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an {@link EventRecognizer}: one OpenNLP maximum-entropy (GIS) event per token of an
 * {@link EventCorpus}, outcome {@code O} or the class of the gold event whose trigger the token is,
 * context the features of the chosen {@link EventFeatureGroup}s. Training is deterministic (one
 * thread, corpus order): the same corpus and parameters give the same model.
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

  private final Set<EventFeatureGroup> groups;
  private final int iterations;
  private final int cutoff;

  private EventTrainer(Set<EventFeatureGroup> groups, int iterations, int cutoff) {
    this.groups = Set.copyOf(groups);
    this.iterations = iterations;
    this.cutoff = cutoff;
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
    return new EventTrainer(groups, iterations, cutoff);
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
    return String.format(Locale.ROOT, "maxent GIS, %d iterations, cutoff %d, features %s",
        iterations, cutoff, list);
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
    EventFeatures features = EventRecognizer.features(groups);
    List<Event> events = new ArrayList<>(corpus.tokenCount());
    for (EventCorpus.Sentence s : corpus.sentences()) {
      String[] outcomes = new String[s.tokens().size()];
      java.util.Arrays.fill(outcomes, EventRecognizer.OUTSIDE);
      for (EventCorpus.GoldEvent g : s.events()) {
        outcomes[g.token()] = g.attributes().eventClass().name();
      }
      EventFeatures.Sentence view = new EventFeatures.Sentence(s.tokens());
      for (int i = 0; i < outcomes.length; i++) {
        events.add(new Event(outcomes[i], features.contexts(view, i)));
      }
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put("PrintMessages", false);
    Map<String, String> report = new HashMap<>();
    MaxentModel model;
    try {
      model = TrainerFactory.getEventTrainer(parameters, report)
          .train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed: " + e.getMessage(), e);
    }
    return new EventRecognizer("trained", model, features, EventRecognizer.DEFAULT_THRESHOLD);
  }
}
