package org.annalist.core.eval.timeml;

/** The ratios of the TempEval-3 measures, shared by {@link TimexCounts} and {@link EventCounts}. */
final class Measures {

  private Measures() {}

  /**
   * {@return {@code numerator / denominator}}, or when the denominator is 0, 1.0 if there is
   * nothing to get wrong ({@code bothEmpty}) and 0.0 otherwise
   */
  static double ratio(int numerator, int denominator, boolean bothEmpty) {
    if (denominator == 0) {
      return bothEmpty ? 1.0 : 0.0;
    }
    return (double) numerator / denominator;
  }

  /** {@return the harmonic mean of precision and recall, 0 when both are 0} */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }
}
