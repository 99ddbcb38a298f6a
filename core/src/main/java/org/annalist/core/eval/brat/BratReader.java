package org.annalist.core.eval.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.Utf8;
import org.annalist.model.Span;

/**
 * Reads brat standoff annotation files ({@code .ann}) into {@link BratDocument}s, as PolNeAR's
 * attribution annotation uses them:
 *
 * <pre>
 * T1	Source 89 106	The New York Post
 * T2	Cue 107 114	reports
 * T3	Content 115 290;300 310	that Hillary Clinton’s team … ward
 * T4	Attribution 107 114	reports
 * E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 * </pre>
 *
 * <ul>
 *   <li>A {@code T} line is {@code id TAB label SPACE offsets TAB text}; the offsets are {@code
 *       begin end} pairs separated by {@code ;} (a discontinuous annotation), and the text is the
 *       fragments' texts joined by a space. <b>Offsets count Unicode code points</b>, as brat (a
 *       Python program) does; they are converted to UTF-16 offsets, which differ only after a
 *       character outside the Basic Multilingual Plane. (PolNeAR's texts have none, so on PolNeAR
 *       both readings agree: all 97,146 {@code T} lines of train and dev match their text.) A
 *       covered text holding a line break continues on the next lines of the file, as brat writes
 *       it: the text is as many code points long as its offsets cover, whatever it holds.
 *   <li>An {@code E} line of type {@code Attribution} or {@code Attribution-no-source} is an
 *       attribution: {@code id TAB Type:Trigger Role:Tn ...}, the type and its trigger first (as
 *       brat writes events), then the roles in any order, each of {@code Source}, {@code Cue} and
 *       {@code Content} optional and possibly numbered ({@code Content2}, brat's way of giving a
 *       role a second argument), their spans joined in text order. The role decides what a span is,
 *       whatever its {@code T} line's label (three PolNeAR lines name a {@code Source} as {@code
 *       Content} or a {@code Discuss} as {@code Cue}). {@code E} lines of other types are skipped.
 *   <li>Lines of the other brat kinds, {@code A} and {@code M} (attributes), {@code R}
 *       (relations), {@code *} (equivalences), {@code N} (normalisations) and {@code #} (notes),
 *       are skipped, as are blank lines; they add nothing to an attribution.
 * </ul>
 *
 * <p>Given the document's text, every span is checked against it. A line that is none of the
 * above, a malformed {@code T} or {@code E} line, an id defined twice, a role other than the
 * three, a reference to a {@code T} id the file does not define, a span outside the text or whose
 * {@code T} text differs from the text's characters is an {@link InvalidInputException} naming the
 * file and the line. Without the text, the offsets are taken as UTF-16 offsets, which is exact when
 * the text has no character outside the Basic Multilingual Plane, and the spans' texts come from
 * the {@code T} lines.
 *
 * <p>Files are strict UTF-8 ({@link Utf8}); a leading byte-order mark is not part of either file,
 * as everywhere in Annalist (brat would count one in the {@code .txt}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BratDocument gold = BratReader.create().read(Path.of("dev/attributions/X_ef2d.ann"),
 *     Path.of("dev/text/X.txt"));
 * }</pre>
 */
public final class BratReader {

  static final String SOURCE = "Source";
  static final String CUE = "Cue";
  static final String CONTENT = "Content";
  static final String ATTRIBUTION = "Attribution";
  static final String ATTRIBUTION_NO_SOURCE = "Attribution-no-source";

  private static final Pattern FRAGMENT = Pattern.compile("(\\d{1,9}) (\\d{1,9})");
  private static final Pattern ARGUMENT = Pattern.compile("([^\\s:]+):([^\\s:]+)");
  private static final Pattern NUMBERED = Pattern.compile("\\d+$");
  private static final String SKIPPED_KINDS = "AMR*N#";

  private BratReader() {}

  /**
   * Returns a reader.
   *
   * @return a reader, which may be shared
   */
  public static BratReader create() {
    return new BratReader();
  }

