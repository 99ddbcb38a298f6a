package org.annalist.core.eval.semeval;

import java.util.List;
import java.util.Objects;

/**
 * A SemEval-2015 Task 4 timeline: the target entity and its events, one {@link TimelineEntry} a
 * line, in the order of the file. {@link TimelineReader} and {@link TimelineWriter} read and write
 * the task's text format. Immutable and thread-safe.
 *
 * <pre>{@code
 * Timeline t = new Timeline("iPhone 4", List.of(
 *     new TimelineEntry(1, "2010-06-07", List.of("16844-2-unveiled"))));
 * }</pre>
 *
 * @param target the target entity, as the first line names it ({@code iPhone 4})
 * @param entries the lines after the first, in file order
 */
public record Timeline(String target, List<TimelineEntry> entries) {

  /**
   * Checks and copies the components.
   *
   * @param target the target entity
   * @param entries the lines after the first
   * @throws IllegalArgumentException if the target is blank or spans lines
   */
  public Timeline {
    Objects.requireNonNull(target, "target");
    if (target.isBlank() || target.contains("\n") || target.contains("\r")) {
      throw new IllegalArgumentException("target must be one non-blank line, was \""
          + target + "\"");
    }
    entries = List.copyOf(Objects.requireNonNull(entries, "entries of " + target));
  }
}
