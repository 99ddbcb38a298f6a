package org.annalist.extraction.events.triggers;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.annalist.extraction.clusters.WordClusters;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.Token;

/**
 * Finds the TimeML event mentions of a sentence: each token is classified by a maximum-entropy
 * model (trained with Apache OpenNLP, stored and evaluated by the project) as no event ({@code
 * O}) or as the trigger of an event of one of the seven TimeML classes, from features the
 * project computes itself ({@link EventFeatureGroup}); the committed model {@value #MODEL} was
 * trained on TempEval-3 TBAQ-cleaned (TimeBank and AQUAINT),
 * see {@code org/annalist/extraction/events/EVENT-MODEL.md}. A token is a trigger when the model's
 * probability of {@code O} is below the model's threshold; its class is the most probable of the
 * seven, and {@link RecognizedEvent#confidence()} that class's probability.
 *
 * <p>Tense, aspect, polarity and modality come from rules over the verb group: the tokens just
 * before the trigger that are auxiliaries ({@code AUX}, including compounds such as {@code
 * AUX+PART} for {@code didn't}), the particle {@code to}, negations ({@code not}, {@code n't},
 * {@code never}) and adverbs, at most {@value VerbGroup#REACH} tokens back, stopping at {@code to}
 * or at any other word:
 *
 * <ul>
 *   <li>Only verbal triggers (UPOS {@code VERB} or {@code AUX}) have a tense and an aspect; nouns,
 *       adjectives and the rest get {@code NONE} / {@code NONE}.
 *   <li>Tense: {@code will}, {@code shall}, {@code 'll}, {@code won't} in the group → {@code
 *       FUTURE}; else a modal → {@code NONE}; else a group that starts with {@code to} → {@code
 *       INFINITIVE}; else the leftmost auxiliary: {@code was}, {@code were}, {@code had}, {@code
 *       did} → {@code PAST}, {@code be}, {@code been}, {@code being} → {@code NONE}, any other →
 *       {@code PRESENT}; with no auxiliary, the form: {@code -ing} → {@code PRESPART}, the lemma or
 *       the lemma + {@code -s} → {@code PRESENT}, any other form (a past form: UPOS has no VBD /
 *       VBN distinction) → {@code PASTPART} after a determiner, preposition, adjective,
 *       punctuation, conjunction or verb, else {@code PAST}.
 *   <li>Aspect: {@code have} in the group and a participle trigger → {@code PERFECTIVE}; {@code be}
 *       as the nearest auxiliary and an {@code -ing} trigger → {@code PROGRESSIVE}; both → {@code
 *       PERFECTIVE_PROGRESSIVE}; else {@code NONE}.
 *   <li>Polarity: {@code not}, {@code n't}, {@code never} or a negated auxiliary in the group, or
 *       for a non-verbal trigger the determiner {@code no} just before the group, → {@code NEG};
 *       else {@code POS}.
 *   <li>Modality: the modal of the group nearest the trigger, lower case, short forms written out
 *       ({@code would}, {@code could}, {@code may}, {@code might}, {@code must}, {@code should},
 *       {@code can}, {@code ought}; {@code 'd} → {@code would}, {@code can't} → {@code can}); none
 *       otherwise ({@code will} and {@code shall} give the tense, not a modality).
 * </ul>
 *
 * <p>Cost: a fixed number of features per token, so linear in the sentence length.
 *
 * <p>Thread-safe, immutable once loaded: the model and the cluster tables are read-only.
 *
 * <pre>{@code
 * EventRecognizer events = EventRecognizer.load();
 * TextLayer text = analyzed.expect(TextLayer.KEY);
 * for (Sentence s : text.sentences()) {
 *   List<Token> tokens = text.tokens(s);
 *   for (RecognizedEvent e : events.recognize(tokens)) {
 *     System.out.println(tokens.get(e.token()).text() + " " + e.attributes());
 *   }
 * }
 * }</pre>
 */
public final class EventRecognizer {

  /** Resource name of the committed model. */
  public static final String MODEL = "events-en-tbaq.bin";

  /** Classpath resource of the committed model. */
  static final String RESOURCE = "/org/annalist/extraction/events/" + MODEL;

