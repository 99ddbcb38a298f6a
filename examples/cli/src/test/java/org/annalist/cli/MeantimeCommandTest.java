package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist meantime} with the default text and entity stages on one small MEANTIME
 * document: the table under both conventions, the error categories, bad files.
 */
class MeantimeCommandTest {

  @TempDir Path dir;
  private Path corpus;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /**
   * A MEANTIME document of the given sentences (tokens split on spaces), with gold NAM mentions
   * {@code "sentence first end TYPE"} (word indices within the sentence).
   */
  static String cat(String id, List<String> sentences, String... mentions) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + id
        + "\" doc_name=\"" + id + "-test\">\n");
    List<Integer> starts = new ArrayList<>();
    int number = 0;
    for (int s = 0; s < sentences.size(); s++) {
      starts.add(number);
      for (String token : sentences.get(s).split(" ")) {
        xml.append("<token number=\"").append(number).append("\" sentence=\"").append(s)
            .append("\" t_id=\"").append(number + 1).append("\">").append(token)
            .append("</token>\n");
        number++;
      }
    }
    xml.append("<Markables>\n");
    StringBuilder relations = new StringBuilder();
    for (int m = 0; m < mentions.length; m++) {
      String[] f = mentions[m].split(" ");
      int first = starts.get(Integer.parseInt(f[0])) + Integer.parseInt(f[1]);
      int end = starts.get(Integer.parseInt(f[0])) + Integer.parseInt(f[2]);
      xml.append("<ENTITY_MENTION m_id=\"").append(m + 1).append("\" syntactic_type=\"NAM\">");
      for (int t = first; t < end; t++) {
        xml.append("<token_anchor t_id=\"").append(t + 1).append("\"/>");
      }
      xml.append("</ENTITY_MENTION>\n<ENTITY m_id=\"e").append(m + 1).append("\" ent_type=\"")
          .append(f[3]).append("\" instance_id=\"x").append(m + 1).append("\"/>\n");
      relations.append("<REFERS_TO r_id=\"r").append(m + 1).append("\"><source m_id=\"")
          .append(m + 1).append("\"/><target m_id=\"e").append(m + 1).append("\"/></REFERS_TO>\n");
    }
    return xml.append("</Markables>\n<Relations>\n").append(relations)
        .append("</Relations>\n</Document>\n").toString();
  }

  @BeforeEach
  void files() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("1-peru.xml"), cat("1", List.of(
        "Peru recalls ambassador", "March 3 , 2021",
        "President Pedro Castillo of Peru recalled the ambassador from Chile on Tuesday ."),
        "0 0 1 LOC", "2 1 3 PER", "2 4 5 LOC", "2 9 10 LOC"));
  }

  private int run(String... args) {
    List<String> line = new ArrayList<>(List.of("meantime", "--quiet"));
    line.addAll(List.of(args));
    return AnnalistCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), line.toArray(String[]::new));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheTableUnderBothConventions() {
    int status = run(corpus.toString());
    assertThat(stderr()).isEmpty();
    assertThat(status).isZero();
    assertThat(stdout())
        .startsWith("meantime: 1 documents, 20 tokens in the annotated sentences (0-5), 4 gold"
            + " names (NAM); analysed in ")
        .containsPattern("(?m)^MEANTIME spans  strict   PER        1 +\\d+ +[01] ")
        .containsPattern("(?m)^MEANTIME spans  strict   micro      4 ")
        .containsPattern("(?m)^no leading the  lenient  LOC        3 ")
        .containsPattern("(?m)^micro F1 \\(MEANTIME spans\\): strict \\d+\\.\\d\\d, lenient ")
        .containsPattern("(?m)^micro F1 \\(no leading the\\): strict ")
        .doesNotContain("errors (MEANTIME spans)").doesNotContain("the name model alone")
        .doesNotContain("against the model alone");
  }

  @Test
  void printsEachRulesEffectAndTheModelAloneWithRules() {
    int status = run("--rules", corpus.resolve("1-peru.xml").toString());
    assertThat(status).isZero();
    assertThat(stdout())
        .containsPattern("(?m)^micro F1 \\(the name model alone, MEANTIME spans\\): strict ")
        .containsPattern("(?m)^rule \\(PER/ORG/LOC against the model alone\\) +found correct +"
            + "fixed +broken +net$")
        .containsPattern("(?m)^model:ner-en-conll\\.bin\\S* +\\d+ +\\d+ +\\d+ +\\d+ +[-+]\\d+$");
  }

  @Test
  void listsTheErrorCategoriesWithErrors() {
    int status = run("--errors", "--examples", "2", corpus.resolve("1-peru.xml").toString());
    assertThat(status).isZero();
    assertThat(stdout()).contains("errors (MEANTIME spans):")
        .containsPattern("(?m)^wrong type +\\d+$")
        .containsPattern("(?m)^missed, headline-initial +\\d+$")
        .containsPattern("(?m)^boundary, only a leading the +\\d+$");
  }

  @Test
  void aBrokenFileIsOneLineAndTheOthersAreStillScored() throws IOException {
    Files.writeString(corpus.resolve("2-broken.xml"), "<Document doc_id=\"2\">\n<token>");
    Files.writeString(corpus.resolve("3-again.xml"), cat("1", List.of("Peru again")));
    int status = run(corpus.toString(), dir.resolve("missing.xml").toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("annalist: " + corpus.resolve("2-broken.xml")
            + ":2:"))
        .anySatisfy(l -> assertThat(l).contains("3-again.xml: document 1 read twice"))
        .anySatisfy(l -> assertThat(l).isEqualTo("annalist: " + dir.resolve("missing.xml")
            + ": no such file or directory"));
    assertThat(stdout()).startsWith("meantime: 1 documents");
  }

  @Test
  void nothingToScoreIsAFailure() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    int status = run(empty.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).containsExactly("annalist: " + empty + ": no .xml files",
        "annalist: meantime: no document to score");
    assertThat(stdout()).isEmpty();
  }
}
