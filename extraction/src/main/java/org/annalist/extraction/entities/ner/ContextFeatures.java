package org.annalist.extraction.entities.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extraction.clusters.WordClusters;

/**
 * Features computed by this project and given to OpenNLP as "additional context", one list of
 * features per token: word clusters, and what the rest of the document says about a capitalised
 * word.
 *
 * <p>Why additional context: OpenNLP 2.5.11's {@code WordClusterFeatureGenerator} dictionary
 * ({@code WordClusterDictionary}, like {@code BrownCluster}) closes the model's zip stream when it
 * is written into or read from a model, so a model holding one cannot be saved or loaded; and a
 * custom feature generator would need the global {@code OPENNLP_EXT_ALLOWED_PACKAGES} property.
 * Additional context is built into {@code NameFinderME}: per-token features in training ({@code
 * NameSample}) and tagging ({@code find(tokens, additionalContext)}), added by OpenNLP for the token
 * and, prefixed, for the 8 tokens either side. The cluster files stay the project's resources; the
 * model's feature descriptor names what it was trained with in a comment such as {@code <!--
 * annalist-context: 256 1024 caps doc -->}, which the recogniser reads back:
 *
 * <ul>
 *   <li>{@code 256}, {@code 1024}: the token's cluster in {@code clusters-256.tsv} / {@code
 *       clusters-1024.tsv} ({@code c256=17});
 *   <li>{@code caps}: for an all-capitals word ({@code BRUSSELS}, as in headlines), also the
 *       clusters of its capitalised form ({@code Brussels});
 *   <li>{@code doc}: for a capitalised word, whether the same word (capitalised form for
 *       all-capitals words) appears capitalised elsewhere in the document not at the start of a
 *       sentence nor in an all-capitals line ({@code dcap}), and whether its lower-case form
 *       appears in the document ({@code dlow}). These need the whole document: {@link
 *       NameFinderRecognizer#recognizeDocument}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ContextFeatures {

  private static final Pattern MARKER = Pattern.compile("<!--\\s*annalist-context:([^>]*)-->");

  private static final String[] NONE = {};

  private final List<Integer> sizes;
  private final List<WordClusters> clusters;
  private final boolean caps;
  private final boolean document;

  private ContextFeatures(List<Integer> sizes, List<WordClusters> clusters, boolean caps,
      boolean document) {
    this.sizes = sizes;
    this.clusters = clusters;
    this.caps = caps;
    this.document = document;
  }

  /** The marker comment for a descriptor with the given options (256, 1024, caps, doc). */
  static String marker(String... options) {
    return "<!-- annalist-context: " + String.join(" ", options) + " -->";
  }

  /**
   * The features named by the marker in {@code descriptorXml}, loading the cluster files; none if
   * there is no marker.
   *
   * @throws IllegalArgumentException for an unknown option
   */
  static ContextFeatures fromDescriptor(String descriptorXml) {
    Matcher m = MARKER.matcher(descriptorXml);
    List<Integer> sizes = new ArrayList<>();
    List<WordClusters> loaded = new ArrayList<>();
    boolean caps = false;
    boolean doc = false;
    if (m.find()) {
      for (String part : m.group(1).trim().split("\\s+")) {
        switch (part) {
          case "" -> { }
          case "256" -> {
            sizes.add(256);
            loaded.add(WordClusters.fromResource(WordClusters.RESOURCE_256));
          }
          case "1024" -> {
            sizes.add(1024);
            loaded.add(WordClusters.fromResource(WordClusters.RESOURCE_1024));
          }
          case "caps" -> caps = true;
          case "doc" -> doc = true;
          default -> throw new IllegalArgumentException("feature descriptor names unknown "
              + "context option '" + part + "' (known: 256, 1024, caps, doc)");
        }
      }
    }
    return new ContextFeatures(List.copyOf(sizes), List.copyOf(loaded), caps, doc);
  }

  /** Whether this adds no feature at all. */
  boolean isEmpty() {
    return clusters.isEmpty() && !document;
  }

  /**
   * Per-token features for the normalised sentences of one document, element {@code [s][i]} for
   * token {@code i} of sentence {@code s}; null if this adds no features (OpenNLP's "no
   * context").
   */
  String[][][] features(List<String[]> sentences) {
    if (isEmpty()) {
      return null;
    }
    Map<String, Integer> midCapitalised = new HashMap<>();
    Map<String, Boolean> lowerCase = new HashMap<>();
    if (document) {
      for (String[] sentence : sentences) {
        boolean capsLine = isCapsLine(sentence);
        for (int i = 0; i < sentence.length; i++) {
          String t = sentence[i];
          if (t.isEmpty()) {
            continue;
          }
          if (Character.isUpperCase(t.charAt(0)) && i > 0 && !capsLine) {
            midCapitalised.merge(t, 1, Integer::sum);
          } else if (Character.isLowerCase(t.charAt(0))) {
            lowerCase.put(t, Boolean.TRUE);
          }
        }
      }
    }
    String[][][] result = new String[sentences.size()][][];
    List<String> features = new ArrayList<>();
    // One string per distinct feature, not per token: a long document holds millions of them.
    List<Map<Integer, String>> names = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      names.add(new HashMap<>());
    }
    for (int s = 0; s < sentences.size(); s++) {
      String[] sentence = sentences.get(s);
      boolean capsLine = isCapsLine(sentence);
      String[][] perToken = new String[sentence.length][];
      for (int i = 0; i < sentence.length; i++) {
        features.clear();
        String t = sentence[i];
        boolean allCaps = isAllCaps(t);
        String capitalised = allCaps ? capitalise(t) : t;
        for (int c = 0; c < clusters.size(); c++) {
          String prefix = "c" + sizes.get(c) + "=";
          Map<Integer, String> known = names.get(c);
          Optional<Integer> id = clusters.get(c).find(t);
          if (id.isPresent()) {
            features.add(known.computeIfAbsent(id.get(), k -> prefix + k));
          }
          if (caps && allCaps) {
            Optional<Integer> capsId = clusters.get(c).find(capitalised);
            if (capsId.isPresent() && !capsId.equals(id)) {
              features.add(known.computeIfAbsent(capsId.get(), k -> prefix + k));
            }
          }
        }
        if (document && !t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
          int elsewhere = midCapitalised.getOrDefault(capitalised, 0);
          if (!allCaps && i > 0 && !capsLine) {
            elsewhere--; // this occurrence itself
          }
          if (elsewhere > 0) {
            features.add("dcap");
          }
          if (lowerCase.containsKey(t.toLowerCase(Locale.ROOT))) {
            features.add("dlow");
          }
        }
        perToken[i] = features.isEmpty() ? NONE : features.toArray(NONE);
      }
      result[s] = perToken;
    }
    return result;
  }

  private static boolean isCapsLine(String[] sentence) {
    boolean letters = false;
    for (String t : sentence) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
    }
    return letters;
  }

  private static boolean isAllCaps(String t) {
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  private static String capitalise(String t) {
    int first = t.offsetByCodePoints(0, 1);
    return t.substring(0, first) + t.substring(first).toLowerCase(Locale.ROOT);
  }
}