  /** The outcome of a token that is no trigger. */
  static final String OUTSIDE = "O";

  /** Default threshold on the probability of {@code O}. */
  static final double DEFAULT_THRESHOLD = 0.5;

  private static final String MAGIC = "annalist-events-model";

  private final String name;
  private final LinearModel model;
  private final EventFeatures features;
  private final double threshold;
  private final int outsideIndex;
  private final EventClass[] classes;

  EventRecognizer(String name, LinearModel model, EventFeatures features, double threshold) {
    this.name = name;
    this.model = model;
    this.features = features;
    this.threshold = threshold;
    this.outsideIndex = model.indexOf(OUTSIDE);
    this.classes = new EventClass[model.outcomeCount()];
    for (int k = 0; k < classes.length; k++) {
      String outcome = model.outcome(k);
      classes[k] = outcome.equals(OUTSIDE) ? null : EventClass.valueOf(outcome);
    }
  }

  /**
   * Loads the committed model {@value #MODEL} from the classpath.
   *
   * @return the recogniser; a new instance, reading the model again, on every call
   * @throws IllegalStateException naming the resource if it is missing or malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static EventRecognizer load() {
    InputStream stream = EventRecognizer.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("missing classpath resource " + RESOURCE);
    }
    try (InputStream in = stream) {
      return read(in, MODEL);
    } catch (MalformedModelException e) {
      throw new IllegalStateException(RESOURCE + ": not an event model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a model written by {@link #write} (or by {@code annalist train-events}) from a file.
   *
   * @param model the model file
   * @return the recogniser, whose {@link #modelName()} is the file's name
   * @throws IOException if the file cannot be read or is not an event model (the message names
   *     the file)
   */
  public static EventRecognizer load(Path model) throws IOException {
    Objects.requireNonNull(model, "model");
    Path fileName = model.getFileName();
    try (InputStream in = Files.newInputStream(model)) {
      return read(in, fileName == null ? model.toString() : fileName.toString());
    } catch (MalformedModelException e) {
      throw new IOException(model + ": not an event model: " + e.getMessage(), e);
    }
  }

