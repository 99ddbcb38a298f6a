package org.annalist.core.chronology;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.DateEvidence;
import org.annalist.model.DateResolution;
import org.annalist.model.DocumentDate;
import org.annalist.model.EntryEvidence;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventTense;
import org.annalist.model.EventTime;
import org.annalist.model.EvidenceParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.ParticipantRole;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;

/**
 * Dates documents that state no date from the events they share with dated documents. For each
 * report of an undated document that merged into an entry with dated reports of other documents,
 * the time those other reports give ({@code T}) bounds the document's date:
 *
 * <ol>
 *   <li>{@code reports-past-event}: a document reports an asserted event that is not in the future
 *       on or after the event, so its date is at least the earliest day of {@code T}, refined by
 *       the report's own partial value ({@code XXXX-11-01} within {@code [2023-10-31, ..]} is
 *       2023-11-01). Confidence 0.8.
 *   <li>{@code year-offset}: a report whose expression gives its year relative to the document's
 *       ({@code the 16th of October last year}, {@code In May this year}) and whose event {@code T}
 *       places in one year fixes the document's year. Confidence 0.8.
 *   <li>{@code lede-recency}: a report in the headline or the first sentence of the body in the
 *       present or present perfect ({@code has suspended}) is news: the document is at most {@link
 *       #LEDE_DAYS} days after {@code T}. Confidence 0.6.
 * </ol>
 *
 * The bounds are intersected; when they contradict, the least confident are dropped. With only a
 * lower bound the date stays open above: an inferred interval must contain the true date.
 * Stateless.
 */
final class DocumentDating {

  /** How many days after an event a present-perfect lede can report it. */
  static final int LEDE_DAYS = 14;
  /**
   * How far into the first body paragraph its first sentence may begin: a dateline ({@code
   * SANTIAGO, Chile —}) can open the paragraph before it.
   */
  private static final int DATELINE_SLACK = 80;
  /** The confidence below which an inferred date is not resolved against (the time stage's). */
  static final double THRESHOLD = 0.5;

  /** A document's inferred date and its evidence. */
  record Inferred(DocumentDate date, List<DateEvidence> evidence) {}

  private DocumentDating() {}

  /** Whether a document's own date is too weak to resolve against. */
  static boolean needsDate(DocumentDate date) {
    if (!date.isKnown()) {
      return true;
    }
    return date.resolution() == DateResolution.INFERRED
        && (date.provenance().confidence() < THRESHOLD
            || "chronology".equals(date.provenance().stage()));
  }

  static Map<String, Inferred> infer(Chronology chronology, Map<String, AnalyzedDocument> undated,
      Set<String> dated) {
    Map<String, List<DateEvidence>> found = new TreeMap<>();
    List<ChronologyEntry> entries = new ArrayList<>(chronology.entries());
    entries.addAll(chronology.undated());
    for (ChronologyEntry entry : entries) {
      for (EntryEvidence r : entry.evidence()) {
        AnalyzedDocument d = undated.get(r.documentId());
        if (d == null) {
          continue;
        }
        LocalDate[] t = othersTime(entry, r.documentId(), dated);
        if (t == null || !sameEvent(entry, r, dated)) {
          continue;
        }
        List<String> others =
            new ArrayList<>(new TreeSet<>(otherDocuments(entry, r.documentId(), dated)));
        bounds(entry, r, d, t, others, found.computeIfAbsent(r.documentId(),
            k -> new ArrayList<>()));
      }
    }
    Map<String, Inferred> result = new TreeMap<>();
    found.forEach((id, evidence) -> {
      Inferred inferred = combine(evidence);
      if (inferred != null) {
        result.put(id, inferred);
      }
    });
    return result;
  }

  /**
   * Whether the report and the other documents' dated reports surely tell of one event: they share
   * an agent, or two entities. A weaker match may date the document wrongly.
   */
  private static boolean sameEvent(ChronologyEntry entry, EntryEvidence r, Set<String> dated) {
    Set<String> agents = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    for (EntryEvidence o : entry.evidence()) {
      if (!usable(o, r.documentId(), dated)) {
        continue;
      }
      for (EvidenceParticipant p : o.participants()) {
        if (p.role() == ParticipantRole.AGENT) {
          agents.addAll(p.identities());
        }
        if (p.role() != ParticipantRole.LOCATION) {
          all.addAll(p.identities());
        }
      }
    }
    int shared = 0;
    for (EvidenceParticipant p : r.participants()) {
      if (p.role() == ParticipantRole.AGENT
          && p.identities().stream().anyMatch(agents::contains)) {
        return true;
      }
      if (p.role() != ParticipantRole.LOCATION) {
        shared += (int) p.identities().stream().filter(all::contains).count();
      }
    }
    return shared >= 2;
  }

  /** The documents other than {@code self} whose dated reports are in the entry. */
  private static List<String> otherDocuments(ChronologyEntry entry, String self,
      Set<String> dated) {
    List<String> ids = new ArrayList<>();
    for (EntryEvidence r : entry.evidence()) {
      if (usable(r, self, dated)) {
        ids.add(r.documentId());
      }
    }
    return ids;
  }

  private static boolean usable(EntryEvidence r, String self, Set<String> dated) {
    EventTime t = r.time();
    boolean datedDoc = dated.contains(r.documentId());
    return !r.documentId().equals(self) && datedDoc && t != null
        && (t.earliest() != null || t.latest() != null);
  }

