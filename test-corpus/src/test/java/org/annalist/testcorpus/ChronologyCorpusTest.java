package org.annalist.testcorpus;

import static org.annalist.model.ParticipantRole.AGENT;
import static org.annalist.model.ParticipantRole.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.Annalist;
import org.annalist.core.chronology.ChronologyBuilder;
import org.annalist.core.chronology.CorpusChronology;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.ConflictKind;
import org.annalist.model.DateResolution;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Factuality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chronology of the five bundled articles: once with the publication dates given for the
 * three that state none, once with none given, so that their dates are inferred from the others.
 * Each fact a reader would check, with its evidence, merged across the articles that report it.
 */
class ChronologyCorpusTest {

  private static final String D000 = "000_0992c36e7527908a";
  private static final String D001 = "001_fa503946337120b6";
  private static final String D002 = "002_929fabcdb719644e";
  private static final String D003 = "003_23f886cc65bb6d3e";
  private static final String D004 = "004_2548ac03265b6e4d";
  private static final String ISRAEL = "location:israel";
  private static final String COLOMBIA = "location:colombia";

  /** Publication dates for the articles that state none (000: October 2023, 002: 2024...). */
  private static final Map<String, LocalDate> GIVEN = Map.of(
      D000, LocalDate.of(2023, 10, 18), D002, LocalDate.of(2024, 9, 1),
      D003, LocalDate.of(2024, 5, 3));

  private static Chronology given;
  private static Chronology inferred;

  @BeforeAll
  static void build() {
    Pipeline pipeline = Annalist.defaultPipeline();
    ChronologyBuilder builder = Annalist.chronologyBuilder();
    CorpusChronology job = CorpusChronology.create(pipeline, builder);
    List<ArticleSource> dated = new ArrayList<>();
    for (ArticleSource a : TestCorpus.corpus().articles()) {
      LocalDate date = GIVEN.get(a.id());
      DocumentMetadata m = a.metadata();
      dated.add(date == null ? a : new ArticleSource(a.text(),
          DocumentMetadata.builder(m.id()).title(m.title()).publicationDate(date).build(),
          a.source()));
    }
    CorpusChronology.Result r = job.build(Corpus.of(dated), 2, d -> { });
    assertThat(r.failures()).isEmpty();
    given = r.chronology();
    CorpusChronology.Result u = job.build(TestCorpus.corpus(), 2, d -> { });
    assertThat(u.failures()).isEmpty();
    inferred = u.chronology();
  }

  static List<Chronology> both() {
    return List.of(given, inferred);
  }

  private static void eachChronology(java.util.function.Consumer<ChronologyAssert> check) {
    check.accept(ChronologyAssert.assertThat(given));
    check.accept(ChronologyAssert.assertThat(inferred));
  }

  @Test
  void barakVisitedOnTheSixteenthAndPanettaAWeekLater() {
    eachChronology(c -> {
      c.hasEntry("visit").on("2012-04-16").withParticipant(AGENT, "person:ehud-barak")
          .reportedBy(D004).withEvidenceInSentences();
      c.hasEntry("visit").on("2012-04-23").withParticipant(AGENT, "person:leon-panetta")
          .reportedBy(D004).withEvidenceInSentences();
    });
  }

  @Test
  void tradeAgreementsIn1988() {
    eachChronology(c -> c.hasEntry("sign-agreement").within("1988-01-01", "1988-12-31")
        .reportedBy(D002));
  }

  @Test
  void theKfirFleetWasGroundedIn2015() {
    eachChronology(c -> c.hasEntry("ground-equipment").within("2015-01-01", "2015-12-31")
        .reportedBy(D000));
  }

  @Test
  void colombiaBecameANatoGlobalPartnerIn2017() {
    eachChronology(c -> c.hasEntry("join-alliance").within("2017-01-01", "2017-12-31")
        .reportedBy(D002));
  }

  @Test
  void petroTookOfficeInAugust2022() {
    eachChronology(c -> c.hasEntry("take-office").within("2022-08-01", "2022-08-31")
        .withParticipant(AGENT, "person:gustavo-petro").reportedBy(D000));
  }

  @Test
  void hamasAttackedOnOctober7MergedAcrossTwoArticles() {
    eachChronology(c -> c.hasEntry("attack").on("2023-10-07")
        .withParticipant(AGENT, "organization:hamas").reportedBy(D000, D001));
  }

