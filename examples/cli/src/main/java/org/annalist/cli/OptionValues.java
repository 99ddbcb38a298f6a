package org.annalist.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks on option values that picocli has already converted to their types; a value out
 * of range is a usage error in the same words as picocli's own ({@code invalid value for option
 * '--threads': ...}). Stateless and thread-safe.
 */
final class OptionValues {

  private OptionValues() {}

  /** {@code value} if it is at least {@code minimum}; a usage error of {@code spec}'s otherwise. */
  static int atLeast(CommandSpec spec, String option, int value, int minimum) {
    if (value < minimum) {
      throw new ParameterException(spec.commandLine(), "invalid value for option '" + option
          + "': needs an integer >= " + minimum + ", got '" + value + "'");
    }
    return value;
  }

  /** {@code value} if it is a finite number of seconds, 0 or more; a usage error otherwise. */
  static double seconds(CommandSpec spec, String option, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new ParameterException(spec.commandLine(), "invalid value for option '" + option
          + "': needs a number of seconds, got '" + value + "'");
    }
    return value;
  }
}
