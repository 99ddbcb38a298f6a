package org.annalist.core.eval.timeml;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A TimeML EVENT annotation inside TEXT, kept minimally: its id, class and span.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eid the event id ({@code e1})
 * @param eventClass the {@code class} attribute ({@code OCCURRENCE}, {@code REPORTING}...), or
 *     {@code null} when absent
 * @param span the characters covered, in TEXT coordinates
 */
public record TimemlEvent(String eid, String eventClass, Span span) {

  /**
   * Checks the components.
   *
   * @param eid the event id ({@code e1})
   * @param eventClass the {@code class} attribute ({@code OCCURRENCE}, {@code REPORTING}...), or
   *     {@code null} when absent
   * @param span the characters covered, in TEXT coordinates
   * @throws NullPointerException if the id or span is {@code null}
   */
  public TimemlEvent {
    Objects.requireNonNull(eid, "eid");
    Objects.requireNonNull(span, "span of event " + eid);
  }
}
