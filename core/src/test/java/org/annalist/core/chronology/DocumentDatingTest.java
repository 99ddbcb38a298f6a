package org.annalist.core.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.DateEvidence;
import org.annalist.model.DateResolution;
import org.annalist.model.EventScope;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** The rules that date a document from other documents, and the scope words. */
class DocumentDatingTest {

  private static final Span TRIGGER = new Span(0, 8, "recalled");

  private static DateEvidence bound(String rule, String from, String to, double confidence) {
    return new DateEvidence(rule, from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to), "entry", TRIGGER, List.of("other"), confidence);
  }

  @Test
  void aYearlessValueIsTheFirstDayItNamesWithinTheOtherReportsTime() {
    assertThat(DocumentDating.refine("XXXX-11-01", LocalDate.of(2023, 10, 31), null))
        .isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(DocumentDating.refine("XXXX-05", LocalDate.of(2024, 5, 2),
        LocalDate.of(2024, 5, 2))).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(DocumentDating.refine("XXXX-02-29", LocalDate.of(2023, 1, 1), null))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(DocumentDating.refine("XXXX-10-16", LocalDate.of(2023, 11, 1),
        LocalDate.of(2023, 12, 31))).isNull();
    assertThat(DocumentDating.refine("2023-10-16", LocalDate.of(2023, 1, 1), null)).isNull();
  }

  @Test
  void boundsIntersectAndOnlyALowerBoundLeavesTheDateOpenAbove() {
    DocumentDating.Inferred open = DocumentDating.combine(
        List.of(bound("reports-past-event", "2023-10-16", null, 0.8)));
    assertThat(open.date().resolution()).isEqualTo(DateResolution.INFERRED);
    assertThat(open.date().earliest()).isEqualTo(LocalDate.of(2023, 10, 16));
    assertThat(open.date().latest()).isNull();
    DocumentDating.Inferred closed = DocumentDating.combine(List.of(
        bound("reports-past-event", "2023-10-16", null, 0.8),
        bound("lede-recency", "2023-10-16", "2023-10-30", 0.6)));
    assertThat(closed.date().latest()).isEqualTo(LocalDate.of(2023, 10, 30));
    assertThat(closed.evidence()).hasSize(2);
  }

  @Test
  void contradictingBoundsDropTheLeastConfident() {
    DocumentDating.Inferred inferred = DocumentDating.combine(List.of(
        bound("year-offset", "2024-01-01", "2024-12-31", 0.8),
        bound("lede-recency", "2023-10-16", "2023-10-30", 0.6)));
    assertThat(inferred.date().earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(inferred.evidence()).extracting(DateEvidence::rule).containsExactly("year-offset");
    assertThat(DocumentDating.combine(List.of(bound("lede-recency", null, "2023-10-30", 0.6))))
        .as("an upper bound alone dates nothing").isNull();
  }

  @Test
  void scopeWordsBeforeTheTriggerOrOpeningItsObject() {
    Scopes scopes = Scopes.load();
    String text = "Israel partially suspended arms shipments. Israel suspended all sales.";
    Span first = new Span(0, 42, text.substring(0, 42));
    Scopes.Found partial = scopes.find(text, first, new Span(17, 26, "suspended"), null);
    assertThat(partial.scope()).isEqualTo(EventScope.PARTIAL);
    assertThat(partial.cue().text()).isEqualTo("partially");
    Span second = new Span(43, text.length(), text.substring(43));
    Scopes.Found full = scopes.find(text, second, new Span(50, 59, "suspended"), null);
    assertThat(full.scope()).isEqualTo(EventScope.FULL);
    assertThat(full.cue().text()).isEqualTo("all");
    assertThat(scopes.find("Israel suspended exports.", new Span(0, 25, "Israel suspended exports."),
        new Span(7, 16, "suspended"), null)).isNull();
  }
}
