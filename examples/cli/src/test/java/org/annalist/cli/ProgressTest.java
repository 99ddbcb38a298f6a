package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line on its own, on a fake clock and a fake terminal. */
class ProgressTest {

  private static final long MS = 1_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true,
      StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong(1_000 * MS);
  private final Progress progress = new Progress(err, stream -> stream == err, now::get);

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** How often the line was drawn: each drawing starts with a carriage return and a letter. */
  private long drawings() {
    return written().split("\r[a-z]", -1).length - 1L;
  }

  @Test
  void aQuickRunDrawsNothing() {
    progress.start("analyze", 3, "documents");
    for (int i = 0; i < 3; i++) {
      now.addAndGet(50 * MS);
      progress.step(false);
    }
    progress.close();
    assertThat(written()).isEmpty();
  }

  @Test
  void theLineSaysDoneTotalFailuresRateAndTimeLeft() {
    progress.start("analyze", 10, "documents");
    now.addAndGet(1_000 * MS);
    for (int i = 0; i < 4; i++) {
      progress.step(i == 1);
    }
    progress.step(false);
    assertThat(progress.line(now.get()))
        .isEqualTo("analyze [#####.....] 5/10 documents, 1 failed, 5.0/s, 1 s left");
    assertThat(written()).isEqualTo("\ranalyze [#.........] 1/10 documents, 0 failed, 1.0/s,"
        + " 9 s left");
  }

  @Test
  void redrawsAtMostFiveTimesASecondAndInPlace() {
    progress.start("analyze", 10_000, "documents");
    for (int i = 0; i < 10_000; i++) {
      now.addAndGet(MS); // 1000 documents a second for 10 s
      progress.step(false);
    }
    assertThat(drawings()).isBetween(45L, 50L);
    assertThat(written()).doesNotContain("\n");
  }

  @Test
  void closeErasesTheLineAndTheCursorIsAtTheStart() {
    progress.start("validate", 4, "files");
    now.addAndGet(300 * MS);
    progress.step(true);
    String drawn = written();
    assertThat(drawn).startsWith("\rvalidate [##........] 1/4 files, 1 failed,");
    progress.close();
    assertThat(written()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r");
    assertThat(visible(written())).isEmpty();
    progress.close();
    assertThat(written()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r");
  }

  @Test
  void aMessageOnTheSameTerminalIsNotWrittenOverTheLine() {
    progress.start("timeml", 3, "files");
    now.addAndGet(300 * MS);
    progress.step(false);
    progress.beforeWriting(err);
    err.println("annalist: b.tml: line 1: not TimeML");
    now.addAndGet(300 * MS);
    progress.step(false);
    assertThat(visible(written())).containsExactly("annalist: b.tml: line 1: not TimeML",
        progress.line(now.get()));
    progress.beforeWriting(out); // not on the terminal: nothing to erase
    assertThat(visible(written())).hasSize(2);
    progress.close();
    assertThat(visible(written())).containsExactly("annalist: b.tml: line 1: not TimeML");
  }

  @Test
  void aShorterLineBlanksWhatTheLongerOneLeft() {
    progress.start("analyze", 100_000, "documents");
    now.addAndGet(300 * MS);
    progress.step(false);
    progress.start("x", 2, "documents");
    now.addAndGet(300 * MS);
    progress.step(false);
    assertThat(visible(written())).containsExactly(progress.line(now.get()));
  }

  @Test
  void theLineNeverWrapsOnAStandardTerminal() {
    progress.start("bench 128 threads, measuring everything there is", 123_456_789, "documents");
    now.addAndGet(1_000 * MS);
    progress.step(true);
    assertThat(progress.line(now.get())).hasSizeLessThanOrEqualTo(Progress.WIDTH);
    progress.start("analyze", 123_456_789, "documents");
    for (int i = 0; i < 5_000; i++) {
      progress.step(false);
    }
    now.addAndGet(1_000 * MS);
    assertThat(progress.line(now.get())).hasSizeLessThanOrEqualTo(Progress.WIDTH)
        .startsWith("analyze ").contains("5,000/123,456,789 documents").contains(" h ");
  }

  @Test
  void aTimedPhaseLastsUntilThePassThatReachesItsMinimumTimeEnds() {
    // passes of 20 documents at 45 a second: 0.44 s each; 5 s are reached by the 12th pass
    progress.startTimed("bench 2 threads, warm-up", 5, 20, "documents");
    now.addAndGet(2_000 * MS);
    for (int i = 0; i < 90; i++) {
      progress.step(false);
    }
    assertThat(progress.line(now.get()))
        .isEqualTo("bench 2 threads, warm-up [###.......] 90 documents, 0 failed, 45/s, 3 s left");
  }

  @Test
  void aTimedPhaseShorterThanOnePassLastsThePass() {
    progress.startTimed("bench 1 thread, warm-up", 2, 200, "documents");
    now.addAndGet(3_000 * MS);
    for (int i = 0; i < 30; i++) {
      progress.step(false);
    }
    // 10 documents a second, 170 to go in this pass
    assertThat(progress.line(now.get())).contains("[#.........] 30 documents")
        .endsWith(", 10/s, 17 s left");
  }

  @Test
  void offDrawsNothingButCounts() {
    Progress off = Progress.off();
    off.start("analyze", 10, "documents");
    off.step(true);
    off.step(false);
    off.beforeWriting(System.err);
    off.close();
    assertThat(off.isOn()).isFalse();
    assertThat(off.done()).isEqualTo(2);
    assertThat(off.failed()).isEqualTo(1);
  }

  @Test
  void durations() {
    assertThat(Progress.duration(0.4)).isEqualTo("0 s");
    assertThat(Progress.duration(59)).isEqualTo("59 s");
    assertThat(Progress.duration(185)).isEqualTo("3 min 05 s");
    assertThat(Progress.duration(3_725)).isEqualTo("1 h 02 min");
    assertThat(Progress.duration(Double.NaN)).isEqualTo("?");
  }

  /**
   * What a terminal shows after {@code written}: a carriage return moves to the start of the
   * line, a newline ends it, other characters overwrite; lines left blank are not shown.
   */
  static List<String> visible(String written) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int column = 0;
    for (char c : written.toCharArray()) {
      if (c == '\r') {
        column = 0;
      } else if (c == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        column = 0;
      } else {
        if (column < line.length()) {
          line.setCharAt(column, c);
        } else {
          line.append(c);
        }
        column++;
      }
    }
    lines.add(line.toString().stripTrailing());
    lines.removeIf(String::isEmpty);
    return lines;
  }
}
