package org.annalist.extraction.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four Apache OpenNLP English models the {@link TextStage} uses (Universal Dependencies English
 * Web Treebank, version 1.3): sentence detector, tokenizer, part-of-speech tagger and lemmatizer.
 * They are read from the classpath resources of the Maven artifacts {@code
 * org.apache.opennlp:opennlp-models-{sentdetect,tokenizer,pos,lemmatizer}-en:1.3.0}; nothing is
 * ever downloaded.
 *
 * <p>Loading takes about a second and some 10 MB of memory, so load once and share: an instance is
 * immutable and thread-safe (OpenNLP model objects are read-only once loaded; the {@code *ME}
 * objects that use them are not thread-safe and are created per call by the stage). There is no
 * global cache: each call to {@link #load()} reads the models again.
 *
 * <pre>{@code
 * EnglishModels models = EnglishModels.load();            // once per application
 * Stage text = TextStage.create(models);                   // share between threads
 * }</pre>
 */
public final class EnglishModels {

  /** Resource name of the sentence detector model. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Resource name of the tokenizer model. */
  public static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Resource name of the part-of-speech tagger model. */
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Resource name of the lemmatizer model. */
  public static final String LEMMATIZER_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  // The artifact entries that hold the maxent models inside the POS and lemmatizer models.
  private static final String POS_ARTIFACT = "pos.model";
  private static final String LEMMATIZER_ARTIFACT = "lemmatizer.model";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;
  private final MaxentModel posMaxent;
  private final MaxentModel lemmatizerMaxent;

  private EnglishModels(
      SentenceModel sentenceModel,
      TokenizerModel tokenizerModel,
      POSModel posModel,
      LemmatizerModel lemmatizerModel) {
    this.sentenceModel = sentenceModel;
    this.tokenizerModel = tokenizerModel;
    this.posModel = posModel;
    this.lemmatizerModel = lemmatizerModel;
    this.posMaxent = maxent(posModel.getArtifact(POS_ARTIFACT), POS_MODEL);
    this.lemmatizerMaxent =
        maxent(lemmatizerModel.getArtifact(LEMMATIZER_ARTIFACT), LEMMATIZER_MODEL);
    if (POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD) {
      throw new IllegalStateException(
          "model resource '" + POS_MODEL + "' does not use Universal Dependencies tags");
    }
    // Build each tool once here, in the loading thread, so that the factories' lazily filled
    // fields are set before the models are shared, and so that an unusable model fails now.
    new SentenceDetectorME(sentenceModel);
    new TokenizerME(tokenizerModel);
    new POSTaggerME(posModel);
    new LemmatizerME(lemmatizerModel);
  }

  /**
   * Loads the four models from the classpath of this class's class loader.
   *
   * @return the models; a new instance, reading them again, on every call
   * @throws IllegalStateException naming the resource and the Maven artifact that provides it, if a
   *     model is not on the classpath or is not the expected kind of model
   * @throws UncheckedIOException naming the resource, if a model cannot be read
   */
  public static EnglishModels load() {
    ClassLoader loader = EnglishModels.class.getClassLoader();
    return new EnglishModels(
        read(loader, SENTENCE_MODEL, "opennlp-models-sentdetect-en", SentenceModel::new),
        read(loader, TOKENIZER_MODEL, "opennlp-models-tokenizer-en", TokenizerModel::new),
        read(loader, POS_MODEL, "opennlp-models-pos-en", POSModel::new),
        read(loader, LEMMATIZER_MODEL, "opennlp-models-lemmatizer-en", LemmatizerModel::new));
  }

  /**
   * {@return the model file names, in the order sentence, tokenizer, POS, lemmatizer, for
   * provenance}
   */
  public List<String> fileNames() {
    return List.of(SENTENCE_MODEL, TOKENIZER_MODEL, POS_MODEL, LEMMATIZER_MODEL);
  }

  SentenceModel sentenceModel() {
    return sentenceModel;
  }

  TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  POSModel posModel() {
    return posModel;
  }

  LemmatizerModel lemmatizerModel() {
    return lemmatizerModel;
  }

  MaxentModel posMaxent() {
    return posMaxent;
  }

  MaxentModel lemmatizerMaxent() {
    return lemmatizerMaxent;
  }

  @Override
  public String toString() {
    return "EnglishModels" + fileNames();
  }

  private static MaxentModel maxent(Object artifact, String resource) {
    if (artifact instanceof MaxentModel maxent) {
      return maxent;
    }
    throw new IllegalStateException(
        "model resource '" + resource + "' does not hold a maxent model (found "
            + (artifact == null ? "nothing" : artifact.getClass().getName()) + ")");
  }

  /** A model constructor that reads a stream; OpenNLP's throw {@link IOException}. */
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(
      ClassLoader loader, String resource, String artifact, ModelReader<M> reader) {
    InputStream resourceStream = loader == null
        ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource);
    if (resourceStream == null) {
      throw new IllegalStateException(
          "OpenNLP model resource '" + resource + "' is not on the classpath; add the Maven"
              + " artifact org.apache.opennlp:" + artifact + ":1.3.0");
    }
    try (InputStream in = new BufferedInputStream(resourceStream)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read OpenNLP model resource '" + resource + "': " + e.getMessage(), e);
    }
  }
}
