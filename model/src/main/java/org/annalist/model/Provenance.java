package org.annalist.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

/**
 * Which stage, and which rule or model inside it, produced an item, and how confident it is.
 *
 * <p>Immutable and thread-safe. Example: {@code new Provenance("article-parser", "dateline", 0.9)}.
 *
 * @param stage the producing stage's name, e.g. {@code "article-parser"} or {@code "text"}
 * @param rule the rule or model inside the stage, e.g. {@code "dateline"} or a model file name
 * @param confidence in {@code [0, 1]}
 */
public record Provenance(
    @NotBlank String stage,
    @NotBlank String rule,
    @DecimalMin("0.0") @DecimalMax("1.0") double confidence) {

  /**
   * Checks the components.
   *
   * @param stage the producing stage's name, e.g. {@code "article-parser"} or {@code "text"}
   * @param rule the rule or model inside the stage, e.g. {@code "dateline"} or a model file name
   * @param confidence in {@code [0, 1]}
   * @throws IllegalArgumentException if the stage or rule is blank or the confidence is outside
   *     {@code [0, 1]}
   */
  public Provenance {
    requireText(stage, "stage");
    requireText(rule, "rule");
    requireConfidence(confidence);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was " + quoted(value));
    }
  }

  static void requireConfidence(double confidence) {
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
