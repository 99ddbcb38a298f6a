package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.annalist.extraction.clusters.WordClusters;
import org.annalist.extraction.resources.ResourceLines;
import org.annalist.model.EntityType;

/**
 * The gazetteers and word lists the entity rules use, read from this package's resources (see
 * {@code SOURCES.md} beside them): countries with their aliases and demonyms, cities (capitals,
 * seats of government, major cities), regions, well-known organisations, group names, titles, the
 * head words of organisation and place names, product nouns, given names, and a lower-case English
 * vocabulary taken from the word-cluster file. Immutable and thread-safe once loaded.
 */
final class Gazetteer {

  /** What a gazetteer phrase names. */
  enum Kind {
    COUNTRY,
    CAPITAL,
    /** A city that stands for a government in news usage without being its capital. */
    SEAT,
    CITY,
    REGION,
    ORGANIZATION,
    /** A demonym of a country or region ({@code Colombian}). */
    DEMONYM,
    /** A religious, ethnic or political group ({@code Jewish}, {@code Zionist}). */
    GROUP
  }

  /**
   * One phrase of a gazetteer entry.
   *
   * @param canonical the canonical name of the entity the phrase names (for a demonym, the place)
   * @param entityType the type of that entity
   * @param mentionType the type of a mention of this phrase (MISC for demonyms)
   * @param kind what the phrase names
   * @param isName whether the phrase is the canonical name itself (not an alias or demonym)
   * @param country for a city, the canonical name of its country; else null
   * @param file the resource the phrase comes from, for provenance
   */
  record Entry(
      String canonical,
      EntityType entityType,
      EntityType mentionType,
      Kind kind,
      boolean isName,
      String country,
      String file) {

    /** Whether a mention of this city may stand for its country's government. */
    boolean standsForGovernment() {
      return kind == Kind.CAPITAL || kind == Kind.SEAT;
    }

    /** Whether the entry names a country (not as a demonym). */
    boolean isCountry() {
      return kind == Kind.COUNTRY;
    }
  }

  /** What the text knows about a country: its name in a phrase and its adjective. */
  record Country(String name, String phrase, String adjective) {}

  /** A title phrase. */
  record Title(String phrase, String singular, boolean role, int words) {}

