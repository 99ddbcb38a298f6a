package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void idsFoldAccentsCaseAndPunctuation() {
    assertThat(Names.id(EntityType.PERSON, "Juan Carlos Pinzón")).isEqualTo("person:juan-carlos-pinzon");
    assertThat(Names.id(EntityType.ORGANIZATION, "Israel Aerospace Industries"))
        .isEqualTo("organization:israel-aerospace-industries");
    assertThat(Names.id(EntityType.LOCATION, "Bogotá")).isEqualTo("location:bogota");
    assertThat(Names.id(EntityType.PERSON, "Conan O’Brien")).isEqualTo("person:conan-obrien");
    assertThat(Names.id(EntityType.MISC, "A-29  Super Tucano")).isEqualTo("misc:a-29-super-tucano");
  }

  /**
   * Letters outside the BMP are two UTF-16 units: ids and keys keep them whole (they used to be
   * dropped from ids, char by char), marks outside the BMP are folded away whole.
   */
  @Test
  void idsAndKeysKeepCharactersOutsideTheBmpWhole() {
    String bold = "\uD835\uDC01\uD835\uDC28\uD835\uDC20\uD835\uDC28"; // 𝐁𝐨𝐠𝐨
    assertThat(Names.id(EntityType.LOCATION, bold + " Norte")).isEqualTo("location:" + bold
        + "-norte");
    assertThat(Names.id(EntityType.PERSON, "Petro\uD83D\uDE00 Urrego"))
        .isEqualTo("person:petro-urrego");
    assertThat(Names.id(EntityType.PERSON, "\uD801\uDC00\uD801\uDC01")) // Deseret capitals
        .isEqualTo("person:\uD801\uDC28\uD801\uDC29");
    // U+1D167, a combining mark outside the BMP, goes with the accents
    assertThat(Names.fold("Bogota\uD834\uDD67 \uD83D\uDE00")).isEqualTo("Bogota \uD83D\uDE00");
    assertThat(Names.isAllCaps("\uD801\uDC00\uD801\uDC01")).isTrue();
    assertThat(Names.isAllCaps("\uD801\uDC00\uD801\uDC29")).isFalse();
  }

  @Test
  void oneEditCoversSlipsButNotTwoChanges() {
    assertThat(Names.oneEdit("petro", "preto")).isTrue();   // one letter moved
    assertThat(Names.oneEdit("petro", "pteor")).isFalse();
    assertThat(Names.oneEdit("petro", "petr")).isTrue();    // deleted
    assertThat(Names.oneEdit("petro", "petros")).isTrue();  // inserted
    assertThat(Names.oneEdit("petro", "pedro")).isTrue();   // replaced
    assertThat(Names.oneEdit("petro", "epto")).isFalse();
    assertThat(Names.oneEdit("petro", "petro")).isFalse();
    assertThat(Names.oneEdit("dagan", "dagna")).isTrue();   // neighbours swapped
    assertThat(Names.oneEdit("dagan", "gadan")).isFalse();
  }

  @Test
  void titleCaseKeepsSmallWordsLow() {
    assertThat(Names.titleCase("secretary of the treasury")).isEqualTo("Secretary of the Treasury");
    assertThat(Names.titleCase("defense minister")).isEqualTo("Defense Minister");
  }
}
