package org.annalist.core.chronology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.DocumentDate;
import org.annalist.model.EntryEvidence;
import org.annalist.model.Factuality;
import org.annalist.model.NearMiss;
import org.annalist.model.StructureLabel;
import org.annalist.model.TimeLayer;

/**
 * Builds a {@link Chronology} from analysed documents: every typed event of every document's
 * events layer becomes a report, reports of the same event are merged into one entry (same type,
 * overlapping times, a shared participant, agents that agree), and each entry keeps every report
 * as evidence, the conflicts between them and the reason of each merge. Events no report asserts
 * are set apart; asserted events no report dates are listed as undated.
 *
 * <p>Merging is associative and commutative: {@code merge(build(a), build(b))} equals {@code
 * build(a ∪ b)} for disjoint sets of documents, in any grouping and order, because an entry is a
 * function of the set of reports alone. So a corpus can be built in parts (a distributed map of
 * {@link #build(AnalyzedDocument)} and a reduce of {@link #merge(Chronology, Chronology)}).
 * Building is close to linear in the number of reports: each report is compared with a bounded
 * number of others that share its type and a participant.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ChronologyBuilder builder = ChronologyBuilder.create();
 * Chronology c = builder.build(List.of(analyzedA, analyzedB));
 * Chronology same = builder.merge(builder.build(analyzedB), builder.build(analyzedA));
 * }</pre>
 */
public final class ChronologyBuilder {

  private final boolean includeUntyped;
  private final Map<String, String> verbs;
  private final Scopes scopes;

  private ChronologyBuilder(Builder b) {
    this.includeUntyped = b.includeUntyped;
    this.verbs = Map.copyOf(b.verbs);
    this.scopes = Scopes.load();
  }

  /** {@return a builder of typed events with generic titles} */
  public static ChronologyBuilder create() {
    return builder().build();
  }

  /** {@return a configuration builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the chronology of some documents.
   *
   * @param documents analysed documents, each with an events layer, distinct ids
   * @return their chronology
   * @throws IllegalArgumentException naming the document if one has no events layer or two share
   *     an id
   */
  public Chronology build(Collection<AnalyzedDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<ChronologyDocument> docs = new ArrayList<>();
    List<EntryEvidence> reports = new ArrayList<>();
    for (AnalyzedDocument d : documents) {
      docs.add(describe(d));
      reports.addAll(Reports.of(d, includeUntyped, scopes));
    }
    return assemble(docs, reports);
  }

  /**
   * Builds the chronology of one document, to be merged with others.
   *
   * @param document an analysed document with an events layer
   * @return its chronology
   * @throws IllegalArgumentException if it has no events layer
   */
  public Chronology build(AnalyzedDocument document) {
    return build(List.of(Objects.requireNonNull(document, "document")));
  }

