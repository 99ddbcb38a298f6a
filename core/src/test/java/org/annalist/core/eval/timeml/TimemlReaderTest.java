package org.annalist.core.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annalist.core.InvalidInputException;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimemlReaderTest {

  static final String TML =
      """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

      <DOCID>APW19980807.0261</DOCID>

      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18" temporalFunction="false" \
      functionInDocument="CREATION_TIME">08/07/1998 06:18:00</TIMEX3></DCT>

      <TITLE>Bombs &amp; more</TITLE>

      <EXTRAINFO>
      APW19980807.0261 <DATE_TIME> 08/07/1998 </DATE_TIME> &amp;UR;
      </EXTRAINFO>

      <TEXT>
      NAIROBI, Kenya (AP) _

      Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> at AT&amp;T \
      <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false" \
      functionInDocument="NONE">Friday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> \
      <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX" anchorTimeID="t0" \
      temporalFunction="true">about three days</TIMEX3> &lt;sic&gt;.
      </TEXT>

      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>

      </TimeML>
      """;

  static final String TEXT =
      "\nNAIROBI, Kenya (AP) _\n\nBombs exploded at AT&T Friday, after about three days <sic>.\n";

  private final TimemlReader reader = TimemlReader.create();

  @TempDir Path dir;

  @Test
  void readsTheTextExactlyWithEntitiesDecodedAndTagsRemoved() {
    TimemlDocument doc = reader.read(TML, "APW19980807.0261.tml");
    assertThat(doc.id()).isEqualTo("APW19980807.0261");
    assertThat(doc.text()).isEqualTo(TEXT);
  }

  @Test
  void readsTheCreationTime() {
    TimemlDocument doc = reader.read(TML, "x.tml");
    CreationTime dct = doc.findCreationTime().orElseThrow();
    assertThat(dct.tid()).isEqualTo("t0");
    assertThat(dct.type()).isEqualTo(TimexType.TIME);
    assertThat(dct.value()).isEqualTo("1998-08-07T06:18");
    assertThat(dct.text()).isEqualTo("08/07/1998 06:18:00");
    assertThat(dct.findDate()).contains(LocalDate.of(1998, 8, 7));
  }

  @Test
  void readsTimexesWithSpansIntoTheTextAndTheirAttributes() {
    TimemlDocument doc = reader.read(TML, "x.tml");
    assertThat(doc.timexes()).hasSize(2);
    Timex3 friday = doc.timexes().get(0);
    assertThat(friday.tid()).isEqualTo("t1");
    assertThat(friday.span().begin()).isEqualTo(TEXT.indexOf("Friday"));
    assertThat(friday.span().text()).isEqualTo("Friday");
    assertThat(friday.type()).isEqualTo(TimexType.DATE);
    assertThat(friday.value()).isEqualTo("1998-08-07");
    assertThat(friday.mod()).isNull();
    assertThat(friday.temporalFunction()).isEqualTo("false");
    assertThat(friday.functionInDocument()).isEqualTo("NONE");
    assertThat(friday.isCreationTime()).isFalse();

    Timex3 days = doc.findTimex("t2").orElseThrow();
    assertThat(days.span().text()).isEqualTo("about three days");
    assertThat(TEXT.substring(days.span().begin(), days.span().end())).isEqualTo("about three days");
    assertThat(days.type()).isEqualTo(TimexType.DURATION);
    assertThat(days.mod()).isEqualTo(TimexMod.APPROX);
    assertThat(days.anchorTimeId()).isEqualTo("t0");
    assertThat(days.functionInDocument()).isNull();
  }

  @Test
  void readsEventsWithTheAttributesOfTheirInstance() {
    TimemlDocument doc = reader.read(TML, "x.tml");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(e.eid()).isEqualTo("e1");
      assertThat(e.eventClass()).isEqualTo(EventClass.OCCURRENCE);
      assertThat(e.span().text()).isEqualTo("exploded");
      assertThat(e.span().begin()).isEqualTo(TEXT.indexOf("exploded"));
      assertThat(e.tense()).isEqualTo(EventTense.PAST);
      assertThat(e.aspect()).isEqualTo(EventAspect.NONE);
      assertThat(e.polarity()).isEqualTo(Polarity.POS);
      assertThat(e.modality()).isNull();
      assertThat(e.pos()).isEqualTo("VERB");
      assertThat(e.findAttributes()).contains(new EventAttributes(EventClass.OCCURRENCE,
          EventTense.PAST, EventAspect.NONE, Polarity.POS, null));
    });
  }

  private static final String INSTANCES =
      """
      <TimeML>
      <MAKEINSTANCE eventID="e3" eiid="ei0" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
      <TEXT>He <EVENT eid="e1" class="I_STATE">wants</EVENT> to <EVENT eid="e2" \
      class="OCCURRENCE">leave</EVENT>, but <EVENT eid="e3" class="STATE">won't</EVENT> \
      <EVENT eid="e4" class="REPORTING">say</EVENT>.</TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PRESENT" aspect="PERFECTIVE_PROGRESSIVE" \
      polarity="NEG" modality=" WOULD " pos=" "/>
      <MAKEINSTANCE eventID="e1" eiid="ei9" tense="PAST" aspect="NONE" polarity="POS" pos="NOUN"/>
      <MAKEINSTANCE eiid="ei8" tense="PAST"/>
      <MAKEINSTANCE eventID="e99" eiid="ei7" tense="PAST"/>
      <MAKEINSTANCE eventID="e4" eiid="ei4" tense="" polarity="NEG"/>
      </TimeML>
      """;

  @Test
  void theFirstInstanceOfAnEventGivesItsAttributesWhereverItStands() {
    TimemlDocument doc = reader.read(INSTANCES, "i.tml");
    assertThat(doc.events()).extracting(TimemlEvent::eid).containsExactly("e1", "e2", "e3", "e4");
    TimemlEvent wants = doc.events().get(0);
    assertThat(wants).isEqualTo(new TimemlEvent("e1", EventClass.I_STATE, wants.span(),
        EventTense.PRESENT, EventAspect.PERFECTIVE_PROGRESSIVE, Polarity.NEG, "WOULD", null));
    assertThat(wants.findAttributes()).map(EventAttributes::modality).contains("would");
    TimemlEvent leave = doc.events().get(1);
    assertThat(leave.hasInstance()).isFalse();
    assertThat(leave.tense()).isNull();
    assertThat(leave.findAttributes()).isEmpty();
    assertThat(doc.findEvent("e3").orElseThrow().tense()).isEqualTo(EventTense.FUTURE);
    TimemlEvent say = doc.events().get(3);
    assertThat(say.tense()).isNull();
    assertThat(say.polarity()).isEqualTo(Polarity.NEG);
    assertThat(say.hasInstance()).isTrue();
    assertThat(say.findAttributes()).isEmpty();
  }

  @Test
  void anUnknownEventValueIsRejectedWithItsPosition() {
    String badTense = INSTANCES.replace("ei9\" tense=\"PAST\"", "ei9\" tense=\"past\"");
    assertThatThrownBy(() -> reader.read(badTense, "i.tml"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("i.tml: line 5, column ")
        .hasMessageContaining("MAKEINSTANCE ei9 of EVENT e1 has tense \"past\"; expected one of "
            + "[PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE]");
    String badClass = INSTANCES.replace("class=\"STATE\"", "class=\"EVENT\"");
    assertThatThrownBy(() -> reader.read(badClass, "c.tml"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("c.tml: line 3, column ")
        .hasMessageContaining("EVENT e3 has class \"EVENT\"; expected one of [OCCURRENCE,");
    String badAspect = INSTANCES.replace("aspect=\"PERFECTIVE_PROGRESSIVE\"", "aspect=\"PERF\"");
    assertThatThrownBy(() -> reader.read(badAspect, "a.tml"))
        .hasMessageContaining("MAKEINSTANCE ei1 of EVENT e1 has aspect \"PERF\"");
    String badPolarity = INSTANCES.replace("polarity=\"NEG\"/>", "polarity=\"NO\"/>");
    assertThatThrownBy(() -> reader.read(badPolarity, "p.tml"))
        .hasMessageStartingWith("p.tml: line 8, column ")
        .hasMessageContaining("MAKEINSTANCE ei4 of EVENT e4 has polarity \"NO\"");
  }

  @Test
  void readsTempEval3InputWithoutAnnotations() {
    String input =
        """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" \
        functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TEXT>
        The talks ended on Friday &amp; resume next week.
        </TEXT>
        </TimeML>
        """;
    TimemlDocument doc = reader.read(input, "AP_20130322.tml.TE3input");
    assertThat(doc.id()).isEqualTo("AP_20130322");
    assertThat(doc.text()).isEqualTo("\nThe talks ended on Friday & resume next week.\n");
    assertThat(doc.timexes()).isEmpty();
    assertThat(doc.events()).isEmpty();
    assertThat(doc.findCreationTime().flatMap(CreationTime::findDate))
        .contains(LocalDate.of(2013, 3, 22));
  }

  @Test
  void idComesFromTheFileNameWhenThereIsNoDocid() {
    assertThat(TimemlReader.idFromFileName("wsj_0006.tml")).isEqualTo("wsj_0006");
    assertThat(TimemlReader.idFromFileName("AP_1.TE3input")).isEqualTo("AP_1");
    assertThat(TimemlReader.idFromFileName("AP_1.tml.TE3input")).isEqualTo("AP_1");
    assertThat(TimemlReader.idFromFileName("plain")).isEqualTo("plain");
  }

  @Test
  void decodesCharacterReferencesAndCdataAndAllowsEventsAndTimexesToNest() {
    String xml =
        "<TimeML><TEXT>Caf&#233; <![CDATA[<b> & ]]>"
            + "<EVENT eid=\"e1\" class=\"STATE\">at <TIMEX3 tid=\"t1\" type=\"TIME\" "
            + "value=\"XXXX-XX-XXTNI\">night</TIMEX3></EVENT> &#x1F600; "
            + "<TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1W\" quant=\"EVERY\" freq=\"1X\">"
            + "every <EVENT eid=\"e2\" class=\"OCCURRENCE\">week</EVENT></TIMEX3>"
            + "</TEXT></TimeML>";
    TimemlDocument doc = reader.read(xml, "n.tml");
    assertThat(doc.text()).isEqualTo("Café <b> & at night \uD83D\uDE00 every week");
    assertThat(doc.timexes()).extracting(t -> t.span().text()).containsExactly("night", "every week");
    assertThat(doc.timexes().get(1).quant()).isEqualTo("EVERY");
    assertThat(doc.timexes().get(1).freq()).isEqualTo("1X");
    assertThat(doc.events()).extracting(e -> e.span().text()).containsExactly("at night", "week");
    assertThat(doc.findCreationTime()).isEmpty();
  }

  @Test
  void lineEndsInTextAreNormalisedAsXmlRequires() {
    TimemlDocument doc = reader.read("<TimeML><TEXT>a\r\nb\rc</TEXT></TimeML>", "crlf.tml");
    assertThat(doc.text()).isEqualTo("a\nb\nc");
  }

  @Test
  void aTimexNestedInATimexIsRejectedWithItsPosition() {
    String xml =
        "<TimeML>\n<TEXT>\n<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">in "
            + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998\">1998</TIMEX3></TIMEX3>\n"
            + "</TEXT></TimeML>";
    assertThatThrownBy(() -> reader.read(xml, "nested.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nested.tml")
        .hasMessageContaining("line 3")
        .hasMessageContaining("TIMEX3 nested inside TIMEX3 t1");
  }

  /**
   * Found by TimemlReaderFuzzTest.readsOrRejectsWithInvalidInput (shrunk): a TIMEX3 nested in the
   * creation time's TIMEX3, outside TEXT, threw a NullPointerException when the outer one closed.
   */
  @Test
  void aTimexNestedInATimexOutsideTextIsRejectedWithItsPosition() {
    String xml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>fuzz</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">\
        <TIMEX3 tid="t9" type="DATE" value="2000" mod="SOMETIME">x</TIMEX3>08/07/1998</TIMEX3></DCT>
        <TEXT></TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;
    assertThatThrownBy(() -> reader.read(xml, "fuzz.tml"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("fuzz.tml: line 4, column ")
        .hasMessageContaining("TIMEX3 nested inside TIMEX3 t0");
  }

  /**
   * Found by TimemlReaderFuzzTest.readsOrRejectsWithInvalidInput: a character XML forbids (here
   * U+FFFE, or a control character) in a DOCTYPE's internal subset made the JDK's built-in Xerces
   * throw {@code MissingResourceException: InvalidCharInDTD} (its message bundle lacks that key)
   * instead of an XMLStreamException, and it escaped the reader.
   */
  @ParameterizedTest
  @ValueSource(strings = {"<!ENTITY e \"v\uFFFE\">", "<!ENTITY e \"v\">\u0001", "\u0000"})
  void aForbiddenCharacterInTheDoctypeIsRejectedWithItsPosition(String subset) {
    String xml = "<!DOCTYPE TimeML [" + subset + "]><?xml version=\"1.0\" ?>\n<TimeML>\n"
        + "<DOCID>fuzz</DOCID>\n<TEXT></TEXT>\n"
        + "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n"
        + "</TimeML>\n";
    assertThatThrownBy(() -> reader.read(xml, "fuzz.tml"))
        .isExactlyInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("fuzz.tml: line 1, column ")
        .hasMessageContaining("malformed XML: InvalidCharInDTD");
  }

  @Test
  void malformedXmlIsRejectedWithFileLineAndColumn() {
    String xml = "<TimeML>\n<TEXT>\nan <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">open tag\n"
        + "</TEXT></TimeML>";
    assertThatThrownBy(() -> reader.read(xml, "broken.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("broken.tml: line 4, column ")
        .hasMessageContaining("malformed XML");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<TimeML><TEXT>leak: &xxe;</TEXT></TimeML>";
    assertThatThrownBy(() -> reader.read(xml, "xxe.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("xxe.tml")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void aFileWithoutTextOrWithTwoIsRejected() {
    assertThatThrownBy(() -> reader.read("<TimeML><DOCID>x</DOCID></TimeML>", "none.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("none.tml: no TEXT element");
    assertThatThrownBy(() -> reader.read("<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", "two.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than one TEXT element");
  }

  @Test
  void aTimexWithAnUnknownTypeOrMissingValueIsRejected() {
    String badType = "<TimeML><TEXT>\n<TIMEX3 tid=\"t1\" type=\"WHEN\" value=\"1998\">1998</TIMEX3>"
        + "</TEXT></TimeML>";
    assertThatThrownBy(() -> reader.read(badType, "t.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("t.tml: line 2")
        .hasMessageContaining("type \"WHEN\"");
    String noValue = "<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\">1998</TIMEX3></TEXT></TimeML>";
    assertThatThrownBy(() -> reader.read(noValue, "v.tml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("TIMEX3 t1 has no value attribute");
  }

  @Test
  void readsFilesAsUtf8AndRejectsOtherBytesNamingTheOffset() throws IOException {
    Path good = dir.resolve("good.tml");
    Files.writeString(good, TML);
    assertThat(reader.read(good).text()).isEqualTo(TEXT);

    Path bad = dir.resolve("bad.tml");
    byte[] bytes = "<TimeML><TEXT>caf\u00e9</TEXT></TimeML>".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(bad, bytes);
    assertThatThrownBy(() -> reader.read(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.tml: not UTF-8: malformed byte at offset 17");

    assertThatThrownBy(() -> reader.read(dir.resolve("missing.tml")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing.tml")
        .hasMessageContaining("no such file");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheDocument() {
    TimemlDocument doc = reader.read("\uFEFF<TimeML><TEXT>x</TEXT></TimeML>", "bom.tml");
    assertThat(doc.text()).isEqualTo("x");
  }
}
