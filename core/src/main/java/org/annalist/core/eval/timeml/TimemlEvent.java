package org.annalist.core.eval.timeml;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;

/**
 * A TimeML EVENT annotation inside TEXT: its id, class and span, and the attributes of its
 * instance (the {@code MAKEINSTANCE} outside TEXT whose {@code eventID} names it): tense, aspect,
 * polarity, modality and part of speech. Every attribute is {@code null} when the file does not
 * give it; an event without a MAKEINSTANCE has no instance attribute at all ({@link
 * #hasInstance()} is false).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimemlEvent e = doc.events().get(0);        // <EVENT eid="e1" class="OCCURRENCE">exploded
 * e.tense();                                  // PAST, from <MAKEINSTANCE eventID="e1" ...>
 * e.findAttributes().map(EventAttributes::polarity);   // Optional[POS]
 * }</pre>
 *
 * @param eid the event id ({@code e1})
 * @param eventClass the {@code class} attribute, or {@code null} when absent
 * @param span the characters covered, in TEXT coordinates
 * @param tense the instance's {@code tense}, or {@code null} when absent
 * @param aspect the instance's {@code aspect}, or {@code null} when absent
 * @param polarity the instance's {@code polarity}, or {@code null} when absent
 * @param modality the instance's {@code modality} as written ({@code would}, {@code CAN}), or
 *     {@code null} when absent
 * @param pos the instance's {@code pos} as written ({@code VERB}, {@code NOUN}...), or {@code null}
 *     when absent
 */
public record TimemlEvent(
    String eid, EventClass eventClass, Span span, EventTense tense, EventAspect aspect,
    Polarity polarity, String modality, String pos) {

  /**
   * Checks the components.
   *
   * @param eid the event id ({@code e1})
   * @param eventClass the {@code class} attribute, or {@code null} when absent
   * @param span the characters covered, in TEXT coordinates
   * @param tense the instance's {@code tense}, or {@code null} when absent
   * @param aspect the instance's {@code aspect}, or {@code null} when absent
   * @param polarity the instance's {@code polarity}, or {@code null} when absent
   * @param modality the instance's {@code modality} as written, or {@code null} when absent
   * @param pos the instance's {@code pos} as written, or {@code null} when absent
   * @throws NullPointerException if the id or span is {@code null}
   * @throws IllegalArgumentException if the modality or part of speech is blank
   */
  public TimemlEvent {
    Objects.requireNonNull(eid, "eid");
    Objects.requireNonNull(span, "span of event " + eid);
    if (modality != null && modality.isBlank()) {
      throw new IllegalArgumentException("event " + eid + ": blank modality");
    }
    if (pos != null && pos.isBlank()) {
      throw new IllegalArgumentException("event " + eid + ": blank pos");
    }
  }

  /**
   * An event without instance attributes, as an EVENT without a MAKEINSTANCE.
   *
   * @param eid the event id ({@code e1})
   * @param eventClass the {@code class} attribute, or {@code null} when absent
   * @param span the characters covered, in TEXT coordinates
   * @throws NullPointerException if the id or span is {@code null}
   */
  public TimemlEvent(String eid, EventClass eventClass, Span span) {
    this(eid, eventClass, span, null, null, null, null, null);
  }

  /**
   * {@return an event with the model's attributes}, as a system's event stage gives them
   *
   * @param eid the event id ({@code e1}; the writer renumbers events anyway)
   * @param span the characters covered, in TEXT coordinates
   * @param attributes the class, tense, aspect, polarity and modality
   * @param pos the part of speech ({@code VERB}, {@code NOUN}...), or {@code null} when unknown
   * @throws NullPointerException if the id, span or attributes are {@code null}
   */
  public static TimemlEvent of(String eid, Span span, EventAttributes attributes, String pos) {
    Objects.requireNonNull(attributes, "attributes");
    return new TimemlEvent(eid, attributes.eventClass(), span, attributes.tense(),
        attributes.aspect(), attributes.polarity(), attributes.modality(), pos);
  }

  /** {@return whether any instance attribute (tense, aspect, polarity, modality, pos) is given} */
  public boolean hasInstance() {
    return tense != null || aspect != null || polarity != null || modality != null || pos != null;
  }

  /**
   * {@return the model's attributes, when the class, tense, aspect and polarity are all given}; the
   * modality in lower case
   */
  public Optional<EventAttributes> findAttributes() {
    if (eventClass == null || tense == null || aspect == null || polarity == null) {
      return Optional.empty();
    }
    return Optional.of(new EventAttributes(eventClass, tense, aspect, polarity,
        modality == null ? null : modality.toLowerCase(Locale.ROOT)));
  }

  /**
   * {@return this event with another id}
   *
   * @param newEid the id
   */
  public TimemlEvent withEid(String newEid) {
    return new TimemlEvent(newEid, eventClass, span, tense, aspect, polarity, modality, pos);
  }

  /**
   * {@return whether the two events share at least one character}
   *
   * @param other another event in the same text
   */
  public boolean overlaps(TimemlEvent other) {
    return span.begin() < other.span.end() && other.span.begin() < span.end();
  }

  /**
   * {@return a one-line description: {@code [120, 128) "exploded" OCCURRENCE PAST NONE POS
   * modality=would}}, absent attributes shown as {@code -}
   */
  public String describe() {
    return span + " " + shown(eventClass) + " " + shown(tense) + " " + shown(aspect) + " "
        + shown(polarity) + (modality == null ? "" : " modality=" + modality);
  }

  private static String shown(Object value) {
    return value == null ? "-" : value.toString();
  }
}
