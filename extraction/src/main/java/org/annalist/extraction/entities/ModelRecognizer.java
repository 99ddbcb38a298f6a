package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;
import org.annalist.extraction.entities.ner.RecognizedName;

/**
 * The bundled statistical name model ({@link NameFinderRecognizer}, trained on CoNLL-2003) as the
 * stage's {@link NameRecognizer}. It sees a whole document at once, so that its document-level
 * features work as in training. Thread-safe, as the recogniser is.
 */
final class ModelRecognizer implements NameRecognizer {

  /** The model's file name, recorded in provenance. */
  static final String FILE =
      NameFinderRecognizer.RESOURCE.substring(NameFinderRecognizer.RESOURCE.lastIndexOf('/') + 1);

  private final NameFinderRecognizer recognizer;

  ModelRecognizer(NameFinderRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /**
   * The bundled model.
   *
   * @throws IllegalStateException if its resource is not on the classpath
   */
  static NameRecognizer load() {
    return new ModelRecognizer(NameFinderRecognizer.load());
  }

  @Override
  public String name() {
    return FILE;
  }

  @Override
  public List<List<Name>> recognize(List<List<String>> sentences) {
    List<List<RecognizedName>> found = recognizer.recognizeDocument(sentences);
    List<List<Name>> out = new ArrayList<>(found.size());
    for (List<RecognizedName> names : found) {
      List<Name> converted = new ArrayList<>(names.size());
      for (RecognizedName n : names) {
        converted.add(new Name(n.start(), n.end(), n.type(), n.probability()));
      }
      out.add(converted);
    }
    return out;
  }
}
