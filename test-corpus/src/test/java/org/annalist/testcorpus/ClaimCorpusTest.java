package org.annalist.testcorpus;

import static org.annalist.model.ChannelType.INTERVIEW;
import static org.annalist.model.ChannelType.PRESS_RELEASE;
import static org.annalist.model.ChannelType.SOCIAL_MEDIA;
import static org.annalist.model.ClaimKind.DIRECT;
import static org.annalist.model.ClaimKind.INDIRECT;
import static org.annalist.model.ClaimKind.MIXED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.Annalist;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.extraction.claims.ClaimStage;
import org.annalist.model.AnalyzedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Who said what in the five bundled articles, as the default pipeline's claims stage finds it:
 * the statements a reader would check, with their sources resolved to the document's entities,
 * and the soundness of every claim of every article.
 */
class ClaimCorpusTest {

  private static final String D000 = "000_0992c36e7527908a";
  private static final String D001 = "001_fa503946337120b6";
  private static final String D002 = "002_929fabcdb719644e";
  private static final String D003 = "003_23f886cc65bb6d3e";
  private static final String D004 = "004_2548ac03265b6e4d";

  private static final String PETRO = "person:gustavo-petro";

  private static Map<String, AnalyzedDocument> documents;

  @BeforeAll
  static void analyze() {
    CorpusResult result = Annalist.defaultPipeline().analyze(TestCorpus.corpus(), 2);
    assertThat(result.failures()).isEmpty();
    documents = result.documents().stream()
        .collect(Collectors.toMap(AnalyzedDocument::id, d -> d));
    assertThat(documents).containsOnlyKeys(TestCorpus.IDS);
  }

  private static ClaimAssert claims(String id) {
    return ClaimAssert.assertThat(documents.get(id));
  }

  // 000: Defense News on Israel suspending defense sales to Colombia

  @Test
  void petroWroteTwoQuotesOnXOnSunday() {
    claims(D000).hasClaim()
        .withContent("“If we must suspend diplomatic relations with Israel, then that is what we"
            + " will do,”", "“You cannot insult the president of Colombia.”")
        .withKind(DIRECT)
        .withSourceEntity(PETRO)
        .withCue("write")
        .withChannel(SOCIAL_MEDIA, "on X")
        // the time layer covers "Sunday" of "on Sunday", without the preposition
        .withTime("Sunday");
  }

  @Test
  void theIsraeliForeignAffairsMinistrySaidItInANewsRelease() {
    claims(D000).hasClaim()
        .withContentContaining("defense cooperation between the countries would be suspended")
        .withKind(INDIRECT)
        .withSourceText("the Israeli Foreign Affairs Ministry")
        .withSourceEntity("organization:israeli-foreign-affairs-ministry")
        .withCue("say")
        .withChannel(PRESS_RELEASE, "in a news release");
  }

  @Test
  void emilioMenesesToldDefenseNews() {
    claims(D000).hasClaim()
        .withContentContaining("“outburst of criticism against Israel, which could have been"
            + " expressed in a more appropriate language")
        .withKind(MIXED)
        .withSourceEntity("person:emilio-meneses")
        .withCue("tell")
        .withAddresseeEntity("organization:defense-news")
        .withChannel(INTERVIEW, "told Defense News");
  }

  @Test
  void concentrationCampIsPartOfPetrosStatement() {
    // the article writes the quotation with its full stop inside: “concentration camp.”
    claims(D000).hasClaim()
        .withContentContaining("“concentration camp.”")
        .withSourceEntity(PETRO);
  }

  @Test
  void genocideIsPartOfPetrosStatement() {
    // 'describing its military campaign in Gaza as “genocide”': the quotation is Petro's words
    claims(D000).hasClaim()
        .withContentContaining("“genocide”")
        .withSourceEntity(PETRO);
  }

  @Test
  void scareQuotesAreNotClaimsOfTheirOwn() {
    claims(D000)
        .hasNoClaimMadeOf("“concentration camp.”")
        .hasNoClaimMadeOf("“genocide”");
  }

  // 001: Israel halts security exports to Colombia

  @Test
  void presidentPetroStatedHisCountryDoesNotSupportGenocide() {
    claims(D001).hasClaim()
        .withContentContaining("that his country does not support “genocide”")
        .withKind(MIXED)
        .withSourceText("President Petro")
        .withSourceEntity(PETRO)
        .withCue("state");
  }

  // 002: Colombia, Israel and the US

