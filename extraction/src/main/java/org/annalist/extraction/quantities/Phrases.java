package org.annalist.extraction.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of one lexicon, found in text by a character trie: the longest form that starts at a
 * position ({@link #at}) or ends at one ({@link #before}). A space in a form matches any run of
 * whitespace. A form written in lower case matches in any case ({@code Percent}); one with a
 * capital ({@code NIS}, {@code US$}) matches only as written, and so, in the lexicons of symbols
 * and abbreviations, does one of one or two letters ({@code m}, {@code kg}, not {@code M} or
 * {@code KG}). A form that ends (for {@code at}) or starts (for {@code
 * before}) with a letter or digit must end or start a word there; where the other end of the
 * match is glued to what precedes or follows it is left to the caller ({@code 5.56mm}, {@code
 * US$139}). Lookups take time bounded by the longest form.
 *
 * <p>Immutable and thread-safe once built (the lexicon builds it at load time and then only reads).
 *
 * @param <V> what a form stands for
 */
final class Phrases<V> {

  /**
   * A form found in the text.
   *
   * @param begin where it begins
   * @param end where it ends
   * @param value what it stands for
   * @param <V> what a form stands for
   */
  record Found<V>(int begin, int end, V value) {}

  private record Entry<V>(String form, boolean exact, V value) {}

  private static final class Node<V> {
    final Map<Character, Node<V>> next = new HashMap<>(4);
    final List<Entry<V>> entries = new ArrayList<>(1);
  }

  private final Node<V> forward = new Node<>();
  private final Node<V> backward = new Node<>();
  private final boolean shortFormsExact;

  /**
   * An empty lexicon.
   *
   * @param shortFormsExact whether forms of one or two letters match only as written
   */
  Phrases(boolean shortFormsExact) {
    this.shortFormsExact = shortFormsExact;
  }

  /**
   * Adds a form; the first value added for a form wins a lookup.
   *
   * @param form the form as written in the lexicon
   * @param value what it stands for
   */
  void add(String form, V value) {
    String normal = String.join(" ", form.strip().split("\\s+"));
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("empty form");
    }
    Entry<V> entry = new Entry<>(normal, isExact(normal, shortFormsExact), value);
    String key = normal.toLowerCase(Locale.ROOT);
    if (key.length() != normal.length()) {
      throw new IllegalArgumentException("form '" + form + "' changes length in lower case");
    }
    Node<V> node = forward;
    for (int i = 0; i < key.length(); i++) {
      node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
    }
    node.entries.add(entry);
    node = backward;
    for (int i = key.length() - 1; i >= 0; i--) {
      node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
    }
    node.entries.add(entry);
  }

  /**
   * The longest form that starts at {@code from} and ends at or before {@code limit}.
   *
   * @param text the text
   * @param from where the form must start
   * @param limit how far it may reach
   * @return the form found, or null
   */
  Found<V> at(String text, int from, int limit) {
    Node<V> node = forward;
    Found<V> best = null;
    int i = from;
    while (true) {
      if (i > from && !node.entries.isEmpty() && wordEndsAt(text, i)) {
        V value = value(node, text, from, i);
        if (value != null) {
          best = new Found<>(from, i, value);
        }
      }
      if (i >= limit) {
        return best;
      }
      char c = text.charAt(i);
      if (isSpace(c)) {
        node = node.next.get(' ');
        while (i < limit && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        node = node.next.get(Character.toLowerCase(c));
        i++;
      }
      if (node == null) {
        return best;
      }
    }
  }

  /**
   * The longest form that ends at {@code to} and starts at or after {@code floor}.
   *
   * @param text the text
   * @param to where the form must end
   * @param floor how far back it may reach
   * @return the form found, or null
   */
  Found<V> before(String text, int to, int floor) {
    Node<V> node = backward;
    Found<V> best = null;
    int i = to;
    while (true) {
      if (i < to && !node.entries.isEmpty() && wordStartsAt(text, i)) {
        V value = value(node, text, i, to);
        if (value != null) {
          best = new Found<>(i, to, value);
        }
      }
      if (i <= floor) {
        return best;
      }
      char c = text.charAt(i - 1);
      if (isSpace(c)) {
        node = node.next.get(' ');
        while (i > floor && isSpace(text.charAt(i - 1))) {
          i--;
        }
      } else {
        node = node.next.get(Character.toLowerCase(c));
        i--;
      }
      if (node == null) {
        return best;
      }
    }
  }

  /** The first value at this node whose form matches {@code text[begin, end)}, or null. */
  private static <V> V value(Node<V> node, String text, int begin, int end) {
    for (Entry<V> entry : node.entries) {
      if (!entry.exact() || asWritten(entry.form(), text, begin, end)) {
        return entry.value();
      }
    }
    return null;
  }

  /** Whether {@code text[begin, end)} is {@code form} with the same case (any whitespace runs). */
  private static boolean asWritten(String form, String text, int begin, int end) {
    int i = begin;
    for (int k = 0; k < form.length(); k++) {
      char f = form.charAt(k);
      if (f == ' ') {
        if (i >= end || !isSpace(text.charAt(i))) {
          return false;
        }
        while (i < end && isSpace(text.charAt(i))) {
          i++;
        }
      } else if (i >= end || text.charAt(i++) != f) {
        return false;
      }
    }
    return i == end;
  }

  /** A form ending at {@code i} with a letter or digit must not run on into another one. */
  private static boolean wordEndsAt(String text, int i) {
    return i >= text.length()
        || !Character.isLetterOrDigit(text.charAt(i - 1))
        || !Character.isLetterOrDigit(text.codePointAt(i));
  }

  /** A form starting at {@code i} with a letter or digit must not continue an earlier one. */
  private static boolean wordStartsAt(String text, int i) {
    return i == 0
        || !Character.isLetterOrDigit(text.charAt(i))
        || !Character.isLetterOrDigit(text.codePointBefore(i));
  }

  private static boolean isExact(String form, boolean shortFormsExact) {
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isUpperCase(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return shortFormsExact && letters <= 2;
  }

  /**
   * Whether {@code c} is whitespace, including the no-break spaces of typeset numbers ({@code
   * 5\u00A0million}).
   *
   * @param c a character
   * @return whether it separates words
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }
}
