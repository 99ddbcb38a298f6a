package org.annalist.extraction.entities.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import org.annalist.extraction.clusters.WordClusters;
import org.annalist.model.EntityType;

/**
 * Finds person, organisation, location and other names in tokenised English sentences with an
 * Apache OpenNLP name-finder model trained on CoNLL-2003 ({@link #load()} reads the committed one,
 * described in {@code org/annalist/extraction/entities/NER-MODEL.md}).
 *
 * <p>Input tokens should follow CoNLL-2003 (Penn Treebank-like) tokenisation; any strings are
 * accepted. Each token is put in {@link WordClusters#normalize normal form} (digits to {@code 0},
 * curly quotes straight) before the model sees it, as in training. The model's CoNLL types map to
 * {@link EntityType}: {@code PER} → {@code PERSON}, {@code ORG} → {@code ORGANIZATION}, {@code LOC}
 * → {@code LOCATION}, {@code MISC} → {@code MISC}; names of any other type are dropped. Sentences
 * longer than {@value #MAX_CHUNK} tokens are cut into pieces (at punctuation where possible) and
 * recognised piece by piece, so time stays linear in the length. Models trained with word-cluster
 * features get them from the project's cluster files on the classpath (see {@code NER-MODEL.md}).
 *
 * <p>Immutable and thread-safe: the model is shared and read-only; every call makes its own
 * OpenNLP {@code NameFinderME}, which is not thread-safe. Load once, share everywhere.
 *
 * <pre>{@code
 * NameFinderRecognizer ner = NameFinderRecognizer.load();
 * List<RecognizedName> names = ner.recognize(List.of("Leon", "Panetta", "visited", "Colombia", "."));
 * // [0, 2) PERSON, [3, 4) LOCATION
 * }</pre>
 */
public final class NameFinderRecognizer {

  /** Classpath resource of the committed model. */
  public static final String RESOURCE = "/org/annalist/extraction/entities/ner-en-conll.bin";

  /** The first bytes of a zip archive, which every OpenNLP model is. */
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** Longest piece of a sentence given to the model at once. */
  public static final int MAX_CHUNK = 250;

  /** How far back from {@link #MAX_CHUNK} a cut looks for punctuation. */
  private static final int CUT_SEARCH = 60;

  private final TokenNameFinderModel model;
  private final ContextFeatures context;
  /** The fast decoder for perceptron models; empty for others (then OpenNLP's NameFinderME). */
  private final Optional<NameDecoder> decoder;
  /** The first pass of a two-stage model; null for a single-stage model. */
  private final NameFinderRecognizer firstPass;

  /** Artifact of a two-stage model holding its first pass's weights. */
  static final String FIRST_PASS_MODEL = "firstpass.model";

  /** Artifact of a two-stage model holding its first pass's feature descriptor. */
  static final String FIRST_PASS_DESCRIPTOR = "firstpass.featuregen";

  private NameFinderRecognizer(TokenNameFinderModel model, boolean openNlpDecoder) {
    this.model = model;
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.decoder = openNlpDecoder ? Optional.empty()
        : NameDecoder.of(model.getArtifact("nameFinder.model"), model.getFactory(),
            model.getFactory().createSequenceCodec(), beam == null ? NameFinderME.DEFAULT_BEAM_SIZE
                : Integer.parseInt(beam));
    // OpenNLP's entry name for the descriptor; the getter on the factory is protected.
    byte[] descriptor = model.getArtifact("generator.featuregen");
    this.context = ContextFeatures.fromDescriptor(
        descriptor == null ? "" : new String(descriptor, StandardCharsets.UTF_8));
    this.firstPass = context.stacked() ? firstPass(model, openNlpDecoder) : null;
  }

