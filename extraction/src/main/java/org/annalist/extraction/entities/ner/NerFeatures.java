package org.annalist.extraction.entities.ner;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Feature sets for {@link NameFinderTrainer}, each an OpenNLP feature-generator descriptor built
 * only from OpenNLP's own generators (so no {@code OPENNLP_EXT_ALLOWED_PACKAGES} is needed). Each
 * set adds one group to the previous one, which makes them the rows of the ablation table in
 * {@code docs/benchmarks.md}:
 *
 * <ol>
 *   <li>{@link #STOCK}: OpenNLP's default name-finder features;
 *   <li>{@link #WINDOW}: lower-cased tokens in a window of 3 either side, token classes (shape)
 *       with word and class in a window of 2, the token as written, prefixes and suffixes up to 4
 *       characters, sub-token pattern;
 *   <li>{@link #NGRAMS}: plus token and class bigrams and trigrams;
 *   <li>{@link #CONTEXT}: plus sentence begin and end, document begin and the previous-outcome map
 *       (the tag last given to the same token in the document);
 *   <li>{@link #CHARACTERS}: plus the character 3- to 5-grams of the token;
 *   <li>{@link #CLUSTERS_256}: plus the 256-cluster id of each token, and of the 8 tokens either
 *       side;
 *   <li>{@link #CLUSTERS_1024}: plus the 1024-cluster ids in the same window;
 *   <li>{@link #DOCUMENT}: plus, for all-capitals words, the clusters of their capitalised form,
 *       and for capitalised words whether the document has them capitalised mid-sentence
 *       elsewhere or in lower case (see {@code ContextFeatures});
 *   <li>{@link #LISTS}: plus membership in the project's hand-written name lists (countries,
 *       cities, regions, organisations, demonyms, given names, titles, head words);
 *   <li>{@link #HISTORY}: plus the types the document has given the same capitalised token so
 *       far (extended prediction history);
 *   <li>{@link #AGGREGATE}: plus the clusters of the words around the token's other occurrences
 *       in the document (context aggregation);
 *   <li>{@link #STAGE2}: a second stage over a first pass with the {@link #AGGREGATE} features:
 *       the first pass's type of each token and the majority type it gave the token's other
 *       occurrences in the document; the first pass is trained by jackknifing.
 * </ol>
 *
 * <p>The clusters are the project's {@code clusters-256.tsv} and {@code clusters-1024.tsv} (see
 * {@code CLUSTERS.md}). They reach the model as OpenNLP "additional context" rather than through
 * OpenNLP's {@code WordClusterFeatureGenerator}, whose dictionary cannot be saved in a model in
 * OpenNLP 2.5.11 (see {@code ContextFeatures}); the descriptor names them in a comment {@code
 * <!-- annalist-context: 256 1024 -->}, which a custom descriptor may use too. The trainer and the
 * recogniser put every token in {@code WordClusters.normalize}d form before the model sees it.
 *
 * <p>Immutable and thread-safe.
 */
public enum NerFeatures {
  /** OpenNLP's default name-finder features. */
  STOCK,
  /** Wider window, shape, affixes. */
  WINDOW,
  /** Plus bigrams and trigrams. */
  NGRAMS,
  /** Plus sentence, document and previous-outcome features. */
  CONTEXT,
  /** Plus character n-grams. */
  CHARACTERS,
  /** Plus 256 word clusters. */
  CLUSTERS_256,
  /** Plus 1024 word clusters. */
  CLUSTERS_1024,
  /**
   * Plus clusters of the capitalised form of all-capitals words and document-level case: the
   * committed model's features.
   */
  DOCUMENT,
  /** Plus the project's name lists. */
  LISTS,
  /** Plus the extended prediction history. */
  HISTORY,
  /** Plus context aggregation. */
  AGGREGATE,
  /** Two stages: plus the first pass's types of the token and of its other occurrences. */
  STAGE2;

  private static final String G = "opennlp.tools.util.featuregen.";

  /** {@return the command-line name: lower case with hyphens, e.g. {@code clusters-1024}} */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the set with the given {@link #cliName()} (or enum name), if any}
   *
   * @param name a command-line or enum name
   */
  public static Optional<NerFeatures> find(String name) {
    for (NerFeatures f : values()) {
      if (f.cliName().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** {@return the descriptor as UTF-8 XML bytes, a new array each call} */
  public byte[] descriptor() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  /** {@return the descriptor as XML text} */
  public String xml() {
    StringBuilder b = new StringBuilder();
    switch (this) {
      case CLUSTERS_256 -> b.append(ContextFeatures.marker("256")).append('\n');
      case CLUSTERS_1024 -> b.append(ContextFeatures.marker("256", "1024")).append('\n');
      case DOCUMENT -> b.append(ContextFeatures.marker("256", "1024", "caps", "doc"))
          .append('\n');
      case LISTS -> b.append(ContextFeatures.marker("256", "1024", "caps", "doc", "lists"))
          .append('\n');
      case HISTORY -> b.append(ContextFeatures.marker("256", "1024", "caps", "doc", "lists",
          "history")).append('\n');
      case AGGREGATE -> b.append(ContextFeatures.marker("256", "1024", "caps", "doc", "lists",
          "history", "aggregate")).append('\n');
      case STAGE2 -> b.append(ContextFeatures.marker("256", "1024", "caps", "doc", "lists",
          "history", "aggregate", "stage2")).append('\n');
      default -> { }
    }
    b.append("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
    if (this == STOCK) {
      b.append(window(2, 2, gen("TokenClassFeatureGeneratorFactory", "")))
          .append(window(2, 2, gen("TokenFeatureGeneratorFactory", bool("lowercase", true))))
          .append(gen("DefinitionFeatureGeneratorFactory", ""))
          .append(gen("PreviousMapFeatureGeneratorFactory", ""))
          .append(gen("BigramNameFeatureGeneratorFactory", ""))
          .append(gen("SentenceFeatureGeneratorFactory",
              bool("begin", true) + bool("end", false)));
      return b.append("</featureGenerators>\n").toString();
    }
    b.append(window(3, 3, gen("TokenFeatureGeneratorFactory", bool("lowercase", true))))
        .append(window(2, 2, gen("TokenClassFeatureGeneratorFactory",
            bool("wordAndClass", true))))
        .append(gen("TokenFeatureGeneratorFactory", bool("lowercase", false)))
        .append(gen("PrefixFeatureGeneratorFactory", integer("length", 4)))
        .append(gen("SuffixFeatureGeneratorFactory", integer("length", 4)))
        .append(gen("TokenPatternFeatureGeneratorFactory", ""))
        .append(gen("DefinitionFeatureGeneratorFactory", ""));
    if (compareTo(NGRAMS) >= 0) {
      b.append(gen("BigramNameFeatureGeneratorFactory", ""))
          .append(gen("TrigramNameFeatureGeneratorFactory", ""));
    }
    if (compareTo(CONTEXT) >= 0) {
      b.append(gen("SentenceFeatureGeneratorFactory", bool("begin", true) + bool("end", true)))
          .append(gen("DocumentBeginFeatureGeneratorFactory", ""))
          .append(gen("PreviousMapFeatureGeneratorFactory", ""));
    }
    if (compareTo(CHARACTERS) >= 0) {
      b.append(gen("CharacterNgramFeatureGeneratorFactory",
          integer("min", 3) + integer("max", 5)));
    }
    return b.append("</featureGenerators>\n").toString();
  }

  private static String window(int prev, int next, String inner) {
    return "  <generator class=\"" + G + "WindowFeatureGeneratorFactory\">"
        + integer("prevLength", prev) + integer("nextLength", next) + "\n  " + inner
        + "  </generator>\n";
  }

  private static String gen(String factory, String params) {
    return "  <generator class=\"" + G + factory + "\">" + params + "</generator>\n";
  }

  private static String bool(String name, boolean value) {
    return "<bool name=\"" + name + "\">" + value + "</bool>";
  }

  private static String integer(String name, int value) {
    return "<int name=\"" + name + "\">" + value + "</int>";
  }
}