  /** A node of a word trie. */
  static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    final List<T> values = new ArrayList<>(1);
  }

  static final String BASE = "/org/annalist/extraction/entities/";

  /** A hyphen inside a word of a phrase ({@code Wal-Mart}). */
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\S)-(?=\\S)");

  private final Node<Entry> places = new Node<>();
  private final Node<Title> titles = new Node<>();
  private final Map<String, Country> countries = new HashMap<>();
  private final Set<String> orgSuffixes = new HashSet<>();
  private final Set<String> locationSuffixes = new HashSet<>();
  private final Node<String> locationPrefixes = new Node<>();
  private final Node<String> marketIndexes = new Node<>();
  private final Set<String> productNouns = new HashSet<>();
  private final Set<String> makerNouns = new HashSet<>();
  private final Set<String> productSuffixes = new HashSet<>();
  private final Set<String> eventHeads = new HashSet<>();
  private final Set<String> notNames = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> vocabulary = new HashSet<>();
  private final Set<String> phraseWords = new HashSet<>();
  private final List<String> files = new ArrayList<>();

  private Gazetteer() {}

  /**
   * Reads the bundled gazetteers and the vocabulary of the bundled word clusters.
   *
   * @throws IllegalStateException naming the resource and line if one is missing or malformed
   */
  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.read("countries.tsv", g::readCountry);
    g.read("cities.tsv", g::city);
    g.read("regions.tsv", g::region);
    g.read("organizations.tsv", g::organization);
    g.read("groups.txt", line -> g.add(line, new Entry(line, EntityType.MISC, EntityType.MISC,
        Kind.GROUP, true, null, "groups")));
    g.read("titles.tsv", g::title);
    g.read("org-suffixes.txt", g.orgSuffixes::add);
    g.read("location-suffixes.txt", g.locationSuffixes::add);
    g.read("location-prefixes.txt", line -> add(g.locationPrefixes, words(line), line));
    g.read("market-indexes.txt", line -> add(g.marketIndexes, words(line), line));
    g.read("product-suffixes.txt", g.productSuffixes::add);
    g.read("event-heads.txt", g.eventHeads::add);
    g.read("not-names.txt", g.notNames::add);
    // ISO 4217 codes, from the quantity stage's currency lexicon (one home for currencies).
    ResourceLines.read(Gazetteer.class, "/org/annalist/extraction/quantities/currencies.tsv",
        "currency lexicon", line -> {
          for (String code : columns(line.strip(), 2)[1].split("\\|")) {
            g.notNames.add(code.strip());
          }
        });
    g.read("product-nouns.txt", line -> {
      String[] cols = columns(line.strip(), 1);
      String[] words = words(cols[0]);
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      g.productNouns.add(last);
      g.productNouns.add(Names.plural(last));
      if (cols.length > 1 && cols[1].strip().equals("maker")) {
        g.makerNouns.add(last);
        g.makerNouns.add(Names.plural(last));
      }
    });
    g.read("first-names.txt", line -> g.givenNames.add(Names.fold(line)));
    WordClusters clusters = WordClusters.fromResource(WordClusters.RESOURCE_256);
    for (String word : clusters.words()) {
      if (isLowerWord(word)) {
        g.vocabulary.add(word);
      }
    }
    g.files.add("clusters-256.tsv");
    return g;
  }

  private static boolean isLowerWord(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isLowerCase(c)) {
          return false;
        }
        letter = true;
      } else if (c != '-' && c != '\'') {
        return false;
      }
    }
    return letter;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading.

  private void read(String file, Consumer<String> lines) {
    ResourceLines.read(Gazetteer.class, BASE + file, "gazetteer resource",
        line -> lines.accept(line.strip()));
    files.add(file);
  }

  private static String[] columns(String line, int min) {
    String[] cols = line.split("\t", -1);
    if (cols.length < min || cols[0].isBlank()) {
      throw new IllegalArgumentException("expected at least " + min + " tab-separated columns");
    }
    return cols;
  }

  private static List<String> list(String[] cols, int i) {
    List<String> out = new ArrayList<>();
    if (i < cols.length) {
      for (String item : cols[i].split("\\|")) {
        String s = item.strip();
        if (s.startsWith("the ") || s.startsWith("The ")) {
          s = s.substring(4);
        }
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private void readCountry(String line) {
    String[] cols = columns(line, 1);
    String name = cols[0].strip();
    add(name, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, Kind.COUNTRY, true, null,
        "countries"));
    for (String alias : list(cols, 1)) {
      add(alias, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, Kind.COUNTRY, false,
          null, "countries"));
    }
    List<String> demonyms = list(cols, 2);
    for (String demonym : demonyms) {
      addDemonym(demonym, name, "countries");
    }
    String phrase = cols.length > 3 && !cols[3].isBlank() ? cols[3].strip() : name;
    countries.put(name, new Country(name, phrase, demonyms.isEmpty() ? name : demonyms.get(0)));
  }

  private void addDemonym(String demonym, String place, String file) {
    Entry entry = new Entry(place, EntityType.LOCATION, EntityType.MISC, Kind.DEMONYM, false, null,
        file);
    add(demonym, entry);
    String last = demonym.substring(demonym.lastIndexOf(' ') + 1);
    // Colombians, Israelis, Pakistanis: the regular plural of demonyms in -n and -i.
    if (last.endsWith("n") || last.endsWith("i")) {
      add(demonym + "s", entry);
    }
  }

  private void city(String line) {
    String[] cols = columns(line, 3);
    String name = cols[0].strip();
    String country = cols[1].strip();
    Kind kind = switch (cols[2].strip()) {
      case "capital" -> Kind.CAPITAL;
      case "seat" -> Kind.SEAT;
      case "city" -> Kind.CITY;
      default -> throw new IllegalArgumentException("unknown city kind '" + cols[2] + "'");
    };
    add(name, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, kind, true, country,
        "cities"));
    for (String alias : list(cols, 3)) {
      add(alias, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, kind, false, country,
          "cities"));
    }
  }

  private void region(String line) {
    String[] cols = columns(line, 1);
    String name = cols[0].strip();
    if (name.startsWith("the ")) {
      name = name.substring(4);
    }
    add(name, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, Kind.REGION, true, null,
        "regions"));
    for (String alias : list(cols, 1)) {
      add(alias, new Entry(name, EntityType.LOCATION, EntityType.LOCATION, Kind.REGION, false,
          null, "regions"));
    }
    for (String demonym : list(cols, 2)) {
      addDemonym(demonym, name, "regions");
    }
  }

  private void organization(String line) {
    String[] cols = columns(line, 1);
    String name = cols[0].strip();
    add(name, new Entry(name, EntityType.ORGANIZATION, EntityType.ORGANIZATION, Kind.ORGANIZATION,
        true, null, "organizations"));
    for (String alias : list(cols, 1)) {
      add(alias, new Entry(name, EntityType.ORGANIZATION, EntityType.ORGANIZATION,
          Kind.ORGANIZATION, false, null, "organizations"));
    }
  }

  private void title(String line) {
    String[] cols = columns(line, 2);
    String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
    boolean role = switch (cols[1].strip()) {
      case "role" -> true;
      case "honorific" -> false;
      default -> throw new IllegalArgumentException("unknown title kind '" + cols[1] + "'");
    };
    String[] words = words(phrase);
    add(titles, words, new Title(phrase, phrase, role, words.length));
    String[] plural = words.clone();
    plural[plural.length - 1] = Names.plural(plural[plural.length - 1]);
    add(titles, plural, new Title(String.join(" ", plural), phrase, role, words.length));
  }

  /**
   * Adds a phrase; one with a hyphen inside it ({@code Wal-Mart}) is added as the text stage may
   * also give it, the hyphen a word of its own ({@code Wal - Mart}).
   */
  private void add(String phrase, Entry entry) {
    addWords(phrase, entry);
    String split = INNER_HYPHEN.matcher(phrase).replaceAll(" - ");
    if (!split.equals(phrase)) {
      addWords(split, entry);
    }
  }

  private void addWords(String phrase, Entry entry) {
    String[] words = words(phrase);
    for (int i = 0; i < words.length; i++) {
      words[i] = Names.fold(words[i]);
      phraseWords.add(words[i].toLowerCase(Locale.ROOT));
    }
    add(places, words, entry);
  }

  private static <T> void add(Node<T> root, String[] words, T value) {
    Node<T> node = root;
    for (String word : words) {
      node = node.next.computeIfAbsent(word, w -> new Node<>());
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
  }

  private static String[] words(String phrase) {
    return Names.collapseSpaces(phrase).split(" ");
  }

  // ---------------------------------------------------------------------------------------------
  // Lookups.

  /** The root of the place, organisation, demonym and group phrases, keyed by folded words. */
  Node<Entry> places() {
    return places;
  }

  /** The root of the title phrases, keyed by lower-case words. */
  Node<Title> titles() {
    return titles;
  }

  /** Stock market index names, word by word as written ({@code Hang Seng}, {@code S&P 500}). */
  Node<String> marketIndexes() {
    return marketIndexes;
  }

  /** The root of the place-name prefixes ({@code Mount}, {@code Gulf of}), keyed by words. */
  Node<String> locationPrefixes() {
    return locationPrefixes;
  }

  /** The country with this canonical name, if known. */
  Country country(String canonical) {
    return countries.get(canonical);
  }

  boolean isOrgSuffix(String word) {
    return orgSuffixes.contains(word);
  }

  boolean isLocationSuffix(String word) {
    return locationSuffixes.contains(word);
  }

  /**
   * Whether the word, as written, is a capitalised token that is not a name on its own: a time
   * zone, an executive title's acronym, a unit, a common noun's acronym ({@code TV}), {@code No.}
   * or a holiday (all from {@code not-names.txt}) or an ISO 4217 currency code ({@code USD}).
   */
  boolean isNotAName(String word) {
    return notNames.contains(word);
  }

  /** Whether the word, as written, ends event names ({@code Conference}, {@code Festival}). */
  boolean isEventHead(String word) {
    return eventHeads.contains(word);
  }

  /** Whether the word, as written, ends product model names ({@code Pro}, {@code Mini}). */
  boolean isProductSuffix(String word) {
    return productSuffixes.contains(word);
  }

  /**
   * Whether the lower-case product noun is one a company's name before is usually the maker of
   * ({@code Intel processors}), not the product ({@code Kfir fighters}).
   */
  boolean isMakerNoun(String lower) {
    return makerNouns.contains(lower);
  }

  /** Whether the lower-case word is a product or weapon noun (singular or plural). */
  boolean isProductNoun(String lower) {
    return productNouns.contains(lower);
  }

  /** Whether the (folded) word is a common given name. */
  boolean isGivenName(String folded) {
    return givenNames.contains(folded);
  }

  /** Whether the lower-case word is a common English word (seen in lower case in newswire). */
  boolean isWord(String lower) {
    return vocabulary.contains(lower);
  }

  /** Whether the lower-case word is part of some gazetteer phrase. */
  boolean isPhraseWord(String lower) {
    return phraseWords.contains(lower);
  }

  /** The resources read, for the layer's list of models. */
  List<String> files() {
    return List.copyOf(files);
  }
}
