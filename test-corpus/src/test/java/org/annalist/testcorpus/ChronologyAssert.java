package org.annalist.testcorpus;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.ConflictKind;
import org.annalist.model.EntryEvidence;
import org.annalist.model.EntryParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.ParticipantRole;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a {@link Chronology}: {@code assertThat(c).hasEntry("suspend").on("2023-10-16")
 * .reportedBy(D000, D001, D002).withConflict(ConflictKind.SCOPE, "FULL", "PARTIAL")}.
 */
final class ChronologyAssert extends AbstractAssert<ChronologyAssert, Chronology> {

  private ChronologyAssert(Chronology actual) {
    super(actual, ChronologyAssert.class);
  }

  static ChronologyAssert assertThat(Chronology actual) {
    return new ChronologyAssert(actual);
  }

  /** Starts a search among the dated entries of the type. */
  EntrySearch hasEntry(String type) {
    isNotNull();
    return new EntrySearch(actual, actual.entries(), type);
  }

  /** Starts a search among the set-aside entries of the type. */
  EntrySearch hasSetAside(String type) {
    isNotNull();
    return new EntrySearch(actual, actual.setAside(), type);
  }

  /** Narrows the candidate entries condition by condition; fails when none is left. */
  static final class EntrySearch {
    private final Chronology chronology;
    private List<ChronologyEntry> candidates;
    private final StringBuilder wanted;

    EntrySearch(Chronology chronology, List<ChronologyEntry> section, String type) {
      this.chronology = chronology;
      this.candidates = section.stream().filter(e -> e.type().equals(type)).toList();
      this.wanted = new StringBuilder("an entry of type " + type);
      check();
    }

    private EntrySearch keep(String what, Predicate<ChronologyEntry> p) {
      wanted.append(", ").append(what);
      candidates = candidates.stream().filter(p).toList();
      check();
      return this;
    }

    private void check() {
      if (candidates.isEmpty()) {
        Assertions.fail("expected " + wanted + " in the chronology; entries:\n"
            + chronology.allEntries().map(e -> "  " + e.factuality() + " " + (e.time() == null
                ? "undated" : e.time().value()) + " " + e.title() + " " + e.documentIds())
                .collect(Collectors.joining("\n")));
      }
    }

    EntrySearch on(String day) {
      LocalDate d = LocalDate.parse(day);
      return keep("on " + day, e -> e.time() != null && e.time().findExact().equals(
          java.util.Optional.of(d)));
    }

    /** The entry's interval lies within [from, to]. */
    EntrySearch within(String from, String to) {
      LocalDate a = LocalDate.parse(from);
      LocalDate b = LocalDate.parse(to);
      return keep("within " + from + ".." + to, e -> e.time() != null
          && e.time().earliest() != null && e.time().latest() != null
          && !e.time().earliest().isBefore(a) && !e.time().latest().isAfter(b));
    }

    /** The entry's interval contains the day. */
    EntrySearch covering(String day) {
      LocalDate d = LocalDate.parse(day);
      return keep("covering " + day, e -> e.time() != null
          && (e.time().earliest() == null || !e.time().earliest().isAfter(d))
          && (e.time().latest() == null || !e.time().latest().isBefore(d)));
    }

    EntrySearch withParticipant(ParticipantRole role, String entityId) {
      return keep(role + " " + entityId, e -> e.participants(role).stream()
          .map(EntryParticipant::entityId).anyMatch(entityId::equals));
    }

    EntrySearch reportedBy(String... documentIds) {
      return keep("reported by " + String.join(", ", documentIds),
          e -> e.documentIds().containsAll(List.of(documentIds)));
    }

    EntrySearch withFactuality(Factuality f) {
      return keep(f.toString(), e -> e.factuality() == f);
    }

    EntrySearch withTitleContaining(String text) {
      return keep("titled …" + text + "…", e -> e.title().contains(text));
    }

    EntrySearch withConflict(ConflictKind kind, String... values) {
      return keep(kind + " conflict " + String.join("/", values), e -> e.findConflict(kind)
          .map(c -> c.versions().stream().map(v -> v.value()).toList()
              .containsAll(List.of(values))).orElse(false));
    }

    /** Every report quotes its sentence exactly and names its trigger inside it. */
    EntrySearch withEvidenceInSentences() {
      return keep("with evidence", e -> e.evidence().stream().allMatch(EntrySearch::sound));
    }

    private static boolean sound(EntryEvidence r) {
      return r.trigger().begin() >= r.sentence().begin() && r.trigger().end() <= r.sentence().end()
          && r.sentence().text().contains(r.trigger().text());
    }

    ChronologyEntry entry() {
      return candidates.get(0);
    }
  }
}
