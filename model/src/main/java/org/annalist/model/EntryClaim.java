package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Who asserted a reported event, when a source did: the claim of the document's {@link ClaimLayer}
 * whose content holds the event, its source as written and the entity it resolves to, the cue and
 * the channel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim's index in the document's claim layer
 * @param source the source as written, or {@code null} when the claim names none
 * @param sourceEntityId the entity the source resolves to, or {@code null}
 * @param cue the speech cue ({@code said}, {@code according to}), or {@code null}
 * @param channel the channel type ({@code SOCIAL_MEDIA}, {@code PRESS_RELEASE}...), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryClaim(
    @PositiveOrZero int claim,
    @Valid Span source,
    String sourceEntityId,
    @Valid Span cue,
    ChannelType channel) {

  /**
   * Checks the components.
   *
   * @param claim the claim's index in the document's claim layer
   * @param source the source as written, or {@code null}
   * @param sourceEntityId the entity the source resolves to, or {@code null}
   * @param cue the speech cue, or {@code null}
   * @param channel the channel type, or {@code null}
   * @throws IllegalArgumentException if the index is negative or an entity is given with no source
   */
  public EntryClaim {
    if (claim < 0) {
      throw new IllegalArgumentException("claim must be an index >= 0, was " + claim);
    }
    if (sourceEntityId != null && source == null) {
      throw new IllegalArgumentException("claim " + claim + " resolves a source it does not name");
    }
  }
}