  /**
   * Merges two chronologies of disjoint sets of documents into the chronology of all of them.
   *
   * @param a one chronology
   * @param b another, of other documents
   * @return the chronology of both sets of documents
   * @throws IllegalArgumentException naming the document if both hold it
   */
  public Chronology merge(Chronology a, Chronology b) {
    return merge(List.of(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b")));
  }

  /**
   * Merges any number of chronologies of disjoint sets of documents.
   *
   * @param parts the chronologies
   * @return the chronology of all their documents; {@link Chronology#empty()} for none
   * @throws IllegalArgumentException naming the document if two parts hold it
   */
  public Chronology merge(Collection<Chronology> parts) {
    List<ChronologyDocument> docs = new ArrayList<>();
    List<EntryEvidence> reports = new ArrayList<>();
    for (Chronology c : parts) {
      docs.addAll(c.documents());
      c.allEntries().forEach(e -> reports.addAll(e.evidence()));
    }
    return assemble(docs, reports);
  }

  /** The document as a chronology lists it: id, title and the date it was analysed with. */
  static ChronologyDocument describe(AnalyzedDocument d) {
    String title = d.document().findFirst(StructureLabel.HEADLINE)
        .map(h -> h.span().text().strip())
        .orElse(d.document().metadata().title());
    DocumentDate date = d.find(TimeLayer.KEY).map(TimeLayer::documentDate)
        .orElse(d.document().date());
    return new ChronologyDocument(d.id(), title, date, List.of());
  }

  boolean includeUntyped() {
    return includeUntyped;
  }

  Scopes scopes() {
    return scopes;
  }

  Chronology assemble(List<ChronologyDocument> docs, List<EntryEvidence> reports) {
    Map<String, ChronologyDocument> byId = new TreeMap<>();
    for (ChronologyDocument d : docs) {
      if (byId.put(d.id(), d) != null) {
        throw new IllegalArgumentException("document " + d.id()
            + " is in two of the chronologies merged: merge chronologies of disjoint documents");
      }
    }
    List<EntryEvidence> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(EntryEvidence::documentId)
        .thenComparingInt(EntryEvidence::event));
    Clusterer.Result result = Clusterer.cluster(sorted);
    List<ChronologyEntry> dated = new ArrayList<>();
    List<ChronologyEntry> undated = new ArrayList<>();
    List<ChronologyEntry> setAside = new ArrayList<>();
    Map<Integer, String> entryOf = new HashMap<>();
    for (Clusterer.Group g : result.groups()) {
      Map<Integer, Integer> local = new HashMap<>();
      ChronologyEntry e = Entries.assemble(g, sorted, verbs, local);
      g.reports().forEach(r -> entryOf.put(r, e.id()));
      Factuality f = e.factuality();
      if (f != Factuality.ASSERTED && f != Factuality.REPORTED) {
        setAside.add(e);
      } else if (e.time() == null) {
        undated.add(e);
      } else {
        dated.add(e);
      }
    }
    dated.sort(Entries.CHRONOLOGICAL);
    undated.sort(Entries.BY_TITLE);
    setAside.sort(Entries.CHRONOLOGICAL);
    Map<String, NearMiss> misses = new TreeMap<>();
    for (Clusterer.Miss m : result.misses()) {
      String a = entryOf.get(m.report());
      String b = entryOf.get(m.other());
      if (a.equals(b)) {
        continue;
      }
      String first = a.compareTo(b) < 0 ? a : b;
      String second = first.equals(a) ? b : a;
      misses.putIfAbsent(first + "\n" + second, new NearMiss(first, second, m.reason()));
    }
    return new Chronology(List.copyOf(byId.values()), dated, undated, setAside,
        List.copyOf(misses.values()));
  }

  /** Configures a {@link ChronologyBuilder}. Not thread-safe; the builder it makes is. */
  public static final class Builder {
    private boolean includeUntyped;
    private final Map<String, String> verbs = new TreeMap<>();

    private Builder() {}

    /**
     * Whether events the lexicon gives no type ({@code other}) become entries too; off by default.
     *
     * @param value whether to include them
     * @return this builder
     */
    public Builder includeUntyped(boolean value) {
      this.includeUntyped = value;
      return this;
    }

    /**
     * The verb phrase that titles each event type, third person present ({@code suspend} →
     * {@code suspends}, {@code recall-ambassador} → {@code recalls its ambassador from}); a type
     * without one is titled by its id.
     *
     * @param value type id to verb phrase
     * @return this builder
     */
    public Builder verbs(Map<String, String> value) {
      Objects.requireNonNull(value, "verbs").forEach((type, verb) -> {
        if (type == null || type.isBlank() || verb == null || verb.isBlank()) {
          throw new IllegalArgumentException("verb of type " + type + " must not be blank");
        }
        verbs.put(type, verb);
      });
      return this;
    }

    /** {@return the chronology builder} */
    public ChronologyBuilder build() {
      return new ChronologyBuilder(this);
    }
  }
}
