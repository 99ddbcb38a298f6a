package org.annalist.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.Annalist;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ClaimLayer;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.Factuality;
import org.annalist.model.ParticipantRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events stage on sentences written for these tests (not from any corpus): types, factuality
 * with its cue, participants, times and the link to claims.
 */
class EventStageTest {

  private static final Pipeline PIPELINE = Annalist.defaultPipeline();

  private static AnalyzedDocument analyze(String text) {
    return PIPELINE.analyze(text, DocumentMetadata.builder("t")
        .publicationDate(java.time.LocalDate.parse("2021-03-10")).build());
  }

  private static Event event(AnalyzedDocument document, String trigger) {
    List<Event> found = document.expect(EventLayer.KEY).events().stream()
        .filter(e -> e.trigger().text().equals(trigger)).toList();
    assertThat(found).as("events with trigger %s in %s", trigger,
        document.expect(EventLayer.KEY).events()).hasSize(1);
    return found.get(0);
  }

  private static String entity(Event e, ParticipantRole role) {
    return e.findParticipant(role).map(EventParticipant::entityId).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "If France must expel the ambassador, it will say so.|expel|HYPOTHETICAL|If",
      "The minister threatened to expel the Peruvian ambassador.|expel|THREATENED|threatened to",
      "Spain has not recalled its ambassador from Caracas.|recalled|NEGATED|not",
      "Spain never recalled its ambassador from Caracas.|recalled|NEGATED|never",
      "The navy has plans to buy six new submarines.|buy|PLANNED|plans to",
      "Chile aims to sign a trade agreement with Peru.|sign|PLANNED|aims to",
      "The union urged the government to suspend fuel exports.|suspend|DEMANDED|urged the"
          + " government to",
      "The rebels refused to sign the treaty.|sign|NEGATED|refused to",
      "Rebels may have attacked the village.|attacked|UNCERTAIN|may",
      "Rebels reportedly attacked the village.|attacked|UNCERTAIN|reportedly",
      "Kenya would impose sanctions.|impose|HYPOTHETICAL|would",
      "Kenya will visit Uganda.|visit|PLANNED|will"})
  void factualityNamesItsCue(String text, String trigger, Factuality factuality, String cue) {
    Event e = event(analyze(text), trigger.equals("impose") ? "sanctions" : trigger);
    assertThat(e.factuality()).isEqualTo(factuality);
    assertThat(e.factualityCue().span().text()).isEqualTo(cue);
  }

  @Test
  void anAssertedEventHasNoCue() {
    Event e = event(analyze("Peru recalled its ambassador from Chile on Monday."), "recalled");
    assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(e.factualityCue()).isNull();
    assertThat(e.type()).isEqualTo("recall-ambassador");
    assertThat(e.cameo()).isEqualTo("161");
  }

  @Test
  void participantsAndTimeOfAnActiveVerb() {
    AnalyzedDocument d = analyze("France suspended arms sales to Chad on 3 March 2021.");
    Event e = event(d, "suspended");
    assertThat(e.type()).isEqualTo("suspend");
    assertThat(entity(e, ParticipantRole.AGENT)).isEqualTo("location:france");
    assertThat(entity(e, ParticipantRole.TARGET)).isEqualTo("location:chad");
    assertThat(e.findParticipant(ParticipantRole.PATIENT).orElseThrow().span().text())
        .isEqualTo("arms sales");
    assertThat(e.time().rule()).isEqualTo("same-clause");
    assertThat(e.time().earliest()).hasToString("2021-03-03");
    assertThat(e.time().latest()).hasToString("2021-03-03");
  }

  @Test
  void theAgentOfAPassiveVerbFollowsBy() {
    Event e = event(analyze("The embassy was attacked by Hezbollah on Friday."), "attacked");
    assertThat(entity(e, ParticipantRole.AGENT)).isEqualTo("organization:hezbollah");
    assertThat(e.time().earliest()).hasToString("2021-03-05");
  }

  @Test
  void aVisitToAPlaceHasThePlaceAsLocation() {
    Event e = event(analyze("Angela Merkel visited Brazil on Monday."), "visited");
    assertThat(e.type()).isEqualTo("visit");
    assertThat(entity(e, ParticipantRole.AGENT)).isEqualTo("person:angela-merkel");
    assertThat(entity(e, ParticipantRole.LOCATION)).isEqualTo("location:brazil");
  }

  @Test
  void aProductIsWhatTheEventIsAboutNeverWhoActs() {
    Event bought = event(analyze("Peru bought Kestrel fighters from Chile in May."), "bought");
    assertThat(entity(bought, ParticipantRole.AGENT)).isEqualTo("location:peru");
    assertThat(entity(bought, ParticipantRole.PATIENT)).isEqualTo("product:kestrel");
    Event attacked = event(analyze("The Kestrel fighters attacked Lima."), "attacked");
    assertThat(attacked.participants()).noneMatch(p -> p.role() == ParticipantRole.AGENT
        && "product:kestrel".equals(p.entityId()));
  }

  @Test
  void conditionsTellTheTypesOfOneVerbApart() {
    AnalyzedDocument d = analyze("Ghana suspended diplomatic relations with Togo. Ghana suspended"
        + " cocoa exports to Togo.");
    List<Event> suspended = d.expect(EventLayer.KEY).events().stream()
        .filter(e -> e.trigger().text().equals("suspended")).toList();
    assertThat(suspended).extracting(Event::type).containsExactly("break-relations", "suspend");
  }

  @Test
  void anExpressionBeforeAfterTimesWhatFollowsIt() {
    AnalyzedDocument d = analyze("The talks came on Tuesday, one week after Egypt attacked the"
        + " border post.");
    // the talks, not the attack, are on Tuesday; the text does not say when the attack was
    assertThat(event(d, "attacked").time()).isNull();
    AnalyzedDocument bound = analyze("Peru recalled its ambassador after troops crossed the"
        + " border on 2 February 2021.");
    Event recalled = event(bound, "recalled");
    assertThat(recalled.time().rule()).isEqualTo("after-clause");
    assertThat(recalled.time().earliest()).hasToString("2021-02-02");
    assertThat(recalled.time().latest()).isNull();
  }

  @Test
  void anEventInAQuotationIsReportedAndNamesItsClaim() {
    AnalyzedDocument d = analyze("“We suspended all fuel exports to Peru,” the minister said.");
    Event e = event(d, "suspended");
    assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
    assertThat(e.claim()).isNotNull();
    assertThat(d.expect(ClaimLayer.KEY).claims().get(e.claim()).source().span().text())
        .isEqualTo("the minister");
    Event said = event(d, "said");
    assertThat(said.factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(said.type()).isEqualTo("make-statement");
  }

  @Test
  void narrativeTimeReachesAPastVerbOfTheNextSentenceOnly() {
    AnalyzedDocument d = analyze("On 2 February 2021, troops entered the town. They attacked the"
        + " barracks.\n\nThe attack was condemned.");
    Event attacked = event(d, "attacked");
    assertThat(attacked.time().rule()).isEqualTo("narrative");
    assertThat(attacked.time().earliest()).hasToString("2021-02-02");
    assertThat(event(d, "attack").time()).isNull();
  }

  @Test
  void aSentenceWithoutEventsAddsNone() {
    assertThat(analyze("Blue skies.").expect(EventLayer.KEY).events()).isEmpty();
  }
}
