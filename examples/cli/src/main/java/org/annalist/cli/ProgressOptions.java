package org.annalist.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --progress}, mixed into every command that draws a {@link Progress}
 * line. Filled in by picocli, then read; not thread-safe.
 */
final class ProgressOptions {

  @Option(names = {"-q", "--quiet"},
      description = "No progress line on standard error (errors are still reported).")
  boolean quiet;

  @Option(names = "--progress",
      description = "Draw the progress line even when standard error is not a terminal"
          + " (--quiet wins).")
  boolean force;

  /** Whether to draw the line, given whether it would show on a terminal. */
  boolean enabled(boolean onTerminal) {
    return !quiet && (force || onTerminal);
  }
}
