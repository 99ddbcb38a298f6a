package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.MentionKind;
import org.junit.jupiter.api.Test;

/** Each rule of the entity stage on short made-up sentences, without the statistical model. */
class EntityRulesTest {

  private static final EnglishModels TEXT = EnglishModels.load();
  private static final Pipeline RULES = Pipeline.builder()
      .add(TextStage.create(TEXT))
      .add(EntityStage.create(EntityModels.rulesOnly()))
      .build();

  static EntityLayer analyze(String text) {
    return RULES.analyze("test", text).expect(EntityLayer.KEY);
  }

  static EntityMention mention(EntityLayer layer, String text) {
    return findMention(layer, text).orElseThrow(() -> new AssertionError(
        "no mention \"" + text + "\" among "
            + layer.mentions().stream().map(m -> m.span().text() + "/" + m.type()).toList()));
  }

  static Optional<EntityMention> findMention(EntityLayer layer, String text) {
    return layer.mentions().stream().filter(m -> m.span().text().equals(text)).findFirst();
  }

  static Entity entity(EntityLayer layer, String id) {
    return layer.findEntity(id).orElseThrow(() -> new AssertionError(
        "no entity " + id + " among " + layer.entities().stream().map(Entity::id).toList()));
  }

  @Test
  void demonymIsAMiscMentionOfItsCountry() {
    EntityLayer layer = analyze("Colombian officials met Israeli diplomats on Monday.");
    EntityMention colombian = mention(layer, "Colombian");
    assertThat(colombian.type()).isEqualTo(EntityType.MISC);
    assertThat(colombian.kind()).isEqualTo(MentionKind.DEMONYM);
    assertThat(colombian.entityId()).isEqualTo("location:colombia");
    assertThat(mention(layer, "Israeli").entityId()).isEqualTo("location:israel");
    assertThat(entity(layer, "location:colombia").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void possessiveIsNotPartOfTheMention() {
    EntityLayer layer = analyze("Colombia’s president spoke about Israel's decision.");
    assertThat(mention(layer, "Colombia").entityId()).isEqualTo("location:colombia");
    assertThat(mention(layer, "Israel").entityId()).isEqualTo("location:israel");
  }

  @Test
  void titleBeforeANameMakesAPersonWithARole() {
    EntityLayer layer = analyze(
        "Colombian President Gustavo Petro spoke on Monday. Later, President Petro left.");
    EntityMention full = mention(layer, "Gustavo Petro");
    assertThat(full.type()).isEqualTo(EntityType.PERSON);
    assertThat(full.entityId()).isEqualTo("person:gustavo-petro");
    Entity petro = entity(layer, "person:gustavo-petro");
    assertThat(petro.roles()).containsExactly("President of Colombia");
    assertThat(petro.aliases()).contains("Petro", "President Petro");
    assertThat(layer.mentionsOf(petro)).extracting(m -> m.span().text())
        .containsExactly("Gustavo Petro", "Petro");
  }

  @Test
  void titleInAppositionToAPossessiveCountry() {
    EntityLayer layer = analyze(
        "Colombia's president at the time, Ivan Duque, said Colombia was an ally.");
    assertThat(entity(layer, "person:ivan-duque").roles()).containsExactly("President of Colombia");
  }

  @Test
  void titlesWithComplementsAndCountries() {
    EntityLayer layer = analyze("U.S. Secretary of Defense Leon Panetta met Israeli Ambassador in"
        + " Bogota Gali Dagan. The Director of the CIA, David Petraeus, was there.");
    assertThat(entity(layer, "person:leon-panetta").roles())
        .containsExactly("Secretary of Defense of the United States");
    assertThat(entity(layer, "person:gali-dagan").roles())
        .containsExactly("Ambassador of Israel in Bogota");
    assertThat(entity(layer, "person:david-petraeus").roles())
        .containsExactly("Director of the CIA");
    assertThat(mention(layer, "Bogota").type()).isEqualTo(EntityType.LOCATION);
    assertThat(mention(layer, "Bogota").standsFor()).isNull();
  }

  @Test
  void pluralTitleIsSharedByCoordinatedNames() {
    EntityLayer layer = analyze("Defense Ministers Smithson and Jorgensen met in Lima.");
    assertThat(mention(layer, "Smithson").type()).isEqualTo(EntityType.PERSON);
    assertThat(mention(layer, "Jorgensen").type()).isEqualTo(EntityType.PERSON);
    assertThat(entity(layer, "person:jorgensen").roles()).containsExactly("Defense Minister");
  }

  @Test
  void organisationHeadWordsAndInitials() {
    EntityLayer layer = analyze("Engines are made by Northwind Aerospace Industries in Texas."
        + " NAI also repairs them, the Patriotic Union Party said.");
    EntityMention full = mention(layer, "Northwind Aerospace Industries");
    assertThat(full.type()).isEqualTo(EntityType.ORGANIZATION);
    EntityMention acronym = mention(layer, "NAI");
    assertThat(acronym.kind()).isEqualTo(MentionKind.ACRONYM);
    assertThat(acronym.entityId()).isEqualTo("organization:northwind-aerospace-industries");
    assertThat(mention(layer, "Patriotic Union Party").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void hyphenatedGazetteerNameMatchesHoweverTheHyphenIsTokenised() {
    EntityLayer layer = analyze("Shoppers left Wal-Mart on Monday. Analysts said Wal - Mart"
        + " would recover.");
    assertThat(layer.mentions()).filteredOn(m -> m.entityId().equals("organization:walmart"))
        .extracting(m -> m.span().text())
        .containsExactly("Wal-Mart", "Wal - Mart");
  }

  @Test
  void acronymDefinedInParentheses() {
    EntityLayer layer = analyze("The Office of Budget Planning (OBP) said the figures were late."
        + " Later the OBP apologised.");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("OBP"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("organization:office-of-budget-planning"));
  }

  @Test
  void genericOrganisationIsQualifiedByItsCountry() {
    EntityLayer layer = analyze(
        "The Colombian Air Force said it was ready. The Air Force grounded its jets in 2015.");
    Entity force = entity(layer, "organization:colombian-air-force");
    assertThat(force.name()).isEqualTo("Colombian Air Force");
    assertThat(layer.mentionsOf(force)).extracting(m -> m.span().text())
        .containsExactly("Air Force", "Air Force");
  }

  @Test
  void codesAndRomanNumeralsMakeProducts() {
    EntityLayer layer = analyze("The jets carry Python III and Python IV missiles, and the"
        + " A-29 Super Tucano flies with them. King Henry VIII was not consulted.");
    assertThat(mention(layer, "Python III").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Python IV").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "A-29 Super Tucano").type()).isEqualTo(EntityType.PRODUCT);
    // A regnal number after a title or given name belongs to a person.
    assertThat(mention(layer, "Henry VIII").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aCapitalisedTitleBeforeACompanysHeadWordIsPartOfTheCompany() {
    EntityLayer layer = analyze("General Motors said it would recall the cars.");
    assertThat(mention(layer, "General Motors").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(layer.mentions()).noneMatch(m -> m.type() == EntityType.PERSON);
  }

  @Test
  void aCapitalisedProductNounIsPartOfTheProduct() {
    EntityLayer layer = analyze("The Zorbex Composite Index lost 3 percent on Monday.");
    assertThat(mention(layer, "Zorbex Composite Index").type()).isEqualTo(EntityType.PRODUCT);
  }

  @Test
  void aMarketIndexTheTextMovesIsAProduct() {
    EntityLayer layer = analyze("In Europe, the FTSE and the DAX fell, and the Hang Seng"
        + " dropped 2 percent. Nikkei said it would publish the data.");
    for (String index : List.of("FTSE", "DAX", "Hang Seng")) {
      assertThat(mention(layer, index).type()).as(index).isEqualTo(EntityType.PRODUCT);
    }
    // Not moved: the newspaper publisher named like the index is not a product.
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("Nikkei"))
        .noneMatch(m -> m.type() == EntityType.PRODUCT);
  }

  @Test
  void shortCodeNeedsAProductNoun() {
    EntityLayer layer = analyze("Colombia wants the Zorro MX air defense system. Zorro MX is"
        + " costly.");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("Zorro MX"))
        .extracting(EntityMention::type)
        .containsExactly(EntityType.PRODUCT, EntityType.PRODUCT);
    // Without a product noun in the document, the short code is no product.
    assertThat(analyze("Zorro MX said so.").mentions())
        .filteredOn(m -> m.span().text().equals("Zorro MX"))
        .extracting(EntityMention::type).containsExactly(EntityType.PERSON);
  }

  @Test
  void nameBeforeAProductNounIsAProductEverywhere() {
    EntityLayer layer = analyze("The air force has 24 Kestrel fighters. Its Kestrel fleet is old,"
        + " and the Kestrels need parts. Troops carry the Galil and Tavor assault rifles.");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().startsWith("Kestrel"))
        .hasSize(3)
        .allSatisfy(m -> {
          assertThat(m.type()).isEqualTo(EntityType.PRODUCT);
          assertThat(m.entityId()).isEqualTo("product:kestrel");
        });
    assertThat(mention(layer, "Galil").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Tavor").type()).isEqualTo(EntityType.PRODUCT);
  }

  @Test
  void makerAndModelNumberAreOneProduct() {
    EntityLayer layer = analyze("A Boeing 747 landed in Lima. The FTSE 100 fell, and Flight 370"
        + " was lost. Boeing said the Nasdaq Composite index rose. It was the worst since"
        + " World War II.");
    assertThat(mention(layer, "World War II").type()).isEqualTo(EntityType.MISC);
    assertThat(mention(layer, "Boeing 747").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "FTSE 100").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Nasdaq Composite").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .doesNotContain("Flight 370", "Nasdaq");
  }

  @Test
  void anUnknownAcronymIsNoOrganisationUnlessSomethingDefinesIt() {
    EntityLayer layer = analyze("The CEO met at 9 a.m. EST, and the Lima Bird Society (LBS)"
        + " said LBS members would vote.");
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .doesNotContain("CEO", "EST");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("LBS")).hasSize(2)
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("organization:lima-bird-society"));
  }

  @Test
  void loneFirstWordOfAnOrganisationIsTheOrganisation() {
    EntityLayer layer = analyze("The missiles come from Rafael Advanced Defense Systems."
        + " The Spike weapon from Rafael is cheaper.");
    EntityMention rafael = layer.mentions().stream()
        .filter(m -> m.span().text().equals("Rafael")).findFirst().orElseThrow();
    assertThat(rafael.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(rafael.entityId()).isEqualTo("organization:rafael-advanced-defense-systems");
    assertThat(mention(layer, "Spike").type()).isEqualTo(EntityType.PRODUCT);
  }

  @Test
  void loneFirstNameOfAPersonStaysAPerson() {
    EntityLayer layer = analyze("Former agent Rafael Eitan arrived. Rafael said hello.");
    EntityMention rafael = layer.mentions().stream()
        .filter(m -> m.span().text().equals("Rafael")).findFirst().orElseThrow();
    assertThat(rafael.entityId()).isEqualTo("person:rafael-eitan");
  }

  @Test
  void oneSlipTypoOfASurnameIsAVariant() {
    EntityLayer layer = analyze("President Gustavo Petro spoke. Petro left. Relations chilled"
        + " after Preto became president. Pedro Gomez, an analyst, disagreed.");
    EntityMention preto = mention(layer, "Preto");
    assertThat(preto.kind()).isEqualTo(MentionKind.VARIANT);
    assertThat(preto.entityId()).isEqualTo("person:gustavo-petro");
    // A given name one slip from the surname is not a typo of it.
    assertThat(mention(layer, "Pedro Gomez").entityId()).isEqualTo("person:pedro-gomez");
  }

  @Test
  void capitalStandingForItsGovernment() {
    EntityLayer layer = analyze("Bogota plans to remove its diplomats. The breaking of relations"
        + " with Tel Aviv was expected. He lives in Bogota.");
    List<EntityMention> bogota = layer.mentions().stream()
        .filter(m -> m.span().text().equals("Bogota")).toList();
    assertThat(bogota).hasSize(2);
    assertThat(bogota.get(0).standsFor()).isEqualTo("location:colombia");
    assertThat(bogota.get(0).entityId()).isEqualTo("location:bogota");
    assertThat(bogota.get(1).standsFor()).isNull();
    assertThat(mention(layer, "Tel Aviv").standsFor()).isEqualTo("location:israel");
    // The country is an entity even though the text never names it.
    assertThat(entity(layer, "location:colombia").name()).isEqualTo("Colombia");
  }

  @Test
  void titleCaseHeadlineOnlyKeepsKnownNames() {
    EntityLayer layer = analyze(
        "Defense Chiefs Visit Colombia As Talks Resume\n\nThe chiefs arrived in Colombia today.");
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .containsExactly("Colombia", "Colombia");
  }

  @Test
  void idsAreFoldedAndStable() {
    EntityLayer layer = analyze("Minister Juan Carlos Pinzón visited Medellín.");
    assertThat(mention(layer, "Juan Carlos Pinzón").entityId())
        .isEqualTo("person:juan-carlos-pinzon");
    assertThat(mention(layer, "Medellín").entityId()).isEqualTo("location:medellin");
  }

  @Test
  void everyMentionBelongsToAnEntityThatListsIt() {
    EntityLayer layer = analyze("Colombian President Gustavo Petro met NATO officials in Brussels."
        + " Petro said the Spike missiles were ready.");
    for (int i = 0; i < layer.mentions().size(); i++) {
      EntityMention m = layer.mentions().get(i);
      Entity owner = entity(layer, m.entityId());
      assertThat(owner.mentions()).contains(i);
    }
  }

  @Test
  void eventsAreNamedWhereTheTextSaysTheyAreHeld() {
    EntityLayer layer = analyze("Jobs spoke at the company's annual Worldwide Developers"
        + " Conference (WWDC) in San Francisco. The Second World War ended in 1945.");
    assertThat(mention(layer, "Worldwide Developers Conference").type())
        .isEqualTo(EntityType.MISC);
    assertThat(mention(layer, "WWDC").type()).isEqualTo(EntityType.MISC);
    assertThat(mention(layer, "Second World War").type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void aNameMadeAnAdjectiveIsNoMentionOfIt() {
    EntityLayer layer = analyze("The Intel-based laptop joined a US-led coalition. Israel"
        + " Weapons Industries-made rifles were sold.");
    assertThat(mention(layer, "Intel-based").type()).isEqualTo(EntityType.MISC);
    assertThat(mention(layer, "US-led").type()).isEqualTo(EntityType.MISC);
    assertThat(findMention(layer, "Intel")).isEmpty();
    // a maker stays a mention: the rifles are made by the company
    assertThat(mention(layer, "Israel Weapons Industries").type())
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aPluralTitlesComplementDoesNotMakePeopleOfTheNamesAfterIt() {
    EntityLayer layer = analyze("Representatives of First Bank, Norwest and Banc One said"
        + " nothing.");
    assertThat(layer.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(m -> m.span().text()).doesNotContain("Norwest", "Banc One");
  }

  @Test
  void commonNounAcronymsAndHolidaysAreNoNames() {
    EntityLayer layer = analyze("Sales of the TV rose before Christmas, and GDP grew.");
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .doesNotContain("TV", "Christmas", "GDP");
  }
}
