package org.annalist.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of the commands that analyse a corpus ({@code analyze}, {@code
 * events}): how many threads analyse it; the output does not depend on it. A picocli mixin; not
 * thread-safe.
 */
final class ThreadsOption {

  @Option(names = "--threads", paramLabel = "N",
      description = "Analyse on N threads (default: the available processors, here"
          + " ${DEFAULT-VALUE}); the output does not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** {@return the number of threads, 1 or more; a usage error otherwise} */
  int threads(CommandSpec spec) {
    return OptionValues.atLeast(spec, "--threads", threads, 1);
  }
}
