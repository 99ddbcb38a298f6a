package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code "events"} layer: every event mention of a document, in text order of the triggers,
 * with its type, factuality, participants and time.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EventLayer events = analyzed.expect(EventLayer.KEY);
 * events.asserted().forEach(e -> System.out.println(e.type() + ": " + e.sentence().text()));
 * }</pre>
 *
 * @param stage the name of the stage that produced the layer
 * @param models the models and lexicons the stage used, by file name
 * @param events the events, ordered by trigger
 */
public record EventLayer(
    @NotBlank String stage,
    @NotNull List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull Event> events)
    implements Layer {

  /** The layer's key. */
  public static final LayerKey<EventLayer> KEY = new LayerKey<>("events", EventLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the name of the stage that produced the layer
   * @param models the models and lexicons the stage used, by file name
   * @param events the events, ordered by trigger
   * @throws IllegalArgumentException if the stage is blank, or the events are out of order or two
   *     share a trigger
   */
  public EventLayer {
    Provenance.requireText(stage, "stage");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    for (int i = 1; i < events.size(); i++) {
      Span previous = events.get(i - 1).trigger();
      Span current = events.get(i).trigger();
      if (current.compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "events must be ordered by trigger, without repeats, but "
                + current + " follows " + previous);
      }
    }
  }

  /** {@return the events the text presents as having happened: asserted or reported} */
  public Stream<Event> asserted() {
    return events.stream()
        .filter(e -> e.factuality() == Factuality.ASSERTED
            || e.factuality() == Factuality.REPORTED);
  }

  @Override
  public LayerKey<EventLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return events.stream().flatMap(Event::spans);
  }
}
