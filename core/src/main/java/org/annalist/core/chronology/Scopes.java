package org.annalist.core.chronology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.EventScope;
import org.annalist.model.Span;

/**
 * Finds how far a report says an event went: a scope adverb right before the trigger ({@code
 * partially suspended}), or a quantifier opening what it acts on ({@code suspended all sales},
 * {@code halt some of its exports}). The words come from {@code scope.tsv}. Immutable and
 * thread-safe.
 */
final class Scopes {

  /** A scope and the words that gave it. */
  record Found(EventScope scope, Span cue) {}

  /** How many words before the trigger an adverb may stand ({@code has partially suspended}). */
  private static final int BEFORE = 2;
  /** How many words after the trigger a quantifier may open its object ({@code suspended all}). */
  private static final int AFTER = 2;

  private final Map<String, EventScope> adverbs;
  private final Map<String, EventScope> quantifiers;

  private Scopes(Map<String, EventScope> adverbs, Map<String, EventScope> quantifiers) {
    this.adverbs = adverbs;
    this.quantifiers = quantifiers;
  }

  static Scopes load() {
    Map<String, EventScope> adverbs = new LinkedHashMap<>();
    Map<String, EventScope> quantifiers = new LinkedHashMap<>();
    String name = "/org/annalist/core/chronology/scope.tsv";
    try (InputStream in = Scopes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from annalist-core");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(name + ":" + number + ": expected 3 columns");
        }
        EventScope scope = EventScope.valueOf(f[2].trim());
        switch (f[1].trim()) {
          case "adverb" -> adverbs.put(f[0].trim(), scope);
          case "quantifier" -> quantifiers.put(f[0].trim(), scope);
          default -> throw new IllegalStateException(
              name + ":" + number + ": kind must be adverb or quantifier, was " + f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scopes(Map.copyOf(adverbs), Map.copyOf(quantifiers));
  }

  /** The scope of the event at {@code trigger}, or null when the sentence does not say. */
  Found find(String text, Span sentence, Span trigger, Span patient) {
    int at = trigger.begin();
    for (int k = 0; k < BEFORE; k++) {
      int[] w = previousWord(text, sentence.begin(), at);
      if (w == null) {
        break;
      }
      EventScope s = adverbs.get(lower(text, w));
      if (s != null) {
        return new Found(s, Span.of(text, w[0], w[1]));
      }
      at = w[0];
    }
    int from = patient != null && patient.begin() >= trigger.end()
        ? patient.begin() : trigger.end();
    for (int k = 0; k < AFTER; k++) {
      int[] w = nextWord(text, from, sentence.end());
      if (w == null) {
        break;
      }
      String word = lower(text, w);
      EventScope s = quantifiers.get(word);
      if (s == null) {
        s = adverbs.get(word);
      }
      if (s != null) {
        return new Found(s, Span.of(text, w[0], w[1]));
      }
      from = w[1];
    }
    return null;
  }

  private static String lower(String text, int[] w) {
    return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  private static int[] previousWord(String text, int limit, int before) {
    int end = before;
    while (end > limit && !Character.isLetter(text.charAt(end - 1))) {
      if (text.charAt(end - 1) != ' ') {
        return null; // punctuation ends the phrase
      }
      end--;
    }
    int begin = end;
    while (begin > limit && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin < end ? new int[] {begin, end} : null;
  }

  private static int[] nextWord(String text, int after, int limit) {
    int begin = after;
    while (begin < limit && !Character.isLetter(text.charAt(begin))) {
      if (text.charAt(begin) != ' ') {
        return null;
      }
      begin++;
    }
    int end = begin;
    while (end < limit && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return begin < end ? new int[] {begin, end} : null;
  }
}
