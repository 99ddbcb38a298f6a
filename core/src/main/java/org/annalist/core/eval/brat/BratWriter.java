package org.annalist.core.eval.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.Span;

/**
 * Writes attributions as a brat standoff file ({@code .ann}) in PolNeAR's shape, so that brat
 * shows them and {@link BratReader} (or any PolNeAR tool) reads them back: for each attribution, in
 * order, a {@code Source}, a {@code Cue} and a {@code Content} {@code T} line for the roles it has,
 * a trigger {@code T} line on the cue, and the {@code E} line joining them:
 *
 * <pre>
 * T1	Source 20 25	Petro
 * T2	Cue 26 31	wrote
 * T3	Content 1 15;40 60	If we must … You cannot …
 * T4	Attribution 26 31	wrote
 * E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 * </pre>
 *
 * <p>An attribution without a source is of type (and has a trigger labelled) {@code
 * Attribution-no-source}, as in PolNeAR. The trigger is placed on the cue, else on the source,
 * else on the content; an attribution with none of the three cannot be written (brat's events need
 * a trigger). A role with several spans is one discontinuous {@code T} line, its text the spans'
 * texts joined by a space, written as it is (a line break in it included, as brat writes it).
 * Offsets are written as code points, brat's unit ({@link BratReader} explains); {@code T} and
 * {@code E} ids are numbered from 1 in writing order, and the attributions' own ids are not
 * written. Lines end with {@code \n}.
 *
 * <p>From a {@link ClaimLayer}, the attributed claims are written, in the layer's order (every kind
 * but {@link ClaimKind#REPORTED_BY_ARTICLE}, which has no source or cue to annotate): content, the
 * source's span and the cue's span; channel, addressee and time have no place in PolNeAR's scheme.
 * Reading the result back against the same text gives {@link #attributions(ClaimLayer)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String ann = BratWriter.create().write(analyzed.expect(ClaimLayer.KEY), analyzed.text());
 * Files.writeString(Path.of("out", name + ".ann"), ann);
 * }</pre>
 */
public final class BratWriter {

  private BratWriter() {}

  /**
   * Returns a writer.
   *
   * @return a writer, which may be shared
   */
  public static BratWriter create() {
    return new BratWriter();
  }

  /**
   * The attributions this writer writes for a claim layer: one per attributed claim, in order,
   * with ids {@code E1}, {@code E2}..., as they read back.
   *
   * @param claims a document's claims
   * @return the attributed claims as attributions
   */
  public List<BratAttribution> attributions(ClaimLayer claims) {
    Objects.requireNonNull(claims, "claims");
    List<BratAttribution> attributions = new ArrayList<>();
    for (Claim claim : claims.attributed().toList()) {
      attributions.add(new BratAttribution("E" + (attributions.size() + 1), claim.content(),
          claim.source() == null ? List.of() : List.of(claim.source().span()),
          claim.cue() == null ? List.of() : List.of(claim.cue().span())));
    }
    return attributions;
  }

  /**
   * Writes the attributed claims of a layer.
   *
   * @param claims a document's claims
   * @param text the document's text, which the claims' spans point into
   * @return the {@code .ann} file's content
   * @throws IllegalArgumentException if a span does not match the text
   */
  public String write(ClaimLayer claims, String text) {
    return write(attributions(claims), text);
  }

  /**
   * Writes attributions.
   *
   * @param attributions the attributions, written in this order
   * @param text the document's text, which their spans point into
   * @return the {@code .ann} file's content
   * @throws IllegalArgumentException naming the attribution if a span does not match the text, or
   *     if an attribution has no span at all
   */
  public String write(List<BratAttribution> attributions, String text) {
    Objects.requireNonNull(attributions, "attributions");
    Objects.requireNonNull(text, "text");
    CodePoints points = CodePoints.of(text);
    StringBuilder out = new StringBuilder();
    int textBounds = 0;
    int events = 0;
    for (BratAttribution a : attributions) {
      Objects.requireNonNull(a, "attribution");
      check(a, text);
      List<Span> trigger = !a.cue().isEmpty() ? a.cue()
          : !a.source().isEmpty() ? a.source() : a.content();
      if (trigger.isEmpty()) {
        throw new IllegalArgumentException("attribution " + a.id()
            + " has no content, source or cue span to place it on");
      }
      String type = a.source().isEmpty()
          ? BratReader.ATTRIBUTION_NO_SOURCE : BratReader.ATTRIBUTION;
      String source = a.source().isEmpty() ? null
          : textBound(out, ++textBounds, BratReader.SOURCE, a.source(), points);
      String cue = a.cue().isEmpty() ? null
          : textBound(out, ++textBounds, BratReader.CUE, a.cue(), points);
      String content = a.content().isEmpty() ? null
          : textBound(out, ++textBounds, BratReader.CONTENT, a.content(), points);
      String triggerId = textBound(out, ++textBounds, type, trigger, points);
      out.append('E').append(++events).append('\t').append(type).append(':').append(triggerId);
      argument(out, BratReader.CONTENT, content);
      argument(out, BratReader.CUE, cue);
      argument(out, BratReader.SOURCE, source);
      out.append('\n');
    }
    return out.toString();
  }

  private static void check(BratAttribution a, String text) {
    for (List<Span> role : List.of(a.content(), a.source(), a.cue())) {
      for (Span span : role) {
        if (!span.matches(text)) {
          throw new IllegalArgumentException("attribution " + a.id() + ": span " + span
              + " does not match the text (length " + text.length() + ")");
        }
      }
    }
  }

  private static String textBound(
      StringBuilder out, int number, String label, List<Span> spans, CodePoints points) {
    String id = "T" + number;
    out.append(id).append('\t').append(label).append(' ');
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      out.append(i == 0 ? "" : ";").append(points.toCodePoint(span.begin())).append(' ')
          .append(points.toCodePoint(span.end()));
    }
    out.append('\t').append(spans.stream().map(Span::text).collect(Collectors.joining(" ")))
        .append('\n');
    return id;
  }

  private static void argument(StringBuilder out, String role, String id) {
    if (id != null) {
      out.append(' ').append(role).append(':').append(id);
    }
  }
}
