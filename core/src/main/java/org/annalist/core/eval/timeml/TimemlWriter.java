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
import org.annalist.model.Span;

/**
 * Writes a system's TIMEX3 and EVENT annotations into a copy of the TimeML or TempEval-3 input file
 * they were made from, inline in its TEXT element, with a MAKEINSTANCE for each EVENT after TEXT,
 * in the form the TempEval-3 evaluation toolkit scores.
 *
 * <p>Every character of the file is kept as written (references such as {@code &amp;} and line
 * ends included) except that
 *
 * <ul>
 *   <li>inside TEXT, every tag of the input (gold TIMEX3, EVENT, SIGNAL...) is left out, and the
 *       given TIMEX3s and EVENTs are inserted at their offsets, so the TEXT holds only the system's
 *       annotations (the toolkit compares the text with the tags stripped, so it is unchanged);
 *   <li>outside TEXT, the {@code MAKEINSTANCE}, {@code TLINK}, {@code SLINK} and {@code ALINK}
 *       elements are left out (with their line when they stand alone on it), since they refer to
 *       the annotations that were removed; the DCT and everything else stay;
 *   <li>right after the TEXT end tag, one {@code MAKEINSTANCE} line per given EVENT, in text
 *       order: {@code <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE"
 *       polarity="POS" pos="VERB" modality="would"/>}, the absent attributes left out (the toolkit
 *       then reads them as empty, which agrees only with an absent gold value).
 * </ul>
 *
 * <p>The TIMEX3s are numbered {@code t1}, {@code t2}... in text order, skipping any id used
 * outside TEXT (the creation time's {@code t0}); their {@code anchorTimeID}, {@code beginPoint} and
 * {@code endPoint} are renumbered to match when they name another of the given TIMEX3s (by its
 * {@code tid}), kept when they name a TIMEX3 outside TEXT, and dropped otherwise. Attributes are
 * written in the order {@code tid type value mod anchorTimeID beginPoint endPoint quant freq
 * temporalFunction functionInDocument}, the absent (or blank) ones left out, the others stripped.
 * The EVENTs are numbered {@code e1}, {@code e2}... in text order, skipping any id used by an EVENT
 * outside TEXT, and written as {@code <EVENT eid="e1" class="OCCURRENCE">}; the instance of
 * {@code eN} is {@code eiN}, and its modality and part of speech are stripped.
 *
 * <p>TimeML does not nest or cross TIMEX3s, nor EVENTs, and this writer does not nest an EVENT and
 * a TIMEX3 either: annotations that share a character are rejected with an {@link
 * IllegalArgumentException} naming both, and nothing is written (a caller that may produce such
 * pairs chooses which one to keep first). Touching annotations ({@code [0, 5)} and {@code [5, 9)})
 * and empty ones are written as they are. The result is parsed again and checked before it is
 * returned, so that reading it gives back the TEXT, the numbered TIMEX3s and the numbered EVENTs
 * with their attributes.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimemlWriter.create().write(Path.of("in/APW19980807.0261.tml"), systemTimexes, systemEvents,
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
   * Reads {@code original}, writes it with {@code timexes} and no EVENT to {@code output} as UTF-8.
   *
   * @param original a {@code .tml} or {@code .TE3input} file
   * @param timexes the system's TIMEX3s, in TEXT coordinates of {@code original}
   * @param output the file to write, replaced if it exists
   * @throws InvalidInputException naming the file if {@code original} cannot be read
   * @throws IllegalArgumentException if a TIMEX3 does not match the TEXT or two overlap
   * @throws UncheckedIOException if {@code output} cannot be written
   */
  public void write(Path original, List<Timex3> timexes, Path output) {
    write(original, timexes, List.of(), output);
  }

  /**
   * Reads {@code original}, writes it with {@code timexes} and {@code events} to {@code output} as
   * UTF-8.
   *
   * @param original a {@code .tml} or {@code .TE3input} file
   * @param timexes the system's TIMEX3s, in TEXT coordinates of {@code original}
   * @param events the system's EVENTs, in TEXT coordinates of {@code original}
   * @param output the file to write, replaced if it exists
   * @throws InvalidInputException naming the file if {@code original} cannot be read
   * @throws IllegalArgumentException if an annotation does not match the TEXT or two overlap
   * @throws UncheckedIOException if {@code output} cannot be written
   */
  public void write(Path original, List<Timex3> timexes, List<TimemlEvent> events, Path output) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(output, "output");
    String xml = TimemlReader.readUtf8(original);
    String written = write(xml, original.getFileName().toString(), timexes, events);
    try {
      Files.writeString(output, written, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the TimeML {@code originalXml} with {@code timexes} inline in its TEXT and no EVENT.
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
    return write(originalXml, sourceName, timexes, List.of());
  }

  /**
   * Returns the TimeML {@code originalXml} with {@code timexes} and {@code events} inline in its
   * TEXT and a MAKEINSTANCE for each event after it. {@code sourceName} names the file in messages.
   *
   * @param originalXml the TimeML
   * @param sourceName a file name
   * @param timexes the system's TIMEX3s, in TEXT coordinates
   * @param events the system's EVENTs, in TEXT coordinates
   * @return the TimeML with the annotations inline
   * @throws InvalidInputException naming the source if {@code originalXml} is not valid TimeML
   * @throws IllegalArgumentException naming the source and span if an annotation's span does not
   *     match the TEXT, or if two annotations overlap (two TIMEX3s, two EVENTs, or an EVENT and a
   *     TIMEX3)
   */
  public String write(String originalXml, String sourceName, List<Timex3> timexes,
      List<TimemlEvent> events) {
    Objects.requireNonNull(originalXml, "originalXml");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(timexes, "timexes");
    Objects.requireNonNull(events, "events");
    TimemlDocument document = reader.read(originalXml, sourceName);
    String text = document.text();
    List<Annotation> annotations = new ArrayList<>();
    timexes.forEach(t -> annotations.add(new Annotation("TIMEX3", t.span(), t)));
    events.forEach(e -> annotations.add(new Annotation("EVENT", e.span(), e)));
    annotations.sort(Comparator.comparing(Annotation::span));
    check(annotations, text, sourceName);

    TimemlMarkup markup = TimemlMarkup.scan(originalXml);
    List<Timex3> sorted = new ArrayList<>(timexes);
    sorted.sort(Comparator.comparing(Timex3::span));
    List<Timex3> numbered = number(sorted, markup.outsideTids());
    List<TimemlEvent> numberedEvents = numberEvents(events, markup.outsideEids());
    Insertions insertions = new Insertions(text.length());
    for (Timex3 t : numbered) {
      insertions.add(t.span(), openTag(t), "</TIMEX3>");
    }
    for (TimemlEvent e : numberedEvents) {
      insertions.add(e.span(), eventTag(e), "</EVENT>");
    }
    StringBuilder out = new StringBuilder(
        originalXml.length() + 64 * numbered.size() + 160 * numberedEvents.size());
    out.append(markup.head());
    String decoded;
    try {
      decoded = markup.renderText(insertions.toArray(), out);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
    }
    if (!decoded.equals(text)) {
      throw new IllegalStateException(
          sourceName + ": the raw TEXT content does not decode to the parsed text; not written");
    }
    out.append(markup.textClose());
    for (TimemlEvent e : numberedEvents) {
      out.append('\n').append(instanceTag(e));
    }
    out.append(markup.afterText());
    String written = out.toString();
    verify(written, sourceName, text, numbered, numberedEvents);
    return written;
  }

  /** A TIMEX3 or EVENT to check against the text and the others. */
  private record Annotation(String element, Span span, Object annotation) {}

  /**
   * The tags to insert before each offset of the text: the end tags of the elements ending there,
   * then the empty elements there, then the start tag of the element beginning there; since no two
   * elements overlap, this nests nothing.
   */
  private static final class Insertions {
    private final StringBuilder[] ends;
    private final StringBuilder[] empties;
    private final StringBuilder[] starts;

    Insertions(int length) {
      ends = new StringBuilder[length + 1];
      empties = new StringBuilder[length + 1];
      starts = new StringBuilder[length + 1];
    }

    void add(Span span, String startTag, String endTag) {
      if (span.length() == 0) {
        append(empties, span.begin(), startTag + endTag);
      } else {
        append(starts, span.begin(), startTag);
        append(ends, span.end(), endTag);
      }
    }

    private static void append(StringBuilder[] at, int offset, String tags) {
      if (at[offset] == null) {
        at[offset] = new StringBuilder();
      }
      at[offset].append(tags);
    }

    String[] toArray() {
      String[] all = new String[ends.length];
      for (int i = 0; i < all.length; i++) {
        if (ends[i] != null || empties[i] != null || starts[i] != null) {
          all[i] = Objects.toString(ends[i], "") + Objects.toString(empties[i], "")
              + Objects.toString(starts[i], "");
        }
      }
      return all;
    }
  }

  /** Checks every span against the text, and that no two annotations share a character. */
  private static void check(List<Annotation> sorted, String text, String source) {
    // sorted by span, so an annotation can only overlap one that begins before its end; the
    // latest-ending earlier one is the only candidate
    Annotation reaching = null;
    for (Annotation a : sorted) {
      Span span = a.span();
      if (!span.matches(text)) {
        String actual = span.end() <= text.length()
            ? "\"" + text.substring(span.begin(), span.end()) + "\""
            : "beyond its end (length " + text.length() + ")";
        throw new IllegalArgumentException(
            source + ": " + a.element() + " " + span + " does not match the TEXT, which has "
                + actual);
      }
      if (isSplit(text, span.begin()) || isSplit(text, span.end())) {
        throw new IllegalArgumentException(
            source + ": " + a.element() + " " + span + " splits a surrogate pair");
      }
      if (reaching != null && SpanMatching.overlaps(reaching.span(), span)) {
        String why = reaching.element().equals(a.element())
            ? "TimeML does not nest or cross " + a.element() + "s"
            : "EVENTs and TIMEX3s are not nested";
        throw new IllegalArgumentException(
            source + ": " + a.element() + " " + span + " overlaps " + reaching.element() + " "
                + reaching.span() + "; " + why);
      }
      if (reaching == null || span.end() > reaching.span().end()) {
        reaching = a;
      }
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

  /** Numbers the EVENTs e1, e2... in text order, skipping reserved ids. */
  private static List<TimemlEvent> numberEvents(List<TimemlEvent> events, Set<String> reserved) {
    List<TimemlEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(TimemlEvent::span));
    List<TimemlEvent> numbered = new ArrayList<>(sorted.size());
    int next = 1;
    for (TimemlEvent e : sorted) {
      String id;
      do {
        id = "e" + next++;
      } while (reserved.contains(id));
      numbered.add(new TimemlEvent(id, e.eventClass(), e.span(), e.tense(), e.aspect(),
          e.polarity(), clean(e.modality()), clean(e.pos())));
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

  static String eventTag(TimemlEvent e) {
    StringBuilder tag = new StringBuilder("<EVENT");
    attribute(tag, "eid", e.eid());
    attribute(tag, "class", name(e.eventClass()));
    return tag.append('>').toString();
  }

  /** The instance of event {@code eN}, {@code eiN}. */
  static String instanceTag(TimemlEvent e) {
    StringBuilder tag = new StringBuilder("<MAKEINSTANCE");
    attribute(tag, "eventID", e.eid());
    attribute(tag, "eiid", "ei" + e.eid().substring(1));
    attribute(tag, "tense", name(e.tense()));
    attribute(tag, "aspect", name(e.aspect()));
    attribute(tag, "polarity", name(e.polarity()));
    attribute(tag, "pos", e.pos());
    attribute(tag, "modality", e.modality());
    return tag.append("/>").toString();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static void attribute(StringBuilder tag, String name, String value) {
    if (value != null) {
      tag.append(' ').append(name).append("=\"").append(TimemlMarkup.escapeAttribute(value))
          .append('"');
    }
  }

  private void verify(String written, String source, String text, List<Timex3> numbered,
      List<TimemlEvent> events) {
    TimemlDocument again;
    try {
      again = reader.read(written, source);
    } catch (InvalidInputException e) {
      throw new IllegalStateException(source + ": the written TimeML does not parse: "
          + e.getMessage(), e);
    }
    if (!again.text().equals(text) || !again.timexes().equals(numbered)
        || !again.events().equals(events)) {
      throw new IllegalStateException(
          source + ": the written TimeML does not read back as written");
    }
  }
}
