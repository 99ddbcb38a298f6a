package org.annalist.extraction.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void loadsWordsAndFindsTheirClusters() {
    WordClusters clusters = WordClusters.load(stream("the\t0\ncat\t1\n\ndog\t1\r\nGermany\t17\n"));

    assertThat(clusters.size()).isEqualTo(4);
    assertThat(clusters.clusterCount()).isEqualTo(3);
    assertThat(clusters.find("cat")).contains(1);
    assertThat(clusters.find("dog")).contains(1);
    assertThat(clusters.find("Germany")).contains(17);
    assertThat(clusters.find("germany")).isEmpty();
    assertThat(clusters.find("unicorn")).isEmpty();
    assertThat(clusters.words()).containsExactly("the", "cat", "dog", "Germany");
  }

  @Test
  void malformedLineIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> WordClusters.load(stream("the\t0\ncat 1\n"), "clusters-test.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clusters-test.tsv line 2")
        .hasMessageContaining("'cat 1'");
  }

  @Test
  void rejectsMissingNegativeNonNumericAndExtraFields() {
    for (String bad : List.of("cat\n", "cat\t\n", "cat\t-1\n", "cat\tx\n", "cat\t1\t2\n",
        "\t3\n", "new york\t3\n")) {
      assertThatThrownBy(() -> WordClusters.load(stream("a\t0\n" + bad), "f.tsv"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("f.tsv line 2");
    }
  }

  @Test
  void repeatedWordIsReportedWithBothLines() {
    assertThatThrownBy(() -> WordClusters.load(stream("cat\t1\ndog\t2\ncat\t3\n"), "f.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f.tsv line 3")
        .hasMessageContaining("line 1");
  }

  @Test
  void invalidUtf8IsReportedWithTheFileName() {
    byte[] bytes = {'a', '\t', '0', '\n', (byte) 0xC3, (byte) 0x28, '\t', '1', '\n'};
    assertThatThrownBy(() -> WordClusters.load(new ByteArrayInputStream(bytes), "f.tsv"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("f.tsv")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void findFallsBackToTheNormalForm() {
    WordClusters clusters = WordClusters.load(
        stream("0000\t5\n0000-00-00\t6\n's\t7\n\"\t8\n1996\t9\n"));

    assertThat(clusters.find("1987")).contains(5);
    assertThat(clusters.find("1996-08-22")).contains(6);
    assertThat(clusters.find("’s")).contains(7);
    assertThat(clusters.find("“")).contains(8);
    assertThat(clusters.find("1996")).as("an exact entry wins").contains(9);
  }

  @Test
  void normalizeMapsDigitsAndQuotesAndKeepsCase() {
    assertThat(WordClusters.normalize("1,000")).isEqualTo("0,000");
    assertThat(WordClusters.normalize("５")).isEqualTo("0");
    assertThat(WordClusters.normalize("n’t")).isEqualTo("n't");
    assertThat(WordClusters.normalize("„")).isEqualTo("\"");
    assertThat(WordClusters.normalize("``")).isEqualTo("\"");
    assertThat(WordClusters.normalize("''")).isEqualTo("\"");
    String word = "Germany";
    assertThat(WordClusters.normalize(word)).isSameAs(word);
  }

  @Test
  void writeThenLoadGivesTheSameClusters() throws IOException {
    WordClusters clusters = WordClusters.of(List.of("the", "a", "cat", "£"), new int[] {0, 0, 1, 2});
    StringWriter writer = new StringWriter();
    clusters.write(writer);

    assertThat(writer.toString()).isEqualTo("the\t0\na\t0\ncat\t1\n£\t2\n");
    WordClusters loaded = WordClusters.load(stream(writer.toString()));
    assertThat(loaded.words()).isEqualTo(clusters.words());
    assertThat(loaded.find("£")).contains(2);
  }

  @Test
  void missingResourceIsNamed() {
    assertThatThrownBy(() -> WordClusters.fromResource("/no/such/clusters.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/no/such/clusters.tsv");
  }

  @Test
  void shippedClustersLoadAndGroupWeekdays() {
    WordClusters clusters = WordClusters.fromResource(WordClusters.RESOURCE_256);

    assertThat(clusters.size()).isGreaterThan(30_000);
    assertThat(clusters.clusterCount()).isEqualTo(256);
    assertThat(clusters.find("Monday")).isPresent().isEqualTo(clusters.find("Tuesday"));
    assertThat(clusters.find("1996")).isPresent();
    assertThat(clusters.find("Monday")).isNotEqualTo(clusters.find("said"));
    assertThat(WordClusters.fromResource(WordClusters.RESOURCE_1024).clusterCount())
        .isEqualTo(1024);
  }
}
