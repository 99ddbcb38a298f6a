package org.annalist.testcorpus.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property whose every try is expensive (one try of the CLI's {@code analyze} runs a whole
 * generated corpus twice, some ten times the cost of a pipeline property's try): {@link
 * FuzzSettings} runs it {@code jqwik.tries.default / divisor} times, but at least {@link
 * #minimum()} and at most {@code jqwik.tries.default} times. So at the suite's default of 1,000 it
 * runs 1,000 tries like every other property, and a longer campaign still scales it, by less.
 *
 * <pre>{@code
 * @Property
 * @CostlyTries(divisor = 10)
 * void cliAccountsForEveryInput(@ForAll("corpora") InputTree tree) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CostlyTries {

  /** The configured default number of tries is divided by this. */
  int divisor();

  /** Never fewer tries than this (unless the default number of tries is itself fewer). */
  int minimum() default 1_000;
}
