package org.annalist.core.eval.timeml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw markup of a TimeML file that {@link TimemlReader} has already accepted: where the TEXT
 * element's content lies in the file's characters, which link elements outside TEXT refer to
 * annotations inside it, and which TIMEX3 and EVENT ids are used outside TEXT. {@link
 * #renderText} copies the TEXT content character for character (references and line ends as
 * written), leaving out every tag and inserting new ones at offsets of the decoded text.
 *
 * <p>This is a small scanner for well-formed XML, not a parser: it relies on the StAX parse having
 * succeeded, and the writer checks its result by parsing it again. Immutable once built.
 */
final class TimemlMarkup {

  /** Elements outside TEXT that refer to annotations inside it. */
  private static final Set<String> LINKS = Set.of("MAKEINSTANCE", "TLINK", "SLINK", "ALINK");

  private static final Pattern TID = idPattern("tid");
  private static final Pattern EID = idPattern("eid");

  private final String raw;
  private final int contentBegin;
  private final int contentEnd;
  private final int textEnd;
  private final List<int[]> removals;
  private final Set<String> outsideTids;
  private final Set<String> outsideEids;

  private TimemlMarkup(String raw, int[] text, List<int[]> removals, Set<String> outsideTids,
      Set<String> outsideEids) {
    this.raw = raw;
    this.contentBegin = text[0];
    this.contentEnd = text[1];
    this.textEnd = text[2];
    this.removals = removals;
    this.outsideTids = outsideTids;
    this.outsideEids = outsideEids;
  }

  private static Pattern idPattern(String attribute) {
    return Pattern.compile("\\s" + attribute + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  }

  private static void addId(Set<String> ids, Pattern id, String tag) {
    Matcher m = id.matcher(tag);
    if (m.find()) {
      ids.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
    }
  }

  static TimemlMarkup scan(String raw) {
    int n = raw.length();
    int p = raw.startsWith("\uFEFF") ? 1 : 0;
    int contentBegin = -1;
    int contentEnd = -1;
    int textEnd = -1;
    boolean inText = false;
    List<int[]> removals = new ArrayList<>();
    Set<String> outsideTids = new LinkedHashSet<>();
    Set<String> outsideEids = new LinkedHashSet<>();
    Deque<int[]> openLinks = new ArrayDeque<>(); // {start offset, depth}
    int depth = 0;
    while (p < n) {
      if (raw.charAt(p) != '<') {
        int next = raw.indexOf('<', p);
        p = next < 0 ? n : next;
        continue;
      }
      if (raw.startsWith("<!--", p)) {
        p = after(raw, "-->", p + 4);
      } else if (raw.startsWith("<![CDATA[", p)) {
        p = after(raw, "]]>", p + 9);
      } else if (raw.startsWith("<?", p)) {
        p = after(raw, "?>", p + 2);
      } else if (raw.startsWith("<!", p)) {
        p = declarationEnd(raw, p);
      } else if (raw.startsWith("</", p)) {
        String name = name(raw, p + 2);
        int end = after(raw, ">", p + 2);
        if (inText && name.equals("TEXT")) {
          inText = false;
          contentEnd = p;
          textEnd = end;
        } else if (!inText && !openLinks.isEmpty() && openLinks.peek()[1] == depth) {
          removals.add(wholeLines(raw, openLinks.pop()[0], end));
        }
        depth--;
        p = end;
      } else {
        String name = name(raw, p + 1);
        int end = tagEnd(raw, p);
        boolean empty = raw.charAt(end - 2) == '/';
        if (!inText) {
          if (name.equals("TEXT") && contentBegin < 0) {
            inText = true;
            contentBegin = end;
            if (empty) {
              inText = false;
              contentEnd = end;
              textEnd = end;
            }
          } else if (LINKS.contains(name) && openLinks.isEmpty()) {
            if (empty) {
              removals.add(wholeLines(raw, p, end));
            } else {
              openLinks.push(new int[] {p, depth + 1});
            }
          } else if (name.equals("TIMEX3")) {
            addId(outsideTids, TID, raw.substring(p, end));
          } else if (name.equals("EVENT")) {
            addId(outsideEids, EID, raw.substring(p, end));
          }
        }
        if (!empty) {
          depth++;
        }
        p = end;
      }
    }
    if (contentBegin < 0 || contentEnd < 0) {
      throw new IllegalStateException("no complete TEXT element found in the raw markup");
    }
    return new TimemlMarkup(raw, new int[] {contentBegin, contentEnd, textEnd},
        List.copyOf(removals), Set.copyOf(outsideTids), Set.copyOf(outsideEids));
  }

  /** TIMEX3 ids used outside TEXT (the creation time's, usually {@code t0}). */
  Set<String> outsideTids() {
    return outsideTids;
  }

  /** The file's characters before the TEXT content, without the removed link elements. */
  String head() {
    return withoutRemovals(0, contentBegin);
  }

  /** EVENT ids used outside TEXT (TimeBank has EVENTs in a few titles). */
  Set<String> outsideEids() {
    return outsideEids;
  }

  /** The end tag of TEXT, as written (empty for {@code <TEXT/>}). */
  String textClose() {
    return withoutRemovals(contentEnd, textEnd);
  }

  /** The file's characters after the TEXT element, without the removed link elements. */
  String afterText() {
    return withoutRemovals(textEnd, raw.length());
  }

  private String withoutRemovals(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int p = from;
    for (int[] r : removals) {
      if (r[1] <= from || r[0] >= to) {
        continue;
      }
      out.append(raw, p, Math.max(p, r[0]));
      p = Math.max(p, r[1]);
    }
    out.append(raw, Math.min(p, to), to);
    return out.toString();
  }

  /**
   * Appends the TEXT content to {@code out} without its tags, inserting {@code insertions[k]} (if
   * not null) before the decoded character {@code k} (or at the end, for {@code k == length}),
   * and returns the decoded text, which the caller compares with the parser's.
   *
   * @throws IllegalArgumentException if an insertion falls inside one character reference that
   *     stands for two UTF-16 units
   */
  String renderText(String[] insertions, StringBuilder out) {
    StringBuilder decoded = new StringBuilder(contentEnd - contentBegin);
    int p = contentBegin;
    while (p < contentEnd) {
      char c = raw.charAt(p);
      if (c == '<') {
        if (raw.startsWith("<![CDATA[", p)) {
          int end = raw.indexOf("]]>", p + 9);
          for (int i = p + 9; i < end; i++) {
            char d = raw.charAt(i);
            insert(insertions, decoded.length(), out);
            if (d == '\r') {
              if (i + 1 < end && raw.charAt(i + 1) == '\n') {
                i++;
              }
              out.append('\n');
              decoded.append('\n');
            } else {
              out.append(escape(d));
              decoded.append(d);
            }
          }
          p = end + 3;
        } else if (raw.startsWith("<!--", p)) {
          p = after(raw, "-->", p + 4);
        } else if (raw.startsWith("<?", p)) {
          p = after(raw, "?>", p + 2);
        } else {
          p = tagEnd(raw, p);
        }
      } else if (c == '&') {
        int semi = raw.indexOf(';', p);
        String reference = raw.substring(p, semi + 1);
        String chars = decodeReference(reference);
        int at = decoded.length();
        insert(insertions, at, out);
        for (int k = 1; k < chars.length(); k++) {
          if (insertions[at + k] != null) {
            throw new IllegalArgumentException(
                "offset " + (at + k) + " falls inside the character reference " + reference);
          }
        }
        out.append(reference);
        decoded.append(chars);
        p = semi + 1;
      } else if (c == '\r') {
        insert(insertions, decoded.length(), out);
        boolean crlf = p + 1 < contentEnd && raw.charAt(p + 1) == '\n';
        out.append(crlf ? "\r\n" : "\r");
        decoded.append('\n');
        p += crlf ? 2 : 1;
      } else {
        insert(insertions, decoded.length(), out);
        out.append(c);
        decoded.append(c);
        p++;
      }
    }
    insert(insertions, decoded.length(), out);
    return decoded.toString();
  }

  private static void insert(String[] insertions, int at, StringBuilder out) {
    if (at < insertions.length && insertions[at] != null) {
      out.append(insertions[at]);
    }
  }

  /** Escapes a character of text content. */
  static String escape(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      default -> String.valueOf(c);
    };
  }

