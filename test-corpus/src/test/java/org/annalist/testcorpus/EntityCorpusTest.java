package org.annalist.testcorpus;

import static org.annalist.model.EntityType.LOCATION;
import static org.annalist.model.EntityType.PRODUCT;
import static org.annalist.model.EntityType.ORGANIZATION;
import static org.annalist.model.EntityType.PERSON;
import static org.annalist.testcorpus.CanonicalEntityAssert.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.Annalist;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.extraction.entities.EntityResolver;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.CanonicalEntity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.MentionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The people, organisations, places and weapons a reader finds in the five bundled articles, as
 * the default pipeline and the corpus resolver find them.
 */
class EntityCorpusTest {

  private static final String D000 = "000_0992c36e7527908a";
  private static final String D001 = "001_fa503946337120b6";
  private static final String D002 = "002_929fabcdb719644e";
  private static final String D003 = "003_23f886cc65bb6d3e";
  private static final String D004 = "004_2548ac03265b6e4d";

  private static Map<String, AnalyzedDocument> documents;
  private static Map<String, String> texts;
  private static List<CanonicalEntity> entities;

  @BeforeAll
  static void analyze() {
    CorpusResult result = Annalist.defaultPipeline().analyze(TestCorpus.corpus(), 2);
    assertThat(result.failures()).isEmpty();
    documents = result.documents().stream()
        .collect(Collectors.toMap(AnalyzedDocument::id, d -> d));
    texts = result.documents().stream()
        .collect(Collectors.toMap(AnalyzedDocument::id, AnalyzedDocument::text));
    entities = EntityResolver.create().resolve(result.documents());
  }

  private static List<EntityMention> mentions(String documentId, String text) {
    return documents.get(documentId).expect(EntityLayer.KEY).mentions().stream()
        .filter(m -> m.span().text().equals(text)).toList();
  }

