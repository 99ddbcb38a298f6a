package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The model's names are the default reading and the rules are evidence: which rules overrule the
 * model, and which lose to it. A stand-in model names given word sequences with given types.
 */
class EvidenceSelectionTest {

  /** Names every occurrence of the given word sequences, with the given type. */
  private static NameRecognizer model(Map<String, EntityType> names) {
    return new NameRecognizer() {
      @Override
      public String name() {
        return "stand-in";
      }

      @Override
      public List<List<Name>> recognize(List<List<String>> sentences) {
        List<List<Name>> out = new ArrayList<>();
        for (List<String> sentence : sentences) {
          List<Name> found = new ArrayList<>();
          for (int i = 0; i < sentence.size(); i++) {
            for (Map.Entry<String, EntityType> e : names.entrySet()) {
              String[] words = e.getKey().split(" ");
              if (i + words.length <= sentence.size()
                  && String.join(" ", sentence.subList(i, i + words.length))
                      .equals(e.getKey())) {
                found.add(new Name(i, i + words.length, e.getValue(), 0.3));
                i += words.length - 1;
                break;
              }
            }
          }
          out.add(found);
        }
        return out;
      }
    };
  }

  private static EntityLayer analyze(Map<String, EntityType> names, String text) {
    Pipeline pipeline = Pipeline.builder()
        .add(TextStage.create(EnglishModels.load()))
        .add(EntityStage.create(EntityModels.of(Gazetteer.load(), model(names))))
        .build();
    return pipeline.analyze("doc", text).expect(EntityLayer.KEY);
  }

  private static EntityMention mention(EntityLayer layer, String text) {
    return EntityRulesTest.mention(layer, text);
  }

