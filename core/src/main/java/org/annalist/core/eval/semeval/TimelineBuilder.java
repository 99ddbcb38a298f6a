package org.annalist.core.eval.semeval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.DocumentDate;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntryEvidence;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.Span;
import org.annalist.model.TimeLayer;

/**
 * Builds the system timeline of a target entity from analysed CAT documents, for SemEval-2015
 * Task 4 Track A. The events are those of each document's {@link EventLayer} that the target is
 * involved in ({@link Selection}); each becomes a line with its trigger's mention id, dated from
 * its {@link org.annalist.model.EventTime} ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY},
 * the finest the interval fills), ordered by the first day, coarser first on the same day; events
 * with the same date share a rank, events without one go to rank 0 with {@code XXXX-XX-XX}, as
 * in the gold.
 *
 * <p>Given the corpus {@link Chronology} ({@code ChronologyBuilder}), the reports of one
 * chronology entry are one event: the mentions of its reports that involve the target (all its
 * reports' with {@link Builder#expandEntries}) are written on one line (coreferent), dated by the
 * first dated report's time or else the entry's.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Timeline t = TimelineBuilder.builder().selection(Selection.PARTICIPANT).build()
 *     .build("iPhone 4", documents);
 * }</pre>
 */
public final class TimelineBuilder {

  /** Which events involve the target. */
  public enum Selection {
    /**
     * A participant is an entity whose name or an alias matches the target, or its words contain
     * the target (case-insensitive). A name matches when it equals the target, contains it as
     * whole words, or is a name of two words or more that the target contains.
     */
    PARTICIPANT,
    /** The event's sentence contains the target, or a mention of an entity that matches it. */
    SENTENCE,
    /** Either. */
    EITHER
  }

  private static final Comparator<Dated> ORDER = Comparator
      .comparing(Dated::earliest, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Dated::latest, Comparator.nullsFirst(Comparator.reverseOrder()));

  private final Selection selection;
  private final boolean assertedOnly;
  private final boolean documentDate;
  private final boolean expand;

  private TimelineBuilder(Builder b) {
    this.selection = b.selection;
    this.assertedOnly = b.assertedOnly;
    this.documentDate = b.documentDate;
    this.expand = b.expand;
  }

  /** {@return a builder: {@link Selection#PARTICIPANT}, every factuality, no document date} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The target's timeline from the documents alone, each event its own line.
   *
   * @param target the target entity ({@code iPhone 4})
   * @param documents the analysed documents, each with entity and event layers
   * @return the timeline
   * @throws IllegalArgumentException naming the document if one lacks a layer
   */
  public Timeline build(String target, List<TimelineDocument> documents) {
    return build(target, documents, null);
  }