  /**
   * Reads an {@code .ann} file and checks it against the text file it annotates.
   *
   * @param annFile the annotation file
   * @param textFile the {@code .txt} file the offsets point into
   * @return the document, named by the annotation file's name
   * @throws InvalidInputException naming the file (and line) if either file cannot be read or the
   *     annotations are malformed or do not match the text
   */
  public BratDocument read(Path annFile, Path textFile) {
    Objects.requireNonNull(annFile, "annFile");
    Objects.requireNonNull(textFile, "textFile");
    String name = annFile.getFileName().toString();
    String text = Utf8.read(textFile, textFile.getFileName().toString());
    return read(Utf8.read(annFile, name), name, text);
  }

  /**
   * Reads annotations given as a string, without checking them against a text: the offsets are
   * taken as UTF-16 offsets and the spans' texts come from the {@code T} lines.
   *
   * @param ann the content of an {@code .ann} file
   * @param sourceName the file name, for messages and {@link BratDocument#name()}
   * @return the document
   * @throws InvalidInputException naming the source and line if the annotations are malformed, or
   *     if a {@code T} line's text has a character outside the Basic Multilingual Plane (its UTF-16
   *     offsets cannot be known without the text)
   */
  public BratDocument read(String ann, String sourceName) {
    Objects.requireNonNull(ann, "ann");
    Objects.requireNonNull(sourceName, "sourceName");
    return new Parse(ann, sourceName, null).run();
  }

  /**
   * Reads annotations given as a string and checks them against the text they annotate.
   *
   * @param ann the content of an {@code .ann} file
   * @param sourceName the file name, for messages and {@link BratDocument#name()}
   * @param text the document's text (the {@code .txt} file's characters)
   * @return the document, its spans in UTF-16 offsets of {@code text}
   * @throws InvalidInputException naming the source and line if the annotations are malformed, or
   *     if a span lies outside the text or its {@code T} text differs from the text's characters
   */
  public BratDocument read(String ann, String sourceName, String text) {
    Objects.requireNonNull(ann, "ann");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    return new Parse(ann, sourceName, text).run();
  }

  /** One parse of one file; not thread-safe, never shared. */
  private static final class Parse {
    private final String ann;
    private final String source;
    private final String text;
    private final CodePoints points;

    private int pos;
    private int line = 1;
    private final Map<String, BratTextBound> textBounds = new LinkedHashMap<>();
    private final Map<String, Integer> textBoundLines = new LinkedHashMap<>();
    private final Map<String, Integer> eventLines = new LinkedHashMap<>();
    private final List<PendingEvent> events = new ArrayList<>();

    Parse(String ann, String source, String text) {
      this.ann = ann;
      this.source = source;
      this.text = text;
      this.points = text == null ? null : CodePoints.of(text);
    }

    BratDocument run() {
      pos = ann.startsWith("\uFEFF") ? 1 : 0;
      while (pos < ann.length()) {
        int lineEnd = lineEnd(pos);
        String whole = ann.substring(pos, lineEnd);
        if (whole.isBlank()) {
          nextLine(lineEnd);
          continue;
        }
        int tab = whole.indexOf('\t');
        char kind = whole.charAt(0);
        if (tab <= 0 || (kind != 'T' && kind != 'E' && SKIPPED_KINDS.indexOf(kind) < 0)) {
          throw fail(line, "not a brat annotation line (an id of T, E, A, M, R, N, * or #,"
              + " then a tab): \"" + shorten(whole) + "\"");
        }
        String id = whole.substring(0, tab);
        if (kind == 'T') {
          textBound(id, pos + tab + 1, lineEnd);
        } else {
          if (kind == 'E') {
            event(id, whole.substring(tab + 1));
          }
          nextLine(lineEnd);
        }
      }
      List<BratAttribution> attributions = new ArrayList<>();
      for (PendingEvent event : events) {
        attributions.add(event.resolve());
      }
      return new BratDocument(source, List.copyOf(textBounds.values()), attributions);
    }

    private int lineEnd(int from) {
      int newline = ann.indexOf('\n', from);
      return newline < 0 ? ann.length() : newline;
    }

    /** Moves past the line ending at {@code lineEnd} (a newline, or the end of the file). */
    private void nextLine(int lineEnd) {
      pos = lineEnd + 1;
      line++;
    }

