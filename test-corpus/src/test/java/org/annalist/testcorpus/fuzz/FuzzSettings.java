package org.annalist.testcorpus.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz suite's seed policy and try counts, applied to every property of a class annotated
 * {@code @AddLifecycleHook(FuzzSettings.class)}.
 *
 * <p><b>Seeds: deterministic but varied.</b> A property without an explicit {@code seed} gets one
 * derived from a <em>base</em> and the property's class and method name, so properties do not share
 * a random stream. The base is, in this order: the system property {@value #SEED_PROPERTY} (a
 * number, or {@code random} for jqwik's own random seeds); else the id of the checked-out commit
 * ({@code git rev-parse HEAD} in the working directory); else {@value #FALLBACK_BASE}. So a CI run
 * of a given commit is reproducible to the byte — re-running it generates the same inputs — while
 * every new commit explores new ones. jqwik prints the seed of a failing property; to replay it,
 * run again with the same {@value #SEED_PROPERTY} (or on the same commit), or put the printed seed
 * into {@code @Property(seed = ...)} while debugging.
 *
 * <p><b>Tries.</b> The number of tries is jqwik's {@code jqwik.tries.default} (1,000 in this
 * module's {@code junit-platform.properties}; a system property of the same name overrides it, e.g.
 * {@code -Djqwik.tries.default=100000}). Properties marked {@link CostlyTries} get that number
 * divided by their divisor, but at least their minimum (so every property of the suite runs 1,000
 * tries at the default, and the costly ones 10,000 of a 100,000-try campaign).
 *
 * <p>Stateless apart from a lazily computed base, and thread-safe.
 */
public final class FuzzSettings implements AroundPropertyHook {

  /** The system property that sets the base of every seed: a number, or {@code random}. */
  public static final String SEED_PROPERTY = "annalist.fuzz.seed";

  /** jqwik's own setting for the number of tries. */
  public static final String TRIES_PROPERTY = "jqwik.tries.default";

  static final String FALLBACK_BASE = "annalist-fuzz";

  private static volatile Optional<String> base;

  /**
   * Every property of the annotated class, and of its nested classes. (A hook's default, {@code
   * NO_DESCENDANTS}, would apply it to the class container alone, that is to no property at all.)
   */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    Method method = context.targetMethod();
    if (context.attributes().seed().isEmpty()) {
      seedBase().ifPresent(b ->
          context.attributes().setSeed(seedFor(b, method.getDeclaringClass().getName()
              + "#" + method.getName())));
    }
    CostlyTries costly = method.getAnnotation(CostlyTries.class);
    if (costly != null && context.attributes().tries().isEmpty()) {
      context.attributes().setTries(costlyTries(defaultTries(), costly));
    }
    return property.execute();
  }

  /** The seed of one property: a positive number derived from the base and the property's name. */
  static String seedFor(String base, String property) {
    long h = 1125899906842597L;
    for (byte b : (base + "/" + property).getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return Long.toString(h & Long.MAX_VALUE);
  }

  /** The base of all seeds, or empty for jqwik's random seeds. */
  static Optional<String> seedBase() {
    Optional<String> b = base;
    if (b == null) {
      String configured = System.getProperty(SEED_PROPERTY, "").strip();
      if (configured.equalsIgnoreCase("random")) {
        b = Optional.empty();
      } else if (!configured.isEmpty()) {
        b = Optional.of(configured);
      } else {
        b = Optional.of(commitId().orElse(FALLBACK_BASE));
      }
      base = b;
    }
    return b;
  }

  /**
   * The tries of a {@link CostlyTries} property when others get {@code tries}: the {@code divisor}-th
   * part of them, but never fewer than its {@code minimum} nor more than {@code tries}.
   */
  static int costlyTries(int tries, CostlyTries costly) {
    return Math.min(tries, Math.max(costly.minimum(), tries / costly.divisor()));
  }

  /** The configured default number of tries ({@value #TRIES_PROPERTY}), 1,000 if unset. */
  static int defaultTries() {
    String value = System.getProperty(TRIES_PROPERTY);
    if (value == null) {
      Properties platform = new Properties();
      try (InputStream in =
          FuzzSettings.class.getClassLoader().getResourceAsStream("junit-platform.properties")) {
        if (in != null) {
          platform.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      value = platform.getProperty(TRIES_PROPERTY, "1000");
    }
    return Integer.parseInt(value.strip());
  }

  private static Optional<String> commitId() {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
          .directory(Path.of("").toAbsolutePath().toFile())
          .redirectErrorStream(true)
          .start();
      git.getOutputStream().close();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroy();
        return Optional.empty();
      }
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
