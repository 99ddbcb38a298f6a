package org.annalist.core.eval.brat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.model.Span;

/**
 * One attribution of a brat standoff file, PolNeAR style: an {@code E} line of type {@code
 * Attribution} or {@code Attribution-no-source} and the spans of the {@code T} lines its roles
 * name. Each role may be missing (an empty list) or have several spans: a discontinuous {@code T}
 * line gives one span per fragment, and numbered roles ({@code Content2}) add theirs to the same
 * role. The event's trigger, which PolNeAR labels {@code Attribution} and places on the cue, is
 * not kept.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (BratAttribution a : BratReader.create().read(ann, txt).attributions()) {
 *   System.out.println(a.source() + " " + a.cue() + ": " + a.contentText());
 * }
 * }</pre>
 *
 * @param id the {@code E} line's id, e.g. {@code E1}
 * @param content the spans of what was said, in text order
 * @param source the spans of who said it, in text order; empty when the file names no source
 * @param cue the spans of the speech cue, in text order; empty when the file names none
 */
public record BratAttribution(String id, List<Span> content, List<Span> source, List<Span> cue) {

  /** What marks a direct quotation at either end of the content. */
  private static final List<String> QUOTATION_MARKS = List.of("\u201C", "\u201D", "\"", "''", "``");

  /**
   * Checks the id and copies the spans, sorted into text order.
   *
   * @param id the {@code E} line's id, not blank
   * @param content the content spans
   * @param source the source spans
   * @param cue the cue spans
   * @throws IllegalArgumentException if the id is blank
   */
  public BratAttribution {
    BratTextBound.requireToken(id, "id");
    content = sorted(content, "content of " + id);
    source = sorted(source, "source of " + id);
    cue = sorted(cue, "cue of " + id);
  }

  private static List<Span> sorted(List<Span> spans, String name) {
    return Objects.requireNonNull(spans, name).stream()
        .map(s -> Objects.requireNonNull(s, name))
        .sorted()
        .toList();
  }

  /**
   * The content's text: its spans' texts joined by a space, as brat shows a discontinuous span.
   *
   * @return the content as one string, empty if there is no content
   */
  public String contentText() {
    return content.stream().map(Span::text).collect(Collectors.joining(" "));
  }

  /**
   * Whether this is a direct quotation, by the rule of the evaluation: its content, ignoring
   * surrounding whitespace, starts or ends with a quotation mark: {@code “}, {@code ”}, {@code "},
   * or the ASCII pairs {@code ''} and {@code ``}. A single {@code '} or {@code ’} does not count.
   *
   * @return whether the content starts or ends with a quotation mark
   */
  public boolean isDirect() {
    String text = contentText().strip();
    return QUOTATION_MARKS.stream().anyMatch(mark -> text.startsWith(mark) || text.endsWith(mark));
  }
}
