package org.annalist.core.eval.semeval;

import java.util.Objects;

/**
 * Writes a {@link Timeline} in the text format of SemEval-2015 Task 4, as the gold files are
 * written: the target on the first line, then {@code rank<TAB>date<TAB>mention[<TAB>mention...]}
 * for each entry in order, every line ending with {@code \n}. Reading a gold file with {@link
 * TimelineReader} and writing it back gives the same bytes (unless it has blank lines, CRs or
 * stray spaces, which the reader drops). Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(out.resolve("iphone_4.txt"), TimelineWriter.create().write(timeline));
 * }</pre>
 */
public final class TimelineWriter {

  private TimelineWriter() {}

  /** {@return a writer} */
  public static TimelineWriter create() {
    return new TimelineWriter();
  }

  /**
   * Writes a timeline.
   *
   * @param timeline the timeline
   * @return its text
   */
  public String write(Timeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    StringBuilder out = new StringBuilder(timeline.target()).append('\n');
    for (TimelineEntry entry : timeline.entries()) {
      out.append(entry.rank()).append('\t').append(entry.date());
      for (String mention : entry.mentions()) {
        out.append('\t').append(mention);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