  /** Escapes an attribute value for double quotes, keeping white space as written. */
  static String escapeAttribute(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String decodeReference(String reference) {
    String body = reference.substring(1, reference.length() - 1);
    switch (body) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        break;
    }
    if (body.startsWith("#x") || body.startsWith("#X")) {
      return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
    }
    if (body.startsWith("#")) {
      return new String(Character.toChars(Integer.parseInt(body.substring(1))));
    }
    throw new IllegalStateException("undeclared entity " + reference + " in TEXT");
  }

  /** Extends a removed element to its whole line(s) when nothing else is on them. */
  private static int[] wholeLines(String raw, int begin, int end) {
    int b = begin;
    while (b > 0 && (raw.charAt(b - 1) == ' ' || raw.charAt(b - 1) == '\t')) {
      b--;
    }
    if (b > 0 && raw.charAt(b - 1) != '\n' && raw.charAt(b - 1) != '\r') {
      return new int[] {begin, end};
    }
    int e = end;
    while (e < raw.length() && (raw.charAt(e) == ' ' || raw.charAt(e) == '\t')) {
      e++;
    }
    if (e == raw.length()) {
      return new int[] {b, e};
    }
    if (raw.startsWith("\r\n", e)) {
      return new int[] {b, e + 2};
    }
    if (raw.charAt(e) == '\n' || raw.charAt(e) == '\r') {
      return new int[] {b, e + 1};
    }
    return new int[] {begin, end};
  }

  private static String name(String raw, int from) {
    int p = from;
    while (p < raw.length()) {
      char c = raw.charAt(p);
      if (Character.isWhitespace(c) || c == '>' || c == '/') {
        break;
      }
      p++;
    }
    String qualified = raw.substring(from, p);
    int colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.substring(colon + 1);
  }

  /** The offset after the {@code >} that ends the tag starting at {@code start}, quote-aware. */
  private static int tagEnd(String raw, int start) {
    char quote = 0;
    for (int p = start + 1; p < raw.length(); p++) {
      char c = raw.charAt(p);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return p + 1;
      }
    }
    throw new IllegalStateException("unterminated tag at offset " + start);
  }

  /** The offset after a {@code <!DOCTYPE ...>} declaration, with an internal subset if any. */
  private static int declarationEnd(String raw, int start) {
    int brackets = 0;
    char quote = 0;
    for (int p = start + 2; p < raw.length(); p++) {
      char c = raw.charAt(p);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      } else if (c == '>' && brackets <= 0) {
        return p + 1;
      }
    }
    throw new IllegalStateException("unterminated declaration at offset " + start);
  }

  private static int after(String raw, String terminator, int from) {
    int at = raw.indexOf(terminator, from);
    if (at < 0) {
      throw new IllegalStateException("missing " + terminator + " after offset " + from);
    }
    return at + terminator.length();
  }
}
