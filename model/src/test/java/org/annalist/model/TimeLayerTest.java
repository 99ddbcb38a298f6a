package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLayerTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String TEXT = "On the 16th of October last year, and only two years later, since 1985.";
  private static final Provenance RULE = new Provenance("time", "rule", 0.9);

  private static TemporalExpression october() {
    return new TemporalExpression(Span.of(TEXT, 3, 31), TimexType.DATE, "2023-10-16", null,
        LocalDate.of(2023, 10, 16), LocalDate.of(2023, 10, 16), Granularity.DAY, -1, null,
        TimexResolution.RELATIVE_TO_DOCUMENT_DATE, null, null, RULE);
  }

  private static TimeLayer layer() {
    TemporalExpression later = new TemporalExpression(Span.of(TEXT, 42, 57), TimexType.DATE,
        "2025", TimexMod.APPROX, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        Granularity.YEAR, null, null, TimexResolution.RELATIVE_TO_EXPRESSION, 0, null, RULE);
    TemporalExpression since = new TemporalExpression(Span.of(TEXT, 65, 69), TimexType.DATE,
        "1985", null, LocalDate.of(1985, 1, 1), null, Granularity.YEAR, null,
        TimexRange.from("1985"),
        TimexResolution.EXPLICIT, null, null, RULE);
    DocumentDate inferred = new DocumentDate(DateResolution.INFERRED, LocalDate.of(2024, 5, 2),
        LocalDate.of(2024, 5, 7), List.of(Span.of(TEXT, 3, 31)), new Provenance("time", "x", 0.7));
    return new TimeLayer("time", List.of(october(), later, since), inferred);
  }

  @Test
  void jsonRoundTripIsLossless() throws Exception {
    TimeLayer layer = layer();
    String json = MAPPER.writeValueAsString(layer);
    Layer back = MAPPER.readValue(json, Layer.class);
    assertThat(back).isEqualTo(layer);
    assertThat(json).contains("\"layer\":\"time\"").contains("\"range\":{\"begin\":\"1985\"}");
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void yearOffsetIsWrittenOnlyWhenTheTextGivesIt() throws Exception {
    String october = MAPPER.writeValueAsString(october());
    assertThat(october).contains("\"granularity\":\"DAY\",\"yearOffset\":-1,");
    assertThat(MAPPER.readValue(october, TemporalExpression.class).yearOffset()).isEqualTo(-1);
    String since = MAPPER.writeValueAsString(layer().expressions().get(2));
    assertThat(since).doesNotContain("yearOffset");
    assertThat(MAPPER.readValue(since, TemporalExpression.class).yearOffset()).isNull();
  }

  @Test
  void anInferredDocumentDateOpenAboveRoundTrips() throws Exception {
    DocumentDate open = new DocumentDate(DateResolution.INFERRED, LocalDate.of(2022, 1, 1), null,
        List.of(Span.of(TEXT, 3, 31)), new Provenance("time", "latest-year-mentioned", 0.2));
    TimeLayer layer = new TimeLayer("time", List.of(october()), open);
    String json = MAPPER.writeValueAsString(layer);
    assertThat(json).contains("\"earliest\":\"2022-01-01\"").doesNotContain("\"latest\":null");
    assertThat(MAPPER.readValue(json, Layer.class)).isEqualTo(layer);
  }

  @Test
  void unresolvedNeedsAReasonAndAnchoredNeedsAnAnchor() {
    assertThatThrownBy(() -> new TemporalExpression(Span.of(TEXT, 3, 31), TimexType.DATE,
        "XXXX-10-16", null, null, null, Granularity.DAY, -1, null, TimexResolution.UNRESOLVED, null,
        null, RULE)).hasMessageContaining("unresolved");
    assertThatThrownBy(() -> new TemporalExpression(Span.of(TEXT, 3, 31), TimexType.DATE,
        "2023", null, null, null, Granularity.YEAR, null, null,
        TimexResolution.RELATIVE_TO_EXPRESSION,
        null, null, RULE)).hasMessageContaining("anchor");
  }

  @Test
  void rejectsBackwardIntervalsEmptyRangesAndForeignAnchors() {
    assertThatThrownBy(() -> new TemporalExpression(Span.of(TEXT, 3, 31), TimexType.DATE, "2023",
        null, LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), Granularity.YEAR, null, null,
        TimexResolution.EXPLICIT, null, null, RULE)).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> new TimexRange(null, null)).hasMessageContaining("bound");
    TemporalExpression anchoredToSelf = new TemporalExpression(Span.of(TEXT, 3, 31),
        TimexType.DATE, "2023", null, null, null, Granularity.YEAR, null, null,
        TimexResolution.RELATIVE_TO_EXPRESSION, 0, null, RULE);
    assertThatThrownBy(() -> new TimeLayer("time", List.of(anchoredToSelf), DocumentDate.unknown()))
        .hasMessageContaining("anchored");
  }

  @Test
  void expressionsMustBeInTextOrder() {
    TimeLayer layer = layer();
    List<TemporalExpression> reversed = List.of(layer.expressions().get(2), october());
    assertThatThrownBy(() -> new TimeLayer("time", reversed, DocumentDate.unknown()))
        .hasMessageContaining("text order");
  }
}
