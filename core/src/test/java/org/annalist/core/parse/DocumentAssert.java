package org.annalist.core.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on a parsed {@link Document}'s structure and date. */
final class DocumentAssert extends AbstractAssert<DocumentAssert, Document> {

  private DocumentAssert(Document actual) {
    super(actual, DocumentAssert.class);
  }

  static DocumentAssert assertThat(Document actual) {
    return new DocumentAssert(actual);
  }

  /**
   * Checks the parser's contract: every span's text is the source substring, spans are trimmed,
   * in text order without overlaps, on code point boundaries, and together cover every non-blank
   * character; provenance names the parser.
   */
  DocumentAssert isWellFormed() {
    isNotNull();
    String text = actual.text();
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (StructureElement element : actual.structure()) {
      Span span = element.span();
      if (!span.matches(text) || !text.substring(span.begin(), span.end()).equals(span.text())) {
        failWithMessage("span %s does not match the text", span);
      }
      if (span.begin() < previousEnd) {
        failWithMessage("span %s overlaps or precedes the span ending at %d", span, previousEnd);
      }
      if (span.length() == 0) {
        failWithMessage("empty %s span at %d", element.label(), span.begin());
      }
      if (isBlank(text.charAt(span.begin())) || isBlank(text.charAt(span.end() - 1))) {
        failWithMessage("%s span %s is not trimmed", element.label(), span);
      }
      if (splitsSurrogatePair(text, span.begin()) || splitsSurrogatePair(text, span.end())) {
        failWithMessage("%s span %s splits a surrogate pair", element.label(), span);
      }
      if (!element.provenance().stage().equals("article-parser")) {
        failWithMessage("unexpected stage in %s", element.provenance());
      }
      for (int i = span.begin(); i < span.end(); i++) {
        covered[i] = true;
      }
      previousEnd = span.end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i] && !isBlank(text.charAt(i))) {
        failWithMessage(
            "non-blank character U+%04X at %d belongs to no element", (int) text.charAt(i), i);
      }
    }
    for (Span span : actual.date().spans()) {
      if (!span.matches(text)) {
        failWithMessage("date span %s does not match the text", span);
      }
    }
    return this;
  }

  /** Checks that an element with this label covers exactly {@code text}. */
  DocumentAssert hasElement(StructureLabel label, String text) {
    isNotNull();
    if (actual.elements(label).stream().noneMatch(e -> e.span().text().equals(text))) {
      failWithMessage("expected a %s \"%s\" but the structure was:%n%s", label, text, describe());
    }
    return this;
  }

  /** Checks that an element with this label and rule covers exactly {@code text}. */
  DocumentAssert hasElement(StructureLabel label, String rule, String text) {
    isNotNull();
    if (actual.elements(label).stream()
        .noneMatch(e -> e.span().text().equals(text) && e.provenance().rule().equals(rule))) {
      failWithMessage(
          "expected a %s by rule %s \"%s\" but the structure was:%n%s", label, rule, text, describe());
    }
    return this;
  }

  /** Checks that no element has this label. */
  DocumentAssert hasNo(StructureLabel label) {
    isNotNull();
    if (!actual.elements(label).isEmpty()) {
      failWithMessage("expected no %s but the structure was:%n%s", label, describe());
    }
    return this;
  }

  /** Checks the labels of the structure, in order. */
  DocumentAssert hasLabels(StructureLabel... labels) {
    isNotNull();
    List<StructureLabel> found = actual.structure().stream().map(StructureElement::label).toList();
    if (!found.equals(List.of(labels))) {
      failWithMessage("expected labels %s but the structure was:%n%s", List.of(labels), describe());
    }
    return this;
  }

  /** Checks a date stated in the text: its day, the rule and the characters that state it. */
  DocumentAssert hasStatedDate(LocalDate date, String rule, String spanText) {
    isNotNull();
    var actualDate = actual.date();
    if (actualDate.resolution() != DateResolution.STATED
        || !date.equals(actualDate.earliest())
        || !date.equals(actualDate.latest())
        || !actualDate.provenance().rule().equals(rule)
        || actualDate.spans().size() != 1
        || !actualDate.spans().get(0).text().equals(spanText)) {
      failWithMessage(
          "expected the stated date %s by %s from \"%s\" but was %s", date, rule, spanText, actualDate);
    }
    return this;
  }

  /** Checks that the date is explicitly unknown. */
  DocumentAssert hasUnknownDate() {
    isNotNull();
    if (actual.date().isKnown()) {
      failWithMessage("expected an unknown date but was %s", actual.date());
    }
    return this;
  }

  private String describe() {
    return actual.structure().stream()
        .map(e -> "  " + e.label() + " " + e.provenance().rule() + " " + e.span())
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static boolean isBlank(char c) {
    return Segmenter.isBlank(c);
  }

  private static boolean splitsSurrogatePair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }
}
