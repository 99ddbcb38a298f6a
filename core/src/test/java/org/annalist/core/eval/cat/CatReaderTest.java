package org.annalist.core.eval.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatReaderTest {

  private static final String XML = """
      <?xml version="1.0" ?><Document doc_id="16844" doc_name="16844-Apple_unveils">
      <token number="0" sentence="0" t_id="1">Apple</token>
      <token number="1" sentence="0" t_id="2">unveils</token>
      <token number="2" sentence="1" t_id="3">June</token>
      <token number="3" sentence="1" t_id="4">8</token>
      <token number="4" sentence="1" t_id="5">,</token>
      <token number="5" sentence="1" t_id="6">2010</token>
      <token number="6" sentence="2" t_id="7">The</token>
      <token number="7" sentence="2" t_id="8">court</token>
      <token number="8" sentence="2" t_id="9">case</token>
      <token number="9" sentence="2" t_id="10">pre-orders</token>
      <Markables>
      <EVENT_MENTION m_id="9">
      <token_anchor t_id="8"/>
      </EVENT_MENTION>
      </Markables>
      </Document>
      """;

  private final CatReader reader = CatReader.create();

  @Test
  void rebuildsTheTextOneSentenceALineWithTheTitleFirst() {
    CatDocument doc = reader.read(XML, "a.xml");
    assertThat(doc.id()).isEqualTo("16844");
    assertThat(doc.name()).isEqualTo("16844-Apple_unveils");
    assertThat(doc.text()).isEqualTo("Apple unveils\nJune 8 , 2010\nThe court case pre-orders");
    assertThat(doc.tokens()).hasSize(10);
    CatToken june = doc.tokens().get(2);
    assertThat(june).isEqualTo(new CatToken(1, 2, "3", "June", 14, 18));
    assertThat(doc.text().substring(june.begin(), june.end())).isEqualTo("June");
  }

  @Test
  void mapsSpansBackToMentionIds() {
    CatDocument doc = reader.read(XML, "a.xml");
    int court = doc.text().indexOf("court");
    assertThat(doc.findMentionId(court, court + 5)).contains("16844-2-court");
    assertThat(doc.findMentionId(court, court + "court case".length()))
        .contains("16844-2-court_case");
    int pre = doc.text().indexOf("pre-orders");
    assertThat(doc.findMentionId(pre + 1, pre + 3)).contains("16844-2-pre-orders");
    assertThat(doc.findMentionId(5, 6)).isEmpty(); // the space between two tokens
    // across a line break, only the first sentence's tokens
    assertThat(doc.findMentionId(6, 18)).contains("16844-0-unveils");
  }

  @Test
  void namesTheFileAndPositionOfMalformedXml() {
    assertThatThrownBy(() -> reader.read("<Document doc_id=\"1\">\n<token>", "b.xml"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("b.xml:2:");
  }

  @Test
  void namesTheTokenThatLacksASentence() {
    String xml = "<Document doc_id=\"1\">\n<token number=\"0\" t_id=\"1\">x</token></Document>";
    assertThatThrownBy(() -> reader.read(xml, "c.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("c.xml:2:")
        .hasMessageContaining("no sentence");
  }

  @Test
  void rejectsAnotherRootAndAMissingId() {
    assertThatThrownBy(() -> reader.read("<TimeML/>", "d.xml"))
        .hasMessageContaining("d.xml:1:").hasMessageContaining("not <Document>");
    assertThatThrownBy(() -> reader.read("<Document/>", "e.xml"))
        .hasMessageContaining("e.xml:1:").hasMessageContaining("no doc_id");
  }

  @Test
  void doesNotReadExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]>\n<Document doc_id=\"1\"><token number=\"0\" sentence=\"0\""
        + " t_id=\"1\">a&x;</token></Document>";
    try {
      CatDocument doc = reader.read(xml, "f.xml");
      assertThat(doc.text()).doesNotContain("SECRET");
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).startsWith("f.xml").doesNotContain("SECRET");
    }
  }

  @Test
  void readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("16844.xml");
    Files.writeString(file, XML);
    assertThat(reader.read(file).text()).startsWith("Apple unveils\n");
  }

  private static final String MEANTIME = """
      <Document doc_id="7" doc_name="7_Apple">
      <token number="0" sentence="0" t_id="1">Apple</token>
      <token number="1" sentence="0" t_id="2">sues</token>
      <token number="2" sentence="0" t_id="3">the</token>
      <token number="3" sentence="0" t_id="4">United</token>
      <token number="4" sentence="0" t_id="5">States</token>
      <token number="5" sentence="1" t_id="6">He</token>
      <token number="6" sentence="1" t_id="7">left</token>
      <Markables>
      <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="2" syntactic_type="NAM" head="States">
      <token_anchor t_id="5"/><token_anchor t_id="3"/><token_anchor t_id="4"/>
      </ENTITY_MENTION>
      <ENTITY_MENTION m_id="3"><token_anchor t_id="6"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="4" syntactic_type="NOM"><token_anchor t_id="2"/>
      <token_anchor t_id="4"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="5" syntactic_type="NAM"/>
      <EVENT_MENTION m_id="6"><token_anchor t_id="2"/></EVENT_MENTION>
      <ENTITY m_id="10" ent_type="ORG" instance_id="ORG1" TAG_DESCRIPTOR="Apple"/>
      <ENTITY m_id="11" ent_type="LOC" instance_id="LOC1" TAG_DESCRIPTOR="US"/>
      <EVENT m_id="12" class="OTHER" instance_id="EV1"/>
      </Markables>
      <Relations>
      <REFERS_TO r_id="20"><source m_id="1"/><target m_id="10"/></REFERS_TO>
      <REFERS_TO r_id="21"><source m_id="2"/><source m_id="4"/><target m_id="11"/></REFERS_TO>
      <REFERS_TO r_id="22"><source m_id="6"/><target m_id="12"/></REFERS_TO>
      <TLINK r_id="23"><source m_id="6"/><target m_id="6"/></TLINK>
      </Relations>
      </Document>
      """;

  @Test
  void readsTheEntityMentionsTypedByTheirInstances() {
    CatDocument doc = reader.read(MEANTIME, "7.xml");
    assertThat(doc.text()).isEqualTo("Apple sues the United States\nHe left");
    assertThat(doc.entityMentions()).extracting(CatEntityMention::id)
        .containsExactly("1", "2", "3", "4"); // 5 has no anchor; events are not entities
    CatEntityMention apple = doc.entityMentions().get(0);
    assertThat(apple.syntacticType()).isEqualTo("NAM");
    assertThat(apple.findEntityType()).contains("ORG");
    assertThat(apple.instanceId()).isEqualTo("ORG1");
    CatEntityMention us = doc.entityMentions().get(1);
    assertThat(us.text()).isEqualTo("the United States"); // anchors put in document order
    assertThat(us.findEntityType()).contains("LOC");
    assertThat(us.isContinuous()).isTrue();
    assertThat(doc.indexOf(us.first())).isEqualTo(2);
    assertThat(doc.indexOf(us.last())).isEqualTo(4);
    CatEntityMention he = doc.entityMentions().get(2);
    assertThat(he.syntacticType()).isEmpty();
    assertThat(he.findEntityType()).isEmpty(); // no REFERS_TO
    CatEntityMention gap = doc.entityMentions().get(3);
    assertThat(gap.isContinuous()).isFalse();
    assertThat(gap.text()).isEqualTo("sues United");
  }

  @Test
  void aFileWithoutMarkablesHasNoEntityMentions() {
    assertThat(reader.read(XML, "a.xml").entityMentions()).isEmpty();
  }

  @Test
  void namesTheFileAndPositionOfBadMarkables() {
    String unknown = MEANTIME.replace("<token_anchor t_id=\"1\"/>", "<token_anchor t_id=\"99\"/>");
    assertThatThrownBy(() -> reader.read(unknown, "g.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("g.xml:10:")
        .hasMessageContaining("token 99");
    String twice = MEANTIME.replace("m_id=\"3\"", "m_id=\"1\"");
    assertThatThrownBy(() -> reader.read(twice, "h.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("h.xml:14:").hasMessageContaining("used twice");
    String noId = MEANTIME.replace("<ENTITY_MENTION m_id=\"3\">", "<ENTITY_MENTION>");
    assertThatThrownBy(() -> reader.read(noId, "i.xml"))
        .hasMessageStartingWith("i.xml:14:").hasMessageContaining("no m_id");
    String twoTypes = MEANTIME.replace("<source m_id=\"4\"/>", "<source m_id=\"1\"/>");
    assertThatThrownBy(() -> reader.read(twoTypes, "j.xml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("j.xml:25:").hasMessageContaining("mention 1");
  }
}
