package org.annalist.extraction.entities.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.annalist.core.eval.conll.Chunks;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.TypedSpan;
import org.annalist.extraction.clusters.WordClusters;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Trains a {@link NameFinderRecognizer} from CoNLL-2003 documents with Apache OpenNLP's {@code
 * NameFinderME.train}, every training parameter set explicitly (OpenNLP silently trains a
 * perceptron when given none).
 *
 * <p>Each sentence becomes one OpenNLP {@code NameSample} of {@link WordClusters#normalize
 * normalised} tokens, the first sentence of each document clearing the document-level (adaptive)
 * features, exactly as {@link NameFinderRecognizer#recognizeDocument} does when tagging. Gold tags
 * may be IOB1 or IOB2. Training is deterministic for a given input and configuration.
 *
 * <p>A configured trainer is immutable and thread-safe; each {@link #train} call is independent.
 *
 * <pre>{@code
 * NameFinderRecognizer ner = NameFinderTrainer.builder()
 *     .features(NerFeatures.DOCUMENT).algorithm(Algorithm.PERCEPTRON).iterations(300).cutoff(2)
 *     .build()
 *     .train(ConllReader.create().read(Path.of("eng.train")));
 * }</pre>
 */
public final class NameFinderTrainer {

  /** OpenNLP's learning algorithms usable here. Immutable and thread-safe. */
  public enum Algorithm {
    /** Averaged perceptron (single-threaded). */
    PERCEPTRON(PerceptronTrainer.PERCEPTRON_VALUE),
    /** Maximum entropy by GIS (uses {@code threads}). */
    MAXENT(GISTrainer.MAXENT_VALUE);

    private final String openNlpName;

    Algorithm(String openNlpName) {
      this.openNlpName = openNlpName;
    }
  }

  /** How names are written as per-token outcomes. Immutable and thread-safe. */
  public enum Codec {
    /** Begin / inside / outside. */
    BIO,
    /** Begin / inside / last / outside / unit. */
    BILOU
  }

  private final Algorithm algorithm;
  private final int iterations;
  private final int cutoff;
  private final int threads;
  private final int beamSize;
  private final Codec codec;
  private final byte[] descriptor;
  private final int folds;
  private final int averaged;
  private final long seed;

  private NameFinderTrainer(NameFinderTrainer other, byte[] descriptor) {
    this.averaged = other.averaged;
    this.seed = other.seed;
    this.algorithm = other.algorithm;
    this.iterations = other.iterations;
    this.cutoff = other.cutoff;
    this.threads = other.threads;
    this.beamSize = other.beamSize;
    this.codec = other.codec;
    this.folds = other.folds;
    this.descriptor = descriptor;
  }

  private NameFinderTrainer(Builder b) {
    this.folds = b.folds;
    this.averaged = b.averaged;
    this.seed = b.seed;
    this.algorithm = b.algorithm;
    this.iterations = b.iterations;
    this.cutoff = b.cutoff;
    this.threads = b.threads;
    this.beamSize = b.beamSize;
    this.codec = b.codec;
    this.descriptor = b.descriptor.clone();
  }

  /**
   * A builder with the defaults of the committed model: perceptron, 300 iterations, cutoff 2,
   * BILOU, {@link NerFeatures#DOCUMENT} (and 2 threads, used by maxent only).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a one-line summary of the configuration, for notes and logs} */
  public String describe() {
    return String.format(Locale.ROOT,
        "algorithm=%s iterations=%d cutoff=%d threads=%d codec=%s beam=%d folds=%d averaged=%d"
            + " seed=%d",
        algorithm, iterations, cutoff, threads, codec, beamSize, folds, averaged, seed);
  }

  /** {@return the feature-generator descriptor as XML text} */
  public String descriptorXml() {
    return new String(descriptor, StandardCharsets.UTF_8);
  }

  /**
   * Trains on the given documents.
   *
   * @param documents CoNLL documents with gold tags
   * @return the trained recogniser
   * @throws IllegalArgumentException if there is nothing to train on
   * @throws UncheckedIOException if OpenNLP fails
   */
  public NameFinderRecognizer train(List<ConllDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    ContextFeatures context = ContextFeatures.fromDescriptor(descriptorXml());
    if (!context.stacked()) {
      return train(documents, context, null, Map.of());
    }
    // Two stages: the first pass's names on each training document come from a model trained
    // on the other folds (jackknifing), so the second stage learns how far to trust them on
    // text the first pass has not seen; the first pass kept in the model is trained on all.
    NameFinderTrainer first = new NameFinderTrainer(this,
        ContextFeatures.firstPassDescriptor(descriptorXml()).getBytes(StandardCharsets.UTF_8));
    List<String[][]> labels = new ArrayList<>(Collections.nCopies(documents.size(),
        (String[][]) null));
    for (int fold = 0; fold < folds; fold++) {
      List<ConllDocument> rest = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        if (d % folds != fold) {
          rest.add(documents.get(d));
        }
      }
      NameFinderRecognizer partial = first.train(rest);
      for (int d = fold; d < documents.size(); d += folds) {
        labels.set(d, partial.labels(normalized(documents.get(d))));
      }
    }
    NameFinderRecognizer full = first.train(documents);
    Map<String, Object> resources = new HashMap<>();
    resources.put(NameFinderRecognizer.FIRST_PASS_MODEL, full.weights());
    resources.put(NameFinderRecognizer.FIRST_PASS_DESCRIPTOR, first.descriptor.clone());
    return train(documents, context, labels, resources);
  }

  private NameFinderRecognizer train(List<ConllDocument> documents, ContextFeatures context,
      List<String[][]> firstPass, Map<String, Object> resources) {
    SequenceCodec<String> sequenceCodec = codec == Codec.BILOU ? new BilouCodec() : new BioCodec();
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(descriptor, resources, sequenceCodec);
    // The perceptron's result depends on the order of its training events; models trained on
    // other orders of the same documents are averaged into one (the mean of linear scores is the
    // score of the mean weights), which costs no more to tag than one of them.
    List<List<NameSample>> byDocument = documentSamples(documents, context, firstPass);
    List<MaxentModel> models = new ArrayList<>();
    TokenNameFinderModel model = null;
    for (int k = 0; k < averaged; k++) {
      List<Integer> order = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        order.add(d);
      }
      if (k > 0 || seed != 0) { // the first model of seed 0 sees the documents as given
        Collections.shuffle(order, new Random(seed * 1_000_003L + k));
      }
      List<NameSample> samples = new ArrayList<>();
      for (int d : order) {
        samples.addAll(byDocument.get(d));
      }
      model = trainOnce(samples, factory);
      models.add(model.getArtifact("nameFinder.model"));
    }
    if (averaged == 1) {
      return NameFinderRecognizer.of(model);
    }
    Map<String, String> manifest = new HashMap<>();
    manifest.put("Annalist-Averaged-Models", Integer.toString(averaged));
    return NameFinderRecognizer.of(new TokenNameFinderModel("en", ModelAverage.of(models),
        beamSize, descriptor, resources, manifest, sequenceCodec, factory));
  }

  private TokenNameFinderModel trainOnce(List<NameSample> samples,
      TokenNameFinderFactory factory) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sentences to train on");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName);
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, threads);
    // Stored in the model and used when tagging; the event trainers do not use it.
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, beamSize);
    try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
      return NameFinderME.train("en", null, stream, params, factory);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed: " + e.getMessage(), e);
    }
  }

  private static List<String[]> normalized(ConllDocument document) {
    List<String[]> tokens = new ArrayList<>();
    for (ConllSentence sentence : document.sentences()) {
      tokens.add(sentence.texts().stream().map(WordClusters::normalize)
          .toArray(String[]::new));
    }
    return tokens;
  }

  /** Each document's sentences as OpenNLP samples with the project's features, in order. */
  static List<List<NameSample>> documentSamples(List<ConllDocument> documents,
      ContextFeatures context, List<String[][]> firstPass) {
    List<List<NameSample>> out = new ArrayList<>(documents.size());
    for (int d = 0; d < documents.size(); d++) {
      ConllDocument document = documents.get(d);
      List<String[]> tokens = normalized(document);
      String[][][] features = context.features(tokens,
          firstPass == null ? null : firstPass.get(d));
      ContextFeatures.History history = context.newHistory();
      List<NameSample> samples = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        List<TypedSpan> spans = Chunks.decode(document.sentences().get(i).tags());
        Span[] names = spans.stream().map(s -> new Span(s.start(), s.end(), s.type()))
            .toArray(Span[]::new);
        samples.add(new NameSample(null, tokens.get(i), names, context.sentence(
            features == null ? null : features[i], tokens.get(i), history), i == 0));
        // gold names, as OpenNLP's own previous-outcome map is filled in training
        history.record(tokens.get(i), spans.stream().mapToInt(TypedSpan::start).toArray(),
            spans.stream().mapToInt(TypedSpan::end).toArray(),
            spans.stream().map(TypedSpan::type).toArray(String[]::new));
      }
      out.add(samples);
    }
    return out;
  }

  /** Configures a {@link NameFinderTrainer}; not thread-safe. */
  public static final class Builder {
    private Algorithm algorithm = Algorithm.PERCEPTRON;
    private int iterations = 300;
    private int cutoff = 2;
    private int threads = 2;
    private int beamSize = 3;
    private Codec codec = Codec.BILOU;
    private byte[] descriptor = NerFeatures.DOCUMENT.descriptor();
    private int folds = 5;
    private int averaged = 1;
    private long seed;

    private Builder() {}

    /**
     * Sets the seed of the document orders the {@link #averaged} models are trained on; with
     * seed 0 (the default) the first model sees the documents as given. Other seeds give other
     * orders, to measure how much the result depends on them.
     *
     * @param value the value
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets how many perceptron models, each trained on another order of the documents, are
     * averaged into the trained model, at least 1 (1: one model on the documents as given).
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder averaged(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("averaged must be at least 1, got " + value);
      }
      this.averaged = value;
      return this;
    }

    /**
     * Sets the folds of the jackknife that gives a two-stage ({@code stage2}) model's training
     * documents their first-pass names, at least 2; ignored by one-stage feature sets.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder folds(int value) {
      if (value < 2) {
        throw new IllegalArgumentException("folds must be at least 2, got " + value);
      }
      this.folds = value;
      return this;
    }

    /**
     * Sets the learning algorithm.
     *
     * @param value the value
     * @return this builder
     */
    public Builder algorithm(Algorithm value) {
      this.algorithm = Objects.requireNonNull(value, "algorithm");
      return this;
    }

    /**
     * Sets the number of training iterations, at least 1.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder iterations(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("iterations must be at least 1, got " + value);
      }
      this.iterations = value;
      return this;
    }

    /**
     * Sets the cutoff: features seen fewer than this many times are dropped; at least 0.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder cutoff(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("cutoff must be non-negative, got " + value);
      }
      this.cutoff = value;
      return this;
    }

    /**
     * Sets the threads for the maxent trainer (the perceptron uses one), at least 1.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * Sets the sequences kept by the beam search when tagging (stored in the model), at least 1.
     *
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException naming the value if it is out of range
     */
    public Builder beamSize(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("beam size must be at least 1, got " + value);
      }
      this.beamSize = value;
      return this;
    }

    /**
     * Sets the outcome encoding.
     *
     * @param value the value
     * @return this builder
     */
    public Builder codec(Codec value) {
      this.codec = Objects.requireNonNull(value, "codec");
      return this;
    }

    /**
     * Sets one of the project's feature sets as the features.
     *
     * @param value the value
     * @return this builder
     */
    public Builder features(NerFeatures value) {
      this.descriptor = Objects.requireNonNull(value, "features").descriptor();
      return this;
    }

    /**
     * A custom OpenNLP feature-generator descriptor (XML), built-in OpenNLP generators only. A
     * comment {@code <!-- annalist-context: 256 1024 caps doc -->} adds the project's own
     * features (see {@link NerFeatures#DOCUMENT}). The descriptor is checked here, not when
     * training starts: it must be well-formed XML from which OpenNLP builds its feature
     * generators, naming only known context options.
     *
     * @param xml the descriptor, UTF-8
     * @return this builder
     * @throws IllegalArgumentException with a one-line message (with the line and column for
     *     malformed XML) if the descriptor is empty, not XML, or not one OpenNLP can use
     */
    public Builder descriptor(byte[] xml) {
      Objects.requireNonNull(xml, "descriptor");
      if (xml.length == 0) {
        throw new IllegalArgumentException("empty feature descriptor");
      }
      byte[] copy = xml.clone();
      checkDescriptor(copy);
      this.descriptor = copy;
      return this;
    }

    private static void checkDescriptor(byte[] xml) {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder parser = factory.newDocumentBuilder();
        // without a handler the JDK parser prints "[Fatal Error] ..." to System.err
        parser.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }
        });
        parser.parse(new ByteArrayInputStream(xml));
      } catch (SAXParseException e) {
        String where = e.getLineNumber() < 0 ? ""
            : "line " + e.getLineNumber() + (e.getColumnNumber() < 0 ? "" : ", column "
                + e.getColumnNumber()) + ": ";
        throw new IllegalArgumentException(
            "not a feature descriptor: " + where + "malformed XML: " + e.getMessage(), e);
      } catch (SAXException | IOException | ParserConfigurationException e) {
        throw new IllegalArgumentException(
            "not a feature descriptor: " + e.getMessage(), e);
      }
      try {
        // the same call training makes, so a descriptor OpenNLP cannot use fails now
        new TokenNameFinderFactory(xml, Map.of(), new BioCodec()).createFeatureGenerators();
      } catch (RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        throw new IllegalArgumentException("not a feature descriptor OpenNLP can use: "
            + String.valueOf(root.getMessage()).replace('\n', ' '), e);
      }
      ContextFeatures.fromDescriptor(new String(xml, StandardCharsets.UTF_8));
    }

    /**
     * Builds the trainer.
     *
     * @return the trainer, immutable and thread-safe
     * @throws IllegalArgumentException if models are to be averaged but are not perceptrons
     */
    public NameFinderTrainer build() {
      if (averaged > 1 && algorithm != Algorithm.PERCEPTRON) {
        throw new IllegalArgumentException("averaged " + averaged
            + " needs the perceptron, not " + algorithm);
      }
      return new NameFinderTrainer(this);
    }
  }
}