  /** The intersection of the other documents' reported times, or their hull when it is empty. */
  private static LocalDate[] othersTime(ChronologyEntry entry, String self, Set<String> dated) {
    List<EventTime> times = new ArrayList<>();
    for (EntryEvidence r : entry.evidence()) {
      if (usable(r, self, dated)) {
        times.add(r.time());
      }
    }
    if (times.isEmpty()) {
      return null;
    }
    Days days = Days.intersection(times);
    if (days.isEmpty()) {
      days = Days.hull(times);
    }
    return new LocalDate[] {days.lo(), days.hi()};
  }

  private static void bounds(ChronologyEntry entry, EntryEvidence r, AnalyzedDocument d,
      LocalDate[] t, List<String> others, List<DateEvidence> out) {
    EventLayer events = d.expect(EventLayer.KEY);
    if (r.event() >= events.events().size()) {
      return;
    }
    Event event = events.events().get(r.event());
    if (event.attributes().tense() == EventTense.FUTURE
        || r.factuality() != Factuality.ASSERTED && r.factuality() != Factuality.REPORTED) {
      return;
    }
    LocalDate eventDay = t[0];
    String partial = r.time() == null ? null : r.time().value();
    LocalDate refined = refine(partial, t[0], t[1]);
    if (refined != null) {
      eventDay = refined;
    }
    if (eventDay != null) {
      out.add(new DateEvidence("reports-past-event", eventDay, null, entry.id(), r.trigger(),
          others, 0.8));
    }
    Integer offset = YearOffsets.of(d, r);
    LocalDate yearFrom = refined != null ? refined : t[0];
    LocalDate yearTo = refined != null ? refined : t[1];
    if (offset != null && yearFrom != null && yearTo != null
        && yearFrom.getYear() == yearTo.getYear()) {
      int year = yearFrom.getYear() - offset;
      out.add(new DateEvidence("year-offset", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
          entry.id(), r.trigger(), others, 0.8));
    }
    if (t[1] != null && inLede(d, r.sentence())
        && event.attributes().tense() == EventTense.PRESENT) {
      LocalDate from = t[0] != null ? t[0] : t[1];
      out.add(new DateEvidence("lede-recency", from, t[1].plusDays(LEDE_DAYS), entry.id(),
          r.trigger(), others, 0.6));
    }
  }

  /**
   * The first day within {@code [lo, hi]} (hi open: the next two years) that a year-less value
   * names ({@code XXXX-11-01}, {@code XXXX-05}), or null.
   */
  static LocalDate refine(String value, LocalDate lo, LocalDate hi) {
    if (value == null || lo == null || !value.startsWith("XXXX-")) {
      return null;
    }
    String rest = value.substring(5);
    int lastYear = hi != null ? hi.getYear() : lo.getYear() + 2;
    for (int y = lo.getYear(); y <= lastYear; y++) {
      LocalDate first;
      LocalDate last;
      try {
        if (rest.length() == 5) {
          MonthDay md = MonthDay.parse("--" + rest);
          if (!md.isValidYear(y)) {
            continue;
          }
          first = md.atYear(y);
          last = first;
        } else if (rest.length() == 2) {
          YearMonth ym = YearMonth.of(y, Integer.parseInt(rest));
          first = ym.atDay(1);
          last = ym.atEndOfMonth();
        } else {
          return null;
        }
      } catch (RuntimeException e) {
        return null;
      }
      if (last.isBefore(lo) || hi != null && first.isAfter(hi)) {
        continue;
      }
      return first.isBefore(lo) ? lo : first;
    }
    return null;
  }

  /** Whether the sentence is the headline or the first sentence of the body. */
  private static boolean inLede(AnalyzedDocument d, Span sentence) {
    for (StructureElement e : d.document().structure()) {
      if (e.label() == StructureLabel.HEADLINE && overlaps(e.span(), sentence)) {
        return true;
      }
    }
    return d.document().findFirst(StructureLabel.BODY_PARAGRAPH)
        .map(p -> sentence.begin() <= p.span().begin() + DATELINE_SLACK
            && sentence.end() > p.span().begin())
        .orElse(false);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  /** Intersects the bounds, dropping the least confident when they contradict. */
  static Inferred combine(List<DateEvidence> evidence) {
    List<DateEvidence> kept = new ArrayList<>(evidence);
    kept.sort(Comparator.comparingDouble(DateEvidence::confidence).reversed()
        .thenComparing(DateEvidence::rule).thenComparing(DateEvidence::entry));
    while (!kept.isEmpty()) {
      LocalDate lo = null;
      LocalDate hi = null;
      for (DateEvidence e : kept) {
        if (e.earliest() != null && (lo == null || e.earliest().isAfter(lo))) {
          lo = e.earliest();
        }
        if (e.latest() != null && (hi == null || e.latest().isBefore(hi))) {
          hi = e.latest();
        }
      }
      if (lo != null && hi != null && hi.isBefore(lo)) {
        kept.remove(kept.size() - 1);
        continue;
      }
      if (lo == null) {
        return null;
      }
      double confidence = hi == null ? 0.6 : 0.8;
      for (DateEvidence e : kept) {
        confidence = Math.min(confidence, Math.max(e.confidence(), THRESHOLD));
      }
      List<Span> spans = kept.stream().map(DateEvidence::trigger).distinct().sorted().toList();
      DocumentDate date = new DocumentDate(DateResolution.INFERRED, lo, hi, spans,
          new Provenance("chronology", "cross-document", confidence));
      List<DateEvidence> ordered = new ArrayList<>(kept);
      ordered.sort(Comparator.comparing(DateEvidence::entry).thenComparing(DateEvidence::rule));
      return new Inferred(date, ordered);
    }
    return null;
  }
}