  /**
   * The target's timeline, the reports of one entry of {@code chronology} on one line.
   *
   * @param target the target entity ({@code iPhone 4})
   * @param documents the analysed documents, each with entity and event layers
   * @param chronology the chronology of those documents, or {@code null} to merge nothing
   * @return the timeline
   * @throws IllegalArgumentException naming the document if one lacks a layer
   */
  public Timeline build(String target, List<TimelineDocument> documents, Chronology chronology) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(documents, "documents");
    String wanted = target.strip().toLowerCase(Locale.ROOT);
    Map<String, TimelineDocument> byId = new LinkedHashMap<>();
    Map<String, Candidate> candidates = new LinkedHashMap<>(); // by "docid#event"
    for (TimelineDocument d : documents) {
      byId.put(d.source().id(), d);
      collect(wanted, d, candidates);
    }
    List<Group> groups = new ArrayList<>();
    if (chronology == null) {
      candidates.values().stream().filter(Candidate::selected)
          .forEach(c -> groups.add(new Group(List.of(c), null)));
    } else {
      Map<String, ChronologyEntry> entryOf = new HashMap<>();
      chronology.allEntries().forEach(entry -> entry.evidence()
          .forEach(ev -> entryOf.putIfAbsent(key(ev.documentId(), ev.event()), entry)));
      Map<String, List<Candidate>> byEntry = new LinkedHashMap<>();
      for (Candidate c : candidates.values()) {
        ChronologyEntry entry = entryOf.get(c.key());
        if (entry == null) {
          if (c.selected()) {
            groups.add(new Group(List.of(c), null));
          }
          continue;
        }
        if (!c.selected() || byEntry.containsKey(entry.id())) {
          continue;
        }
        List<Candidate> members = new ArrayList<>();
        for (EntryEvidence ev : entry.evidence()) {
          Candidate m = candidates.get(key(ev.documentId(), ev.event()));
          if (m != null && (m.selected() || expand)
              && members.stream().noneMatch(x -> x.mention().equals(m.mention()))) {
            members.add(m);
          }
        }
        byEntry.put(entry.id(), members);
        groups.add(new Group(members, entry.findTime()
            .map(t -> dated(t.earliest(), t.latest())).orElse(null)));
      }
    }
    return assemble(target.strip(), groups);
  }

  private void collect(String wanted, TimelineDocument d, Map<String, Candidate> into) {
    AnalyzedDocument a = d.analysis();
    EventLayer events = a.expect(EventLayer.KEY);
    EntityLayer entities = a.expect(EntityLayer.KEY);
    List<String> matching = entities.entities().stream()
        .filter(e -> matches(e, wanted)).map(Entity::id).toList();
    List<Span> matchingMentions = entities.mentions().stream()
        .filter(m -> matching.contains(m.entityId())).map(EntityMention::span).toList();
    Dated fallback = null;
    if (documentDate) {
      DocumentDate date = a.find(TimeLayer.KEY).map(TimeLayer::documentDate)
          .orElse(a.document().date());
      fallback = date.isKnown() ? dated(date.earliest(), date.latest()) : null;
    }
    List<Event> list = events.events();
    for (int i = 0; i < list.size(); i++) {
      Event e = list.get(i);
      Optional<String> mention = d.source().findMentionId(e.trigger().begin(), e.trigger().end());
      if (mention.isEmpty()) {
        continue;
      }
      boolean factual = !assertedOnly || e.factuality() == Factuality.ASSERTED
          || e.factuality() == Factuality.REPORTED;
      boolean selected = factual && involves(e, wanted, matching, matchingMentions);
      Dated date = e.findTime().map(t -> dated(t.earliest(), t.latest())).orElse(null);
      if (date == null || date.earliest() == null) {
        date = fallback;
      }
      Candidate c = new Candidate(key(d.source().id(), i), mention.get(), date, selected);
      into.put(c.key(), c);
    }
  }

  private boolean involves(Event e, String wanted, List<String> matching, List<Span> mentions) {
    boolean participant = false;
    for (EventParticipant p : e.participants()) {
      if ((p.entityId() != null && matching.contains(p.entityId()))
          || containsWords(p.span().text().toLowerCase(Locale.ROOT), wanted)) {
        participant = true;
        break;
      }
    }
    if (selection == Selection.PARTICIPANT) {
      return participant;
    }
    Span sentence = e.sentence();
    boolean inSentence = containsWords(sentence.text().toLowerCase(Locale.ROOT), wanted)
        || mentions.stream().anyMatch(m -> m.isWithin(sentence));
    return selection == Selection.SENTENCE ? inSentence : inSentence || participant;
  }

  /** Whether the entity's name or an alias matches the target (see {@link Selection}). */
  static boolean matches(Entity entity, String wanted) {
    List<String> names = new ArrayList<>(entity.aliases());
    names.add(entity.name());
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.equals(wanted) || containsWords(n, wanted)
          || (n.split("\\s+").length >= 2 && containsWords(wanted, n))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code words} holds {@code part} bounded by non-letters-or-digits. */
  static boolean containsWords(String words, String part) {
    return !part.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part)
        + "(?![\\p{L}\\p{N}])").matcher(words).find();
  }

  private Timeline assemble(String target, List<Group> groups) {
    // the date of a group: the first member's, else the entry's
    Map<String, Dated> dates = new TreeMap<>();
    List<Line> lines = new ArrayList<>();
    Set<String> written = new HashSet<>(); // two events on one token: once
    for (Group g : groups) {
      Dated date = g.members().stream().map(Candidate::date).filter(Objects::nonNull)
          .findFirst().orElse(g.entryDate());
      TreeSet<String> mentions = new TreeSet<>(MENTIONS);
      g.members().stream().map(Candidate::mention).filter(written::add).forEach(mentions::add);
      if (mentions.isEmpty()) {
        continue;
      }
      lines.add(new Line(date, List.copyOf(mentions)));
      if (date != null) {
        dates.putIfAbsent(date.value(), date);
      }
    }
    List<Dated> order = new ArrayList<>(dates.values());
    order.sort(ORDER);
    Map<String, Integer> rankOf = new HashMap<>();
    for (Dated d : order) {
      rankOf.put(d.value(), rankOf.size() + 1);
    }
    List<TimelineEntry> entries = new ArrayList<>();
    lines.stream().map(l -> l.date() == null
            ? new TimelineEntry(0, TimelineEntry.UNKNOWN_DATE, l.mentions())
            : new TimelineEntry(rankOf.get(l.date().value()), l.date().value(), l.mentions()))
        .sorted(Comparator.comparingInt(TimelineEntry::rank)
            .thenComparing(en -> en.mentions().get(0), MENTIONS))
        .forEach(entries::add);
    return new Timeline(target, entries);
  }

  /** Mention ids in document order: by document id, then sentence number, then the word. */
  private static final Comparator<String> MENTIONS = Comparator
      .comparing((String m) -> m.substring(0, m.indexOf('-')))
      .thenComparingInt(m -> Integer.parseInt(m.split("-", 3)[1]))
      .thenComparing(Comparator.naturalOrder());

  /**
   * The task's date of an interval: the day when it is one, the month or year it fills, else the
   * month or year it lies in; {@code null} when it is unbounded or spans years.
   */
  static Dated dated(LocalDate earliest, LocalDate latest) {
    if (earliest == null || latest == null) {
      return null;
    }
    if (earliest.equals(latest)) {
      return new Dated(earliest.toString(), earliest, latest);
    }
    if (YearMonth.from(earliest).equals(YearMonth.from(latest))) {
      return new Dated(YearMonth.from(earliest).toString(), earliest, latest);
    }
    if (earliest.getYear() == latest.getYear()) {
      return new Dated(String.format(Locale.ROOT, "%04d", earliest.getYear()), earliest, latest);
    }
    return null;
  }

  private static String key(String documentId, int event) {
    return documentId + "#" + event;
  }

  /** A date as the task writes it, with the interval it was made from. */
  record Dated(String value, LocalDate earliest, LocalDate latest) {}

  private record Candidate(String key, String mention, Dated date, boolean selected) {}

  private record Group(List<Candidate> members, Dated entryDate) {}

  private record Line(Dated date, List<String> mentions) {}

  /** Configures a {@link TimelineBuilder}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Selection selection = Selection.PARTICIPANT;
    private boolean assertedOnly;
    private boolean documentDate;
    private boolean expand;

    private Builder() {}

    /**
     * Which events involve the target.
     *
     * @param value the selection
     * @return this builder
     */
    public Builder selection(Selection value) {
      this.selection = Objects.requireNonNull(value, "selection");
      return this;
    }

    /**
     * Whether to keep only the events the text asserts or reports (not negated, hypothetical or
     * future ones).
     *
     * @param value true to keep only those
     * @return this builder
     */
    public Builder assertedOnly(boolean value) {
      this.assertedOnly = value;
      return this;
    }

    /**
     * Whether an event without a time of its own takes the document's date, when it is known.
     *
     * @param value true to date such events by the document
     * @return this builder
     */
    public Builder documentDate(boolean value) {
      this.documentDate = value;
      return this;
    }

    /**
     * Whether, given a chronology, an entry one of whose reports involves the target brings all
     * its reports onto the timeline, not only those that involve the target themselves.
     *
     * @param value true to bring every report of such an entry
     * @return this builder
     */
    public Builder expandEntries(boolean value) {
      this.expand = value;
      return this;
    }

    /** {@return the configured builder} */
    public TimelineBuilder build() {
      return new TimelineBuilder(this);
    }
  }
}
