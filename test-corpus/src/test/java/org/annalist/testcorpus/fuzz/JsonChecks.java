package org.annalist.testcorpus.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Checks on Annalist's JSON output shared by the properties, written against the JSON tree so that
 * they cover every layer, present and future, without knowing its type.
 *
 * <ul>
 *   <li>{@link #spanProblems}: every object with integer {@code begin} and {@code end} and a
 *       string {@code text} is a span; its offsets must lie in the document text and its text must
 *       equal {@code text.substring(begin, end)};
 *   <li>{@link #brokenSurrogates}: every string value and field name must be well-formed UTF-16.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class JsonChecks {

  private JsonChecks() {}

  /**
   * Problems with the spans under {@code node} (an analysed document, or anything holding spans of
   * one document), each naming its JSON path; empty if there are none.
   */
  static List<String> spanProblems(JsonNode node, String documentText) {
    List<String> problems = new ArrayList<>();
    walk(node, "$", (path, n) -> {
      if (n.isObject() && n.path("begin").isInt() && n.path("end").isInt()
          && n.path("text").isTextual()) {
        int begin = n.get("begin").asInt();
        int end = n.get("end").asInt();
        String text = n.get("text").asText();
        if (begin < 0 || end < begin || end > documentText.length()) {
          problems.add(path + ": span [" + begin + ", " + end + ") outside a text of length "
              + documentText.length());
        } else if (!documentText.substring(begin, end).equals(text)) {
          problems.add(path + ": span [" + begin + ", " + end + ") says " + quote(text)
              + " but the document has " + quote(documentText.substring(begin, end)));
        }
      }
    });
    return problems;
  }

  /** Every string value or field name under {@code node} that has a lone surrogate, with its path. */
  static List<String> brokenSurrogates(JsonNode node) {
    List<String> problems = new ArrayList<>();
    walk(node, "$", (path, n) -> {
      if (n.isTextual() && !Texts.isWellFormed(n.asText())) {
        problems.add(path + ": " + quote(n.asText()));
      }
      if (n.isObject()) {
        for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!Texts.isWellFormed(name)) {
            problems.add(path + ": field name " + quote(name));
          }
        }
      }
    });
    return problems;
  }

  /** Visits every node under {@code node}, depth first, with its JSON path. */
  static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visitor) {
    visitor.accept(path, node);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(field.getValue(), path + "." + field.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", visitor);
      }
    }
  }

  /** A string with its code units spelled out where they are not plain printable ASCII. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length() && i < 200; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    return b.append(s.length() > 200 ? "...\"" : "\"").toString();
  }
}
