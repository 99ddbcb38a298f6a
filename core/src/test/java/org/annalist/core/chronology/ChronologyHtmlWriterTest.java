package org.annalist.core.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.Conflict;
import org.annalist.model.ConflictKind;
import org.annalist.model.ConflictVersion;
import org.annalist.model.DocumentDate;
import org.annalist.model.EntryEvidence;
import org.annalist.model.EntryTime;
import org.annalist.model.Factuality;
import org.annalist.model.Granularity;
import org.annalist.model.MergeLink;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** The HTML page: escaped, self-contained, deterministic, one element per entry. */
class ChronologyHtmlWriterTest {

  private static final String TEXT = "A & B <script>alert(1)</script> met on 2 May 2024.";

  private static EntryEvidence report(String doc) {
    return new EntryEvidence(doc, 0, Span.of(TEXT, 0, TEXT.length()), Span.of(TEXT, 32, 35),
        "consult", "040", Factuality.ASSERTED, null, List.of(), null, null, null,
        new Provenance("events", "model", 0.9));
  }

  private static Chronology chronology() {
    EntryTime time = new EntryTime("2024-05-01/2024-05-02", LocalDate.of(2024, 5, 1),
        LocalDate.of(2024, 5, 2), Granularity.DAY, "hull", 0.4);
    Conflict conflict = new Conflict(ConflictKind.DATE, List.of(
        new ConflictVersion("2024-05-01", List.of(0), List.of("a")),
        new ConflictVersion("2024-05-02", List.of(1), List.of("b"))));
    ChronologyEntry conflicted = new ChronologyEntry("consult@a:32", "consult", "040",
        "A & B <script> meet", Factuality.ASSERTED, time, List.of(),
        List.of(report("a"), report("b")), List.of(conflict),
        List.of(new MergeLink(0, 1, "linked", List.of("type:consult"))));
    ChronologyEntry plain = new ChronologyEntry("consult@c:32", "consult", "040", "C meets",
        Factuality.ASSERTED, new EntryTime("2024", LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31), Granularity.YEAR, "single-report", 0.9),
        List.of(), List.of(report("c")), List.of(), List.of());
    List<ChronologyDocument> docs = List.of(
        new ChronologyDocument("a", "Title <i>", DocumentDate.given(LocalDate.of(2024, 5, 3)),
            List.of()),
        new ChronologyDocument("b", null, DocumentDate.unknown(), List.of()),
        new ChronologyDocument("c", null, DocumentDate.unknown(), List.of()));
    return new Chronology(docs, List.of(conflicted, plain), List.of(), List.of(), List.of());
  }

  private static String page() {
    StringBuilder b = new StringBuilder();
    ChronologyHtmlWriter.create().write(chronology(), Map.of("a", TEXT, "b", TEXT), b);
    return b.toString();
  }

  @Test
  void escapesEverythingAndLoadsNothingFromTheNetwork() {
    String page = page();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("Title <i>")
        .contains("A &amp; B &lt;script&gt; meet").contains("Title &lt;i&gt;");
    assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//")
        .doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void oneEntryElementPerDatedEntryAndTheConflictShown() {
    String page = page();
    assertThat(page.split("<details class=\"entry\"", -1)).hasSize(3);
    assertThat(page).contains("class=\"conflict\">conflict: date")
        .contains("2024-05-01: a").contains("2024-05-02: b")
        .contains("id=\"article-a\"").contains("data-begin=\"0\"");
  }

  @Test
  void isTheSameForTheSameInput() {
    assertThat(page()).isEqualTo(page());
  }
}
