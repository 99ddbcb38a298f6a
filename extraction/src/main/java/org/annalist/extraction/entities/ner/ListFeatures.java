package org.annalist.extraction.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.extraction.clusters.WordClusters;

/**
 * Membership of tokens in the project's hand-written name lists (the entity stage's gazetteer
 * files beside the model, see {@code SOURCES.md}), as model features: the model learns how far
 * to trust them. None of the lists comes from CoNLL-2003.
 *
 * <p>A phrase of a list matches a run of tokens case-insensitively, the longest phrase first;
 * the first token of a name (not of a title) must start with a capital letter, so that {@code
 * us} or {@code turkey} do not match. Every token of a match gets {@code g=KIND} ({@code cty}
 * country, {@code cit} city, {@code reg} region, {@code org} organisation, {@code dem} demonym or
 * group word, {@code ttl} title, {@code fn} given name), and a head word of a name ({@code
 * org-suffixes.txt}, {@code location-suffixes.txt}, {@code location-prefixes.txt}) gets {@code
 * g=osf}, {@code g=lsf} or {@code g=lpf}.
 *
 * <p>Immutable and thread-safe.
 */
final class ListFeatures {

  private static final String DIR = "/org/annalist/extraction/entities/";

  /** Lower-cased phrase (tokens joined by a space) to its feature. */
  private final Map<String, String> phrases;
  /** Lower-cased head words to their feature. */
  private final Map<String, String> heads;
  private final int longest;

  private ListFeatures(Map<String, String> phrases, Map<String, String> heads) {
    this.phrases = Map.copyOf(phrases);
    this.heads = Map.copyOf(heads);
    int max = 1;
    for (String p : phrases.keySet()) {
      max = Math.max(max, p.split(" ").length);
    }
    this.longest = max;
  }

  /** Reads the lists from the classpath. */
  static ListFeatures load() {
    Map<String, String> phrases = new HashMap<>();
    // Read in this order, a later list not overriding an earlier one: a country named like its
    // demonym or a city stays a country.
    for (String[] row : rows("countries.tsv")) {
      add(phrases, row, 0, "g=cty");
      add(phrases, row, 1, "g=cty");
      add(phrases, row, 3, "g=cty");
    }
    for (String[] row : rows("regions.tsv")) {
      add(phrases, row, 0, "g=reg");
      add(phrases, row, 1, "g=reg");
    }
    for (String[] row : rows("cities.tsv")) {
      add(phrases, row, 0, "g=cit");
      add(phrases, row, 3, "g=cit");
    }
    for (String[] row : rows("organizations.tsv")) {
      add(phrases, row, 0, "g=org");
      add(phrases, row, 1, "g=org");
    }
    for (String[] row : rows("countries.tsv")) {
      add(phrases, row, 2, "g=dem");
    }
    for (String[] row : rows("regions.tsv")) {
      add(phrases, row, 2, "g=dem");
    }
    for (String[] row : rows("groups.txt")) {
      add(phrases, row, 0, "g=dem");
    }
    for (String[] row : rows("first-names.txt")) {
      add(phrases, row, 0, "g=fn");
    }
    for (String[] row : rows("titles.tsv")) {
      add(phrases, row, 0, "g=ttl");
    }
    Map<String, String> heads = new HashMap<>();
    for (String[] row : rows("org-suffixes.txt")) {
      add(heads, row, 0, "g=osf");
    }
    for (String[] row : rows("location-suffixes.txt")) {
      add(heads, row, 0, "g=lsf");
    }
    for (String[] row : rows("location-prefixes.txt")) {
      add(heads, row, 0, "g=lpf");
    }
    return new ListFeatures(phrases, heads);
  }

  /**
   * The list features of each token of one normalised sentence (null for a token without any);
   * the arrays may be shared.
   */
  String[][] features(String[] sentence) {
    String[][] result = new String[sentence.length][];
    String[] lower = new String[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      lower[i] = sentence[i].toLowerCase(Locale.ROOT);
      String head = heads.get(lower[i]);
      if (head != null && startsUpper(sentence[i])) {
        result[i] = new String[] {head};
      }
    }
    int i = 0;
    while (i < sentence.length) {
      int matched = 0;
      String kind = null;
      StringBuilder key = new StringBuilder();
      for (int n = 1; n <= longest && i + n <= sentence.length; n++) {
        if (n > 1) {
          key.append(' ');
        }
        key.append(lower[i + n - 1]);
        String k = phrases.get(key.toString());
        if (k != null && (startsUpper(sentence[i]) || k.equals("g=ttl"))) {
          matched = n;
          kind = k;
        }
      }
      if (matched == 0) {
        i++;
        continue;
      }
      for (int j = i; j < i + matched; j++) {
        result[j] = result[j] == null ? new String[] {kind} : new String[] {result[j][0], kind};
      }
      i += matched;
    }
    return result;
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private static void add(Map<String, String> map, String[] row, int column, String feature) {
    if (column >= row.length || row[column].isBlank()) {
      return;
    }
    for (String phrase : row[column].split("\\|")) {
      String key = key(phrase);
      if (!key.isEmpty()) {
        map.putIfAbsent(key, feature);
      }
    }
  }

  /** A phrase as the model sees it: normalised tokens, lower case, one space between. */
  private static String key(String phrase) {
    List<String> tokens = new ArrayList<>();
    for (String t : phrase.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        tokens.add(WordClusters.normalize(t).toLowerCase(Locale.ROOT));
      }
    }
    return String.join(" ", tokens);
  }

  private static List<String[]> rows(String file) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ListFeatures.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DIR + file);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
