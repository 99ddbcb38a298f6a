package org.annalist.core.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void writesFiles() throws IOException {
    Path in = Files.writeString(dir.resolve("APW19980807.0261.tml"), TML);
    Path out = dir.resolve("out.tml");
    writer.write(in, List.of(timex("Friday", TimexType.DATE, "1998-08-07")), out);
    TimemlDocument again = reader.read(out);
    assertThat(again.timexes()).extracting(t -> t.span().text()).containsExactly("Friday");
  }
}
