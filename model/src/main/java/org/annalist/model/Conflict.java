package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A fact the reports merged into one {@link ChronologyEntry} disagree on, with every version and
 * the reports behind it. A conflict is data: the entry keeps all versions, none is dropped.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * entry.findConflict(ConflictKind.DATE).ifPresent(c -> c.versions().forEach(v ->
 *     System.out.println(v.value() + " according to " + v.documentIds())));
 * }</pre>
 *
 * @param kind what the reports disagree on
 * @param versions the versions, at least two, ordered by value
 */
public record Conflict(
    @NotNull ConflictKind kind, @Size(min = 2) List<@Valid @NotNull ConflictVersion> versions) {

  /**
   * Checks and copies the components.
   *
   * @param kind what the reports disagree on
   * @param versions the versions, at least two
   * @throws IllegalArgumentException if there are fewer than two versions
   */
  public Conflict {
    Objects.requireNonNull(kind, "kind");
    versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
    if (versions.size() < 2) {
      throw new IllegalArgumentException("a " + kind + " conflict needs two versions or more");
    }
  }
}
