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
 * {@code annalist semeval-timeline} with the default pipeline on one small CAT document: the
 * timeline is written in the gold format and scored; bad files and outputs are reported.
 */
class SemevalTimelineCommandTest {

  @TempDir Path dir;
  private Path corpus;
  private Path gold;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A CAT document of the given sentences, tokens split on spaces. */
  static String cat(String id, String... sentences) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + id
        + "\" doc_name=\"" + id + "-test\">\n");
    int number = 0;
    for (int s = 0; s < sentences.length; s++) {
      for (String token : sentences[s].split(" ")) {
        xml.append("<token number=\"").append(number).append("\" sentence=\"").append(s)
            .append("\" t_id=\"").append(number + 1).append("\">").append(token)
            .append("</token>\n");
        number++;
      }
    }
    return xml.append("</Document>\n").toString();
  }

  @BeforeEach
  void files() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(corpus.resolve("1-peru.xml"), cat("1", "Peru recalls ambassador",
        "March 3 , 2021", "Peru recalled its ambassador from Chile on 2 March 2021 ."));
    Files.writeString(gold.resolve("peru.txt"), "Peru\n1\t2021-03-02\t1-2-recalled\n");
  }

  private int run(String... args) {
    List<String> line = new ArrayList<>(List.of("semeval-timeline", "--quiet"));
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
  void writesTheTimelineInTheGoldFormatAndScoresIt() throws IOException {
    Path output = dir.resolve("out");
    int status = run("-o", output.toString(), corpus.toString(), gold.toString());
    assertThat(stderr()).isEmpty();
    assertThat(status).isZero();
    String written = Files.readString(output.resolve("peru.txt"));
    assertThat(written).startsWith("Peru\n").contains("\t2021-03-02\t1-2-recalled\n");
    assertThat(stdout()).contains("semeval-timeline: 1 documents (1 dated by their date line),"
            + " 1 timelines; --select PARTICIPANT")
        .containsPattern("(?m)^peru +1 +\\d+ +\\d+ +1 ")
        .contains("best published Track A F1 7.85");
  }

  @Test
  void aBrokenFileIsOneLineAndTheOthersAreStillScored() throws IOException {
    Files.writeString(corpus.resolve("2-broken.xml"), "<Document doc_id=\"2\">\n<token>");
    Files.writeString(gold.resolve("bad.txt"), "Bad\n1\t2021\n");
    int status = run(corpus.toString(), gold.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("annalist: " + corpus.resolve("2-broken.xml")
            + ":2:"))
        .anySatisfy(l -> assertThat(l).startsWith("annalist: " + gold.resolve("bad.txt")
            + ":2:"));
    assertThat(stdout()).contains("1 documents").containsPattern("(?m)^peru ");
  }

  @Test
  void anOutputInsideAnInputIsBadUsage() {
    int status = run("-o", gold.resolve("out").toString(), corpus.toString(), gold.toString());
    assertThat(status).isEqualTo(2);
    assertThat(stderr()).contains("must not be the input directory");
  }
}
