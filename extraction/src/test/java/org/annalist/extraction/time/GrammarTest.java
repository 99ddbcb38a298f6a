package org.annalist.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recogniser on hostile inputs, without the text stage. The stage uses no regular expression;
 * these inputs are the ones that make backtracking patterns blow up, and a hang guard (far above
 * any real run time; speed is measured by the benchmark, not here) turns a hang into a failure.
 */
class GrammarTest {

  private static final Duration HANG = Duration.ofMinutes(2);

  private static List<Grammar.Match> find(String text) {
    return new Grammar(Words.scan(text, 0, text.length()), offset -> null).find();
  }

  @Test
  void aHundredThousandNumbers() {
    StringBuilder text = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      text.append(random.nextInt(3000)).append(i % 10 == 0 ? ", " : " ");
    }
    List<Grammar.Match> matches = assertTimeoutPreemptively(HANG, () -> find(text.toString()));
    assertThat(matches).isNotEmpty();
    assertThat(matches).allMatch(m -> m.end() > m.first());
  }

  @Test
  void adversarialRepetitions() {
    String[] units = {"1/", "1-", "2023-", "the ", "of ", "May ", "last ", "a couple of ",
        "mid-", "'", "1:", "a.", "every other ", "between 2019 and ", "0", "Oct. "};
    for (String unit : units) {
      String text = unit.repeat(50_000) + "!";
      List<Grammar.Match> matches = assertTimeoutPreemptively(HANG, () -> find(text));
      assertThat(matches).as("matches on repeated \"%s\"", unit).isNotNull();
    }
  }

  @Test
  void digitRunsAndLongWords() {
    String text = "9".repeat(200_000) + " " + "a".repeat(200_000) + " 2023-10-16";
    List<Grammar.Match> matches = assertTimeoutPreemptively(HANG, () -> find(text));
    assertThat(matches).hasSize(1);
  }
}
