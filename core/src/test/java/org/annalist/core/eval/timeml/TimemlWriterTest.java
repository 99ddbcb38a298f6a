package org.annalist.core.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.EventAspect;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlWriterTest {

  private static final String TML = TimemlReaderTest.TML;
  private static final String TEXT = TimemlReaderTest.TEXT;

  private final TimemlWriter writer = TimemlWriter.create();
  private final TimemlReader reader = TimemlReader.create();

  @TempDir Path dir;

  private static Timex3 timex(String covered, TimexType type, String value) {
    int begin = TEXT.indexOf(covered);
    return Timex3.builder(Span.of(TEXT, begin, begin + covered.length()), type, value).build();
  }

  /** The raw characters of the TEXT element with every tag removed (references kept as written). */
  private static String rawTextWithoutTags(String xml) {
    int begin = xml.indexOf("<TEXT>") + "<TEXT>".length();
    int end = xml.indexOf("</TEXT>");
    return xml.substring(begin, end).replaceAll("<[^>]*>", "");
  }

  @Test
  void insertsSystemTimexesAndReadsBackTheSameTextAndSpans() {
    List<Timex3> system = List.of(
        timex("Friday", TimexType.DATE, "1998-08-07"),
        timex("three days", TimexType.DURATION, "P3D"),
        timex("NAIROBI", TimexType.DATE, "XXXX"));
    String written = writer.write(TML, "APW19980807.0261.tml", system);

    TimemlDocument again = reader.read(written, "out.tml");
    assertThat(again.id()).isEqualTo("APW19980807.0261");
    assertThat(again.text()).isEqualTo(TEXT);
    assertThat(again.timexes()).extracting(t -> t.span().text())
        .containsExactly("NAIROBI", "Friday", "three days");
    assertThat(again.timexes()).extracting(Timex3::tid).containsExactly("t1", "t2", "t3");
    assertThat(again.timexes()).extracting(Timex3::value)
        .containsExactly("XXXX", "1998-08-07", "P3D");
    assertThat(again.events()).isEmpty();
    assertThat(again.findCreationTime().orElseThrow().value()).isEqualTo("1998-08-07T06:18");
  }

  @Test
  void keepsEveryCharacterOutsideTheTagsAsWritten() {
    String written = writer.write(TML, "x.tml",
        List.of(timex("about three days", TimexType.DURATION, "P3D")));
    assertThat(rawTextWithoutTags(written)).isEqualTo(rawTextWithoutTags(TML));
    assertThat(rawTextWithoutTags(written)).contains("AT&amp;T", "&lt;sic&gt;");
    String head = TML.substring(0, TML.indexOf("<TEXT>"));
    assertThat(written).startsWith(head);
    assertThat(written).contains(
        "<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P3D\">about three days</TIMEX3> &lt;sic&gt;.\n"
            + "</TEXT>");
  }

  @Test
  void dropsGoldAnnotationsInsideTextAndTheLinksThatReferToThem() {
    String written = writer.write(TML, "x.tml", List.of());
    String text = written.substring(written.indexOf("<TEXT>"), written.indexOf("</TEXT>"));
    assertThat(text).doesNotContain("<EVENT", "<SIGNAL", "<TIMEX3");
    assertThat(written).doesNotContain("MAKEINSTANCE", "TLINK");
    assertThat(written).endsWith("</TEXT>\n\n\n</TimeML>\n");
    assertThat(written).contains("<DCT><TIMEX3 tid=\"t0\"");
  }

  @Test
  void writesTheGoldTimexesBackIdentically() {
    TimemlDocument gold = reader.read(TML, "x.tml");
    String written = writer.write(TML, "x.tml", gold.timexes());
    TimemlDocument again = reader.read(written, "x.tml");
    assertThat(again.text()).isEqualTo(gold.text());
    assertThat(again.timexes()).isEqualTo(gold.timexes());
  }

  @Test
  void renumbersAroundIdsUsedOutsideTextAndRemapsReferences() {
    String xml = "<TimeML><DCT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-05-02\" "
        + "functionInDocument=\"CREATION_TIME\">2 May 2024</TIMEX3></DCT>"
        + "<TEXT>from May to June, for weeks</TEXT></TimeML>";
    String text = "from May to June, for weeks";
    Timex3 may = Timex3.builder(Span.of(text, 5, 8), TimexType.DATE, "2024-05").tid("a").build();
    Timex3 june = Timex3.builder(Span.of(text, 12, 16), TimexType.DATE, "2024-06").tid("b")
        .anchorTimeId("a").build();
    Timex3 weeks = Timex3.builder(Span.of(text, 22, 27), TimexType.DURATION, "PXW")
        .beginPoint("a").endPoint("b").anchorTimeId("t1").mod(TimexMod.APPROX).build();
    Timex3 dangling = Timex3.builder(Span.of(text, 0, 4), TimexType.DATE, "X")
        .anchorTimeId("nowhere").build();
    String written = writer.write(xml, "r.tml", List.of(weeks, june, may, dangling));
    TimemlDocument again = reader.read(written, "r.tml");
    assertThat(again.findCreationTime().orElseThrow().tid()).isEqualTo("t1");
    assertThat(again.timexes()).extracting(Timex3::tid).containsExactly("t2", "t3", "t4", "t5");
    assertThat(again.findTimex("t2").orElseThrow().anchorTimeId()).isNull();
    assertThat(again.findTimex("t4").orElseThrow().anchorTimeId()).isEqualTo("t3");
    Timex3 w = again.findTimex("t5").orElseThrow();
    assertThat(w.beginPoint()).isEqualTo("t3");
    assertThat(w.endPoint()).isEqualTo("t4");
    assertThat(w.anchorTimeId()).isEqualTo("t1");
    assertThat(w.mod()).isEqualTo(TimexMod.APPROX);
    assertThat(written).contains(
        "<TIMEX3 tid=\"t5\" type=\"DURATION\" value=\"PXW\" mod=\"APPROX\" anchorTimeID=\"t1\" "
            + "beginPoint=\"t3\" endPoint=\"t4\">weeks</TIMEX3>");
  }

  @Test
  void handlesAdjacentTimexesAndBothEndsOfTheText() {
    String xml = "<TimeML><TEXT>Monday&amp;Tuesday</TEXT></TimeML>";
    String text = "Monday&Tuesday";
    List<Timex3> system = List.of(
        Timex3.builder(Span.of(text, 0, 6), TimexType.DATE, "XXXX-WXX-1").build(),
        Timex3.builder(Span.of(text, 6, 7), TimexType.DATE, "amp").build(),
        Timex3.builder(Span.of(text, 7, 14), TimexType.DATE, "XXXX-WXX-2").build());
    String written = writer.write(xml, "a.tml", system);
    assertThat(written).isEqualTo("<TimeML><TEXT>"
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-WXX-1\">Monday</TIMEX3>"
        + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"amp\">&amp;</TIMEX3>"
        + "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"XXXX-WXX-2\">Tuesday</TIMEX3>"
        + "</TEXT></TimeML>");
  }

  @Test
  void escapesAttributeValues() {
    String xml = "<TimeML><TEXT>soon</TEXT></TimeML>";
    Timex3 odd = Timex3.builder(Span.of("soon", 0, 4), TimexType.DATE, "a\"<&>b").build();
    String written = writer.write(xml, "e.tml", List.of(odd));
    assertThat(written).contains("value=\"a&quot;&lt;&amp;&gt;b\"");
    assertThat(reader.read(written, "e.tml").timexes().get(0).value()).isEqualTo("a\"<&>b");
  }

  @Test
  void leavesOutBlankOptionalAttributesAndStripsTheOthers() {
    String xml = "<TimeML><TEXT>weekly</TEXT></TimeML>";
    Timex3 weekly = Timex3.builder(Span.of("weekly", 0, 6), TimexType.SET, "P1W")
        .quant(" ").freq(" 1X ").functionInDocument("").build();
    String written = writer.write(xml, "b.tml", List.of(weekly));
    assertThat(written).contains("<TIMEX3 tid=\"t1\" type=\"SET\" value=\"P1W\" freq=\"1X\">weekly");
  }

  @Test
  void keepsCrLfLineEndsAsWritten() {
    String xml = "<TimeML>\r\n<TEXT>on\r\nMonday</TEXT>\r\n</TimeML>\r\n";
    String text = "on\nMonday";
    String written = writer.write(xml, "c.tml",
        List.of(Timex3.builder(Span.of(text, 3, 9), TimexType.DATE, "XXXX-WXX-1").build()));
    assertThat(written).isEqualTo("<TimeML>\r\n<TEXT>on\r\n"
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-WXX-1\">Monday</TIMEX3></TEXT>\r\n"
        + "</TimeML>\r\n");
  }

  @Test
  void rejectsOverlappingTimexesAndSpansThatDoNotMatchTheText() {
    Timex3 friday = timex("Friday", TimexType.DATE, "1998-08-07");
    Timex3 fri = timex("Fri", TimexType.DATE, "1998-08-07");
    assertThatThrownBy(() -> writer.write(TML, "o.tml", List.of(friday, fri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("o.tml")
        .hasMessageContaining("overlaps");
    Timex3 elsewhere = Timex3.builder(new Span(0, 5, "Today"), TimexType.DATE, "X").build();
    assertThatThrownBy(() -> writer.write(TML, "m.tml", List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m.tml: TIMEX3 [0, 5) \"Today\" does not match the TEXT");
  }

  /** TimeBank-like: events beside timexes, two instances of one event, one event without any. */
  private static final String EVENTS =
      """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>wsj_0006</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-31" functionInDocument="CREATION_TIME">\
      10/31/89</TIMEX3></DCT>
      <TITLE>Pacific First <EVENT eid="e1" class="OCCURRENCE">Sale</EVENT></TITLE>
      <TEXT>
      Pacific First Financial Corp. <EVENT eid="e4" class="REPORTING">said</EVENT> \
      <TIMEX3 tid="t9" type="DATE" value="1989-10-30">yesterday</TIMEX3> shareholders \
      <EVENT eid="e5" class="OCCURRENCE">approved</EVENT> its \
      <EVENT eid="e6" class="I_ACTION">acquisition</EVENT>, which <EVENT eid="e7" \
      class="STATE">would</EVENT> not <EVENT eid="e8" class="OCCURRENCE">close</EVENT>.
      </TEXT>
      <MAKEINSTANCE eventID="e4" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <MAKEINSTANCE eventID="e5" eiid="ei2" tense="PAST" aspect="PERFECTIVE" polarity="POS" \
      pos="VERB" />
      <MAKEINSTANCE eventID="e6" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
      <MAKEINSTANCE eventID="e6" eiid="ei9" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
      <MAKEINSTANCE eventID="e8" eiid="ei5" tense="INFINITIVE" aspect="NONE" polarity="NEG" \
      modality="WOULD" pos="VERB"/>
      <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
      </TimeML>
      """;

  @Test
  void writesTheGoldEventsAndTheirInstancesBackIdentically() {
    TimemlDocument gold = reader.read(EVENTS, "wsj_0006.tml");
    assertThat(gold.events()).hasSize(5);
    String written = writer.write(EVENTS, "wsj_0006.tml", gold.timexes(), gold.events());
    TimemlDocument again = reader.read(written, "wsj_0006.tml");
    assertThat(again.text()).isEqualTo(gold.text());
    assertThat(again.timexes()).isEqualTo(gold.timexes().stream().map(t -> t.toBuilder()
        .tid("t1").build()).toList());
    // the same events and attributes; only the ids change, around e1 used in the title
    assertThat(again.events()).extracting(TimemlEvent::eid)
        .containsExactly("e2", "e3", "e4", "e5", "e6");
    assertThat(again.events()).isEqualTo(gold.events().stream()
        .map(e -> e.withEid(again.events().get(gold.events().indexOf(e)).eid())).toList());
    assertThat(again.events().get(3).hasInstance()).isFalse();
    assertThat(again.events().get(4).modality()).isEqualTo("WOULD");
    // and writing what was read gives the same file again
    assertThat(writer.write(written, "wsj_0006.tml", again.timexes(), again.events()))
        .isEqualTo(written);
  }

  @Test
  void writesEventsInTextAndOneInstanceEachAfterIt() {
    TimemlDocument gold = reader.read(EVENTS, "wsj_0006.tml");
    String written = writer.write(EVENTS, "wsj_0006.tml", List.of(), gold.events());
    assertThat(written).contains("Corp. <EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> "
        + "yesterday shareholders <EVENT eid=\"e3\" class=\"OCCURRENCE\">approved</EVENT>");
    assertThat(written).contains("""
        </TEXT>
        <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="PERFECTIVE" polarity="POS" \
        pos="VERB"/>
        <MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
        <MAKEINSTANCE eventID="e5" eiid="ei5"/>
        <MAKEINSTANCE eventID="e6" eiid="ei6" tense="INFINITIVE" aspect="NONE" polarity="NEG" \
        pos="VERB" modality="WOULD"/>
        </TimeML>
        """);
    assertThat(written).doesNotContain("TLINK", "ei9", "<TIMEX3 tid=\"t9\"");
    assertThat(written).contains("<TITLE>Pacific First <EVENT eid=\"e1\" class=\"OCCURRENCE\">");
  }

  @Test
  void writesSystemEventsBesideTouchingTimexesAndEmptyOnes() {
    String xml = "<TimeML><TEXT>left Monday</TEXT></TimeML>";
    String text = "left Monday";
    TimemlEvent left = new TimemlEvent("x", EventClass.OCCURRENCE, Span.of(text, 0, 4),
        EventTense.PAST, EventAspect.NONE, Polarity.POS, " would ", "VERB");
    TimemlEvent empty = new TimemlEvent("y", null, Span.of(text, 4, 4));
    Timex3 monday = Timex3.builder(Span.of(text, 4, 11), TimexType.DATE, "XXXX-WXX-1").build();
    String written = writer.write(xml, "s.tml", List.of(monday), List.of(empty, left));
    assertThat(written).isEqualTo("<TimeML><TEXT>"
        + "<EVENT eid=\"e1\" class=\"OCCURRENCE\">left</EVENT><EVENT eid=\"e2\"></EVENT>"
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-WXX-1\"> Monday</TIMEX3></TEXT>\n"
        + "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\" aspect=\"NONE\" "
        + "polarity=\"POS\" pos=\"VERB\" modality=\"would\"/>\n"
        + "<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\"/></TimeML>");
    assertThat(reader.read(written, "s.tml").events()).extracting(TimemlEvent::modality)
        .containsExactly("would", null);
  }

  @Test
  void rejectsAnEventOverlappingATimexOrAnotherEvent() {
    TimemlDocument gold = reader.read(EVENTS, "wsj_0006.tml");
    TimemlEvent said = gold.events().get(0);
    Timex3 saidYesterday = Timex3.builder(
        Span.of(gold.text(), said.span().begin() + 2, said.span().end() + 10), TimexType.DATE,
        "1989-10-30").build();
    assertThatThrownBy(() -> writer.write(EVENTS, "o.tml", List.of(saidYesterday), List.of(said)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("o.tml: TIMEX3 " + saidYesterday.span() + " overlaps EVENT " + said.span()
            + "; EVENTs and TIMEX3s are not nested");
    TimemlEvent sa = new TimemlEvent("e", null, Span.of(gold.text(), said.span().begin(),
        said.span().begin() + 2));
    assertThatThrownBy(() -> writer.write(EVENTS, "o.tml", List.of(), List.of(said, sa)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps EVENT")
        .hasMessageContaining("TimeML does not nest or cross EVENTs");
    TimemlEvent elsewhere = new TimemlEvent("e", null, new Span(1, 5, "Nope"));
    assertThatThrownBy(() -> writer.write(EVENTS, "m.tml", List.of(), List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m.tml: EVENT [1, 5) \"Nope\" does not match the TEXT");
  }

  @Test
  void writesFiles() throws IOException {
    Path in = Files.writeString(dir.resolve("APW19980807.0261.tml"), TML);
    Path out = dir.resolve("out.tml");
    writer.write(in, List.of(timex("Friday", TimexType.DATE, "1998-08-07")), out);
    TimemlDocument again = reader.read(out);
    assertThat(again.timexes()).extracting(t -> t.span().text()).containsExactly("Friday");
  }
}
