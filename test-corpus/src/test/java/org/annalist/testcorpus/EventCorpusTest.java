package org.annalist.testcorpus;

import static org.annalist.model.Factuality.ASSERTED;
import static org.annalist.model.Factuality.HYPOTHETICAL;
import static org.annalist.model.Factuality.NEGATED;
import static org.annalist.model.Factuality.PLANNED;
import static org.annalist.model.Factuality.REPORTED;
import static org.annalist.model.Factuality.THREATENED;
import static org.annalist.model.ParticipantRole.AGENT;
import static org.annalist.model.ParticipantRole.LOCATION;
import static org.annalist.model.ParticipantRole.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.Annalist;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.TimeLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What happened in the five bundled articles, as the default pipeline's events stage finds it: the
 * events a reader of the chronology would check, with type, CAMEO code, factuality, participants
 * and day, the events the articles do not assert, and the soundness of every event of every
 * article.
 */
class EventCorpusTest {

  private static final String D000 = "000_0992c36e7527908a";
  private static final String D001 = "001_fa503946337120b6";
  private static final String D002 = "002_929fabcdb719644e";
  private static final String D003 = "003_23f886cc65bb6d3e";
  private static final String D004 = "004_2548ac03265b6e4d";

  private static final String ISRAEL = "location:israel";
  private static final String COLOMBIA = "location:colombia";
  private static final String PETRO = "person:gustavo-petro";

  private static Pipeline pipeline;
  private static Map<String, AnalyzedDocument> documents;

  @BeforeAll
  static void analyze() {
    pipeline = Annalist.defaultPipeline();
    CorpusResult result = pipeline.analyze(TestCorpus.corpus(), 2);
    assertThat(result.failures()).isEmpty();
    documents = result.documents().stream()
        .collect(Collectors.toMap(AnalyzedDocument::id, d -> d));
    assertThat(documents).containsOnlyKeys(TestCorpus.IDS);
  }

  private static EventAssert events(String id) {
    return EventAssert.assertThat(documents.get(id));
  }

  // Israel's suspension of defence exports to Colombia, in three articles

  @Test
  void israelSuspendedDefenceSalesToColombiaIn000() {
    events(D000).hasEvent().inSentenceContaining("The Israeli government has suspended all sales")
        .withTrigger("suspended").withType("suspend", "160").withFactuality(ASSERTED)
        .withParticipant(AGENT, ISRAEL).withParticipant(TARGET, COLOMBIA);
  }

  @Test
  void israelHaltedSecurityExportsToColombiaIn001() {
    events(D001).hasEvent().inSentenceContaining("The halt of security exports by Israel")
        .withTrigger("halt").withType("suspend", "160").withFactuality(ASSERTED)
        .withParticipant(AGENT, ISRAEL).withParticipant(TARGET, COLOMBIA);
    events(D001).hasEvent().inSentenceContaining("Israel has taken the decision to halt")
        .withTrigger("halt").withType("suspend", "160").withFactuality(ASSERTED)
        .withParticipant(AGENT, ISRAEL).withParticipant(TARGET, COLOMBIA);
  }

  @Test
  void israelPartiallySuspendedArmsShipmentsIn002OnTheSixteenthOfOctober() {
    // 002 states no date, so "the 16th of October last year" has no year of its own
    events(D002).hasEvent().inSentenceContaining("Israel partially suspended arms shipments")
        .withTrigger("suspended").withType("suspend", "160").withFactuality(ASSERTED)
        .withParticipant(AGENT, ISRAEL).withParticipant(TARGET, COLOMBIA)
        .withTimeValue("XXXX-10-16");
  }

  @Test
  void theSuspensionIn002Is2023_10_16OnceTheArticleIsDated() {
    // the article reports mid-August 2024 as the past: dated, its relative dates resolve
    AnalyzedDocument dated = pipeline.analyze(TestCorpus.resource(D002 + ".txt"),
        DocumentMetadata.builder(D002).publicationDate(LocalDate.parse("2024-09-01")).build());
    EventAssert.assertThat(dated).hasEvent()
        .inSentenceContaining("Israel partially suspended arms shipments").withTrigger("suspended")
        .withType("suspend", "160").withFactuality(ASSERTED).withParticipant(AGENT, ISRAEL)
        .withParticipant(TARGET, COLOMBIA).onDay("2023-10-16");
  }

  // Colombia's answers

  @Test
  void colombiaRecalledItsAmbassadorIn002AndIn003() {
    events(D002).hasEvent().inSentenceContaining("Colombia recalled its ambassador to Israel")
        .withTrigger("recalled").withType("recall-ambassador", "161").withFactuality(ASSERTED)
        .withParticipant(AGENT, COLOMBIA).withParticipant(TARGET, ISRAEL)
        .withTimeValue("XXXX-11-01");
    events(D003).hasEvent().inSentenceContaining("Petro had recalled his ambassador from Israel")
        .withTrigger("recalled").withType("recall-ambassador", "161").withFactuality(ASSERTED)
        .withParticipant(AGENT, PETRO).withParticipant(TARGET, ISRAEL)
        .notBefore("2023-10-31"); // "hours after an Israeli airstrike … on October 31"
  }

