package org.annalist.core.eval.timeml;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * What a TimeML or TempEval-3 input file says: the document id, the characters of its TEXT element,
 * its creation time, and the TIMEX3 and EVENT annotations inside TEXT as spans into that text, each
 * EVENT with the attributes of its MAKEINSTANCE. Links and signals are not kept.
 *
 * <p>{@code text} is the TEXT element's character content exactly as an XML parser reports it:
 * tags removed, entity and character references decoded, and (as XML 1.0 requires of every parser)
 * line ends normalised to {@code \n}; nothing else is changed, so the offsets are the ones the
 * TempEval-3 toolkit sees.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimemlDocument doc = TimemlReader.create().read(Path.of("APW19980807.0261.tml"));
 * for (Timex3 t : doc.timexes()) {
 *   System.out.println(t.span().text() + " -> " + t.value());   // Friday -> 1998-08-07
 * }
 * }</pre>
 *
 * @param id the DOCID, or the file name without its extension when there is none
 * @param text the TEXT element's characters
 * @param creationTime the creation time, or {@code null} if the file has none
 * @param timexes the TIMEX3s inside TEXT, by span
 * @param events the EVENTs inside TEXT, by span
 */
public record TimemlDocument(
    String id, String text, CreationTime creationTime, List<Timex3> timexes,
    List<TimemlEvent> events) {

  /**
   * Checks the components and sorts the annotations by span.
   *
   * @param id the DOCID, or the file name without its extension when there is none
   * @param text the TEXT element's characters
   * @param creationTime the creation time, or {@code null} if the file has none
   * @param timexes the TIMEX3s inside TEXT, by span
   * @param events the EVENTs inside TEXT, by span
   * @throws IllegalArgumentException naming the document and annotation if a span does not match
   *     the text
   */
  public TimemlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text of " + id);
    timexes =
        Objects.requireNonNull(timexes, "timexes").stream()
            .sorted(Comparator.comparing(Timex3::span))
            .toList();
    events =
        Objects.requireNonNull(events, "events").stream()
            .sorted(Comparator.comparing(TimemlEvent::span))
            .toList();
    for (Timex3 t : timexes) {
      requireIn(t.span(), text, id, "TIMEX3 " + t.tid());
    }
    for (TimemlEvent e : events) {
      requireIn(e.span(), text, id, "EVENT " + e.eid());
    }
  }

  private static void requireIn(Span span, String text, String id, String what) {
    if (!span.matches(text)) {
      throw new IllegalArgumentException(
          id + ": " + what + " span " + span + " does not match the TEXT (length "
              + text.length() + ")");
    }
  }

  /** {@return the creation time, if the file has one} */
  public Optional<CreationTime> findCreationTime() {
    return Optional.ofNullable(creationTime);
  }

  /**
   * {@return the TIMEX3 with this tid, if there is one inside TEXT}
   *
   * @param tid a TimeML id such as {@code t3}
   */
  public Optional<Timex3> findTimex(String tid) {
    return timexes.stream().filter(t -> Objects.equals(t.tid(), tid)).findFirst();
  }

  /**
   * {@return the EVENT with this eid, if there is one inside TEXT}
   *
   * @param eid a TimeML id such as {@code e3}
   */
  public Optional<TimemlEvent> findEvent(String eid) {
    return events.stream().filter(e -> e.eid().equals(eid)).findFirst();
  }

  @Override
  public String toString() {
    return "TimemlDocument[" + id + ", " + text.length() + " characters, "
        + (creationTime == null ? "no creation time" : "created " + creationTime.value()) + ", "
        + timexes.size() + " TIMEX3, " + events.size() + " EVENT]";
  }
}
