package org.annalist.core.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating a dataset: how many items were checked and every violation found.
 * Immutable and thread-safe.
 *
 * @param itemsChecked how many values were checked, at least 0
 * @param violations every violation, in the order found
 */
public record ValidationReport(int itemsChecked, List<Violation> violations) {

  /**
   * Checks and copies the components.
   *
   * @param itemsChecked how many values were checked, at least 0
   * @param violations every violation, in the order found
   * @throws IllegalArgumentException if {@code itemsChecked} is negative
   */
  public ValidationReport {
    if (itemsChecked < 0) {
      throw new IllegalArgumentException("itemsChecked must be >= 0, was " + itemsChecked);
    }
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
  }

  /** {@return whether no violation was found} */
  @JsonIgnore
  public boolean isValid() {
    return violations.isEmpty();
  }
}
