package org.annalist.core.eval.timeml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.core.InvalidInputException;

/**
 * Writes a system's TIMEX3 annotations into a copy of the TimeML or TempEval-3 input file they were
 * made from, inline in its TEXT element, in the form the TempEval-3 evaluation toolkit scores.
 *
 * <p>Every character of the file is kept as written (references such as {@code &amp;} and line
 * ends included) except that
 *
 * <ul>
 *   <li>inside TEXT, every tag of the input (gold TIMEX3, EVENT, SIGNAL...) is left out, and the
 *       given TIMEX3s are inserted at their offsets, so the TEXT holds only the system's
 *       annotations (TempEval-3 Task A scores TIMEX3s only, and the toolkit compares the text
 *       with the tags stripped, so it is unchanged);
 *   <li>outside TEXT, the {@code MAKEINSTANCE}, {@code TLINK}, {@code SLINK} and {@code ALINK}
 *       elements are left out (with their line when they stand alone on it), since they refer to
 *       the annotations that were removed; the DCT and everything else stay.
 * </ul>
 *
 * <p>The TIMEX3s are numbered {@code t1}, {@code t2}... in text order, skipping any id used
 * outside TEXT (the creation time's {@code t0}); their {@code anchorTimeID}, {@code beginPoint} and
 * {@code endPoint} are renumbered to match when they name another of the given TIMEX3s (by its
 * {@code tid}), kept when they name a TIMEX3 outside TEXT, and dropped otherwise. Attributes are
 * written in the order {@code tid type value mod anchorTimeID beginPoint endPoint quant freq
 * temporalFunction functionInDocument}, the absent (or blank) ones left out, the others stripped.
 * The result is parsed again and checked before it is returned.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimemlWriter.create().write(Path.of("in/APW19980807.0261.tml"), systemTimexes,
 *     Path.of("out/APW19980807.0261.tml"));
 * }</pre>
 */
public final class TimemlWriter {

  private final TimemlReader reader = TimemlReader.create();

  private TimemlWriter() {}

  /** {@return a writer; it holds no state} */
  public static TimemlWriter create() {
    return new TimemlWriter();
  }

