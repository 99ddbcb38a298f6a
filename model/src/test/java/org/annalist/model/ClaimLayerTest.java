package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLayerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String TEXT =
      "“We will not,” he wrote on X on Sunday. “Never.” Over 1,000 civilians died, the ministry said.";
  private static final Provenance RULE = new Provenance("claims", "quote-cue", 0.9);

  private static Claim quote() {
    ClaimParty he = new ClaimParty(Span.of(TEXT, 15, 17), "person:gustavo-petro",
        PartyResolution.PRONOUN, "pronoun-previous-source");
    return new Claim(ClaimKind.DIRECT, List.of(Span.of(TEXT, 1, 12), Span.of(TEXT, 41, 47)), he,
        new Cue(Span.of(TEXT, 18, 23), "write"),
        new Channel(Span.of(TEXT, 24, 28), ChannelType.SOCIAL_MEDIA), null, 0, RULE);
  }

  private static Claim reported() {
    ClaimParty ministry = new ClaimParty(Span.of(TEXT, 77, 89), null, PartyResolution.UNRESOLVED,
        "no-compatible-entity");
    return new Claim(ClaimKind.INDIRECT, List.of(Span.of(TEXT, 49, 75)), ministry,
        new Cue(Span.of(TEXT, 90, 94), "say"), null, null, null, RULE);
  }

  @Test
  void jsonRoundTripIsLosslessAndLeavesOutWhatIsNotStated() throws Exception {
    ClaimLayer layer = new ClaimLayer("claims", List.of("cues.tsv"), List.of(quote(), reported()));
    String json = MAPPER.writeValueAsString(layer);
    assertThat(MAPPER.readValue(json, Layer.class)).isEqualTo(layer);
    assertThat(json).contains("\"layer\":\"claims\"").doesNotContain("null")
        .contains("\"resolution\":\"UNRESOLVED\"");
    assertThat(layer.spans()).hasSize(8);
    assertThat(layer.attributed()).hasSize(2);
  }

  @Test
  void claimsCheckTheirShape() {
    assertThatThrownBy(() -> new Claim(ClaimKind.DIRECT, List.of(), null, null, null, null, null,
        RULE)).hasMessageContaining("at least one content span");
    assertThatThrownBy(() -> new Claim(ClaimKind.DIRECT,
        List.of(Span.of(TEXT, 41, 47), Span.of(TEXT, 1, 12)), null, null, null, null, null, RULE))
        .hasMessageContaining("text order");
    assertThatThrownBy(() -> new Claim(ClaimKind.REPORTED_BY_ARTICLE, List.of(Span.of(TEXT, 49, 75)),
        null, new Cue(Span.of(TEXT, 90, 94), "say"), null, null, null, RULE))
        .hasMessageContaining("article's own claim");
    assertThatThrownBy(() -> new ClaimParty(Span.of(TEXT, 15, 17), null, PartyResolution.PRONOUN,
        "r")).hasMessageContaining("PRONOUN but its entity is missing");
    assertThatThrownBy(() -> new ClaimLayer("claims", List.of(), List.of(reported(), quote())))
        .hasMessageContaining("ordered");
  }

  @Test
  void quantitiesAreWrittenInPlainNotationAndRangesNeedAnUpperValue() throws Exception {
    Quantity money = new Quantity(Span.of(TEXT, 49, 61), new BigDecimal("1.39E+8"), null,
        QuantityQualifier.APPROXIMATE, QuantityKind.MONEY, "USD", null, null, 1, RULE);
    assertThat(money.value().toString()).isEqualTo("139000000");
    Quantity count = new Quantity(Span.of(TEXT, 49, 59), new BigDecimal("1000.00"), null,
        QuantityQualifier.MORE_THAN, QuantityKind.COUNT, null, Span.of(TEXT, 60, 69), null, null,
        RULE);
    assertThat(count.value().toString()).isEqualTo("1000");
    QuantityLayer layer = new QuantityLayer("quantities", List.of(), List.of(count, money));
    String json = MAPPER.writeValueAsString(layer);
    assertThat(json).contains("\"value\":139000000").contains("\"layer\":\"quantities\"");
    assertThat(MAPPER.readValue(json, Layer.class)).isEqualTo(layer);
    assertThatThrownBy(() -> new Quantity(Span.of(TEXT, 49, 59), BigDecimal.ONE, null,
        QuantityQualifier.RANGE, QuantityKind.COUNT, null, null, null, null, RULE))
        .hasMessageContaining("without an upper value");
    assertThatThrownBy(() -> new Quantity(Span.of(TEXT, 49, 59), BigDecimal.TEN, BigDecimal.ONE,
        QuantityQualifier.RANGE, QuantityKind.COUNT, null, null, null, null, RULE))
        .hasMessageContaining("below its value");
    assertThatThrownBy(() -> new Quantity(Span.of(TEXT, 49, 59), BigDecimal.TEN, null,
        QuantityQualifier.EXACT, QuantityKind.PERCENT, null, null, null, null, RULE))
        .hasMessageContaining("needs a unit");
  }
}
