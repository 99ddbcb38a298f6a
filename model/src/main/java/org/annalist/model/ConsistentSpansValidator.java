package org.annalist.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Checks {@link ConsistentSpans}. Reports at most {@value #MAX_REPORTED} mismatches per place, so a
 * badly shifted gold file gives a readable report. Stateless and thread-safe.
 */
public final class ConsistentSpansValidator implements ConstraintValidator<ConsistentSpans, Object> {

  static final int MAX_REPORTED = 20;

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value instanceof Document document) {
      return check(document.text(), document.spans(), "structure", context);
    }
    if (value instanceof AnalyzedDocument analyzed) {
      boolean valid = true;
      for (Layer layer : analyzed.layers()) {
        valid &= check(analyzed.text(), layer.spans(), "layers[" + layer.key() + "]", context);
      }
      valid &= check(analyzed.text(), analyzed.itemFailures().stream().map(ItemFailure::span),
          "itemFailures", context);
      return valid;
    }
    return true;
  }

  private static boolean check(
      String text, Stream<Span> spans, String place, ConstraintValidatorContext context) {
    int reported = 0;
    for (Iterator<Span> it = spans.iterator(); it.hasNext() && reported < MAX_REPORTED; ) {
      Span span = it.next();
      if (!span.matches(text)) {
        if (reported == 0) {
          context.disableDefaultConstraintViolation();
        }
        reported++;
        String actual =
            span.end() <= text.length()
                ? "\"" + text.substring(span.begin(), span.end()) + "\""
                : "beyond the end of the text (length " + text.length() + ")";
        context
            .buildConstraintViolationWithTemplate(
                escape("span " + span + " does not match the document text, which has " + actual))
            .addPropertyNode(place)
            .addConstraintViolation();
      }
    }
    return reported == 0;
  }

  /** Message templates interpret braces and dollars; the covered text must appear literally. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
