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
