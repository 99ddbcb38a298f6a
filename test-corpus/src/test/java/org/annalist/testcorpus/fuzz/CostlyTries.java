package org.annalist.testcorpus.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property whose every try is expensive (one try runs the CLI, which loads the models, about
 * 0.3–0.6 s): {@link FuzzSettings} runs it {@code jqwik.tries.default / divisor} times (at least
 * {@link #minimum()}) instead of {@code jqwik.tries.default} times, so that a longer campaign
 * scales it too. Such properties make up for fewer tries by putting a whole corpus of generated
 * inputs in each try.
 *
 * <pre>{@code
 * @Property
 * @CostlyTries(divisor = 40)
 * void cliAccountsForEveryInput(@ForAll("corpora") InputTree tree) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CostlyTries {

  /** The configured default number of tries is divided by this. */
  int divisor();

  /** Never fewer tries than this. */
  int minimum() default 10;
}
