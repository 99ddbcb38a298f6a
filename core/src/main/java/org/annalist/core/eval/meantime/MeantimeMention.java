package org.annalist.core.eval.meantime;

import java.util.Objects;

/**
 * A typed name as a span of a CAT document's tokens: the gold's or a system's. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MeantimeMention us = new MeantimeMention(2, 5, NameType.LOC); // "the United States"
 * }</pre>
 *
 * @param begin the index of its first token in the document's {@link
 *     org.annalist.core.eval.cat.CatDocument#tokens()}
 * @param end the index after its last token
 * @param type its type
 */
public record MeantimeMention(int begin, int end, NameType type) {

  /**
   * Checks the components.
   *
   * @param begin the index of its first token
   * @param end the index after its last token
   * @param type its type
   * @throws IllegalArgumentException if the span is negative or empty
   */
  public MeantimeMention {
    Objects.requireNonNull(type, "type");
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a mention needs tokens [begin, end) with 0 <= begin <"
          + " end, got [" + begin + ", " + end + ")");
    }
  }

  /** {@return how many tokens it spans} */
  public int length() {
    return end - begin;
  }

  /**
   * {@return whether it shares a token with {@code other}}
   *
   * @param other another mention
   */
  public boolean overlaps(MeantimeMention other) {
    return begin < other.end && other.begin < end;
  }

  /**
   * {@return how many tokens it shares with {@code other}}
   *
   * @param other another mention
   */
  public int overlap(MeantimeMention other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  /**
   * {@return whether it spans the same tokens as {@code other}, whatever the types}
   *
   * @param other another mention
   */
  public boolean sameSpan(MeantimeMention other) {
    return begin == other.begin && end == other.end;
  }

  /**
   * {@return the same type over other tokens}
   *
   * @param newBegin the new first token
   * @param newEnd the new end
   */
  public MeantimeMention withSpan(int newBegin, int newEnd) {
    return new MeantimeMention(newBegin, newEnd, type);
  }
}
