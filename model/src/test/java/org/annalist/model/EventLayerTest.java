package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLayerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final String TEXT = "If Peru recalls its ambassador, Chile will protest. Peru"
      + " suspended exports to Chile on 3 March 2021.";
  private static final Span FIRST = Span.of(TEXT, 0, 51);
  private static final Span SECOND = Span.of(TEXT, 52, TEXT.length());
  private static final Provenance RULE = new Provenance("events", "lexicon+type:recall", 0.6);
  private static final EventAttributes PAST = new EventAttributes(EventClass.OCCURRENCE,
      EventTense.PAST, EventAspect.NONE, Polarity.POS, null);

  private static Event recall() {
    return new Event(Span.of(TEXT, 8, 15), FIRST, PAST, "recall-ambassador", "161",
        Factuality.HYPOTHETICAL, new FactualityCue(Span.of(TEXT, 0, 2), "conditional:if"), null,
        List.of(new EventParticipant(ParticipantRole.AGENT, Span.of(TEXT, 3, 7), "location:peru",
            "subject", 0.7)), null, RULE);
  }

  private static Event suspension() {
    return new Event(Span.of(TEXT, 57, 66), SECOND, PAST, "suspend", "160", Factuality.ASSERTED,
        null, null, List.of(), new EventTime(0, "2021-03-03", LocalDate.of(2021, 3, 3),
            LocalDate.of(2021, 3, 3), Granularity.DAY, "same-clause", 0.85), RULE);
  }

  @Test
  void jsonRoundTripIsLosslessAndLeavesOutWhatIsNotStated() throws Exception {
    EventLayer layer = new EventLayer("events", List.of("types.tsv"),
        List.of(recall(), suspension()));
    String json = MAPPER.writeValueAsString(layer);
    assertThat(MAPPER.readValue(json, Layer.class)).isEqualTo(layer);
    assertThat(json).contains("\"layer\":\"events\"").doesNotContain("null")
        .doesNotContain("\"other\"");
    assertThat(layer.asserted()).containsExactly(suspension());
    assertThat(layer.spans()).allSatisfy(s -> assertThat(s.matches(TEXT)).isTrue());
  }

  @Test
  void theFactualityAndItsCueAgree() {
    Span trigger = Span.of(TEXT, 8, 15);
    assertThatThrownBy(() -> new Event(trigger, FIRST, PAST, "recall-ambassador", "161",
        Factuality.HYPOTHETICAL, null, null, List.of(), null, RULE))
        .hasMessageContaining("HYPOTHETICAL but names no cue");
    assertThatThrownBy(() -> new Event(trigger, FIRST, PAST, "recall-ambassador", "161",
        Factuality.ASSERTED, new FactualityCue(Span.of(TEXT, 0, 2), "conditional:if"), null,
        List.of(), null, RULE))
        .hasMessageContaining("cannot have cue");
    assertThatThrownBy(() -> new Event(trigger, FIRST, PAST, "recall-ambassador", "161",
        Factuality.REPORTED, null, null, List.of(), null, RULE))
        .hasMessageContaining("names no claim");
  }

  @Test
  void aTypedEventHasACameoCodeAndOtherHasNone() {
    Span trigger = Span.of(TEXT, 8, 15);
    assertThatThrownBy(() -> new Event(trigger, FIRST, PAST, "recall-ambassador", null,
        Factuality.ASSERTED, null, null, List.of(), null, RULE))
        .hasMessageContaining("needs a CAMEO code");
    assertThatThrownBy(() -> new Event(trigger, FIRST, PAST, Event.OTHER, "161",
        Factuality.ASSERTED, null, null, List.of(), null, RULE))
        .hasMessageContaining("cannot have CAMEO code");
    assertThat(new Event(trigger, FIRST, PAST, Event.OTHER, null, Factuality.ASSERTED, null, null,
        List.of(), null, RULE).isOther()).isTrue();
  }

  @Test
  void triggersAreInTheirSentenceAndInOrder() {
    assertThatThrownBy(() -> new Event(Span.of(TEXT, 57, 66), FIRST, PAST, Event.OTHER, null,
        Factuality.ASSERTED, null, null, List.of(), null, RULE))
        .hasMessageContaining("is not inside its sentence");
    assertThatThrownBy(() -> new EventLayer("events", List.of(), List.of(suspension(), recall())))
        .hasMessageContaining("ordered by trigger");
    assertThatThrownBy(() -> new EventTime(0, "2021", LocalDate.of(2021, 12, 31),
        LocalDate.of(2021, 1, 1), Granularity.YEAR, "same-clause", 0.8))
        .hasMessageContaining("ends (2021-01-01) before it starts");
  }
}