  @Test
  void aCapitalisedRankDoesNotMakeACompanyAPerson() {
    EntityLayer layer = analyze(Map.of("General Electric", EntityType.ORGANIZATION,
        "Major League Baseball", EntityType.ORGANIZATION),
        "Shares of General Electric rose. Fans of Major League Baseball cheered.");
    assertThat(mention(layer, "General Electric").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(mention(layer, "Major League Baseball").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(layer.mentions()).noneMatch(m -> m.type() == EntityType.PERSON);
  }

  @Test
  void aTitleBeforeAGivenNameOverrulesTheModel() {
    EntityLayer layer = analyze(Map.of("Secretary of Defense Leon Panetta",
        EntityType.ORGANIZATION), "U.S. Secretary of Defense Leon Panetta visited Bogota.");
    EntityMention panetta = mention(layer, "Leon Panetta");
    assertThat(panetta.type()).isEqualTo(EntityType.PERSON);
    assertThat(panetta.provenance().rule()).startsWith("rule:title");
  }

  @Test
  void aCityGazetteerEntryLosesToTheModelsTeam() {
    EntityLayer layer = analyze(Map.of("New York", EntityType.ORGANIZATION),
        "New York beat Boston 4-2 on Sunday.");
    EntityMention team = mention(layer, "New York");
    assertThat(team.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(team.provenance().rule()).startsWith("model:stand-in");
  }

  @Test
  void aCapitalTheModelReadsAsAnOrganisationIsThePlaceStandingForItsCountry() {
    EntityLayer layer = analyze(Map.of("Tel Aviv", EntityType.ORGANIZATION),
        "Tel Aviv said the talks would resume.");
    EntityMention city = mention(layer, "Tel Aviv");
    assertThat(city.type()).isEqualTo(EntityType.LOCATION);
    assertThat(city.standsFor()).isEqualTo("location:israel");
  }

  @Test
  void aHeadWordOverrulesAPersonButNotAPlace() {
    EntityLayer layer = analyze(Map.of("Northwind Aerospace Industries", EntityType.PERSON,
        "West Bank", EntityType.LOCATION),
        "Northwind Aerospace Industries built a plant in the West Bank.");
    assertThat(mention(layer, "Northwind Aerospace Industries").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(mention(layer, "West Bank").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void theModelKeepsItsSpanWhereARuleAgreesOnTheType() {
    EntityLayer layer = analyze(Map.of("Test and County Cricket Board",
        EntityType.ORGANIZATION), "The Test and County Cricket Board met on Friday.");
    assertThat(mention(layer, "Test and County Cricket Board").type())
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void theMakerInsideAProductIsNoOrganisation() {
    EntityLayer layer = analyze(Map.of("Boeing", EntityType.ORGANIZATION,
        "Music Store", EntityType.ORGANIZATION),
        "A Boeing 747 landed. Songs from the iTunes Music Store sold well.");
    assertThat(mention(layer, "Boeing 747").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "iTunes Music Store").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(layer.mentions()).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
  }

  @Test
  void aNameInAppositionToAVersionOrAfterAProductNounIsAProduct() {
    EntityLayer layer = analyze(Map.of("Tiger", EntityType.PERSON,
        "Zorbix OS", EntityType.ORGANIZATION, "Safari", EntityType.PERSON),
        "Users are buzzing about Tiger, the newest version of Zorbix's Zorbix OS. It comes with"
            + " the web browser Safari. Tiger is fast.");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("Tiger"))
        .hasSize(2).allMatch(m -> m.type() == EntityType.PRODUCT);
    assertThat(mention(layer, "Zorbix OS").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Safari").type()).isEqualTo(EntityType.PRODUCT);
  }

  @Test
  void aProductNounDoesNotMakeTheModelsCompanyAProduct() {
    EntityLayer layer = analyze(Map.of("Zorbex", EntityType.ORGANIZATION),
        "Zorbex processors are fast, and the Smith, the tank commander, agreed.");
    assertThat(mention(layer, "Zorbex").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(layer.mentions()).noneMatch(m -> m.type() == EntityType.PRODUCT);
  }

  @Test
  void partsAndAcronymsOfAProductNameTheProductElsewhere() {
    EntityLayer layer = analyze(Map.of("Zorbook", EntityType.PERSON, "Pro", EntityType.PERSON,
        "SDK", EntityType.ORGANIZATION, "Zorbix OS X Lion", EntityType.ORGANIZATION),
        "Zorbix released the Zorbook and Zorbook Pro, the Zorbix OS X operating system and the"
            + " iZor Software Development Kit (SDK). The Zorbook is light, while the Pro is"
            + " fast. The SDK is free, and Zorbix OS X Lion is next.");
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("Zorbook"))
        .hasSize(2).allMatch(m -> m.type() == EntityType.PRODUCT);
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("SDK"))
        .hasSize(2).allMatch(m -> m.type() == EntityType.PRODUCT);
    assertThat(mention(layer, "Pro").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Zorbix OS X Lion").type()).isEqualTo(EntityType.PRODUCT);
  }

  @Test
  void aTitleAfterACompanysNameIsNotPartOfIt() {
    EntityLayer layer = analyze(Map.of("Zorbex Computer CEO", EntityType.ORGANIZATION,
        "Office of the President", EntityType.ORGANIZATION),
        "Zorbex Computer CEO Ann Lee spoke. The Office of the President replied.");
    assertThat(mention(layer, "Zorbex Computer").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(mention(layer, "Office of the President").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(layer.mentions()).noneMatch(m -> m.span().text().contains("CEO"));
  }

  @Test
  void aMiscellaneousNameThatSpeaksIsAnOrganisationThroughoutItsDocument() {
    EntityLayer layer = analyze(Map.of("Zorbus", EntityType.MISC, "Chechens", EntityType.MISC,
        "Boeing", EntityType.MISC),
        "European planemaker Zorbus said on Monday that it beat its rival Boeing. Analysts"
            + " expect Zorbus to win more orders. Chechens said they would fight.");
    // A known company is no miscellaneous name either.
    assertThat(mention(layer, "Boeing").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(layer.mentions()).filteredOn(m -> m.span().text().equals("Zorbus"))
        .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
    assertThat(mention(layer, "Chechens").type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void aNameBeforeACommaAndACountryIsAPlaceInIt() {
    EntityLayer layer = analyze(Map.of(), "Zorbanville, France\n\nShares of Zorbex, France's"
        + " largest bank, and of Automakers, Japan Inc., rose.");
    assertThat(mention(layer, "Zorbanville").type()).isEqualTo(EntityType.LOCATION);
    assertThat(layer.mentions()).noneMatch(m -> m.span().text().equals("Zorbex"));
    assertThat(layer.mentions()).noneMatch(m -> m.span().text().equals("Automakers"));
  }

  @Test
  void aTimeZoneCurrencyCodeOrTitleAloneIsNoName() {
    EntityLayer layer = analyze(Map.of("EST", EntityType.ORGANIZATION,
        "USD", EntityType.ORGANIZATION, "CEO", EntityType.ORGANIZATION,
        "Zorbex", EntityType.ORGANIZATION),
        "At 9 a.m. EST the CEO of Zorbex paid 5 million USD for it.");
    assertThat(layer.mentions()).extracting(m -> m.span().text()).containsExactly("Zorbex");
  }
}
