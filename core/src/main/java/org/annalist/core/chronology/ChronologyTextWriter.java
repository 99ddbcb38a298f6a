package org.annalist.core.chronology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.Conflict;
import org.annalist.model.DateEvidence;
import org.annalist.model.DocumentDate;
import org.annalist.model.EntryEvidence;
import org.annalist.model.EntryTime;
import org.annalist.model.MergeLink;
import org.annalist.model.NearMiss;

/**
 * Writes a {@link Chronology} as a report for a terminal: the documents and their dates (with the
 * evidence of inferred ones), then one block per entry (date, title, participants, sources,
 * conflicts), then the entries set apart and the undated ones. With {@code explain}, each entry
 * also quotes its reports and says why they were merged, and the near misses are listed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ChronologyTextWriter.create(false).write(chronology, System.out);
 * }</pre>
 */
public final class ChronologyTextWriter {

  private static final String INDENT = "                        ";
  private final boolean explain;

  private ChronologyTextWriter(boolean explain) {
    this.explain = explain;
  }

  /**
   * {@return a writer}
   *
   * @param explain whether to quote every report, give the reasons of merges and list near misses
   */
  public static ChronologyTextWriter create(boolean explain) {
    return new ChronologyTextWriter(explain);
  }

  /**
   * Writes the report.
   *
   * @param chronology the chronology
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Chronology chronology, Appendable out) {
    try {
      writeChecked(chronology, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the report as a string}
   *
   * @param chronology the chronology
   */
  public String toString(Chronology chronology) {
    StringBuilder b = new StringBuilder();
    write(chronology, b);
    return b.toString();
  }

  private void writeChecked(Chronology c, Appendable out) throws IOException {
    out.append(String.format(Locale.ROOT,
        "Chronology of %d documents: %d dated entries, %d undated, %d set aside%n%n",
        c.documents().size(), c.entries().size(), c.undated().size(), c.setAside().size()));
    out.append("Documents\n");
    for (ChronologyDocument d : c.documents()) {
      out.append("  ").append(d.id()).append("  ").append(date(d.date()));
      if (d.title() != null) {
        out.append("  \"").append(shorten(d.title(), 60)).append('"');
      }
      out.append('\n');
      for (DateEvidence e : d.dateEvidence()) {
        out.append("      ").append(e.rule()).append(": ")
            .append(Days.range(e.earliest(), e.latest())).append(" from \"")
            .append(e.trigger().text()).append("\" = ").append(e.entry()).append(" in ")
            .append(String.join(", ", e.documentIds())).append('\n');
      }
    }
    out.append('\n');
    for (ChronologyEntry e : c.entries()) {
      entry(e, out);
    }
    if (!c.setAside().isEmpty()) {
      out.append("Set aside: not asserted, never presented as having happened\n");
      for (ChronologyEntry e : c.setAside()) {
        out.append(String.format(Locale.ROOT, "  %-13s %-24s %s  [%s]%n", e.factuality(),
            e.time() == null ? "undated" : e.time().value(), e.title(),
            sources(e)));
      }
      out.append('\n');
    }
    if (!c.undated().isEmpty()) {
      out.append("Undated: asserted, but no report says when\n");
      for (ChronologyEntry e : c.undated()) {
        out.append("  ").append(e.title()).append("  [").append(sources(e)).append("]\n");
      }
      out.append('\n');
    }
    if (explain && !c.nearMisses().isEmpty()) {
      out.append("Near misses: kept apart\n");
      for (NearMiss m : c.nearMisses()) {
        out.append("  ").append(m.entry()).append(" / ").append(m.other()).append(": ")
            .append(m.reason()).append('\n');
      }
    }
  }

  private void entry(ChronologyEntry e, Appendable out) throws IOException {
    EntryTime t = e.time();
    out.append(String.format(Locale.ROOT, "%-23s %s%n", t.value(), e.title()));
    String line = INDENT + e.type() + (e.cameo() == null ? "" : " (CAMEO " + e.cameo() + ")")
        + (e.factuality().name().equals("ASSERTED") ? "" : ", " + e.factuality())
        + ", time by " + t.rule() + " " + Days.range(t.earliest(), t.latest());
    out.append(line).append('\n');
    if (!e.participants().isEmpty()) {
      out.append(INDENT).append(e.participants().stream()
          .map(p -> p.role().name().toLowerCase(Locale.ROOT) + " " + p.name())
          .distinct().collect(Collectors.joining(", "))).append('\n');
    }
    out.append(INDENT).append("sources: ").append(sources(e)).append('\n');
    for (Conflict k : e.conflicts()) {
      out.append(INDENT).append("conflict ").append(k.kind().name().toLowerCase(Locale.ROOT))
          .append(": ").append(k.versions().stream()
              .map(v -> v.value() + " (" + String.join(", ", v.documentIds()) + ")")
              .collect(Collectors.joining(" vs "))).append('\n');
    }
    if (explain) {
      for (int k = 0; k < e.evidence().size(); k++) {
        EntryEvidence r = e.evidence().get(k);
        out.append(INDENT).append(String.format(Locale.ROOT, "[%d] %s %d-%d \"%s\": %s%n", k,
            r.documentId(), r.trigger().begin(), r.trigger().end(), r.trigger().text(),
            shorten(r.quote(), 140)));
        if (r.claim() != null && r.claim().source() != null) {
          out.append(INDENT).append("    claimed by ").append(r.claim().source().text())
              .append(r.claim().cue() == null ? "" : " (" + r.claim().cue().text() + ")")
              .append('\n');
        }
      }
      for (MergeLink l : e.links()) {
        out.append(INDENT).append(String.format(Locale.ROOT, "merge [%d]-[%d] %s: %s%n",
            l.from(), l.to(), l.rule(), String.join(", ", l.agreed())));
      }
    }
    out.append('\n');
  }

  /** {@code 000 (2), 002}: each document once, with its count of reports when more than one. */
  static String sources(ChronologyEntry e) {
    Map<String, Integer> counts = new TreeMap<>();
    e.evidence().forEach(r -> counts.merge(r.documentId(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((d, n) -> parts.add(n == 1 ? d : d + " (" + n + ")"));
    return String.join(", ", parts);
  }

  /** A document date for reading: {@code inferred 2023-10-16 to 2023-10-30 (rule, 0.60)}. */
  static String date(DocumentDate d) {
    if (!d.isKnown()) {
      return "date unknown";
    }
    String how = d.resolution().name().toLowerCase(Locale.ROOT);
    String conf = d.provenance() == null || d.provenance().confidence() >= 1.0 ? ""
        : String.format(Locale.ROOT, " (%s, %.2f)", d.provenance().rule(),
            d.provenance().confidence());
    return how + " " + Days.range(d.earliest(), d.latest()) + conf;
  }

  private static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