  /**
   * Reads {@code original}, writes it with {@code timexes} to {@code output} as UTF-8.
   *
   * @param original a {@code .tml} or {@code .TE3input} file
   * @param timexes the system's TIMEX3s, in TEXT coordinates of {@code original}
   * @param output the file to write, replaced if it exists
   * @throws InvalidInputException naming the file if {@code original} cannot be read
   * @throws IllegalArgumentException if a TIMEX3 does not match the TEXT or two overlap
   * @throws UncheckedIOException if {@code output} cannot be written
   */
  public void write(Path original, List<Timex3> timexes, Path output) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(output, "output");
    String xml = TimemlReader.readUtf8(original);
    String written = write(xml, original.getFileName().toString(), timexes);
    try {
      Files.writeString(output, written, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the TimeML {@code originalXml} with {@code timexes} inline in its TEXT.
   * {@code sourceName} names the file in messages.
   *
   * @param originalXml the TimeML
   * @param sourceName a file name
   * @param timexes the system's TIMEX3s, in TEXT coordinates
   * @return the TimeML with the TIMEX3s inline
   * @throws InvalidInputException naming the source if {@code originalXml} is not valid TimeML
   * @throws IllegalArgumentException naming the source and span if a TIMEX3's span does not match
   *     the TEXT, or if two TIMEX3s overlap (TimeML does not nest TIMEX3s)
   */
  public String write(String originalXml, String sourceName, List<Timex3> timexes) {
    Objects.requireNonNull(originalXml, "originalXml");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(timexes, "timexes");
    TimemlDocument document = reader.read(originalXml, sourceName);
    String text = document.text();
    List<Timex3> sorted = new ArrayList<>(timexes);
    sorted.sort(Comparator.comparing(Timex3::span));
    check(sorted, text, sourceName);

    TimemlMarkup markup = TimemlMarkup.scan(originalXml);
    List<Timex3> numbered = number(sorted, markup.outsideTids());
    String[] insertions = new String[text.length() + 1];
    for (Timex3 t : numbered) {
      add(insertions, t.span().begin(), openTag(t));
      // a closing tag goes before an opening tag at the same offset
      int end = t.span().end();
      insertions[end] = "</TIMEX3>" + (insertions[end] == null ? "" : insertions[end]);
    }
    StringBuilder out = new StringBuilder(originalXml.length() + 64 * numbered.size());
    out.append(markup.head());
    String decoded;
    try {
      decoded = markup.renderText(insertions, out);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
    }
    if (!decoded.equals(text)) {
      throw new IllegalStateException(
          sourceName + ": the raw TEXT content does not decode to the parsed text; not written");
    }
    out.append(markup.tail());
    String written = out.toString();
    verify(written, sourceName, text, numbered);
    return written;
  }

  private static void add(String[] insertions, int at, String markup) {
    insertions[at] = insertions[at] == null ? markup : insertions[at] + markup;
  }

  private static void check(List<Timex3> sorted, String text, String source) {
    Timex3 previous = null;
    for (Timex3 t : sorted) {
      if (!t.span().matches(text)) {
        String actual = t.span().end() <= text.length()
            ? "\"" + text.substring(t.span().begin(), t.span().end()) + "\""
            : "beyond its end (length " + text.length() + ")";
        throw new IllegalArgumentException(
            source + ": TIMEX3 " + t.span() + " does not match the TEXT, which has " + actual);
      }
      if (isSplit(text, t.span().begin()) || isSplit(text, t.span().end())) {
        throw new IllegalArgumentException(
            source + ": TIMEX3 " + t.span() + " splits a surrogate pair");
      }
      if (previous != null && previous.overlaps(t)) {
        throw new IllegalArgumentException(
            source + ": TIMEX3 " + t.span() + " overlaps " + previous.span()
                + "; TimeML does not nest or cross TIMEX3s");
      }
      previous = t;
    }
  }

  private static boolean isSplit(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  /** Numbers the TIMEX3s t1, t2... skipping reserved ids, and renumbers their references. */
  private static List<Timex3> number(List<Timex3> sorted, Set<String> reserved) {
    Map<String, String> renamed = new HashMap<>();
    List<String> ids = new ArrayList<>();
    Set<String> used = new HashSet<>(reserved);
    int next = 1;
    for (Timex3 t : sorted) {
      String id;
      do {
        id = "t" + next++;
      } while (used.contains(id));
      used.add(id);
      ids.add(id);
      if (t.tid() != null) {
        renamed.putIfAbsent(t.tid(), id);
      }
    }
    List<Timex3> numbered = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Timex3 t = sorted.get(i);
      numbered.add(
          t.toBuilder()
              .tid(ids.get(i))
              .anchorTimeId(reference(t.anchorTimeId(), renamed, reserved))
              .beginPoint(reference(t.beginPoint(), renamed, reserved))
              .endPoint(reference(t.endPoint(), renamed, reserved))
              .quant(clean(t.quant()))
              .freq(clean(t.freq()))
              .temporalFunction(clean(t.temporalFunction()))
              .functionInDocument(clean(t.functionInDocument()))
              .build());
    }
    return numbered;
  }

  /** An optional attribute as the reader gives it back: stripped, and absent when blank. */
  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String reference(String tid, Map<String, String> renamed, Set<String> reserved) {
    if (tid == null) {
      return null;
    }
    if (renamed.containsKey(tid)) {
      return renamed.get(tid);
    }
    return reserved.contains(tid) ? tid : null;
  }

  static String openTag(Timex3 t) {
    StringBuilder tag = new StringBuilder("<TIMEX3");
    attribute(tag, "tid", t.tid());
    attribute(tag, "type", t.type().name());
    attribute(tag, "value", t.value());
    attribute(tag, "mod", t.mod() == null ? null : t.mod().name());
    attribute(tag, "anchorTimeID", t.anchorTimeId());
    attribute(tag, "beginPoint", t.beginPoint());
    attribute(tag, "endPoint", t.endPoint());
    attribute(tag, "quant", t.quant());
    attribute(tag, "freq", t.freq());
    attribute(tag, "temporalFunction", t.temporalFunction());
    attribute(tag, "functionInDocument", t.functionInDocument());
    return tag.append('>').toString();
  }

  private static void attribute(StringBuilder tag, String name, String value) {
    if (value != null) {
      tag.append(' ').append(name).append("=\"").append(TimemlMarkup.escapeAttribute(value))
          .append('"');
    }
  }

  private void verify(String written, String source, String text, List<Timex3> numbered) {
    TimemlDocument again;
    try {
      again = reader.read(written, source);
    } catch (InvalidInputException e) {
      throw new IllegalStateException(source + ": the written TimeML does not parse: "
          + e.getMessage(), e);
    }
    if (!again.text().equals(text) || !again.timexes().equals(numbered)) {
      throw new IllegalStateException(
          source + ": the written TimeML does not read back as written");
    }
  }
}