  /** The first-pass model stored in a two-stage model (see {@link #FIRST_PASS_MODEL}). */
  private static NameFinderRecognizer firstPass(TokenNameFinderModel model,
      boolean openNlpDecoder) {
    MaxentModel weights = model.getArtifact(FIRST_PASS_MODEL);
    byte[] descriptor = model.getArtifact(FIRST_PASS_DESCRIPTOR);
    if (weights == null || descriptor == null) {
      throw new IllegalArgumentException("a stage2 model without its first pass ("
          + FIRST_PASS_MODEL + ", " + FIRST_PASS_DESCRIPTOR + ")");
    }
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    TokenNameFinderModel first = new TokenNameFinderModel(model.getLanguage(), weights,
        beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), descriptor,
        Map.of(), Map.of(), codec, factory);
    return new NameFinderRecognizer(first, openNlpDecoder);
  }

  /**
   * The first pass's type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}) or {@code O} of
   * every token of a document's normalised sentences.
   */
  String[][] labels(List<String[]> normal) {
    List<List<RecognizedName>> names = recognizeNormal(normal);
    String[][] labels = new String[normal.size()][];
    for (int s = 0; s < normal.size(); s++) {
      labels[s] = new String[normal.get(s).length];
      java.util.Arrays.fill(labels[s], "O");
      for (RecognizedName n : names.get(s)) {
        java.util.Arrays.fill(labels[s], n.start(), n.end(), conllType(n.type()));
      }
    }
    return labels;
  }

  /**
   * Loads the committed model from the classpath.
   *
   * @return the recogniser; a new instance, reading the model again, on every call
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read or is not a name-finder model
   */
  public static NameFinderRecognizer load() {
    try (InputStream in = NameFinderRecognizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return load(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a model written by {@link #write} or by OpenNLP from the file {@code file}.
   *
   * @param file the model file
   * @return the recogniser
   * @throws UncheckedIOException with a one-line message naming the file if it is missing, a
   *     directory, empty, unreadable, or not an OpenNLP name-finder model (not a zip archive, no
   *     manifest, a model of another component, truncated or corrupted)
   */
  public static NameFinderRecognizer load(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException(file + ": is a directory, not a name-finder model",
          new IOException(file + ": is a directory"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(file + ": no such file", e);
    } catch (IOException e) {
      String reason = e instanceof FileSystemException fs && fs.getReason() != null
          ? fs.getReason() : e.getMessage();
      throw new UncheckedIOException(file + ": cannot read: " + reason, e);
    }
  }

  /**
   * Loads a model written by {@link #write} or by OpenNLP from {@code in}, which is not closed.
   *
   * @param in the model's bytes
   * @return the recogniser
   * @throws UncheckedIOException if it cannot be read or is not an OpenNLP name-finder model
   *     (empty, not a zip archive, no manifest, a model of another component, truncated or
   *     corrupted)
   */
  public static NameFinderRecognizer load(InputStream in) {
    Objects.requireNonNull(in, "in");
    return load(in, "name-finder model");
  }

  private static NameFinderRecognizer load(InputStream stream, String name) {
    InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream);
    try {
      // OpenNLP reads anything that is not a zip archive as an archive without entries and then
      // fails with a NullPointerException on the missing manifest: look at the first bytes first.
      in.mark(ZIP_MAGIC.length);
      byte[] head = in.readNBytes(ZIP_MAGIC.length);
      in.reset();
      if (head.length == 0) {
        throw notAModel(name, "the file is empty", null);
      }
      if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
        throw notAModel(name, "not a zip archive", null);
      }
      TokenNameFinderModel model;
      try {
        model = new TokenNameFinderModel(new NonClosing(in));
      } catch (NullPointerException e) {
        // OpenNLP 2.5: an archive without manifest.properties
        throw notAModel(name, "no manifest.properties in the archive", e);
      } catch (IllegalArgumentException | IllegalStateException e) {
        // OpenNLP wraps InvalidFormatException ("cannot load a model for the POSTaggerME")
        throw notAModel(name, rootMessage(e), e);
      }
      try {
        return new NameFinderRecognizer(model, false);
      } catch (IllegalArgumentException | IllegalStateException e) {
        // the descriptor names project features (cluster files) this version does not have
        throw notAModel(name, rootMessage(e), e);
      }
    } catch (InvalidFormatException e) {
      throw notAModel(name, e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": not an OpenNLP name-finder model: truncated or"
          + " corrupted (" + e.getMessage() + ")", e);
    }
  }

  private static UncheckedIOException notAModel(String name, String why, Exception cause) {
    String message = name + ": not an OpenNLP name-finder model: " + why;
    return new UncheckedIOException(message, new InvalidFormatException(message, cause));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage()).replace('\n', ' ');
  }

  static NameFinderRecognizer of(TokenNameFinderModel model) {
    return new NameFinderRecognizer(Objects.requireNonNull(model, "model"), false);
  }

  /** The same model decoded by OpenNLP's own {@code NameFinderME} (to check the fast decoder). */
  NameFinderRecognizer withOpenNlpDecoder() {
    return new NameFinderRecognizer(model, true);
  }

  /** {@return the model's weights (OpenNLP's {@code nameFinder.model} artifact)} */
  MaxentModel weights() {
    return model.getArtifact("nameFinder.model");
  }

  /** A new sentence-by-sentence tagger for one document. */
  private Finder finder() {
    if (decoder.isPresent()) {
      NameDecoder.Session session = decoder.get().session();
      return session::find;
    }
    NameFinderME me = new NameFinderME(model);
    return (tokens, features) -> features == null ? me.find(tokens) : me.find(tokens, features);
  }

  /** Tags one sentence (or piece) of a document, in order. */
  private interface Finder {
    Span[] find(String[] tokens, String[][] features);
  }

  /**
   * Writes the model in OpenNLP's format to {@code out}, which is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      model.serialize(new NonClosingOutput(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write name-finder model: " + e.getMessage(), e);
    }
  }

  /**
   * The names in one sentence, in order, as token ranges of {@code tokens}. Sentences are
   * independent: no document-level memory carries over (see {@link #recognizeDocument}).
   *
   * @param tokens one sentence's tokens
   * @return the names, in order
   * @throws NullPointerException if {@code tokens} or one of its elements is null
   */
  public List<RecognizedName> recognize(List<String> tokens) {
    String[] normal = normalize(tokens, "tokens");
    List<String[]> document = List.<String[]>of(normal);
    String[][][] features = context.features(document,
        firstPass == null ? null : firstPass.labels(document));
    return find(finder(), normal, context.sentence(
        features == null ? null : features[0], normal, context.newHistory()));
  }

  /**
   * The names in each sentence of one document, in order: element {@code i} holds the names of
   * {@code sentences.get(i)} as token ranges of that sentence. The model's document-level features
   * (the tag given to the same token earlier in the document, the document's first sentence) see
   * the whole document, as in training, so this is the call to use for a document.
   *
   * @param sentences the document's sentences, as tokens
   * @return the names of each sentence
   * @throws NullPointerException if {@code sentences}, a sentence or a token is null
   */
  public List<List<RecognizedName>> recognizeDocument(List<? extends List<String>> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    List<String[]> normal = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      normal.add(normalize(sentences.get(i), "sentence " + i));
    }
    return recognizeNormal(normal);
  }

  /** {@link #recognizeDocument} of normalised sentences. */
  private List<List<RecognizedName>> recognizeNormal(List<String[]> normal) {
    String[][][] features = context.features(normal,
        firstPass == null ? null : firstPass.labels(normal));
    Finder finder = finder();
    ContextFeatures.History history = context.newHistory();
    List<List<RecognizedName>> result = new ArrayList<>(normal.size());
    for (int i = 0; i < normal.size(); i++) {
      String[] sentence = normal.get(i);
      List<RecognizedName> names = find(finder, sentence, context.sentence(
          features == null ? null : features[i], sentence, history));
      result.add(names);
      history.record(sentence, names.stream().mapToInt(RecognizedName::start).toArray(),
          names.stream().mapToInt(RecognizedName::end).toArray(),
          names.stream().map(n -> conllType(n.type())).toArray(String[]::new));
    }
    return List.copyOf(result);
  }

  /**
   * {@return the {@link EntityType} for a CoNLL-2003 type name ({@code PER}, {@code ORG}, ...), if
   * any}
   *
   * @param conllType a type name as written in CoNLL tags
   */
  public static Optional<EntityType> entityType(String conllType) {
    return Optional.ofNullable(switch (conllType) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    });
  }

  /**
   * {@return the CoNLL-2003 type name of an {@link EntityType}}
   *
   * @param type the entity type
   */
  public static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC, PRODUCT -> "MISC";
    };
  }

  private static String[] normalize(List<String> tokens, String what) {
    Objects.requireNonNull(tokens, what);
    String[] normal = new String[tokens.size()];
    for (int i = 0; i < normal.length; i++) {
      String token = tokens.get(i);
      if (token == null) {
        throw new NullPointerException(what + ": token " + i + " is null");
      }
      normal[i] = WordClusters.normalize(token);
    }
    return normal;
  }

  private static List<RecognizedName> find(Finder finder, String[] tokens,
      String[][] features) {
    List<RecognizedName> names = new ArrayList<>();
    int start = 0;
    while (start < tokens.length) {
      int end = cut(tokens, start);
      String[] piece = start == 0 && end == tokens.length
          ? tokens : java.util.Arrays.copyOfRange(tokens, start, end);
      Span[] spans = finder.find(piece, features == null || piece == tokens ? features
          : java.util.Arrays.copyOfRange(features, start, end));
      for (Span span : spans) {
        Optional<EntityType> type = entityType(span.getType());
        if (type.isPresent()) {
          double p = span.getProb();
          double probability = Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
          names.add(new RecognizedName(start + span.getStart(), start + span.getEnd(),
              type.get(), probability));
        }
      }
      start = end;
    }
    return List.copyOf(names);
  }

  /** End of the piece starting at {@code start}: after punctuation near the limit if any. */
  private static int cut(String[] tokens, int start) {
    int limit = start + MAX_CHUNK;
    if (limit >= tokens.length) {
      return tokens.length;
    }
    for (int i = limit - 1; i >= limit - CUT_SEARCH; i--) {
      String t = tokens[i];
      if (t.equals(".") || t.equals(";") || t.equals("!") || t.equals("?") || t.equals(",")) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Keeps OpenNLP from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  private static final class NonClosingOutput extends java.io.FilterOutputStream {
    NonClosingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
