package org.annalist.testcorpus.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of TimeML and CoNLL-2003 input: well-formed samples that know what they contain
 * ({@link TimemlSample}, {@link ConllSample}), and corrupted text made from them (truncated, a range
 * deleted, markup or lines inserted, attributes and tags broken, control characters, a BOM).
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkupInputs {

  private MarkupInputs() {}

  // ---- TimeML ------------------------------------------------------------------------------

  /** A well-formed TimeML file and the TEXT, TIMEX3 texts and EVENT texts it holds, in order. */
  public record TimemlSample(String xml, String text, List<String> timexes, List<String> events) {}

  private static final List<String[]> TIMEXES = List.of(
      new String[] {"Monday", "DATE", "1998-08-10"}, new String[] {"last week", "DATE", "1998-W31"},
      new String[] {"two years", "DURATION", "P2Y"}, new String[] {"10 p.m.", "TIME", "1998-08-07T22:00"},
      new String[] {"every day", "SET", "P1D"}, new String[] {"the 1990s", "DATE", "199"},
      new String[] {"between 2019 and 2021", "DATE", "2019"}, new String[] {"now", "DATE", "PRESENT_REF"});

  private static final List<String> EVENTS = List.of("said", "visited", "suspended", "war", "talks");

  /** Well-formed TimeML with DOCID, a creation time, and TEXT of corpus pieces and annotations. */
  public static Arbitrary<TimemlSample> validTimeml() {
    Arbitrary<String> plain = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(Texts.corpusPieces())),
        Tuple.of(1, Texts.wellFormedUnicode().map(MarkupInputs::xmlSafe)));
    Arbitrary<Object> part = Arbitraries.frequencyOf(
        Tuple.of(3, plain.map(s -> (Object) s)),
        Tuple.of(1, Arbitraries.of(TIMEXES).map(t -> (Object) t)),
        Tuple.of(1, Arbitraries.of(EVENTS).map(e -> (Object) new String[] {e})));
    return Combinators.combine(part.list().ofMaxSize(8), Arbitraries.of(true, false),
            Arbitraries.of("\n", " ", ""))
        .as((parts, dct, sep) -> {
          StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>fuzz</DOCID>\n");
          if (dct) {
            xml.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" "
                + "functionInDocument=\"CREATION_TIME\">08/07/1998</TIMEX3></DCT>\n");
          }
          xml.append("<TEXT>");
          StringBuilder text = new StringBuilder();
          List<String> timexes = new ArrayList<>();
          List<String> events = new ArrayList<>();
          int id = 1;
          for (Object p : parts) {
            if (p instanceof String s) {
              xml.append(escape(s)).append(sep);
              text.append(s).append(sep);
            } else {
              String[] a = (String[]) p;
              if (a.length == 3) {
                xml.append("<TIMEX3 tid=\"t").append(id++).append("\" type=\"").append(a[1])
                    .append("\" value=\"").append(a[2]).append("\">").append(a[0]).append("</TIMEX3>");
                timexes.add(a[0]);
              } else {
                xml.append("<EVENT eid=\"e").append(id++).append("\" class=\"OCCURRENCE\">")
                    .append(a[0]).append("</EVENT>");
                events.add(a[0]);
              }
              xml.append(sep);
              text.append(a[0]).append(sep);
            }
          }
          xml.append("</TEXT>\n<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n</TimeML>\n");
          return new TimemlSample(xml.toString(), text.toString(), timexes, events);
        });
  }

  /** TimeML, valid or corrupted. */
  public static Arbitrary<String> timeml() {
    Arbitrary<String> valid = validTimeml().map(TimemlSample::xml);
    Arbitrary<String> snippet = Arbitraries.of("<", ">", "&", "&amp;", "&nbsp;", "&#0;", "&#xD800;",
        "<TIMEX3>", "</TIMEX3>", "<TIMEX3 tid=\"t9\" type=\"BOGUS\" value=\"x\">", "<TIMEX3 tid=\"t9\">",
        "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2000\" mod=\"SOMETIME\">x</TIMEX3>",
        "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2000\"></TIMEX3>", "<EVENT>", "<EVENT eid=\"e9\">",
        "</EVENT>", "<TEXT>", "</TEXT>", "<DCT>", "<DOCID>", "<!DOCTYPE TimeML [<!ENTITY e \"v\">]>",
        "&e;", "<![CDATA[a<b]]>", "<?pi x?>", "<!-- c -->", "\u0000", "\u0001", "\uFFFE", "\uFEFF",
        "\uD800", "<SIGNAL sid=\"s1\">", "</SIGNAL>", "<a:TEXT xmlns:a=\"u\">", "]]>");
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
    return Arbitraries.frequencyOf(
        Tuple.of(2, valid),
        Tuple.of(2, Combinators.combine(valid, at).as((s, i) -> s.substring(0, i % (s.length() + 1)))),
        Tuple.of(2, Combinators.combine(valid, at, at).as((s, i, j) -> {
          int a = i % (s.length() + 1);
          int b = Math.min(s.length(), a + j % 40);
          return s.substring(0, a) + s.substring(b);
        })),
        Tuple.of(4, Combinators.combine(valid, snippet.list().ofMinSize(1).ofMaxSize(3),
            at.list().ofSize(3)).as((s, snips, where) -> {
              StringBuilder b = new StringBuilder(s);
              for (int k = 0; k < snips.size(); k++) {
                b.insert(where.get(k) % (b.length() + 1), snips.get(k));
              }
              return b.toString();
            })),
        Tuple.of(1, Texts.unicode()));
  }

  /** Text as XML character data: no characters XML 1.0 forbids. */
  static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(b::appendCodePoint);
    // a carriage return is normalised away by XML parsers; keep the text comparable
    return b.toString().replace("\r", "");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---- CoNLL -------------------------------------------------------------------------------

  /** A well-formed CoNLL file and, per document, per sentence, its tokens and tags. */
  public record ConllSample(String text, List<List<List<String[]>>> documents) {}

  private static final List<String> TAGS = List.of("O", "O", "O", "I-PER", "B-PER", "I-ORG",
      "I-LOC", "B-LOC", "I-MISC", "S-PER", "U-ORG", "E-LOC", "L-MISC");

  /** Well-formed CoNLL-2003 text: documents, sentences, 2 to 4 columns, spaces or tabs, CRLF. */
  public static Arbitrary<ConllSample> validConll() {
    Arbitrary<String> word = Arbitraries.of(Texts.corpusPieces())
        .map(p -> p.split("\\s+")[0])
        .filter(w -> !w.isEmpty() && w.codePoints().noneMatch(c -> Character.isWhitespace(c)
            || Character.isSpaceChar(c)) && !w.equals("-DOCSTART-"));
    Arbitrary<String[]> token = Combinators.combine(word, Arbitraries.of(TAGS),
            Arbitraries.of("NNP", "VBD", ".", ",", "DT", "_"), Arbitraries.of("B-NP", "I-VP", "O"))
        .as((w, tag, pos, chunk) -> new String[] {w, pos, chunk, tag});
    Arbitrary<List<String[]>> sentence = token.list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<List<String[]>>> document = sentence.list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(document.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(2, 3, 4), Arbitraries.of(" ", "\t", "  "), Arbitraries.of("\n", "\r\n"),
            Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((docs, columns, sep, eol, docstart, bom) -> {
          StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
          boolean separated = docstart || docs.size() > 1;
          for (List<List<String[]>> doc : docs) {
            if (separated) {
              b.append("-DOCSTART-").append(sep).append("-X-").append(sep).append("O").append(eol)
                  .append(eol);
            }
            for (List<String[]> s : doc) {
              for (String[] t : s) {
                b.append(t[0]);
                if (columns >= 3) {
                  b.append(sep).append(t[1]);
                }
                if (columns == 4) {
                  b.append(sep).append(t[2]);
                }
                b.append(sep).append(t[3]).append(eol);
              }
              b.append(eol);
            }
          }
          return new ConllSample(b.toString(), separated ? docs : List.of(docs.get(0)));
        });
  }

  /** CoNLL text, valid or corrupted (including inputs without a single token). */
  public static Arbitrary<String> conll() {
    Arbitrary<String> valid = validConll().map(ConllSample::text);
    Arbitrary<String> line = Arbitraries.of("foo", "a X-PER", "a I-", "a I-P ER", "a\u00A0b O",
        "a\u2003O", "a\u001CO", "-DOCSTART-", "\u0000 O", "a b c d e f O", "\uFEFF", "\t", "a O\u0085",
        "a O x", "😀 I-PER", "\uD800 O");
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
    return Arbitraries.frequencyOf(
        Tuple.of(3, valid),
        Tuple.of(1, Combinators.combine(valid, at).as((s, i) -> s.substring(0, i % (s.length() + 1)))),
        Tuple.of(3, Combinators.combine(valid, line.list().ofMinSize(1).ofMaxSize(2), at.list().ofSize(2))
            .as((s, lines, where) -> {
              List<String> all = new ArrayList<>(List.of(s.split("\n", -1)));
              for (int k = 0; k < lines.size(); k++) {
                all.add(where.get(k) % (all.size() + 1), lines.get(k));
              }
              return String.join("\n", all);
            })),
        Tuple.of(1, noTokens()),
        Tuple.of(1, Texts.unicode()));
  }

  /** Inputs without a single token line: empty, blank, only document separators. */
  public static Arbitrary<String> noTokens() {
    return Arbitraries.of("", "\n", "\n\n\n", "   \n\t\n", "\uFEFF", "-DOCSTART- -X- -X- O\n",
        "-DOCSTART- -X- O\n\n-DOCSTART- -X- O\n\n", "\r\n\r\n");
  }
}
