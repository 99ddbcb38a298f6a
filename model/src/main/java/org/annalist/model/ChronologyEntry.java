package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a {@link Chronology}, merged from every report of it in every document: what
 * happened (type, CAMEO code and a readable title such as {@code Israel suspends arms shipments to
 * Colombia}), when, who took part, whether it is asserted, the evidence of each report, where the
 * reports disagree, and why they were merged.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ChronologyEntry e = chronology.expectEntry(id);
 * System.out.println(e.time().value() + "  " + e.title() + "  " + e.documentIds());
 * e.evidence().forEach(r -> System.out.println("  " + r.documentId() + ": " + r.quote()));
 * }</pre>
 *
 * @param id a stable id: the type and the first report's document and trigger offset
 * @param type the event type in the lexicon ({@code suspend}), or {@link Event#OTHER}
 * @param cameo the type's CAMEO code, or {@code null} for {@link Event#OTHER}
 * @param title a short readable title
 * @param factuality {@link Factuality#ASSERTED} when a report asserts it, {@link
 *     Factuality#REPORTED} when only sources do, or the factuality of a set-aside entry
 * @param time when it happened, or {@code null} for an undated entry
 * @param participants the participants as corpus entities, by role, then name
 * @param evidence every supporting report, ordered by document id, then trigger offset
 * @param conflicts the facts the reports disagree on
 * @param links why the reports were merged, one link per report after the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChronologyEntry(
    @NotBlank String id,
    @NotBlank String type,
    String cameo,
    @NotBlank String title,
    @NotNull Factuality factuality,
    @Valid EntryTime time,
    @NotNull List<@Valid @NotNull EntryParticipant> participants,
    @NotEmpty List<@Valid @NotNull EntryEvidence> evidence,
    @NotNull List<@Valid @NotNull Conflict> conflicts,
    @NotNull List<@Valid @NotNull MergeLink> links) {

  /**
   * Checks and copies the components.
   *
   * @param id a stable id
   * @param type the event type in the lexicon, or {@link Event#OTHER}
   * @param cameo the type's CAMEO code, or {@code null}
   * @param title a short readable title
   * @param factuality the factuality
   * @param time when it happened, or {@code null}
   * @param participants the participants as corpus entities
   * @param evidence every supporting report, at least one
   * @param conflicts the facts the reports disagree on
   * @param links why the reports were merged
   * @throws IllegalArgumentException if the id, type or title is blank, there is no evidence, or a
   *     link or conflict names a report the entry does not have
   */
  public ChronologyEntry {
    Provenance.requireText(id, "entry id");
    Provenance.requireText(type, "type of entry " + id);
    Provenance.requireText(title, "title of entry " + id);
    Objects.requireNonNull(factuality, "factuality of entry " + id);
    participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has no evidence");
    }
    int n = evidence.size();
    for (MergeLink link : links) {
      if (link.from() >= n || link.to() >= n) {
        throw new IllegalArgumentException("entry " + id + " links report " + link.from() + " and "
            + link.to() + " but has " + n);
      }
    }
    for (Conflict c : conflicts) {
      for (ConflictVersion v : c.versions()) {
        if (v.evidence().stream().anyMatch(i -> i >= n)) {
          throw new IllegalArgumentException(
              "entry " + id + " conflict " + c.kind() + " names a report it does not have");
        }
      }
    }
  }

  /** {@return the ids of the documents that report it, in order, without repeats} */
  public List<String> documentIds() {
    return evidence.stream().map(EntryEvidence::documentId).distinct().toList();
  }

  /** {@return when it happened, if any report says} */
  public Optional<EntryTime> findTime() {
    return Optional.ofNullable(time);
  }

  /**
   * {@return the conflict of that kind, if the reports disagree on it}
   *
   * @param kind what they may disagree on
   */
  public Optional<Conflict> findConflict(ConflictKind kind) {
    return conflicts.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /**
   * {@return the participants in that role}
   *
   * @param role the role
   */
  public List<EntryParticipant> participants(ParticipantRole role) {
    return participants.stream().filter(p -> p.role() == role).toList();
  }
}