  @Test
  void petroAnnouncedTheBreakOnMayDayAndTheForeignMinistryTheDayAfter() {
    events(D003).hasEvent().inSentenceContaining("first announced by President Gustavo Petro")
        .withTrigger("announced").withType("make-statement", "010").withFactuality(ASSERTED)
        .withParticipant(AGENT, PETRO).onDay("2024-05-01");
    events(D003).hasEvent().inSentenceContaining("Foreign Ministry announced on Thursday")
        .withTrigger("announced").withType("make-statement", "010").withFactuality(ASSERTED)
        .withParticipant(AGENT, "organization:colombian-foreign-ministry").onDay("2024-05-02");
    events(D003).hasEvent().inSentenceContaining("Foreign Ministry announced on Thursday")
        .withTrigger("severing").withType("break-relations", "161").withFactuality(REPORTED)
        .withParticipant(TARGET, ISRAEL);
  }

  @Test
  void colombiaEndedCoalExportsInMidAugust() {
    events(D002).hasEvent().inSentenceContaining("Colombia officially ended all coal exports")
        .withTrigger("ended").withType("suspend", "160").withFactuality(ASSERTED)
        .withParticipant(AGENT, COLOMBIA).withParticipant(TARGET, ISRAEL)
        .withTimeValue("XXXX-08");
  }

  // Earlier events

  @Test
  void barakAndPanettaVisitedColombiaAWeekApart() {
    events(D004).hasEvent().inSentenceContaining("Ehud Barak also visited Colombia")
        .withTrigger("visited").withType("visit", "042").withFactuality(ASSERTED)
        .withParticipant(AGENT, "person:ehud-barak").withParticipant(LOCATION, COLOMBIA)
        .onDay("2012-04-16");
    events(D004).hasEvent().inSentenceContaining("Leon Panetta visited Colombia on Monday")
        .withTrigger("visited").withType("visit", "042").withFactuality(ASSERTED)
        .withParticipant(AGENT, "person:leon-panetta").withParticipant(LOCATION, COLOMBIA)
        .onDay("2012-04-23");
  }

  @Test
  void theKfirFleetWasGroundedIn2015() {
    events(D000).hasEvent().inSentenceContaining("grounding its Kfir entire fleet in 2015")
        .withTrigger("grounding").withType("ground-equipment", "X02").withFactuality(ASSERTED)
        .withParticipant(AGENT, "organization:colombian-air-force")
        .within("2015-01-01", "2015-12-31");
  }

  @Test
  void petroTookOfficeInAugust2022() {
    events(D000).hasEvent().inSentenceContaining("Preto became president in August 2022")
        .withTrigger("became").withType("take-office", "X01").withFactuality(ASSERTED)
        .withParticipant(AGENT, PETRO).within("2022-08-01", "2022-08-31");
  }

  @Test
  void hamasAttackedIsraelOnTheSeventhOfOctober() {
    events(D001).hasEvent().inSentenceContaining("The terror attack, carried out by Hamas")
        .withTrigger("attack").withType("attack", "190").withFactuality(ASSERTED)
        .withParticipant(AGENT, "organization:hamas").onDay("2023-10-07");
  }

  // What the articles do not assert

  @Test
  void theConditionalTheThreatTheNegationAndThePlanAreNotAsserted() {
    events(D000).hasEvent().inSentenceContaining("If we must suspend diplomatic relations")
        .withTrigger("suspend").withType("break-relations", "161").withFactuality(HYPOTHETICAL)
        .withCue("If");
    events(D000).hasEvent().inSentenceContaining("threatening to break off relations")
        .withTrigger("break").withType("break-relations", "161").withFactuality(THREATENED)
        .withCue("threatening to");
    events(D003).hasEvent().inSentenceContaining("has not broken relations with Israel")
        .withTrigger("broken").withType("break-relations", "161").withFactuality(NEGATED)
        .withCue("not");
    events(D000).hasEvent().inSentenceContaining("has plans to acquire the Barak MX")
        .withTrigger("acquire").withType("acquire-weapons", "062").withFactuality(PLANNED)
        .withCue("plans to");
  }

  // Every event of every article

  static List<String> ids() {
    return TestCorpus.IDS;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyEventIsSound(String id) {
    AnalyzedDocument document = documents.get(id);
    EventLayer layer = document.expect(EventLayer.KEY);
    EntityLayer entities = document.expect(EntityLayer.KEY);
    ClaimLayer claims = document.expect(ClaimLayer.KEY);
    Set<String> entityIds = entities.entities().stream().map(Entity::id)
        .collect(Collectors.toSet());
    int expressions = document.expect(TimeLayer.KEY).expressions().size();
    assertThat(layer.events()).isNotEmpty();
    for (Event e : layer.events()) {
      assertThat(e.spans()).allSatisfy(s -> assertThat(s.matches(document.text()))
          .as("span %s of event %s", s, e.trigger()).isTrue());
      for (EventParticipant p : e.participants()) {
        if (p.entityId() != null) {
          assertThat(entityIds).as("participant %s of %s", p, e.trigger()).contains(p.entityId());
        }
      }
      if (e.time() != null) {
        assertThat(e.time().expression()).isLessThan(expressions);
      }
      if (e.claim() != null) {
        assertThat(claims.claims().get(e.claim()).kind())
            .isNotEqualTo(ClaimKind.REPORTED_BY_ARTICLE);
        assertThat(claims.claims().get(e.claim()).content())
            .anySatisfy(c -> assertThat(e.trigger().isWithin(c)).isTrue());
      }
    }
  }
}
