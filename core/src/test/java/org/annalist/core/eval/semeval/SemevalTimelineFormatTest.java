package org.annalist.core.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SemevalTimelineFormatTest {

  /** Shaped like the trial gold, with its quirks: XXX-XX-XX, 2008-03-XX, court_case. */
  private static final String GOLD = "iPhone 3G\n"
      + "0\tXXXX-XX-XX\t4954-3-breach\n"
      + "1\t2008-06-09\t12315-2-launched\t12315-3-launching\n"
      + "2\tXXX-XX-XX\t12315-4-provide\n"
      + "3\t2008-03-XX\t4954-2-court_case\n"
      + "4\t2006\t16900-2-pre-orders\n";

  @Test
  void readsEveryLine() {
    Timeline t = TimelineReader.create().read(GOLD, "iphone_3g.txt");
    assertThat(t.target()).isEqualTo("iPhone 3G");
    assertThat(t.entries()).hasSize(5);
    assertThat(t.entries().get(1)).isEqualTo(new TimelineEntry(1, "2008-06-09",
        List.of("12315-2-launched", "12315-3-launching")));
    assertThat(t.entries().get(0).isAnchored()).isFalse();
    assertThat(t.entries().get(2).isAnchored()).isFalse();
    assertThat(t.entries().get(3).isAnchored()).isTrue();
    assertThat(t.entries().get(4).isAnchored()).isTrue();
  }

  @Test
  void writesBackTheSameBytes() {
    Timeline t = TimelineReader.create().read(GOLD, "iphone_3g.txt");
    assertThat(TimelineWriter.create().write(t)).isEqualTo(GOLD);
  }

  @Test
  void toleratesCrLfAndBlankLines() {
    Timeline t = TimelineReader.create().read("X\r\n\r\n1\t2010\td-1-a\r\n", "x.txt");
    assertThat(TimelineWriter.create().write(t)).isEqualTo("X\n1\t2010\td-1-a\n");
  }

  @Test
  void namesTheFileAndLineOfABadLine() {
    TimelineReader reader = TimelineReader.create();
    assertThatThrownBy(() -> reader.read("X\n1\t2010\n", "a.txt"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("a.txt:2:");
    assertThatThrownBy(() -> reader.read("X\n1\t2010\td-1-a\none\t2010\td-1-b\n", "b.txt"))
        .hasMessageStartingWith("b.txt:3:").hasMessageContaining("\"one\"");
    assertThatThrownBy(() -> reader.read("X\n1\t2010\tnot-a-mention\n", "c.txt"))
        .hasMessageStartingWith("c.txt:2:").hasMessageContaining("not-a-mention");
    assertThatThrownBy(() -> reader.read("\n1\t2010\td-1-a\n", "d.txt"))
        .hasMessageStartingWith("d.txt:1:");
  }

  @Test
  void entriesValidateThemselves() {
    assertThatThrownBy(() -> new TimelineEntry(-1, "2010", List.of("d-1-a")))
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new TimelineEntry(1, "2010", List.of()))
        .hasMessageContaining("no mention");
    assertThatThrownBy(() -> new TimelineEntry(1, "20 10", List.of("d-1-a")))
        .hasMessageContaining("20 10");
  }
}
