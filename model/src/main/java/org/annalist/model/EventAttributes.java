package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The TimeML attributes of an event mention: its class (from the {@code EVENT} element) and its
 * tense, aspect, polarity and modality (from the {@code MAKEINSTANCE} element).
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventClass the TimeML class
 * @param tense the tense
 * @param aspect the aspect
 * @param polarity the polarity
 * @param modality the modal word that governs the mention, lower case ({@code would}, {@code
 *     must}, {@code could}, {@code may}), or {@code null} when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventAttributes(
    @NotNull EventClass eventClass,
    @NotNull EventTense tense,
    @NotNull EventAspect aspect,
    @NotNull Polarity polarity,
    String modality) {

  /**
   * Checks the components.
   *
   * @param eventClass the TimeML class
   * @param tense the tense
   * @param aspect the aspect
   * @param polarity the polarity
   * @param modality the modal word that governs the mention, lower case, or {@code null}
   * @throws NullPointerException if the class, tense, aspect or polarity is {@code null}
   * @throws IllegalArgumentException if the modality is blank
   */
  public EventAttributes {
    Objects.requireNonNull(eventClass, "eventClass");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(polarity, "polarity");
    if (modality != null) {
      Provenance.requireText(modality, "modality");
    }
  }
}
