package org.annalist.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every span of a {@link Document} or {@link AnalyzedDocument} lies within the text and its covered
 * text equals the text's substring at its offsets. Each mismatch is one violation naming where it
 * is (structure, date, the layer, or the item failures) and the span. Checked by {@link
 * ConsistentSpansValidator}, which is stateless and thread-safe.
 */
@Documented
@Constraint(validatedBy = ConsistentSpansValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSpans {
  /** {@return the message of a violation, before the validator adds where it is} */
  String message() default "span does not match the document text";

  /** {@return the validation groups, as every Jakarta constraint has} */
  Class<?>[] groups() default {};

  /** {@return the payload, as every Jakarta constraint has} */
  Class<? extends Payload>[] payload() default {};
}