  /** One expected canonical entity. */
  record Expected(String id, String name, EntityType type, List<String> documents,
      List<String> aliases, List<String> roles) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Arguments> canonicalEntities() {
    return Stream.of(
        new Expected("person:gustavo-petro", "Gustavo Petro", PERSON,
            List.of(D000, D001, D002, D003), List.of("Petro", "President Petro", "Preto"),
            List.of("President of Colombia")),
        new Expected("person:gali-dagan", "Gali Dagan", PERSON, List.of(D000),
            List.of("Dagan"), List.of("Ambassador of Israel in Bogota")),
        new Expected("person:emilio-meneses", "Emilio Meneses", PERSON, List.of(D000),
            List.of(), List.of()),
        new Expected("person:ivan-duque", "Ivan Duque", PERSON, List.of(D002), List.of(),
            List.of("President of Colombia")),
        new Expected("person:benjamin-netanyahu", "Benjamin Netanyahu", PERSON, List.of(D003),
            List.of("Netanyahu", "Prime Minister Benjamin Netanyahu"), List.of("Prime Minister")),
        new Expected("person:leon-panetta", "Leon Panetta", PERSON, List.of(D004),
            List.of("Panetta"), List.of("Secretary of Defense of the United States")),
        new Expected("person:ehud-barak", "Ehud Barak", PERSON, List.of(D004), List.of(),
            List.of("Defense Minister of Israel")),
        new Expected("person:juan-carlos-pinzon", "Juan Carlos Pinzón", PERSON, List.of(D004),
            List.of("Pinzón"), List.of("Minister of Defense of Colombia")),
        new Expected("person:juan-manuel-santos", "Juan Manuel Santos", PERSON, List.of(D004),
            List.of("Santos"), List.of()),
        new Expected("organization:israel-aerospace-industries", "Israel Aerospace Industries",
            ORGANIZATION, List.of(D000), List.of("IAI"), List.of()),
        new Expected("organization:israel-weapons-industries", "Israel Weapons Industries",
            ORGANIZATION, List.of(D000), List.of("IWI"), List.of()),
        new Expected("organization:indumil", "INDUMIL", ORGANIZATION, List.of(D000), List.of(),
            List.of()),
        new Expected("organization:hamas", "Hamas", ORGANIZATION, List.of(D000, D001),
            List.of(), List.of()),
        new Expected("organization:nato", "NATO", ORGANIZATION, List.of(D002, D003),
            List.of("Atlantic Alliance"), List.of()),
        new Expected("location:colombia", "Colombia", LOCATION,
            List.of(D000, D001, D002, D003, D004), List.of("Colombian", "Colombians"), List.of()),
        new Expected("location:israel", "Israel", LOCATION,
            List.of(D000, D001, D002, D003, D004), List.of("Israeli", "Israelis"), List.of()),
        new Expected("location:gaza", "Gaza", LOCATION, List.of(D000, D001, D002, D003),
            List.of("Gaza Strip"), List.of()))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalEntities")
  void canonicalEntityAcrossTheCorpus(Expected expected) {
    CanonicalEntity entity = entity(entities, expected.id());
    CanonicalEntityAssert.assertThat(entity)
        .isNamed(expected.name())
        .hasType(expected.type())
        .isMentionedIn(expected.documents().toArray(String[]::new))
        .hasAliases(expected.aliases().toArray(String[]::new))
        .hasEvidenceIn(texts);
    for (String role : expected.roles()) {
      CanonicalEntityAssert.assertThat(entity).hasRole(role);
    }
  }

  @Test
  void petroIsOnePersonUnderEveryForm() {
    CanonicalEntityAssert.assertThat(entity(entities, "person:gustavo-petro"))
        .hasMention(D000, "Gustavo Petro")
        .hasMention(D000, "Preto")
        .hasMention(D001, "Petro")
        .hasMention(D003, "Gustavo Petro");
    assertThat(mentions(D000, "Preto")).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MentionKind.VARIANT);
      assertThat(m.entityId()).isEqualTo("person:gustavo-petro");
    });
    assertThat(entities).extracting(CanonicalEntity::id)
        .doesNotContain("person:petro", "person:preto");
  }

  @Test
  void pythonMissilesAreProductsNotSnakesOrPeople() {
    assertThat(mentions(D000, "Python III")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(PRODUCT));
    assertThat(mentions(D000, "Python IV")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(PRODUCT));
  }

  @Test
  void barakMxIsAWeaponAndEhudBarakAPerson() {
    assertThat(mentions(D000, "Barak MX")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo(PRODUCT));
    assertThat(mentions(D000, "Barak")).isEmpty();
    assertThat(mentions(D004, "Ehud Barak")).hasSize(2)
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("person:ehud-barak"));
    CanonicalEntityAssert.assertThat(entity(entities, "product:barak-mx")).hasType(PRODUCT)
        .isMentionedIn(D000);
  }

  @Test
  void rafaelAloneIsTheCompanyAndRafaelEitanAPerson() {
    assertThat(mentions(D000, "Rafael")).hasSize(2).allSatisfy(m -> {
      assertThat(m.type()).isEqualTo(ORGANIZATION);
      assertThat(m.entityId()).isEqualTo("organization:rafael-advanced-defense-systems");
    });
    CanonicalEntityAssert.assertThat(entity(entities,
            "organization:rafael-advanced-defense-systems"))
        .isNamed("Rafael Advanced Defense Systems")
        .hasAliases("Rafael")
        .isMentionedIn(D000);
    CanonicalEntityAssert.assertThat(entity(entities, "person:rafael-eitan"))
        .hasType(PERSON).hasAliases("Eitan").isMentionedIn(D002);
  }

  @Test
  void galilKfirAndSpikeAreWeapons() {
    CanonicalEntityAssert.assertThat(entity(entities, "product:galil")).hasType(PRODUCT)
        .isMentionedIn(D000, D002, D004);
    CanonicalEntityAssert.assertThat(entity(entities, "product:kfir")).hasType(PRODUCT)
        .hasAliases("Kfirs").isMentionedIn(D000);
    CanonicalEntityAssert.assertThat(entity(entities, "product:spike")).hasType(PRODUCT)
        .isMentionedIn(D000);
    for (String weapon : List.of("Galil", "Kfir", "Kfirs", "Spike")) {
      assertThat(mentions(D000, weapon)).as(weapon).isNotEmpty()
          .allSatisfy(m -> assertThat(m.type()).as(weapon).isEqualTo(PRODUCT));
    }
  }

  @Test
  void capitalsStandForTheirGovernments() {
    List<EntityMention> bogota = mentions(D003, "Bogota");
    assertThat(bogota).hasSize(2);
    assertThat(bogota.get(0).standsFor()).as("Bogota plans to remove...")
        .isEqualTo("location:colombia");
    assertThat(bogota.get(1).standsFor()).as("...supporters in Bogota").isNull();
    assertThat(mentions(D003, "Tel Aviv")).hasSize(3)
        .extracting(EntityMention::standsFor)
        .containsExactly("location:israel", null, "location:israel");
    assertThat(mentions(D000, "Bogota")).singleElement()
        .satisfies(m -> assertThat(m.standsFor()).as("Ambassador in Bogota").isNull());
    CanonicalEntityAssert.assertThat(entity(entities, "location:bogota"))
        .isMentionedIn(D000, D001, D003);
  }

  @Test
  void everyCanonicalEntityHasSoundEvidence() {
    assertThat(entities).isNotEmpty();
    assertThat(entities).extracting(CanonicalEntity::id).isSorted().doesNotHaveDuplicates();
    for (CanonicalEntity entity : entities) {
      CanonicalEntityAssert.assertThat(entity).hasEvidenceIn(texts);
    }
  }
}
