package org.annalist.extraction.entities;

import java.text.Normalizer;
import java.util.Locale;
import org.annalist.model.EntityType;

/**
 * Normal forms of names: the key under which two surface forms count as the same name, the stable
 * entity id derived from a canonical name, and the edit test for typos. Stateless.
 */
final class Names {

  private Names() {}

  /**
   * The matching key of a surface form: accents folded, curly apostrophes and quotes made ASCII,
   * runs of whitespace made one space, trimmed. Case is kept.
   */
  static String fold(String text) {
    String s = text;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder b = new StringBuilder(s.length());
      // by code point, so that a mark outside the BMP is dropped whole and a pair is never split
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
          continue;
        }
        b.appendCodePoint(
            switch (c) {
              case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC' -> '\'';
              case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
              case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
              default -> c;
            });
      }
      s = b.toString();
    }
    return collapseSpaces(s);
  }

  /** The case-insensitive matching key: {@link #fold} in lower case. */
  static String key(String text) {
    return fold(text).toLowerCase(Locale.ROOT);
  }

  /** The text with every run of whitespace made one space, trimmed. */
  static String collapseSpaces(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The stable id of an entity: its type in lower case, a colon, and its canonical name folded
   * ({@link #key}: accents off, lower case) to its letters and digits, whole characters even
   * outside the BMP, in runs separated by single hyphens, e.g. {@code person:juan-carlos-pinzon}.
   */
  static String id(EntityType type, String canonicalName) {
    String folded = key(canonicalName);
    StringBuilder slug = new StringBuilder(folded.length());
    boolean dash = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\'') {
        // "O'Neill" -> "oneill"
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        dash = false;
        slug.appendCodePoint(c);
      } else {
        dash = true;
      }
    }
    if (slug.length() == 0) {
      slug.append(Integer.toHexString(folded.hashCode()));
    }
    return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
  }

  /**
   * Whether {@code a} and {@code b} differ by one typing slip: one character inserted, deleted or
   * replaced, or one character moved elsewhere (which covers two swapped neighbours, and {@code
   * Petro}/{@code Preto}).
   */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    if (la != lb) {
      String longer = la > lb ? a : b;
      String shorter = la > lb ? b : a;
      int i = 0;
      while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
        i++;
      }
      return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
    int first = 0;
    while (a.charAt(first) == b.charAt(first)) {
      first++;
    }
    int last = la - 1;
    while (a.charAt(last) == b.charAt(last)) {
      last--;
    }
    if (first == last) {
      return true; // one replacement
    }
    // One character moved from one end of the differing window to the other.
    return (a.charAt(first) == b.charAt(last)
            && a.regionMatches(first + 1, b, first, last - first))
        || (a.charAt(last) == b.charAt(first)
            && b.regionMatches(first + 1, a, first, last - first));
  }

  /** The regular English plural of a lower-case noun or title word. */
  static String plural(String word) {
    if (word.endsWith("man")) {
      return word.substring(0, word.length() - 3) + "men";
    }
    if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (word.endsWith("s") || word.endsWith("sh") || word.endsWith("ch") || word.endsWith("x")) {
      return word + "es";
    }
    return word + "s";
  }

  /**
   * A title phrase as a role: each word capitalised except the small words {@code of, the, in,
   * for, and, on}.
   */
  static String titleCase(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    for (String word : collapseSpaces(phrase).split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String lower = word.toLowerCase(Locale.ROOT);
      boolean small = switch (lower) {
        case "of", "the", "in", "for", "and", "on", "at", "to" -> b.length() > 0;
        default -> false;
      };
      if (small) {
        b.append(lower);
      } else if (word.equals(word.toLowerCase(Locale.ROOT))) {
        b.appendCodePoint(Character.toTitleCase(word.codePointAt(0)))
            .append(word, Character.charCount(word.codePointAt(0)), word.length());
      } else {
        b.append(word);
      }
    }
    return b.toString();
  }

  /** Whether the word starts with an upper-case or title-case letter. */
  static boolean isCapitalised(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int cp = word.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  /** Whether every letter of the word is upper case and it has at least two letters. */
  static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
