package org.annalist.extraction.events.triggers;

import java.util.Objects;
import org.annalist.model.EventAttributes;

/**
 * One event mention found by {@link EventRecognizer}: the index of its trigger token in the list
 * given to {@link EventRecognizer#recognize}, its TimeML attributes and the model's probability
 * for its class.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RecognizedEvent e = recognizer.recognize(tokens).get(0);
 * Token trigger = tokens.get(e.token());
 * EventClass type = e.attributes().eventClass();
 * }</pre>
 *
 * @param token the index of the trigger token, at least 0
 * @param attributes the TimeML attributes
 * @param confidence the model's probability for the class, in {@code [0, 1]}
 */
public record RecognizedEvent(int token, EventAttributes attributes, double confidence) {

  /**
   * Checks the components.
   *
   * @param token the index of the trigger token, at least 0
   * @param attributes the TimeML attributes
   * @param confidence the model's probability for the class, in {@code [0, 1]}
   * @throws IllegalArgumentException if the index is negative or the confidence outside
   *     {@code [0, 1]} (or not a number)
   * @throws NullPointerException if the attributes are {@code null}
   */
  public RecognizedEvent {
    if (token < 0) {
      throw new IllegalArgumentException("token index must be >= 0, was " + token);
    }
    Objects.requireNonNull(attributes, "attributes");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }
}
