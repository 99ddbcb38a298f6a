package org.annalist.core.eval.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Converts between tag sequences and {@link TypedSpan}s.
 *
 * <p>{@link #decode} follows {@code conlleval}, so IOB1, IOB2/BIO and BILOU/IOBES all decode
 * alike: a name starts at {@code B-}, {@code S-} or {@code U-}, and at an {@code I-}, {@code E-} or
 * {@code L-} whose type differs from the previous token's or whose previous token is {@code O} or
 * ends a name ({@code E-}, {@code L-}, {@code S-}, {@code U-}); it ends before the next start, an
 * {@code O}, or after {@code E-}, {@code L-}, {@code S-}, {@code U-}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Chunks.decode(List.of("I-PER", "I-PER", "O", "I-LOC"))
 *     // [TypedSpan[start=0, end=2, type=PER], TypedSpan[start=3, end=4, type=LOC]]
 * }</pre>
 */
public final class Chunks {

  private Chunks() {}

  /**
   * The names in {@code tags}, in order.
   *
   * @param tags one sentence's tags, in IOB1, IOB2/BIO or BILOU
   * @return the names as token spans
   * @throws IllegalArgumentException naming the index if a tag is neither {@code O} nor {@code
   *     X-TYPE}
   */
  public static List<TypedSpan> decode(List<String> tags) {
    Objects.requireNonNull(tags, "tags");
    List<TypedSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    char previousPrefix = 'O';
    for (int i = 0; i < tags.size(); i++) {
      String tag = Objects.requireNonNull(tags.get(i), "tag");
      char prefix;
      String tagType;
      if (tag.equals("O")) {
        prefix = 'O';
        tagType = null;
      } else if (tag.length() >= 3 && tag.charAt(1) == '-' && "IBELSU".indexOf(tag.charAt(0)) >= 0) {
        prefix = tag.charAt(0);
        tagType = tag.substring(2);
      } else {
        throw new IllegalArgumentException("tag " + i + " is not O or X-TYPE: '" + tag + "'");
      }
      boolean startsName = prefix == 'B' || prefix == 'S' || prefix == 'U'
          || (prefix != 'O' && (!tagType.equals(type) || previousPrefix == 'O'
              || endsName(previousPrefix)));
      boolean endsPrevious = type != null && (prefix == 'O' || startsName);
      if (endsPrevious) {
        spans.add(new TypedSpan(start, i, type));
        type = null;
      }
      if (startsName) {
        start = i;
        type = tagType;
      }
      if (type != null && endsName(prefix)) {
        spans.add(new TypedSpan(start, i + 1, type));
        type = null;
      }
      previousPrefix = prefix;
    }
    if (type != null) {
      spans.add(new TypedSpan(start, tags.size(), type));
    }
    return List.copyOf(spans);
  }

  private static boolean endsName(char prefix) {
    return prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U';
  }

  /**
   * Tags for a sentence of {@code length} tokens holding {@code spans}, in the given scheme.
   *
   * @param spans the names, not overlapping
   * @param length the number of tokens
   * @param scheme how to write the tags
   * @return one tag per token
   * @throws IllegalArgumentException if a span lies outside the sentence or spans overlap
   */
  public static List<String> encode(List<TypedSpan> spans, int length, TagScheme scheme) {
    Objects.requireNonNull(spans, "spans");
    Objects.requireNonNull(scheme, "scheme");
    String[] tags = new String[length];
    Arrays.fill(tags, "O");
    List<TypedSpan> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int previousEnd = -1;
    String previousType = null;
    for (TypedSpan span : sorted) {
      if (span.end() > length) {
        throw new IllegalArgumentException("span " + span + " outside a sentence of " + length
            + " tokens");
      }
      if (span.start() < previousEnd) {
        throw new IllegalArgumentException("span " + span + " overlaps the previous span");
      }
      boolean adjacentSameType = span.start() == previousEnd && span.type().equals(previousType);
      for (int i = span.start(); i < span.end(); i++) {
        tags[i] = "I-" + span.type();
      }
      if (scheme == TagScheme.IOB2 || adjacentSameType) {
        tags[span.start()] = "B-" + span.type();
      }
      previousEnd = span.end();
      previousType = span.type();
    }
    return List.of(tags);
  }
}