    /** A {@code T} line from its label at {@code from}; its text may run over several lines. */
    private void textBound(String id, int from, int lineEnd) {
      int startLine = line;
      int secondTab = ann.indexOf('\t', from);
      if (secondTab < 0 || secondTab > lineEnd) {
        throw fail(startLine, id + ": expected 'label begin end<TAB>text'");
      }
      String header = ann.substring(from, secondTab);
      int space = header.indexOf(' ');
      if (space <= 0) {
        throw fail(startLine, id + ": expected 'label begin end', found \"" + shorten(header)
            + "\"");
      }
      String label = header.substring(0, space);
      List<int[]> offsets = offsets(id, header.substring(space + 1), startLine);
      long length = offsets.size() - 1;
      for (int[] fragment : offsets) {
        length += fragment[1] - fragment[0];
        if (points != null && fragment[1] > points.count()) {
          throw fail(startLine, id + ": span " + fragment[0] + " " + fragment[1]
              + " is outside the text, which has " + points.count() + " characters");
        }
      }
      // the covered text, however many line breaks it holds, is as long as the offsets say
      int end = secondTab + 1;
      for (long n = 0; n < length; n++) {
        if (end >= ann.length()) {
          throw fail(startLine, id + ": the file ends before the " + length
              + " characters of text its offsets cover");
        }
        int c = ann.codePointAt(end);
        if (c == '\n') {
          line++;
        }
        end += Character.charCount(c);
      }
      String covered = ann.substring(secondTab + 1, end);
      int after = end < ann.length() && ann.charAt(end) == '\r' ? end + 1 : end;
      if (after < ann.length() && ann.charAt(after) != '\n') {
        throw fail(startLine, id + ": its text \"" + shorten(covered + ann.substring(end,
            lineEnd(end))) + "\" is not the " + length + " characters its offsets cover");
      }
      List<Span> fragments = text == null
          ? fragmentsFromLine(id, offsets, covered, startLine)
          : fragmentsFromText(id, offsets, covered, startLine);
      define(textBoundLines, id, startLine);
      textBounds.put(id, new BratTextBound(id, label, fragments));
      nextLine(after);
    }

    private List<int[]> offsets(String id, String spec, int at) {
      List<int[]> offsets = new ArrayList<>();
      for (String part : spec.split(";", -1)) {
        Matcher m = FRAGMENT.matcher(part);
        if (!m.matches()) {
          throw fail(at, id + ": expected offsets 'begin end' (or 'b e;b e' for a"
              + " discontinuous span), found \"" + shorten(spec) + "\"");
        }
        int begin = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end < begin) {
          throw fail(at, id + ": span " + begin + " " + end + " ends before it begins");
        }
        offsets.add(new int[] {begin, end});
      }
      return offsets;
    }

    /** The spans in the text, checked against the {@code T} line's copy of their characters. */
    private List<Span> fragmentsFromText(String id, List<int[]> offsets, String covered, int at) {
      List<Span> fragments = new ArrayList<>();
      StringBuilder joined = new StringBuilder();
      for (int[] fragment : offsets) {
        Span span = span(id, points.toUtf16(fragment[0]), points.toUtf16(fragment[1]), null, at);
        if (!joined.isEmpty()) {
          joined.append(' ');
        }
        joined.append(span.text());
        fragments.add(span);
      }
      if (!joined.toString().equals(covered)) {
        throw fail(at, id + ": its text \"" + shorten(covered) + "\" is not the text's \""
            + shorten(joined.toString()) + "\" at " + describe(offsets));
      }
      return fragments;
    }

    /** The spans as the {@code T} line gives them, its offsets taken as UTF-16 offsets. */
    private List<Span> fragmentsFromLine(String id, List<int[]> offsets, String covered, int at) {
      if (covered.codePointCount(0, covered.length()) != covered.length()) {
        throw fail(at, id + ": its text has a character outside the Basic Multilingual Plane,"
            + " so its offsets cannot be placed without the document's text");
      }
      List<Span> fragments = new ArrayList<>();
      int from = 0;
      for (int[] fragment : offsets) {
        if (from > 0) {
          if (covered.charAt(from) != ' ') {
            throw fail(at, id + ": its text \"" + shorten(covered) + "\" does not separate the"
                + " fragments " + describe(offsets) + " by a space");
          }
          from++;
        }
        int to = from + fragment[1] - fragment[0];
        fragments.add(span(id, fragment[0], fragment[1], covered.substring(from, to), at));
        from = to;
      }
      return fragments;
    }

