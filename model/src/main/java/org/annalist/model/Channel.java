package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The stated medium of a {@link Claim}: the words that state it ({@code on X}, {@code in a news
 * release}) and its type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the words that state the channel
 * @param type what kind of medium it is
 */
public record Channel(@Valid @NotNull Span span, @NotNull ChannelType type) {

  /**
   * Checks and copies the components.
   *
   * @param span the words that state the channel
   * @param type what kind of medium it is
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public Channel {
    Objects.requireNonNull(span, "span");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a channel cannot be empty, at offset " + span.begin());
    }
    Objects.requireNonNull(type, "type of channel " + span);
  }
}
