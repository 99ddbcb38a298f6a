package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * What the fuzz suite takes for granted about its own settings, checked so that it cannot silently
 * stop holding: {@link FuzzSettings} reaches every property of a class that adds it (it did not,
 * once: a hook's default propagation left the properties with jqwik's random seeds and all their
 * tries), and the test JVM can name files with non-ASCII names, which {@link InputFiles} would
 * otherwise filter out without a word.
 */
@AddLifecycleHook(FuzzSettings.class)
class FuzzSettingsTest {

  private static final AtomicInteger TRIES = new AtomicInteger();

  @Property
  @CostlyTries(divisor = 1_000_000, minimum = 3)
  void costlyPropertiesRunTheirShareOfTheTries(@ForAll int any) {
    assertThat(TRIES.incrementAndGet())
        .as("tries of a @CostlyTries(divisor = 1,000,000, minimum = 3) property: is FuzzSettings"
            + " applied to the properties?")
        .isLessThanOrEqualTo(3);
  }

  @Example
  void seedsAreDerivedFromTheBaseAndTheProperty() {
    String seed = FuzzSettings.seedFor("base", "C#p");
    assertThat(Long.parseLong(seed)).isNotNegative();
    assertThat(FuzzSettings.seedFor("base", "C#p")).isEqualTo(seed);
    assertThat(FuzzSettings.seedFor("base", "C#q")).isNotEqualTo(seed);
    assertThat(FuzzSettings.seedFor("other", "C#p")).isNotEqualTo(seed);
  }

  @Example
  void nonAsciiFileNamesCanBeWritten() {
    assertThat(InputFiles.isWritableName("北京.txt") && InputFiles.isWritableName("café.txt"))
        .as("file names are encoded as %s (sun.jnu.encoding): the generated non-ASCII names would"
            + " be left out; run the tests with a UTF-8 locale (test-corpus's Surefire sets"
            + " LC_ALL=C.UTF-8)", System.getProperty("sun.jnu.encoding"))
        .isTrue();
  }
}