  @Test
  void israelSuspendedDefenceExportsMergedFromThreeArticlesWithTheScopeInDispute() {
    eachChronology(c -> c.hasEntry("suspend").on("2023-10-16")
        .withParticipant(AGENT, ISRAEL).withParticipant(TARGET, COLOMBIA)
        .reportedBy(D000, D001, D002).withConflict(ConflictKind.SCOPE, "FULL", "PARTIAL")
        .withTitleContaining("Israel suspends").withEvidenceInSentences());
  }

  @Test
  void colombiaRecalledItsAmbassadorMergedWithTheDayInDispute() {
    eachChronology(c -> c.hasEntry("recall-ambassador").within("2023-10-31", "2023-11-01")
        .withParticipant(TARGET, ISRAEL).reportedBy(D002, D003)
        .withConflict(ConflictKind.DATE, "2023-10-31", "2023-11-01"));
  }

  @Test
  void petrosMayDayAnnouncementAndTheForeignMinistrysMergedAcrossTwoArticles() {
    eachChronology(c -> {
      c.hasEntry("make-statement").on("2024-05-01")
          .withParticipant(AGENT, "person:gustavo-petro").reportedBy(D002, D003);
      c.hasEntry("break-relations").on("2024-05-02").withParticipant(TARGET, ISRAEL)
          .reportedBy(D002, D003);
    });
  }

  @Test
  void coalExportsEndedInMidAugust2024() {
    eachChronology(c -> c.hasEntry("suspend").within("2024-08-01", "2024-08-31")
        .withParticipant(AGENT, COLOMBIA).withParticipant(TARGET, ISRAEL).reportedBy(D002));
  }

  @Test
  void eventsNotAssertedAreSetApartNeverEntries() {
    eachChronology(c -> {
      c.hasSetAside("break-relations").withFactuality(Factuality.THREATENED).reportedBy(D000);
      c.hasSetAside("break-relations").withFactuality(Factuality.HYPOTHETICAL);
      c.hasSetAside("criticize").withFactuality(Factuality.NEGATED).reportedBy(D000);
      c.hasSetAside("acquire-weapons").withFactuality(Factuality.PLANNED).reportedBy(D000);
    });
    for (Chronology c : both()) {
      assertThat(c.entries()).allMatch(e -> e.factuality() == Factuality.ASSERTED
          || e.factuality() == Factuality.REPORTED);
      assertThat(c.undated()).allMatch(e -> e.factuality() == Factuality.ASSERTED
          || e.factuality() == Factuality.REPORTED);
    }
  }

  @Test
  void undatedArticlesAreDatedFromTheOthersWithTheirEvidence() {
    ChronologyDocument d002 = inferred.findDocument(D002).orElseThrow();
    assertThat(d002.date().resolution()).isEqualTo(DateResolution.INFERRED);
    assertThat(d002.date().earliest()).isAfterOrEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(d002.date().latest()).isBeforeOrEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(d002.dateEvidence()).isNotEmpty()
        .anyMatch(e -> e.rule().equals("year-offset") && e.documentIds().contains(D003));
    ChronologyDocument d000 = inferred.findDocument(D000).orElseThrow();
    assertThat(d000.date().earliest()).isAfterOrEqualTo(LocalDate.of(2023, 10, 16));
    assertThat(d000.date().latest()).isBeforeOrEqualTo(LocalDate.of(2023, 10, 31));
    assertThat(d000.dateEvidence()).anyMatch(e -> e.documentIds().contains(D002));
    ChronologyDocument d003 = inferred.findDocument(D003).orElseThrow();
    assertThat(d003.date().earliest()).isAfterOrEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(d003.date().latest()).isBeforeOrEqualTo(LocalDate.of(2024, 5, 9));
    // every inferred interval contains the date the other run was given
    for (Map.Entry<String, LocalDate> g : GIVEN.entrySet()) {
      ChronologyDocument d = inferred.findDocument(g.getKey()).orElseThrow();
      assertThat(d.date().findLatest().orElse(LocalDate.MAX))
          .as(g.getKey()).isAfterOrEqualTo(g.getValue());
    }
  }

  @Test
  void entriesAreInChronologicalOrder() {
    for (Chronology c : both()) {
      List<ChronologyEntry> entries = c.entries();
      for (int i = 1; i < entries.size(); i++) {
        LocalDate a = day(entries.get(i - 1));
        LocalDate b = day(entries.get(i));
        assertThat(a).isBeforeOrEqualTo(b);
      }
    }
  }

  private static LocalDate day(ChronologyEntry e) {
    return e.time().findEarliest().orElse(e.time().latest());
  }
}
