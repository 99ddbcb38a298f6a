package org.annalist.core.chronology;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.Conflict;
import org.annalist.model.ConflictKind;
import org.annalist.model.ConflictVersion;
import org.annalist.model.EntryEvidence;
import org.annalist.model.EntryParticipant;
import org.annalist.model.EntryTime;
import org.annalist.model.Event;
import org.annalist.model.EventTime;
import org.annalist.model.EvidenceParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.Granularity;
import org.annalist.model.MergeLink;
import org.annalist.model.ParticipantRole;

/** Makes one {@link ChronologyEntry} of a group of reports. Stateless. */
final class Entries {

  /** The order of dated entries: earliest day, latest day (open last), coarser first, title. */
  static final Comparator<ChronologyEntry> CHRONOLOGICAL = Comparator
      .comparing((ChronologyEntry e) -> sortDay(e), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.time() == null ? null : e.time().latest(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.time() == null ? Granularity.UNKNOWN : e.time().granularity(),
          Comparator.reverseOrder())
      .thenComparing(ChronologyEntry::title)
      .thenComparing(ChronologyEntry::id);

  /** The order of undated entries. */
  static final Comparator<ChronologyEntry> BY_TITLE =
      Comparator.comparing(ChronologyEntry::title).thenComparing(ChronologyEntry::id);

  private static final Comparator<EntryEvidence> EVIDENCE_ORDER = Comparator
      .comparing(EntryEvidence::documentId)
      .thenComparingInt(r -> r.trigger().begin())
      .thenComparingInt(EntryEvidence::event);

  private static final Set<String> PREPOSITIONS =
      Set.of("from", "with", "on", "to", "against", "of", "in", "into", "for", "at");

  private Entries() {}

  private static LocalDate sortDay(ChronologyEntry e) {
    if (e.time() == null) {
      return null;
    }
    return e.time().earliest() != null ? e.time().earliest() : e.time().latest();
  }

  /** The entry of a group; {@code localOf} receives each report's index in the entry. */
  static ChronologyEntry assemble(Clusterer.Group group, List<EntryEvidence> all,
      Map<String, String> verbs, Map<Integer, Integer> localOf) {
    List<Integer> order = new ArrayList<>(group.reports());
    order.sort(Comparator.comparing(all::get, EVIDENCE_ORDER));
    List<EntryEvidence> evidence = new ArrayList<>(order.size());
    for (int k = 0; k < order.size(); k++) {
      localOf.put(order.get(k), k);
      evidence.add(all.get(order.get(k)));
    }
    EntryEvidence first = evidence.get(0);
    String id = first.type() + "@" + first.documentId() + ":" + first.trigger().begin();
    List<MergeLink> links = new ArrayList<>();
    for (Clusterer.Edge e : group.edges()) {
      int a = localOf.get(e.from());
      int b = localOf.get(e.to());
      links.add(new MergeLink(Math.min(a, b), Math.max(a, b), e.rule(), e.agreed()));
    }
    links.sort(Comparator.comparingInt(MergeLink::to).thenComparingInt(MergeLink::from));
    List<Conflict> conflicts = new ArrayList<>();
    EntryTime time = time(evidence, conflicts);
    scopeConflict(evidence, conflicts);
    participantConflicts(evidence, conflicts);
    List<EntryParticipant> participants = participants(evidence);
    return new ChronologyEntry(id, first.type(), first.cameo(),
        title(first.type(), evidence, verbs), factuality(evidence), time, participants, evidence,
        conflicts, links);
  }

  private static Factuality factuality(List<EntryEvidence> evidence) {
    Factuality f = evidence.get(0).factuality();
    if (f != Factuality.ASSERTED && f != Factuality.REPORTED) {
      return f;
    }
    return evidence.stream().anyMatch(r -> r.factuality() == Factuality.ASSERTED)
        ? Factuality.ASSERTED : Factuality.REPORTED;
  }

  private static boolean dated(EventTime t) {
    return t != null && (t.earliest() != null || t.latest() != null);
  }

  /** The entry's time, adding a date conflict when reports of the finest precision disagree. */
  private static EntryTime time(List<EntryEvidence> evidence, List<Conflict> conflicts) {
    List<Integer> timed = new ArrayList<>();
    Granularity finest = Granularity.UNKNOWN;
    for (int k = 0; k < evidence.size(); k++) {
      EventTime t = evidence.get(k).time();
      if (dated(t)) {
        timed.add(k);
        if (t.granularity().compareTo(finest) < 0) {
          finest = t.granularity();
        }
      }
    }
    if (timed.isEmpty()) {
      return null;
    }
    double confidence = 0;
    for (int k : timed) {
      confidence = Math.max(confidence, evidence.get(k).time().confidence());
    }
    // versions: the values of the most precise reports, where each value names its own period
    Map<String, List<Integer>> versions = new TreeMap<>();
    Map<String, LocalDate[]> periods = new HashMap<>();
    for (int k : timed) {
      EventTime t = evidence.get(k).time();
      LocalDate[] p = period(t.value(), t.granularity());
      if (t.granularity() == finest && p != null) {
        versions.computeIfAbsent(t.value(), v -> new ArrayList<>()).add(k);
        periods.put(t.value(), p);
      }
    }
    if (versions.size() > 1 && !overlapping(periods.values())) {
      List<ConflictVersion> list = new ArrayList<>();
      LocalDate lo = null;
      LocalDate hi = null;
      for (Map.Entry<String, List<Integer>> v : versions.entrySet()) {
        list.add(new ConflictVersion(v.getKey(), v.getValue(), documents(evidence, v.getValue())));
        LocalDate[] p = periods.get(v.getKey());
        lo = lo == null || p[0].isBefore(lo) ? p[0] : lo;
        hi = hi == null || p[1].isAfter(hi) ? p[1] : hi;
      }
      conflicts.add(new Conflict(ConflictKind.DATE, list));
      String value = String.join("/", versions.keySet());
      return new EntryTime(value, lo, hi, finest, "hull", confidence * 0.5);
    }
    List<EventTime> times = new ArrayList<>();
    timed.forEach(k -> times.add(evidence.get(k).time()));
    Days days = Days.intersection(times);
    if (days.isEmpty()) {
      // the reports do not overlap (a chain of overlaps): span them all
      Days hull = Days.hull(times);
      return new EntryTime(hull.value(), hull.lo(), hull.hi(), finest, "hull", confidence * 0.5);
    }
    LocalDate lo = days.lo();
    LocalDate hi = days.hi();
    String value = null;
    for (int k : timed) {
      EventTime t = evidence.get(k).time();
      if (java.util.Objects.equals(t.earliest(), lo) && java.util.Objects.equals(t.latest(), hi)) {
        value = t.value();
        break;
      }
    }
    if (value == null) {
      value = days.value();
    }
    return new EntryTime(value, lo, hi, finest,
        timed.size() == 1 ? "single-report" : "intersection", confidence);
  }

  /** The period a TIMEX3 value names by itself ({@code 2023-10-31}, {@code 2024-05}), or null. */
  static LocalDate[] period(String value, Granularity granularity) {
    try {
      if (granularity == Granularity.DAY && value.length() == 10) {
        LocalDate d = LocalDate.parse(value);
        return new LocalDate[] {d, d};
      }
      if (granularity == Granularity.MONTH && value.length() == 7) {
        YearMonth m = YearMonth.parse(value);
        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
      }
      if (granularity == Granularity.YEAR && value.length() == 4) {
        int y = Integer.parseInt(value);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static boolean overlapping(java.util.Collection<LocalDate[]> periods) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (LocalDate[] p : periods) {
      lo = lo == null || p[0].isAfter(lo) ? p[0] : lo;
      hi = hi == null || p[1].isBefore(hi) ? p[1] : hi;
    }
    return lo != null && !hi.isBefore(lo);
  }

  private static List<String> documents(List<EntryEvidence> evidence, List<Integer> indexes) {
    Set<String> docs = new LinkedHashSet<>();
    indexes.forEach(k -> docs.add(evidence.get(k).documentId()));
    return List.copyOf(docs);
  }

  private static void scopeConflict(List<EntryEvidence> evidence, List<Conflict> conflicts) {
    Map<String, List<Integer>> versions = new TreeMap<>();
    for (int k = 0; k < evidence.size(); k++) {
      if (evidence.get(k).scope() != null) {
        versions.computeIfAbsent(evidence.get(k).scope().name(), v -> new ArrayList<>()).add(k);
      }
    }
    if (versions.size() > 1) {
      List<ConflictVersion> list = new ArrayList<>();
      versions.forEach((v, ks) -> list.add(new ConflictVersion(v, ks, documents(evidence, ks))));
      conflicts.add(new Conflict(ConflictKind.SCOPE, list));
    }
  }

  /** Reports that name an agent (or target) with nothing in common with another report's. */
  private static void participantConflicts(List<EntryEvidence> evidence,
      List<Conflict> conflicts) {
    for (ParticipantRole role : List.of(ParticipantRole.AGENT, ParticipantRole.TARGET)) {
      Map<String, List<Integer>> versions = new TreeMap<>();
      Map<String, Set<String>> identities = new HashMap<>();
      for (int k = 0; k < evidence.size(); k++) {
        for (EvidenceParticipant p : evidence.get(k).participants()) {
          if (p.role() == role && p.entityId() != null) {
            versions.computeIfAbsent(p.entityId(), v -> new ArrayList<>()).add(k);
            identities.computeIfAbsent(p.entityId(), v -> new LinkedHashSet<>())
                .addAll(p.identities());
          }
        }
      }
      boolean disjoint = false;
      List<String> ids = new ArrayList<>(versions.keySet());
      for (int i = 0; i < ids.size() && !disjoint; i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (java.util.Collections.disjoint(identities.get(ids.get(i)),
              identities.get(ids.get(j)))) {
            disjoint = true;
            break;
          }
        }
      }
      if (disjoint) {
        List<ConflictVersion> list = new ArrayList<>();
        versions.forEach((v, ks) -> list.add(new ConflictVersion(
            role.name().toLowerCase(Locale.ROOT) + ":" + v, ks, documents(evidence, ks))));
        conflicts.add(new Conflict(ConflictKind.PARTICIPANT, list));
      }
    }
  }

  private static List<EntryParticipant> participants(List<EntryEvidence> evidence) {
    Map<String, EvidenceParticipant> first = new LinkedHashMap<>();
    Map<String, Set<String>> docs = new HashMap<>();
    for (EntryEvidence r : evidence) {
      for (EvidenceParticipant p : r.participants()) {
        if (p.entityId() == null) {
          continue;
        }
        String key = p.role() + "|" + p.entityId();
        first.putIfAbsent(key, p);
        docs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.documentId());
      }
    }
    List<EntryParticipant> list = new ArrayList<>();
    first.forEach((key, p) -> list.add(new EntryParticipant(p.role(), p.entityId(), p.name(),
        p.type(), List.copyOf(docs.get(key)))));
    list.sort(Comparator.comparing(EntryParticipant::role).thenComparing(EntryParticipant::name)
        .thenComparing(EntryParticipant::entityId));
    return list;
  }

  /** The most frequent name in the role (ties: alphabetical), or null. */
  private static String most(List<EntryEvidence> evidence, ParticipantRole role) {
    Map<String, Integer> counts = new TreeMap<>();
    for (EntryEvidence r : evidence) {
      for (EvidenceParticipant p : r.participants()) {
        if (p.role() == role) {
          String name = p.name() != null ? p.name() : p.span().text();
          counts.merge(name, 1, Integer::sum);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** A short title: {@code Israel suspends arms shipments to Colombia}. */
  static String title(String type, List<EntryEvidence> evidence, Map<String, String> verbs) {
    String agent = most(evidence, ParticipantRole.AGENT);
    String target = most(evidence, ParticipantRole.TARGET);
    if (target == null) {
      target = most(evidence, ParticipantRole.LOCATION);
    }
    String patient = most(evidence, ParticipantRole.PATIENT);
    String verb = verbs.getOrDefault(type, type.replace('-', ' '));
    String[] words = verb.split(" ");
    boolean endsWithPreposition = PREPOSITIONS.contains(words[words.length - 1]);
    StringBuilder b = new StringBuilder();
    if (agent != null) {
      b.append(agent).append(' ').append(verb);
    } else {
      String label = type.equals(Event.OTHER) ? evidence.get(0).trigger().text() : type;
      b.append(Character.toUpperCase(label.charAt(0))).append(label.substring(1).replace('-', ' '));
      if (target != null || patient != null) {
        b.append(':');
      }
    }
    if (patient != null && !endsWithPreposition) {
      b.append(' ').append(patient);
      if (target != null && !target.equals(patient)) {
        b.append(agent == null ? ", " : " to ").append(target);
      }
    } else if (target != null) {
      b.append(' ').append(target);
    }
    return b.toString();
  }
}
