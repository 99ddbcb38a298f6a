package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One timeline from many articles. Each entry is an event merged from every report of it, with its
 * time, participants, evidence and conflicts.
 *
 * <ul>
 *   <li>{@link #entries()}: the asserted events with a time, in chronological order: by earliest
 *       day (an entry with only an upper bound sorts by it), then by latest day (open last), then
 *       coarser granularity first, then title and id.
 *   <li>{@link #undated()}: asserted events no report dates, by title and id.
 *   <li>{@link #setAside()}: events no report asserts (hypothetical, threatened, negated, planned,
 *       demanded, uncertain), in the same order as the entries; never presented as having
 *       happened.
 *   <li>{@link #nearMisses()}: pairs of entries that share a type and a participant but were kept
 *       apart, with the reason.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Chronology c = ChronologyBuilder.create().build(analyzedDocuments);
 * c.entries().forEach(e -> System.out.println(e.time().value() + " " + e.title()));
 * }</pre>
 *
 * @param documents the documents it was built from, by id
 * @param entries the dated asserted entries, in chronological order
 * @param undated the asserted entries without a time
 * @param setAside the entries no report asserts
 * @param nearMisses the pairs of entries kept apart, with the reason
 */
public record Chronology(
    @NotNull List<@Valid @NotNull ChronologyDocument> documents,
    @NotNull List<@Valid @NotNull ChronologyEntry> entries,
    @NotNull List<@Valid @NotNull ChronologyEntry> undated,
    @NotNull List<@Valid @NotNull ChronologyEntry> setAside,
    @NotNull List<@Valid @NotNull NearMiss> nearMisses) {

  /**
   * Checks and copies the components.
   *
   * @param documents the documents it was built from
   * @param entries the dated asserted entries
   * @param undated the asserted entries without a time
   * @param setAside the entries no report asserts
   * @param nearMisses the pairs of entries kept apart
   * @throws IllegalArgumentException if a dated entry has no time or an undated one has one
   */
  public Chronology {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    undated = List.copyOf(Objects.requireNonNull(undated, "undated"));
    setAside = List.copyOf(Objects.requireNonNull(setAside, "setAside"));
    nearMisses = List.copyOf(Objects.requireNonNull(nearMisses, "nearMisses"));
    for (ChronologyEntry e : entries) {
      if (e.time() == null) {
        throw new IllegalArgumentException("dated entry " + e.id() + " has no time");
      }
    }
    for (ChronologyEntry e : undated) {
      if (e.time() != null) {
        throw new IllegalArgumentException("undated entry " + e.id() + " has a time");
      }
    }
  }

  /** {@return an empty chronology, the identity of merging} */
  public static Chronology empty() {
    return new Chronology(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** {@return every entry: the dated ones, the undated ones, then the set-aside ones} */
  public Stream<ChronologyEntry> allEntries() {
    return Stream.of(entries, undated, setAside).flatMap(List::stream);
  }

  /**
   * {@return the entry with that id, in any section}
   *
   * @param id the entry's id
   */
  public Optional<ChronologyEntry> findEntry(String id) {
    return allEntries().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * {@return the entry with that id}
   *
   * @param id the entry's id
   * @throws java.util.NoSuchElementException naming the id when there is none
   */
  public ChronologyEntry expectEntry(String id) {
    return findEntry(id).orElseThrow(
        () -> new java.util.NoSuchElementException("no chronology entry " + id));
  }

  /**
   * {@return the document with that id, if the chronology was built from it}
   *
   * @param id the document's id
   */
  public Optional<ChronologyDocument> findDocument(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
