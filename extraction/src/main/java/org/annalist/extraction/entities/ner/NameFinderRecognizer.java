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
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
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

  private NameFinderRecognizer(TokenNameFinderModel model) {
    this.model = model;
    // OpenNLP's entry name for the descriptor; the getter on the factory is protected.
    byte[] descriptor = model.getArtifact("generator.featuregen");
    this.context = ContextFeatures.fromDescriptor(
        descriptor == null ? "" : new String(descriptor, StandardCharsets.UTF_8));
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
        return new NameFinderRecognizer(model);
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
    return new NameFinderRecognizer(Objects.requireNonNull(model, "model"));
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
    String[][][] features = context.features(List.<String[]>of(normal));
    return find(new NameFinderME(model), normal, features == null ? null : features[0]);
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
    String[][][] features = context.features(normal);
    NameFinderME finder = new NameFinderME(model);
    List<List<RecognizedName>> result = new ArrayList<>(sentences.size());
    for (int i = 0; i < normal.size(); i++) {
      result.add(find(finder, normal.get(i), features == null ? null : features[i]));
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

  private static List<RecognizedName> find(NameFinderME finder, String[] tokens,
      String[][] features) {
    List<RecognizedName> names = new ArrayList<>();
    int start = 0;
    while (start < tokens.length) {
      int end = cut(tokens, start);
      String[] piece = start == 0 && end == tokens.length
          ? tokens : java.util.Arrays.copyOfRange(tokens, start, end);
      Span[] spans;
      if (features == null) {
        spans = finder.find(piece);
      } else {
        spans = finder.find(piece, piece == tokens ? features
            : java.util.Arrays.copyOfRange(features, start, end));
      }
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