    private Span span(String id, int begin, int end, String covered, int at) {
      try {
        return covered == null ? Span.of(text, begin, end) : new Span(begin, end, covered);
      } catch (IllegalArgumentException e) {
        throw fail(at, id + ": " + e.getMessage());
      }
    }

    private static String describe(List<int[]> offsets) {
      StringBuilder out = new StringBuilder();
      for (int[] fragment : offsets) {
        out.append(out.isEmpty() ? "" : ";").append(fragment[0]).append(' ').append(fragment[1]);
      }
      return out.toString();
    }

    /** An {@code E} line's arguments; attributions are resolved once every line is read. */
    private void event(String id, String arguments) {
      String[] parts = arguments.strip().split(" +");
      List<String[]> parsed = new ArrayList<>();
      for (String part : parts) {
        Matcher m = ARGUMENT.matcher(part);
        if (!m.matches()) {
          throw fail(line, id + ": expected 'Type:Tn Role:Tn ...', found \"" + shorten(arguments)
              + "\"");
        }
        parsed.add(new String[] {m.group(1), m.group(2)});
      }
      define(eventLines, id, line);
      String type = parsed.get(0)[0];
      if (!type.equals(ATTRIBUTION) && !type.equals(ATTRIBUTION_NO_SOURCE)) {
        return; // another kind of event: not an attribution
      }
      PendingEvent event = new PendingEvent(id, line, parsed.get(0)[1]);
      for (String[] argument : parsed.subList(1, parsed.size())) {
        String role = NUMBERED.matcher(argument[0]).replaceFirst("");
        if (!role.equals(SOURCE) && !role.equals(CUE) && !role.equals(CONTENT)) {
          throw fail(line, id + ": unknown role \"" + argument[0] + "\"; an attribution has "
              + SOURCE + ", " + CUE + " and " + CONTENT + " (numbered or not)");
        }
        event.arguments.add(new String[] {role, argument[1]});
      }
      events.add(event);
    }

    private void define(Map<String, Integer> lines, String id, int at) {
      Integer first = lines.putIfAbsent(id, at);
      if (first != null) {
        throw fail(at, id + " is defined twice (first on line " + first + ")");
      }
    }

    private InvalidInputException fail(int at, String message) {
      return new InvalidInputException(source, source + ": line " + at + ": " + message);
    }

    /** An {@code E} line read, its {@code T} references not yet checked. */
    private final class PendingEvent {
      final String id;
      final int at;
      final String trigger;
      final List<String[]> arguments = new ArrayList<>();

      PendingEvent(String id, int at, String trigger) {
        this.id = id;
        this.at = at;
        this.trigger = trigger;
      }

      BratAttribution resolve() {
        fragments(trigger);
        List<Span> content = new ArrayList<>();
        List<Span> sourceSpans = new ArrayList<>();
        List<Span> cue = new ArrayList<>();
        for (String[] argument : arguments) {
          List<Span> into = switch (argument[0]) {
            case SOURCE -> sourceSpans;
            case CUE -> cue;
            default -> content;
          };
          for (Span span : fragments(argument[1])) {
            if (!into.contains(span)) {
              into.add(span);
            }
          }
        }
        return new BratAttribution(id, content, sourceSpans, cue);
      }

      private List<Span> fragments(String textBound) {
        BratTextBound t = textBounds.get(textBound);
        if (t == null) {
          throw fail(at, id + ": " + textBound + " is not a T annotation of this file");
        }
        return t.fragments();
      }
    }
  }

  /** At most 60 characters of {@code s}, on one line, for a message. */
  static String shorten(String s) {
    String oneLine = s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    if (oneLine.length() <= 60) {
      return oneLine;
    }
    int cut = Character.isHighSurrogate(oneLine.charAt(56)) ? 56 : 57;
    return oneLine.substring(0, cut) + "...";
  }
}
