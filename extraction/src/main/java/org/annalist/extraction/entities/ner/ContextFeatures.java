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

  /** Most aggregated left (and right) context features per token. */
  private static final int MAX_AGGREGATE = 6;

  /**
   * Most other occurrences of a token that context aggregation looks at, so that a word repeated
   * thousands of times costs linear time (no CoNLL-2003 training document repeats one more than
   * 29 times, so the model's features are as if there were no bound).
   */
  private static final int MAX_OCCURRENCES = 64;

  private final List<Integer> sizes;
  private final List<WordClusters> clusters;
  private final boolean caps;
  private final boolean document;
  private final ListFeatures lists;
  private final boolean history;
  private final boolean aggregate;
  private final boolean stacked;

  private ContextFeatures(List<Integer> sizes, List<WordClusters> clusters, boolean caps,
      boolean document, ListFeatures lists, boolean history, boolean aggregate,
      boolean stacked) {
    this.stacked = stacked;
    this.sizes = sizes;
    this.clusters = clusters;
    this.caps = caps;
    this.document = document;
    this.lists = lists;
    this.history = history;
    this.aggregate = aggregate;
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
    ListFeatures lists = null;
    boolean history = false;
    boolean aggregate = false;
    boolean stacked = false;
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
          case "lists" -> lists = ListFeatures.load();
          case "history" -> history = true;
          case "aggregate" -> aggregate = true;
          case "stage2" -> stacked = true;
          default -> throw new IllegalArgumentException("feature descriptor names unknown "
              + "context option '" + part + "' (known: 256, 1024, caps, doc, lists, history,"
              + " aggregate, stage2)");
        }
      }
    }
    if (aggregate && loaded.isEmpty()) {
      throw new IllegalArgumentException("context option 'aggregate' needs word clusters "
          + "(256 or 1024)");
    }
    return new ContextFeatures(List.copyOf(sizes), List.copyOf(loaded), caps, doc, lists,
        history, aggregate, stacked);
  }

  /** Whether the model is a second stage, fed with a first-pass model's names. */
  boolean stacked() {
    return stacked;
  }

  /**
   * The descriptor of the first pass of a {@code stage2} descriptor: the same, without {@code
   * stage2}.
   */
  static String firstPassDescriptor(String descriptorXml) {
    Matcher m = MARKER.matcher(descriptorXml);
    if (!m.find()) {
      return descriptorXml;
    }
    List<String> options = new ArrayList<>(List.of(m.group(1).trim().split("\\s+")));
    options.remove("stage2");
    return descriptorXml.substring(0, m.start()) + marker(options.toArray(NONE))
        + descriptorXml.substring(m.end());
  }

  /** Whether this adds no feature at all. */
  boolean isEmpty() {
    return clusters.isEmpty() && !document && lists == null && !history && !stacked;
  }

  /** A new, empty prediction history for one document (used only with {@code history}). */
  History newHistory() {
    return new History();
  }

  /**
   * The features of one sentence: its document-level features {@code base} (a row of {@link
   * #features}, may be null) plus, with {@code history}, what {@code past} says about its
   * capitalised tokens. Null if there are none at all.
   */
  String[][] sentence(String[][] base, String[] sentence, History past) {
    if (!history || past.labels.isEmpty()) {
      return base;
    }
    String[][] result = new String[sentence.length][];
    List<String> features = new ArrayList<>();
    for (int i = 0; i < sentence.length; i++) {
      String[] own = base == null ? NONE : base[i];
      int[] counts = startsUpper(sentence[i])
          ? past.labels.get(sentence[i].toLowerCase(Locale.ROOT)) : null;
      if (counts == null) {
        result[i] = own;
        continue;
      }
      features.clear();
      features.addAll(java.util.Arrays.asList(own));
      int best = 0;
      for (int l = 0; l < counts.length; l++) {
        if (counts[l] > 0) {
          features.add(History.SEEN[l]);
          if (counts[l] > counts[best]) {
            best = l;
          }
        }
      }
      features.add(History.MAJORITY[best]);
      result[i] = features.toArray(NONE);
    }
    return result;
  }

  /**
   * What the document has said so far about its capitalised tokens: how often each (lower-cased)
   * was tagged with each type or outside any name. Filled with the gold names in training and
   * with the model's own names when tagging, sentence by sentence (Ratinov and Roth's "extended
   * prediction history"). Not thread-safe: one per document.
   */
  static final class History {
    private static final List<String> TYPES = List.of("O", "PER", "ORG", "LOC", "MISC");
    private static final String[] SEEN = TYPES.stream().map(t -> "h=" + t)
        .toArray(String[]::new);
    private static final String[] MAJORITY = TYPES.stream().map(t -> "hm=" + t)
        .toArray(String[]::new);

    private final Map<String, int[]> labels = new HashMap<>();

    private History() {}

    /**
     * Records the names of one sentence, as token spans with CoNLL types.
     *
     * @param sentence the normalised tokens
     * @param starts the names' first tokens
     * @param ends the names' ends (exclusive)
     * @param types the names' CoNLL types
     */
    void record(String[] sentence, int[] starts, int[] ends, String[] types) {
      int[] label = new int[sentence.length];
      for (int n = 0; n < starts.length; n++) {
        int type = TYPES.indexOf(types[n]);
        for (int i = starts[n]; i < ends[n]; i++) {
          label[i] = type < 0 ? 0 : type;
        }
      }
      for (int i = 0; i < sentence.length; i++) {
        if (startsUpper(sentence[i])) {
          labels.computeIfAbsent(sentence[i].toLowerCase(Locale.ROOT),
              k -> new int[TYPES.size()])[label[i]]++;
        }
      }
    }
  }

  private static boolean startsUpper(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  /**
   * Per-token features for the normalised sentences of one document, element {@code [s][i]} for
   * token {@code i} of sentence {@code s}; null if this adds no features (OpenNLP's "no
   * context").
   */
  String[][][] features(List<String[]> sentences) {
    return features(sentences, null);
  }

  /**
   * As {@link #features(List)}, for a {@code stage2} model with the first pass's type ({@code
   * PER} ... or {@code O}) of every token ({@code firstPass[s][i]}); null if not stacked.
   */
  String[][][] features(List<String[]> sentences, String[][] firstPass) {
    if (isEmpty()) {
      return null;
    }
    if (stacked && firstPass == null) {
      throw new IllegalArgumentException("a stage2 model needs the first pass's names");
    }
    Map<String, int[]> passCounts = stacked ? passCounts(sentences, firstPass) : Map.of();
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
    Map<String, List<int[]>> occurrences = aggregate ? occurrences(sentences) : Map.of();
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
      String[][] listed = lists == null ? null : lists.features(sentence);
      for (int i = 0; i < sentence.length; i++) {
        features.clear();
        if (listed != null && listed[i] != null) {
          features.addAll(java.util.Arrays.asList(listed[i]));
        }
        if (stacked) {
          stacked(features, sentence[i], firstPass[s][i], passCounts);
        }
        if (aggregate && startsUpper(sentence[i])) {
          aggregate(features, sentences, s, i,
              occurrences.get(sentence[i].toLowerCase(Locale.ROOT)));
        }
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

  /** How often the first pass gave each type to each capitalised token (lower-cased). */
  private static Map<String, int[]> passCounts(List<String[]> sentences, String[][] firstPass) {
    Map<String, int[]> counts = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] sentence = sentences.get(s);
      for (int i = 0; i < sentence.length; i++) {
        if (startsUpper(sentence[i])) {
          counts.computeIfAbsent(sentence[i].toLowerCase(Locale.ROOT),
              k -> new int[History.TYPES.size()])[typeIndex(firstPass[s][i])]++;
        }
      }
    }
    return counts;
  }

  private static int typeIndex(String type) {
    return Math.max(0, History.TYPES.indexOf(type));
  }

  /**
   * Two-stage features (Krishnan and Manning; Ratinov and Roth): the first pass's type of this
   * token ({@code s1=}) and, for a capitalised token, the majority type the first pass gave its
   * other occurrences in the document ({@code s2=}, ties to the earlier type in PER, ORG, LOC,
   * MISC order after O) and whether they disagree among themselves ({@code s2mix}).
   */
  private static void stacked(List<String> features, String token, String own,
      Map<String, int[]> counts) {
    int mine = typeIndex(own);
    if (mine != 0 || startsUpper(token)) {
      features.add(FIRST_PASS[mine]);
    }
    if (!startsUpper(token)) {
      return;
    }
    int[] all = counts.get(token.toLowerCase(Locale.ROOT));
    int best = -1;
    int kinds = 0;
    for (int l = 0; l < all.length; l++) {
      int others = all[l] - (l == mine ? 1 : 0);
      if (others > 0) {
        kinds++;
        if (best < 0 || others > all[best] - (best == mine ? 1 : 0)) {
          best = l;
        }
      }
    }
    if (best >= 0) {
      features.add(OTHERS[best]);
      if (kinds > 1) {
        features.add("s2mix");
      }
    }
  }

  private static final String[] FIRST_PASS = History.TYPES.stream().map(t -> "s1=" + t)
      .toArray(String[]::new);
  private static final String[] OTHERS = History.TYPES.stream().map(t -> "s2=" + t)
      .toArray(String[]::new);

  /** Where each capitalised token (lower-cased) occurs: {sentence, token} pairs in order. */
  private static Map<String, List<int[]>> occurrences(List<String[]> sentences) {
    Map<String, List<int[]>> where = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] sentence = sentences.get(s);
      for (int i = 0; i < sentence.length; i++) {
        if (startsUpper(sentence[i])) {
          where.computeIfAbsent(sentence[i].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(new int[] {s, i});
        }
      }
    }
    return where;
  }

  /**
   * Context aggregation (Ratinov and Roth): the clusters of the words just before and after the
   * other occurrences of the same capitalised token in the document, at most {@value
   * #MAX_AGGREGATE} of each, in document order, from the first {@value #MAX_OCCURRENCES}.
   */
  private void aggregate(List<String> features, List<String[]> sentences, int s, int i,
      List<int[]> where) {
    if (where == null || where.size() < 2) {
      return;
    }
    WordClusters c = clusters.get(0);
    int before = 0;
    int after = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    int looked = 0;
    for (int[] o : where) {
      if (o[0] == s && o[1] == i) {
        continue;
      }
      if (looked++ == MAX_OCCURRENCES) {
        break;
      }
      String[] other = sentences.get(o[0]);
      if (before < MAX_AGGREGATE) {
        String f = "al=" + (o[1] == 0 ? "^" : c.find(casedForm(other[o[1] - 1]))
            .map(String::valueOf).orElse("?"));
        if (seen.add(f)) {
          features.add(f);
          before++;
        }
      }
      if (after < MAX_AGGREGATE) {
        String f = "ar=" + (o[1] + 1 == other.length ? "$" : c.find(casedForm(other[o[1] + 1]))
            .map(String::valueOf).orElse("?"));
        if (seen.add(f)) {
          features.add(f);
          after++;
        }
      }
    }
  }

  /** The form whose cluster stands for {@code t}: the capitalised one for all-capitals words. */
  private static String casedForm(String t) {
    return isAllCaps(t) ? capitalise(t) : t;
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
