package org.annalist.extraction.events.triggers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Token;

/**
 * Finds the TimeML event mentions of a sentence.
 *
 * <p>Thread-safe, immutable once loaded.
 *
 * <pre>{@code
 * EventRecognizer events = EventRecognizer.load();
 * List<RecognizedEvent> found = events.recognize(sentenceTokens);
 * }</pre>
 */
public final class EventRecognizer {

  /** Resource name of the committed model. */
  public static final String MODEL = "events-en-tbaq.bin";

  private final String name;

  private EventRecognizer(String name) {
    this.name = name;
  }

  /**
   * Loads the committed model {@value #MODEL} from the classpath.
   *
   * @return the recogniser
   * @throws IllegalStateException naming the resource if it is missing or malformed
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static EventRecognizer load() {
    return new EventRecognizer(MODEL); // placeholder on main until the model lands
  }

  /**
   * Loads a model from a file.
   *
   * @param model the model file
   * @return the recogniser
   * @throws IOException if the file cannot be read or is not an event model
   */
  public static EventRecognizer load(Path model) throws IOException {
    Objects.requireNonNull(model, "model");
    throw new IOException(model + ": model not trained yet");
  }

  /** {@return the model's name, such as {@code events-en-tbaq.bin}} */
  public String modelName() {
    return name;
  }

  /**
   * The event mentions of one sentence, in token order.
   *
   * @param tokens the tokens of one sentence
   * @return the mentions, never {@code null}; empty for an empty list
   */
  public List<RecognizedEvent> recognize(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return List.of();
  }
}
