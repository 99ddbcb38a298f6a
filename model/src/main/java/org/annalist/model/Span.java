package org.annalist.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in a document's original text,
 * together with the text it covers, so that a span can be checked and read on its own. A span never
 * cuts a surrogate pair in two (its text neither starts with a low surrogate nor ends with a high
 * one), so every span's text is well-formed.
 *
 * <p>Immutable and thread-safe. Create spans from a source text with {@link #of(String, int, int)},
 * which checks the bounds and copies the covered text:
 *
 * <pre>{@code
 * Span span = Span.of("SANTIAGO, Chile — The Israeli", 0, 15);   // "SANTIAGO, Chile"
 * }</pre>
 *
 * @param begin the offset of the first code unit covered
 * @param end the offset after the last code unit covered, not before {@code begin}
 * @param text the covered text, {@code end - begin} code units long
 */
public record Span(@PositiveOrZero int begin, @PositiveOrZero int end, @NotNull String text)
    implements Comparable<Span> {

  /**
   * Checks the components.
   *
   * @param begin the offset of the first code unit covered
   * @param end the offset after the last code unit covered, not before {@code begin}
   * @param text the covered text, {@code end - begin} code units long
   * @throws IllegalArgumentException if the offsets are negative or reversed, the text's length is
   *     not {@code end - begin}, or the span cuts a surrogate pair
   */
  public Span {
    if (begin < 0) {
      throw new IllegalArgumentException("span begin must be >= 0, was " + begin);
    }
    if (end < begin) {
      throw new IllegalArgumentException(
          "span end must be >= begin, was [" + begin + ", " + end + ")");
    }
    Objects.requireNonNull(text, "span text");
    if (text.length() != end - begin) {
      throw new IllegalArgumentException(
          "span [" + begin + ", " + end + ") covers " + (end - begin)
              + " characters but its text has " + text.length());
    }
    if (!text.isEmpty()
        && (Character.isLowSurrogate(text.charAt(0))
            || Character.isHighSurrogate(text.charAt(text.length() - 1)))) {
      throw new IllegalArgumentException(
          "span [" + begin + ", " + end + ") cuts a surrogate pair in two");
    }
  }

  /**
   * {@return the span {@code [begin, end)} of {@code source}, with its covered text}
   *
   * @param source the document's text
   * @param begin the first offset covered
   * @param end the offset after the last one covered
   * @throws IllegalArgumentException if the span would cut a surrogate pair
   * @throws IndexOutOfBoundsException naming the offsets if they are not within the source
   */
  public static Span of(String source, int begin, int end) {
    Objects.requireNonNull(source, "source");
    if (begin < 0 || end < begin || end > source.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + begin + ", " + end + ") is outside a text of length " + source.length());
    }
    return new Span(begin, end, source.substring(begin, end));
  }

  /** {@return the number of UTF-16 code units covered} */
  public int length() {
    return end - begin;
  }

  /**
   * {@return whether this span lies entirely within {@code other}}
   *
   * @param other the enclosing span
   */
  public boolean isWithin(Span other) {
    return begin >= other.begin && end <= other.end;
  }

  /**
   * {@return whether the covered text equals {@code source.substring(begin, end)}}; false, not an
   * exception, if the span ends after the source
   *
   * @param source the text the span claims to be from
   */
  public boolean matches(String source) {
    return end <= source.length() && source.regionMatches(begin, text, 0, text.length());
  }

  /** Orders by begin, then by end. */
  @Override
  public int compareTo(Span other) {
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ") \"" + text + "\"";
  }
}
