package org.annalist.extraction.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

  private static final String SAMPLE = "/org/annalist/extraction/resources/sample.tsv";

  @Test
  void commentsAndBlankLinesAreSkippedAndAHashWithoutASpaceIsAnEntry() {
    List<String> lines = new ArrayList<>();
    ResourceLines.read(ResourceLinesTest.class, SAMPLE, "sample", lines::add);
    assertThat(lines).containsExactly("first", "#\tform", "bad line");
  }

  @Test
  void aRejectedLineNamesTheResourceAndTheLine() {
    assertThatThrownBy(() -> ResourceLines.read(ResourceLinesTest.class, SAMPLE, "sample",
        line -> {
          if (line.contains(" ")) {
            throw new IllegalArgumentException("no spaces");
          }
        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sample " + SAMPLE + " line 6: no spaces: 'bad line'");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> ResourceLines.read(ResourceLinesTest.class, "/no/such.tsv", "sample",
        line -> { })).hasMessage("sample /no/such.tsv is not on the classpath");
  }
}
