package org.annalist.core.eval.semeval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.Utf8;

/**
 * Reads the timelines of SemEval-2015 Task 4: a first line with the target entity, then one line
 * per event, {@code rank<TAB>date<TAB>docid-sentence-word[<TAB>docid-sentence-word...]}. Lines end
 * with {@code \n} or {@code \r\n}; blank lines are skipped. Bad input throws an {@link
 * InvalidInputException} naming the file and line. Stateless and thread-safe.
 *
 * <pre>{@code
 * Timeline gold = TimelineReader.create().read(Path.of("iphone_4.txt"));
 * }</pre>
 */
public final class TimelineReader {

  private TimelineReader() {}

  /** {@return a reader} */
  public static TimelineReader create() {
    return new TimelineReader();
  }

  /**
   * Reads a timeline file (UTF-8).
   *
   * @param file the file
   * @return the timeline
   * @throws InvalidInputException naming the file if it cannot be read or a line is malformed
   */
  public Timeline read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(Utf8.read(file, name), file.toString());
  }

  /**
   * Reads a timeline.
   *
   * @param content the file's content
   * @param fileName the file's name, for the messages
   * @return the timeline
   * @throws InvalidInputException naming the file and line if there is no target line, or a line
   *     has fewer than three fields, a rank that is not a number, or a malformed date or mention
   */
  public Timeline read(String content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    String[] lines = content.split("\r?\n", -1);
    String target = lines[0].strip();
    if (target.isEmpty()) {
      throw new InvalidInputException(null, fileName + ":1: no target entity on the first line");
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split("\t");
      if (fields.length < 3) {
        throw new InvalidInputException(null, fileName + ":" + (i + 1) + ": expected"
            + " rank<TAB>date<TAB>mention..., found \"" + line + "\"");
      }
      int rank;
      try {
        rank = Integer.parseInt(fields[0].strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(null, fileName + ":" + (i + 1) + ": rank \"" + fields[0]
            + "\" is not a number", e);
      }
      List<String> mentions = Arrays.stream(fields, 2, fields.length).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
      try {
        entries.add(new TimelineEntry(rank, fields[1].strip(), mentions));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(null, fileName + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Timeline(target, entries);
  }
}
