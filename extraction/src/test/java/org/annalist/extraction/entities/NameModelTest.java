package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

/** How the model's names combine with the rules, with a stand-in model. */
class NameModelTest {

  /** Tags every capitalised word that is not the first of its sentence as a person. */
  private static final NameRecognizer EVERY_CAPITAL_A_PERSON = new NameRecognizer() {
    @Override
    public String name() {
      return "stand-in";
    }

    @Override
    public List<List<Name>> recognize(List<List<String>> sentences) {
      List<List<Name>> out = new ArrayList<>();
      for (List<String> sentence : sentences) {
        List<Name> names = new ArrayList<>();
        for (int i = 1; i < sentence.size(); i++) {
          if (Character.isUpperCase(sentence.get(i).charAt(0))) {
            names.add(new Name(i, i + 1, EntityType.PERSON, 0.6));
          }
        }
        out.add(names);
      }
      return out;
    }
  };

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(EntityStage.create(EntityModels.of(Gazetteer.load(), EVERY_CAPITAL_A_PERSON)))
      .build();

  /** The entity layer of a text analysed with the gazetteers and the given stand-in model. */
  private static EntityLayer analyze(NameRecognizer model, String text) {
    return Pipeline.builder()
        .add(TextStage.create(EnglishModels.load()))
        .add(EntityStage.create(EntityModels.of(Gazetteer.load(), model)))
        .build()
        .analyze("doc", text)
        .expect(EntityLayer.KEY);
  }

  private static EntityMention mention(EntityLayer layer, String text) {
    return EntityRulesTest.mention(layer, text);
  }

  @Test
  void modelFillsWhatTheRulesDoNotKnowAndOnlyStrongRulesOverruleIt() {
    EntityLayer layer = PIPELINE.analyze("doc", "Yesterday Zubrowski bought Python III missiles"
        + " from Israel Aerospace Industries in Bogota.").expect(EntityLayer.KEY);
    EntityMention person = mention(layer, "Zubrowski");
    assertThat(person.type()).isEqualTo(EntityType.PERSON);
    assertThat(person.provenance().rule()).isEqualTo("model:stand-in");
    assertThat(person.provenance().confidence()).isEqualTo(0.6);
    assertThat(mention(layer, "Python III").type()).isEqualTo(EntityType.PRODUCT);
    assertThat(mention(layer, "Israel Aerospace Industries").type())
        .isEqualTo(EntityType.ORGANIZATION);
    // A gazetteer entry is evidence, not an override: the model's reading of the word stands.
    assertThat(mention(layer, "Bogota").type()).isEqualTo(EntityType.PERSON);
    assertThat(mention(layer, "Bogota").provenance().rule()).startsWith("model:stand-in");
    assertThat(layer.models()).startsWith("stand-in");
  }

  @Test
  void modelPersonWithTitleLosesTheTitle() {
    EntityLayer layer = PIPELINE.analyze("doc", "Reporters said President Okonkwo resigned.")
        .expect(EntityLayer.KEY);
    assertThat(layer.mentions()).extracting(m -> m.span().text()).contains("Okonkwo")
        .doesNotContain("President");
  }

  /** Tags every run of capitalised words that does not start its sentence as an organisation. */
  private static final NameRecognizer CAPITAL_RUNS_ORGANISATIONS = new NameRecognizer() {
    @Override
    public String name() {
      return "runs";
    }

    @Override
    public List<List<Name>> recognize(List<List<String>> sentences) {
      List<List<Name>> out = new ArrayList<>();
      for (List<String> sentence : sentences) {
        List<Name> names = new ArrayList<>();
        int i = 1;
        while (i < sentence.size()) {
          int j = i;
          while (j < sentence.size() && Character.isUpperCase(sentence.get(j).charAt(0))) {
            j++;
          }
          if (j > i) {
            names.add(new Name(i, j, EntityType.ORGANIZATION, 0.3));
          }
          i = j + 1;
        }
        out.add(names);
      }
      return out;
    }
  };

  @Test
  void oneWordOrganisationThatStartsALongerOneIsItsShortName() {
    EntityLayer layer = analyze(CAPITAL_RUNS_ORGANISATIONS, "Missiles were made by Rafael."
        + " Buyers trust Rafael Advanced Defense Systems. The Colombian Air Force flies jets."
        + " Last year the Air Force grounded them.");
    assertThat(mention(layer, "Rafael").entityId())
        .isEqualTo("organization:rafael-advanced-defense-systems");
    assertThat(mention(layer, "Air Force").entityId())
        .isEqualTo("organization:colombian-air-force");
  }
  @Test
  void modelReadsHyphenatedNamesWholeAndJoinedModifiersApart() {
    List<String> read = new ArrayList<>();
    NameRecognizer runsWithCapitals = new NameRecognizer() {
      @Override
      public String name() {
        return "capitals";
      }

      @Override
      public List<List<Name>> recognize(List<List<String>> sentences) {
        List<List<Name>> out = new ArrayList<>();
        for (List<String> sentence : sentences) {
          read.addAll(sentence);
          List<Name> names = new ArrayList<>();
          int i = 1;
          while (i < sentence.size()) {
            int j = i;
            while (j < sentence.size() && !sentence.get(j).equals(sentence.get(j).toLowerCase())) {
              j++;
            }
            if (j > i) {
              names.add(new Name(i, j, EntityType.PERSON, 0.3));
            }
            i = j + 1;
          }
          out.add(names);
        }
        return out;
      }
    };
    EntityLayer layer = analyze(runsWithCapitals, "Reporters met Jean-Pierre Dupont and"
        + " Kim In-so beside Zorvex-made drones and pro-Kalvia crowds.");
    assertThat(read).contains("Jean-Pierre", "In-so", "pro-Kalvia", "Zorvex", "-", "made")
        .doesNotContain("Jean", "Pierre", "Zorvex-made");
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .contains("Jean-Pierre Dupont", "Kim In-so", "Zorvex", "Kalvia")
        .doesNotContain("Zorvex-made", "pro-Kalvia", "Jean", "Pierre Dupont");
  }
  @Test
  void lowerCaseWordOtherThanAParticleSplitsAModelName() {
    NameRecognizer firstThreeWords = new NameRecognizer() {
      @Override
      public String name() {
        return "first-three";
      }

      @Override
      public List<List<Name>> recognize(List<List<String>> sentences) {
        return sentences.stream()
            .map(sentence -> List.of(new Name(0, 3, EntityType.ORGANIZATION, 0.3)))
            .toList();
      }
    };
    EntityLayer layer =
        analyze(firstThreeWords, "Zorvex sues Kalvia over patents.\n\nBanca dello Stato said so.");
    assertThat(layer.mentions()).extracting(m -> m.span().text())
        .containsExactly("Zorvex", "Kalvia", "Banca dello Stato");
  }
}
