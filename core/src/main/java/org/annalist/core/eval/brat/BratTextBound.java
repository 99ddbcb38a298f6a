package org.annalist.core.eval.brat;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * One {@code T} line of a brat standoff file: a text-bound annotation with its id, its label
 * ({@code Source}, {@code Cue}, {@code Content}, {@code Attribution}, or any other, such as
 * PolNeAR's {@code Discard} and {@code Discuss}) and its fragments: one span, or several for a
 * discontinuous annotation ({@code T7\tContent 12 20;25 40\t...}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the annotation's id, e.g. {@code T3}
 * @param label the annotation's type, e.g. {@code Content}
 * @param fragments the spans, in the file's order, in UTF-16 offsets of the document's text
 */
public record BratTextBound(String id, String label, List<Span> fragments) {

  /**
   * Checks and copies the parts.
   *
   * @param id the annotation's id, not blank
   * @param label the annotation's type, not blank
   * @param fragments at least one span
   * @throws IllegalArgumentException if the id or label is blank or there is no fragment
   */
  public BratTextBound {
    requireToken(id, "id");
    requireToken(label, "label of " + id);
    fragments = List.copyOf(Objects.requireNonNull(fragments, "fragments of " + id));
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("text-bound annotation " + id + " has no fragment");
    }
  }

  static void requireToken(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