  @Test
  void ivanDuqueSaidIn2020ThatColombiaIsIsraelsNumberOneAlly() {
    claims(D002).hasClaim()
        .withContentContaining("Colombia is the number one ally of Israel in Latin America and"
            + " the Caribbean")
        .withKind(INDIRECT)
        .withSourceEntity("person:ivan-duque")
        .withCue("say")
        .withTime("2020");
  }

  @Test
  void danCohenSaidEitansExpertiseMadeHimThePerfectMan() {
    claims(D002).hasClaim()
        .withContentContaining("that Eitan's expertise in waging war against the Palestinian"
            + " peasant population made him the perfect man for the job")
        .withKind(INDIRECT)
        .withSourceText("Journalist Dan Cohen")
        .withSourceEntity("person:dan-cohen")
        .withCue("say");
  }

  // 003: Colombia severs relations with Israel (World Socialist Web Site)

  @Test
  void petrosMayDayWordsArePetros() {
    claims(D003).hasClaim()
        .withContentContaining("that one word summarizes “the necessity of life, rebellion, the"
            + " raised flag and resistance.")
        .withKind(MIXED)
        .withSourceText("He")
        .withSourceEntity(PETRO)
        .withCue("say");
  }

  @Test
  void petroTweetedThatUsSupportHasSetTheWorldAblaze() {
    claims(D003).hasClaim()
        .withContent("“US support, in practice, for a genocide, has set the world ablaze.”")
        .withKind(DIRECT)
        .withSourceText("he")
        .withSourceEntity(PETRO)
        .withCue("tweet")
        .withChannel(SOCIAL_MEDIA, "tweeted");
  }

  @Test
  void lopezObradorAskedHowTheyCanPretendToBeWorldJudges() {
    claims(D003).hasClaim()
        .withContent("“How are they going to pretend they’re world judges on the defense of human"
            + " rights?”")
        .withKind(DIRECT)
        .withSourceText("he")
        .withSourceEntity("person:andres-manuel-lopez-obrador")
        .withCue("say");
  }

  @Test
  void trotskyWroteTheQuotation() {
    claims(D003).hasClaim()
        .withContentContaining("“A democratic or national liberation movement may offer the"
            + " bourgeoisie an opportunity")
        .withSourceEntity("person:leon-trotsky")
        .withCue("write");
  }

  @Test
  void trotskyWroteItIn1928() {
    claims(D003).hasClaim()
        .withContentContaining("“A democratic or national liberation movement may offer the"
            + " bourgeoisie an opportunity")
        .withSourceEntity("person:leon-trotsky")
        .withTime("1928")
        .withKind(DIRECT)
        .withContent("“A democratic or national liberation movement may offer the bourgeoisie an"
            + " opportunity to deepen and broaden its possibilities for exploitation. Independent"
            + " intervention of the proletariat on the revolutionary arena threatens to deprive"
            + " the bourgeoisie of the possibility to exploit altogether.”");
  }

  // 004: Panetta and Barak in Colombia (a blog post)

  @Test
  void pinzonSaidTwoSentencesLastWeek() {
    claims(D004).hasClaim()
        .withContent("“We want to establish strategic relations, and share information and"
            + " military doctrine,”",
            "“We want a permanent relationship that transcends simple commercial ties.”")
        .withKind(DIRECT)
        .withSourceText("Pinzón")
        .withSourceEntity("person:juan-carlos-pinzon")
        .withCue("say")
        .withTime("last week");
  }

  // every article

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void everyClaimSpanMatchesTheText(String id) {
    claims(id).hasClaim().hasSpansMatchingTheText();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void theArticlesOwnClaimsHaveNoSourceOrCue(String id) {
    claims(id).hasArticleClaimsWithoutParties();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void everyClaimTimeIsAnExpressionOfTheTimeLayer(String id) {
    claims(id).hasTimesInTheTimeLayer();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void everyResolvedPartyIsAnEntityOfTheDocument(String id) {
    claims(id).hasPartiesAmongTheEntities();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void claimsAreOrderedByTheirFirstContentSpan(String id) {
    claims(id).isOrderedWithoutDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.annalist.testcorpus.TestCorpus#IDS")
  void theClaimsStageSkipsNoSentence(String id) {
    assertThat(documents.get(id).itemFailures())
        .filteredOn(f -> f.stage().equals(ClaimStage.NAME))
        .isEmpty();
  }
}