  private static EventRecognizer read(InputStream stream, String name) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(stream), 1 << 16));
    } catch (ZipException | EOFException e) {
      throw new MalformedModelException("not gzip-compressed", e);
    }
    try {
      String magic = in.readUTF();
      if (!magic.equals(MAGIC)) {
        throw new MalformedModelException("no '" + MAGIC + "' header", null);
      }
      int version = in.readInt();
      if (version != EventFeatures.VERSION) {
        throw new MalformedModelException("feature version " + version + ", this code reads "
            + EventFeatures.VERSION, null);
      }
      Set<EventFeatureGroup> groups = EnumSet.noneOf(EventFeatureGroup.class);
      String list = in.readUTF();
      for (String g : list.isEmpty() ? new String[0] : list.split(",")) {
        groups.add(EventFeatureGroup.find(g).orElseThrow(
            () -> new MalformedModelException("unknown feature group '" + g + "'", null)));
      }
      double threshold = in.readDouble();
      if (!(threshold > 0 && threshold <= 1)) {
        throw new MalformedModelException("threshold " + threshold, null);
      }
      LinearModel model = LinearModel.read(in);
      if (model.indexOf(OUTSIDE) < 0) {
        throw new MalformedModelException("no outcome " + OUTSIDE, null);
      }
      for (int k = 0; k < model.outcomeCount(); k++) {
        String outcome = model.outcome(k);
        if (!outcome.equals(OUTSIDE)) {
          try {
            EventClass.valueOf(outcome);
          } catch (IllegalArgumentException e) {
            throw new MalformedModelException("unknown outcome '" + outcome + "'", e);
          }
        }
      }
      return new EventRecognizer(name, model, features(groups), threshold);
    } catch (EOFException | ZipException | java.io.UTFDataFormatException e) {
      throw new MalformedModelException("truncated or corrupted: " + e.getMessage(), e);
    }
  }

  /** The features of the given groups, with the project's cluster tables where needed. */
  static EventFeatures features(Set<EventFeatureGroup> groups) {
    WordClusters c256 = null;
    WordClusters c1024 = null;
    if (groups.contains(EventFeatureGroup.CLUSTERS)) {
      c256 = WordClusters.fromResource(WordClusters.RESOURCE_256);
      c1024 = WordClusters.fromResource(WordClusters.RESOURCE_1024);
    }
    return new EventFeatures(groups, c256, c1024);
  }

  /**
   * Writes the model, as {@link #load(Path)} reads it, to {@code out}, which is closed.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeInt(EventFeatures.VERSION);
    StringBuilder list = new StringBuilder();
    for (EventFeatureGroup g : EventFeatureGroup.values()) {
      if (features.groups().contains(g)) {
        list.append(list.length() == 0 ? "" : ",").append(g.cliName());
      }
    }
    data.writeUTF(list.toString());
    data.writeDouble(threshold);
    model.write(data);
    data.close();
  }

  /** {@return the model's name, such as {@code events-en-tbaq.bin}} */
  public String modelName() {
    return name;
  }

  /** {@return the feature groups the model was trained with} */
  public Set<EventFeatureGroup> featureGroups() {
    return features.groups();
  }

  /** {@return a copy that uses {@code newThreshold} on the probability of no event} */
  EventRecognizer withThreshold(double newThreshold) {
    return new EventRecognizer(name, model, features, newThreshold);
  }

  /**
   * {@return the model's threshold on the probability of no event: a token is a trigger when the
   * model gives {@code O} less}
   */
  public double threshold() {
    return threshold;
  }

  /** {@return the model's probabilities of each outcome for each token} */
  double[][] probabilities(List<Token> tokens) {
    EventFeatures.Sentence s = new EventFeatures.Sentence(tokens);
    double[][] p = new double[s.size()][];
    for (int i = 0; i < s.size(); i++) {
      p[i] = model.eval(features.contexts(s, i));
    }
    return p;
  }

  int outsideIndex() {
    return outsideIndex;
  }

  String outcome(int k) {
    return model.outcome(k);
  }

  /** {@return the most probable outcome but O} */
  int bestClass(double[] p) {
    int best = -1;
    for (int k = 0; k < p.length; k++) {
      if (k != outsideIndex && (best < 0 || p[k] > p[best])) {
        best = k;
      }
    }
    return best;
  }

  /**
   * {@return the tense, aspect, polarity and modality the verb-group rules give the token at
   * {@code token}, with the class {@code eventClass}}, for a mention found by other means (the
   * event lexicon); costs time linear in the sentence
   *
   * @param tokens the TextLayer tokens of one sentence
   * @param token the index of the mention's token in {@code tokens}
   * @param eventClass the mention's class
   * @throws IndexOutOfBoundsException if {@code token} is not an index of {@code tokens}
   */
  public EventAttributes describe(List<Token> tokens, int token, EventClass eventClass) {
    Objects.checkIndex(token, tokens.size());
    return VerbGroup.attributes(new EventFeatures.Sentence(tokens), token,
        Objects.requireNonNull(eventClass, "eventClass"));
  }

  /**
   * The event mentions of one sentence, in token order.
   *
   * @param tokens the TextLayer tokens of one sentence (UD UPOS tags and lower-case lemmas, as the
   *     text stage gives them)
   * @return the mentions, never {@code null}; empty for an empty list
   * @throws NullPointerException if {@code tokens} is or holds {@code null}
   */
  public List<RecognizedEvent> recognize(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    if (tokens.isEmpty()) {
      return List.of();
    }
    EventFeatures.Sentence s = new EventFeatures.Sentence(tokens);
    List<RecognizedEvent> events = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      double[] p = model.eval(features.contexts(s, i));
      if (p[outsideIndex] >= threshold) {
        continue;
      }
      int best = bestClass(p);
      EventAttributes attributes = VerbGroup.attributes(s, i, classes[best]);
      double confidence = Math.max(0.0, Math.min(1.0, p[best]));
      events.add(new RecognizedEvent(i, attributes, confidence));
    }
    return List.copyOf(events);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "EventRecognizer[%s, %d outcomes, %d features]", name,
        model.outcomeCount(), model.featureCount());
  }

  /** A model file that is not an event model. */
  private static final class MalformedModelException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedModelException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
