package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.extraction.entities.Gazetteer.Entry;
import org.annalist.extraction.entities.Gazetteer.Node;
import org.annalist.extraction.entities.Gazetteer.Title;
import org.annalist.extraction.entities.Words.Word;
import org.annalist.model.EntityType;
import org.annalist.model.StructureLabel;

/**
 * Finds the mentions of one document: runs the rules and reads the model's names over each
 * sentence, keeps the strongest non-overlapping candidates, fills gaps with weak fallbacks, and
 * carries product names and body names over to the rest of the document (headlines, bare uses).
 *
 * <p>Every rule looks at a bounded window of words around a position, and every candidate is
 * created at most a bounded number of times per word, so the work is linear in the length of the
 * document. One instance serves one document on one thread.
 */
final class MentionFinder {

  /** Longest name a rule builds, in words; longer capitalised runs are not names. */
  static final int MAX_NAME_WORDS = 8;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "nor", "in", "on",
      "at", "of", "for", "with", "by", "from", "to", "as", "if", "when", "while", "after",
      "before", "since", "during", "into", "over", "under", "between", "about", "against",
      "among", "through", "via", "per", "than", "then", "there", "here", "it", "its", "he", "she",
      "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "who", "what", "which",
      "where", "why", "how", "not", "no", "yes", "all", "some", "any", "each", "every", "both",
      "either", "neither", "such", "so", "also", "just", "only", "even", "more", "most", "many",
      "much", "few", "other", "another", "according", "despite", "unlike", "like", "until",
      "unless", "although", "though", "because", "whether", "however", "meanwhile", "will",
      "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "mr", "ms");

  private static final Set<String> CALENDAR = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "feb", "aug", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Particles inside personal names ({@code Lula da Silva}, {@code Ludwig van Beethoven}). */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "da", "de", "del", "della", "dello", "delle", "degli", "dei", "di", "dos", "das", "do",
      "du", "des", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "la", "le",
      "y", "ben", "wa", "ul", "ur");

  /** Words between a title and its holder's country that do not break the link. */
  private static final Set<String> TITLE_ADJECTIVES = Set.of(
      "former", "current", "then", "retired", "late", "acting", "interim", "outgoing", "incoming",
      "new", "first", "second", "left-wing", "right-wing", "left", "right", "wing", "deputy",
      "senior", "top", "chief", "elected", "sitting", "ex", "veteran", "prominent", "independent",
      "security", "defense", "defence", "foreign", "military", "-");

  /** Verbs whose subject, right before them, is usually a person ({@code Petro said}). */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "tells", "added", "argued", "stated", "wrote", "tweeted", "replied",
      "explained", "asked", "insisted", "recalled", "noted", "declared", "claimed", "denied");

  /** Words between "at" or "annual" and an event's name ({@code at this year's}). */
  private static final Set<String> EVENT_DETERMINERS = Set.of("the", "a", "this", "that", "last",
      "next", "year", "year's", "'s", "'", "its", "their", "his", "her", "our", "own", "company");

  /** Ordinals as words; {@link #ORDINAL} matches the numerals ({@code 10th}). */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  /** Prefixes a hyphen joins to a name to make another word ({@code pro-Israel}). */
  private static final Set<String> PREFIXES = Set.of("pro", "anti", "ex", "non", "post", "pre",
      "neo", "mid", "pan", "trans", "cross", "inter", "intra", "sub", "super", "ultra", "semi",
      "quasi", "all", "un", "re", "co", "multi");

  private static final Pattern ROMAN =
      Pattern.compile("(?=[IVX]{2,5}$)X{0,3}(IX|IV|V?I{0,3})");

  private final Gazetteer gazetteer;
  private final Words words;
  private final List<List<NameRecognizer.Name>> modelNames;
  private final String modelName;
  private final List<Candidate> accepted = new ArrayList<>();

  /** The sentences to leave out, where this finder records those it skips. */
  private final SkippedSentences skipped;

  MentionFinder(
      Gazetteer gazetteer,
      Words words,
      List<List<NameRecognizer.Name>> modelNames,
      String modelName,
      SkippedSentences skipped) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.modelNames = modelNames;
    this.modelName = modelName;
    this.skipped = skipped;
  }

  /**
   * The mentions (and unresolved capitalised words, typed null), in text order. A sentence whose
   * rules throw is skipped: what it had accepted is withdrawn, it is recorded in {@code skipped}
   * and later passes leave it alone.
   */
  List<Candidate> find() {
    int sentenceCount = words.sentences.size();
    boolean[] heading = new boolean[sentenceCount];
    boolean[] covered = new boolean[words.size()];
    for (int s = 0; s < sentenceCount; s++) {
      int sentence = s;
      guarded(s, "finding names", covered, () -> {
        heading[sentence] = isHeading(sentence);
        if (!heading[sentence]) {
          select(sentence, sentenceCandidates(sentence), covered);
        }
      });
    }
    for (int s = 0; s < sentenceCount; s++) {
      int sentence = s;
      if (!heading[s]) {
        guarded(s, "finding fallback names", covered, () -> fallback(sentence, covered));
      }
    }
    Map<String, Candidate> known = knownNames();
    for (int s = 0; s < sentenceCount; s++) {
      int sentence = s;
      if (heading[s]) {
        guarded(s, "finding names in a heading", covered, () -> {
          List<Candidate> candidates = new ArrayList<>();
          gazetteerMatches(sentence, candidates);
          knownNameMatches(sentence, known, candidates);
          acronyms(sentence, candidates);
          placesBeforeRegions(sentence, candidates); // a dateline: Toulouse, France
          select(sentence, candidates, covered);
        });
      }
    }
    propagateProducts(covered);
    organisationsNotMisc();
    accepted.sort(Comparator.comparingInt((Candidate c) -> c.start));
    return accepted;
  }

  /**
   * Runs one sentence's work unless the sentence is already skipped; if it throws, withdraws what
   * the sentence had accepted and records it as skipped.
   */
  private void guarded(int s, String step, boolean[] covered, Runnable work) {
    if (skipped.contains(s)) {
      return;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      int s0 = words.sentenceStart(s);
      int s1 = words.sentenceEnd(s);
      accepted.removeIf(c -> c.start < s1 && c.end > s0);
      java.util.Arrays.fill(covered, s0, s1, false);
      skipped.add(s, step, e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Word predicates.

  private Word w(int i) {
    return words.get(i);
  }

  private String lower(int i) {
    return w(i).lower();
  }

  /** A capitalised word that may be part of a name (not a function word, month or weekday). */
  private boolean isNameWord(int i) {
    Word word = w(i);
    if (!word.capitalised()) {
      return false;
    }
    String lower = word.lower();
    if (FUNCTION_WORDS.contains(lower) || CALENDAR.contains(lower)) {
      return false;
    }
    // A capitalised first word of a sentence that the tagger reads as a function word ("Besides").
    return !(sentenceInitial(i) && FUNCTION_TAGS.contains(word.pos()));
  }

  private static final Set<String> FUNCTION_TAGS = Set.of(
      "ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB", "PART", "INTJ");

  /** Whether only punctuation comes before word i in its sentence. */
  private boolean sentenceInitial(int i) {
    int s0 = words.sentenceStart(w(i).sentence());
    for (int k = i - 1; k >= s0; k--) {
      if (!w(k).punct() || i - k > 4) {
        return false;
      }
    }
    return true;
  }

  /** A model code: letters and digits, with at least one capital and one digit (A-29, J79). */
  private boolean isCode(int i) {
    Word word = w(i);
    if (word.punct() || word.text().length() > 10) {
      return false;
    }
    String t = word.text();
    boolean digit = false;
    boolean upper = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (c != '-' && !Character.isLowerCase(c)) {
        return false;
      }
    }
    return digit && upper && Character.isLetterOrDigit(t.charAt(0));
  }

  /**
   * A model number: three or four digits, not a year, right after a capitalised word that is not
   * a common English word ({@code Boeing 747}, {@code FTSE 100}, not {@code Flight 370} or {@code
   * Chapter 11}), and followed by a lower-case content word or a possessive ({@code a Boeing 747
   * landed}), not by a conjunction, punctuation or more figures as in a score table ({@code
   * Glamorgan 259 and 207}, {@code Leicestershire 296 .}).
   */
  private boolean isModelNumber(int i, int s1) {
    String t = w(i).text();
    if (t.length() < 3 || t.length() > 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int value = Integer.parseInt(t);
    if (t.length() == 4 && value >= 1800 && value <= 2099) {
      return false;
    }
    Word before = w(i - 1);
    if (!before.capitalised() || gazetteer.isWord(before.lower())) {
      return false;
    }
    if (i + 1 >= s1) {
      return false;
    }
    return w(i + 1).isPossessive()
        || isLowerWord(i + 1) && !FUNCTION_WORDS.contains(lower(i + 1));
  }

  private boolean isRoman(int i) {
    return ROMAN.matcher(w(i).text()).matches();
  }

  /** Two to four capital letters, e.g. {@code MX}, {@code BVR}. */
  private boolean isShortCaps(int i) {
    String t = w(i).text();
    if (t.length() < 2 || t.length() > 4) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private boolean isLowerWord(int i) {
    Word word = w(i);
    if (word.punct()) {
      return false;
    }
    String t = word.text();
    boolean letter = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isLowerCase(c)) {
          return false;
        }
        letter = true;
      } else if (c != '-') {
        return false;
      }
    }
    return letter;
  }

  private boolean isHyphen(int i) {
    Word word = w(i);
    return word.punct() && word.text().length() == 1 && Words.isHyphen(word.text().charAt(0));
  }

  /** A title at i, if any: the longest title phrase starting there. */
  private Title titleAt(int i, int limit) {
    Node<Title> node = gazetteer.titles();
    Title best = null;
    for (int j = i; j < limit && j - i < 6; j++) {
      node = node.next.get(lower(j));
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = node.values.get(0);
      }
    }
    return best;
  }

  private int titleLength(Title title) {
    return title.phrase().split(" ").length;
  }

  /** The longest gazetteer match starting at i, as {@code [i, end)}, or null. */
  private Match placeAt(int i, int limit) {
    Node<Entry> node = gazetteer.places();
    Match best = null;
    for (int j = i; j < limit && j - i < 8; j++) {
      Word word = w(j);
      String key = Names.fold(word.text());
      Node<Entry> next = node.next.get(key);
      if (next == null && Names.isAllCaps(word.text()) && word.text().length() >= 3) {
        next = node.next.get(titleCaseWord(key));
      }
      if (next == null) {
        break;
      }
      node = next;
      if (!node.values.isEmpty()) {
        best = new Match(i, j + 1, node.values.get(0));
      }
    }
    return best;
  }

  private static String titleCaseWord(String allCaps) {
    StringBuilder b = new StringBuilder(allCaps.length());
    boolean start = true;
    for (int k = 0; k < allCaps.length(); k++) {
      char c = allCaps.charAt(k);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == '-' || c == ' ' || c == '\'';
    }
    return b.toString();
  }

  private record Match(int start, int end, Entry entry) {}

  /** Whether words [a, b) are exactly one gazetteer phrase. */
  private boolean isPlace(int a, int b) {
    Match m = placeAt(a, b);
    return m != null && m.end() == b;
  }

  private boolean isHeading(int s) {
    StructureLabel section = words.sections.get(s);
    if (section != StructureLabel.HEADLINE && section != StructureLabel.SECTION_HEADING) {
      return false;
    }
    int letters = 0;
    int capitals = 0;
    for (int i = words.sentenceStart(s); i < words.sentenceEnd(s); i++) {
      Word word = w(i);
      if (!word.punct() && word.text().length() > 3 && Character.isLetter(word.text().charAt(0))) {
        letters++;
        if (word.capitalised()) {
          capitals++;
        }
      }
    }
    return letters > 0 && capitals * 2 > letters;
  }

  // ---------------------------------------------------------------------------------------------
  // The candidates of one sentence.

  private List<Candidate> sentenceCandidates(int s) {
    List<Candidate> out = new ArrayList<>();
    gazetteerMatches(s, out);
    productCodes(s, out);
    productNouns(s, out);
    productNames(s, out);
    productAppositions(s, out);
    versionsOf(s, out);
    placesBeforeRegions(s, out);
    marketIndexes(s, out);
    eventNames(s, out);
    derivedAdjectives(s, out);
    suffixNames(s, out);
    titledPersons(s, out);
    givenNames(s, out);
    acronyms(s, out);
    modelCandidates(s, out);
    return out;
  }

  /** Countries, cities, regions, organisations, demonyms and groups from the gazetteers. */
  private void gazetteerMatches(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      Word word = w(i);
      if (word.punct() || !Character.isLetter(word.text().codePointAt(0))
          && !Character.isDigit(word.text().codePointAt(0))) {
        continue;
      }
      Match m = placeAt(i, s1);
      if (m == null) {
        continue;
      }
      Entry e = m.entry();
      boolean multi = m.end() - m.start() > 1;
      boolean isolated = multi || e.kind() == Gazetteer.Kind.DEMONYM
          || e.kind() == Gazetteer.Kind.GROUP || e.kind() == Gazetteer.Kind.ORGANIZATION
          || (!continuesName(m.start() - 1, s0, true) && !continuesName(m.end(), s1, false));
      Candidate c = new Candidate(m.start(), m.end(), e.mentionType(),
          isolated ? Candidate.GAZETTEER : Candidate.MODEL, e.isName() ? 0.9 : 0.85,
          "gazetteer:" + e.file());
      c.entry = e;
      // A known organisation's name of several words is unambiguous (Atlantic Alliance).
      c.strong = multi && e.kind() == Gazetteer.Kind.ORGANIZATION;
      out.add(c);
      i = m.end() - 1;
    }
  }

  /** Whether word i is a capitalised name word that is neither a title nor a known phrase. */
  private boolean continuesName(int i, int bound, boolean before) {
    if (before ? i < bound : i >= bound) {
      return false;
    }
    if (!isNameWord(i)) {
      return false;
    }
    String lower = lower(i);
    if (gazetteer.titles().next.containsKey(lower) || gazetteer.isOrgSuffix(w(i).text())
        || gazetteer.isLocationSuffix(w(i).text())) {
      return false;
    }
    return placeAt(i, i + 1) == null;
  }

  /**
   * A run of capitalised words and model codes that holds a code is a product: {@code Python III},
   * {@code A-29 Super Tucano}, {@code Sikorsky UH-60 Arpia IV}, {@code World War III}; so is a name
   * with a short capital code followed by a product noun ({@code Barak MX air defense system},
   * {@code Galil ACE infantry rifle}).
   */
  private void productCodes(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    int i = s0;
    while (i < s1) {
      if (!(isNameWord(i) || isCode(i))) {
        i++;
        continue;
      }
      int a = i;
      int b = i;
      while (b < s1 && (isNameWord(b) || isCode(b)
          || (b > a && (isRoman(b) || isShortCaps(b) || isModelNumber(b, s1))))) {
        b++;
      }
      i = b;
      if (b - a > 6) {
        continue;
      }
      // Leading countries and demonyms are not part of the product's name; its maker is.
      while (a < b && placeAt(a, a + 1) != null
          && placeAt(a, a + 1).entry().kind() != Gazetteer.Kind.ORGANIZATION) {
        a++;
      }
      if (a >= b) {
        continue;
      }
      boolean code = false;
      boolean shortCode = false;
      boolean letters = false;
      for (int k = a; k < b; k++) {
        if (isCode(k) || (k > a && (isRoman(k) || isModelNumber(k, s1)))) {
          code = true;
        } else if (k > a && isShortCaps(k) && placeAt(k, k + 1) == null) {
          shortCode = true;
        } else {
          letters = true;
        }
      }
      if (!code && !(shortCode && productAfter(b, s1))) {
        continue;
      }
      if (!letters && !productAfter(b, s1)) {
        continue;
      }
      if (isRoman(b - 1) && (gazetteer.isGivenName(Names.fold(w(b - 2 < a ? a : b - 2).text()))
          || (a > s0 && titleAt(a - 1, a) != null))) {
        continue; // a regnal name: Henry VIII, Pope Benedict XVI
      }
      boolean event = false;
      for (int k = a; k < b; k++) {
        event |= gazetteer.isEventHead(w(k).text());
      }
      // A numbered war, cup or council is an event (World War II, Super Bowl XLII): MISC.
      Candidate c = new Candidate(a, b, event ? EntityType.MISC : EntityType.PRODUCT,
          Candidate.PRODUCT, code ? 0.85 : 0.8,
          event ? "rule:numbered-event" : "rule:product-code");
      c.product = !event;
      c.strong = true;
      out.add(c);
    }
  }

  /**
   * Whether a product noun follows position i, after at most a few lower-case modifiers ({@code
   * automatic rifle}, {@code medium-range air-to-air missiles}).
   */
  private boolean productAfter(int i, int s1) {
    int alpha = 0;
    for (int j = i; j < s1 && j - i < 16; j++) {
      Word word = w(j);
      if (isLowerWord(j)) {
        if (gazetteer.isProductNoun(word.lower())) {
          return true;
        }
        if (FUNCTION_WORDS.contains(word.lower()) && !nextToHyphen(j)) {
          return false;
        }
        if (++alpha > 8) {
          return false;
        }
      } else if (word.capitalised() && gazetteer.isProductNoun(word.lower())
          && !gazetteer.isOrgSuffix(word.text())) {
        return true;
      } else if (!(isHyphen(j) || (word.text().equals(",") && j + 1 < s1 && isLowerWord(j + 1)))) {
        return false;
      }
    }
    return false;
  }

  private boolean nextToHyphen(int j) {
    return (j > 0 && isHyphen(j - 1)) || (j + 1 < words.size() && isHyphen(j + 1));
  }

  /**
   * A capitalised name directly before a product noun, with at most a few lower-case modifiers
   * between, is a product: {@code Kfir fighters}, {@code Galil automatic rifle}, {@code Spike
   * weapon}; names coordinated with it share the noun ({@code Galil and Tavor assault rifles}).
   */
  private void productNouns(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int p = s0 + 1; p < s1; p++) {
      Word noun = w(p);
      if (noun.punct() || !gazetteer.isProductNoun(noun.lower())) {
        continue;
      }
      if (noun.capitalised() && gazetteer.isOrgSuffix(noun.text())) {
        continue;
      }
      if (isLowerWord(p)) {
        namedAfterNoun(p, s1, out);
      }
      int k = p - 1;
      int alpha = 0;
      while (k >= s0 && p - k < 16) {
        if (isHyphen(k)) {
          k--;
        } else if (isLowerWord(k) && !(FUNCTION_WORDS.contains(lower(k)) && !nextToHyphen(k))
            && (isModifierTag(k) || nextToHyphen(k) || w(k).text().indexOf('-') > 0)
            && alpha < 8) {
          alpha++;
          k--;
        } else if (w(k).text().equals(",") && k > s0 && isLowerWord(k - 1) && alpha > 0) {
          k--;
        } else {
          break;
        }
      }
      int end = k + 1;
      int count = 0;
      while (count < 4) {
        int start = nameStart(end, s0);
        if (start < 0 || !isProductName(start, end)
            || (count > 0 && start > s0 && (isNameWord(start - 1) || isCode(start - 1)))) {
          break;
        }
        if (end - start == 1 && gazetteer.isMakerNoun(noun.lower())
            && modelReads(s, start, end, EntityType.ORGANIZATION)) {
          break; // one word the model reads as a company is the maker: Intel processors
        }
        // A capitalised singular noun is part of the name (Nasdaq Composite Index); a plural
        // names the class (Galil Rifles).
        int last = count == 0 && noun.capitalised() && !noun.text().endsWith("s") && end == p
            ? p + 1 : end;
        Candidate c = new Candidate(start, last, EntityType.PRODUCT, Candidate.PRODUCT, 0.8,
            "rule:product-noun");
        c.product = true;
        // An acronym before "fighters" or "units" is more often a group than a product.
        c.strong = !(end - start == 1 && isCapsWord(w(start).text()));
        out.add(c);
        count++;
        // Coordinated names: "Galil and Tavor assault rifles", "Python, Derby and Spike missiles".
        int before = start - 1;
        if (before > s0 && (lower(before).equals("and") || lower(before).equals("or")
            || w(before).text().equals(","))) {
          end = before;
        } else {
          break;
        }
      }
    }
  }

  /**
   * A capitalised name directly after a lower-case product noun is that product: {@code web
   * browser Safari}, {@code the operating system Mac OS X}, {@code the tank Merkava}.
   */
  private void namedAfterNoun(int p, int s1, List<Candidate> out) {
    int a = p + 1;
    int b = nameEnd(a, s1);
    if (b == a || !isProductName(a, b) || (b < s1 && w(b).isPossessive())) {
      return; // "the software Apple's engineers wrote"
    }
    Candidate c = new Candidate(a, b, EntityType.PRODUCT, Candidate.PRODUCT, 0.8,
        "rule:product-noun");
    c.product = true;
    c.strong = !(b - a == 1 && isCapsWord(w(a).text()));
    out.add(c);
  }

  /**
   * A name in apposition to a version, release or product noun as its head is a product: {@code
   * Tiger, the newest version of Mac OS X}, {@code Lion, the code name for this release}, {@code
   * Merkava, a main battle tank}.
   */
  private void productAppositions(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int comma = s0 + 1; comma + 2 < s1; comma++) {
      if (!w(comma).text().equals(",") || !APPOSITION_DETERMINERS.contains(lower(comma + 1))) {
        continue;
      }
      int head = -1;
      for (int k = comma + 2; k < s1 && k - comma <= 6 && isLowerWord(k); k++) {
        boolean last =
            k + 1 >= s1 || !isLowerWord(k + 1) || FUNCTION_WORDS.contains(lower(k + 1));
        if (last && (VERSION_HEADS.contains(lower(k)) || gazetteer.isProductNoun(lower(k))
            || lower(k).equals("name") && lower(k - 1).equals("code"))) {
          head = k; // the head noun, not a modifier ("the tank commander")
          break;
        }
        if (FUNCTION_WORDS.contains(lower(k)) || !isModifierTag(k)) {
          break;
        }
      }
      int start = nameStart(comma, s0);
      if (head < 0 || start < 0 || !isProductName(start, comma)
          || gazetteer.isGivenName(Names.fold(w(start).text()))) {
        continue;
      }
      Candidate c = new Candidate(start, comma, EntityType.PRODUCT, Candidate.PRODUCT, 0.8,
          "rule:product-apposition");
      c.product = true;
      c.strong = true;
      out.add(c);
    }
  }

  /**
   * A stock market index the text moves is a product: {@code the Dow fell 504 points}, {@code the
   * FTSE and the DAX fell}, {@code the Hang Seng dropped}; elsewhere the name may be the company,
   * exchange or agency it is named after ({@code Nasdaq said}), which the model reads.
   */
  private void marketIndexes(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      int end = indexAt(i, s1);
      if (end > i && movedIndex(end, s1)) {
        Candidate c = new Candidate(i, end, EntityType.PRODUCT, Candidate.PRODUCT, 0.8,
            "rule:market-index");
        c.product = true;
        c.strong = true;
        out.add(c);
        i = end - 1;
      }
    }
  }

  /**
   * A capitalised run ending in an event head word is an event when the text says it is held:
   * {@code at the Macworld Conference}, {@code the company's annual Worldwide Developers
   * Conference}, {@code the Fourth World Conference}, {@code Worldwide Developers Conference
   * 2010}; an acronym in brackets right after it ({@code (WWDC)}) names the same event.
   */
  private void eventNames(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int h = s0 + 1; h < s1; h++) {
      // a head that also ends organisations' names (Council) makes an event only with a number
      if (!isNameWord(h) || !gazetteer.isEventHead(w(h).text()) || !isNameWord(h - 1)
          || gazetteer.isOrgSuffix(w(h).text())) {
        continue;
      }
      int a = h - 1;
      while (a > s0 && h - a < MAX_NAME_WORDS && isNameWord(a - 1)) {
        a--;
      }
      boolean orgHead = false;
      for (int k = a; k < h; k++) {
        orgHead |= gazetteer.isOrgSuffix(w(k).text());
      }
      if (orgHead || !(heldBefore(a, s0) || isOrdinal(lower(a))
          || h + 1 < s1 && isYear(w(h + 1).text()))) {
        continue;
      }
      Candidate c = new Candidate(a, h + 1, EntityType.MISC, Candidate.STRUCTURE, 0.8,
          "rule:event");
      c.strong = true;
      out.add(c);
      if (h + 3 < s1 && w(h + 1).text().equals("(") && w(h + 3).text().equals(")")
          && Names.isAllCaps(w(h + 2).text())) {
        Candidate acronym = new Candidate(h + 2, h + 3, EntityType.MISC, Candidate.STRUCTURE,
            0.8, "rule:event");
        acronym.strong = true;
        out.add(acronym);
      }
    }
  }

  /**
   * A name joined by a hyphen to a participle is an adjective, not a mention of the name ({@code
   * Intel-based}, {@code St. Louis-based}, {@code US-led}): MISC, as CoNLL types such words.
   */
  private void derivedAdjectives(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      String t = w(i).text();
      int dash = t.lastIndexOf('-');
      int first;
      int end;
      if (dash > 0 && Character.isUpperCase(t.codePointAt(0))
          && Words.NAME_PARTICIPLES.contains(t.substring(dash + 1).toLowerCase(Locale.ROOT))) {
        first = i; // one token, as in CoNLL's
        end = i + 1;
      } else if (i > s0 && i + 1 < s1 && isHyphen(i) && w(i - 1).end() == w(i).begin()
          && w(i).end() == w(i + 1).begin() && Words.NAME_PARTICIPLES.contains(lower(i + 1))
          && isNameWord(i - 1)) {
        first = i - 1;
        end = i + 2;
      } else if (i > s0 && t.length() > 1 && t.charAt(0) == '-' && w(i - 1).end() == w(i).begin()
          && Words.NAME_PARTICIPLES.contains(t.substring(1).toLowerCase(Locale.ROOT))
          && isNameWord(i - 1)) {
        first = i - 1; // the tokenizer's "US" "-led"
        end = i + 1;
      } else {
        continue;
      }
      int a = first;
      while (a > s0 && first - a < MAX_NAME_WORDS && isNameWord(a - 1)) {
        a--;
      }
      Candidate c = new Candidate(a, end, EntityType.MISC, Candidate.STRUCTURE, 0.8,
          "rule:derived-adjective");
      c.strong = true;
      c.adjective = true;
      out.add(c);
      i = end - 1;
    }
  }

  /**
   * Whether the words before a name say it is held: "at", "annual", an ordinal or a year, with
   * only determiners and possessives between ({@code at this year's}, {@code the company's
   * annual}).
   */
  private boolean heldBefore(int a, int s0) {
    for (int k = a - 1; k >= s0 && a - k <= 6; k--) {
      String l = lower(k);
      if (l.equals("at") || l.equals("annual") || l.equals("inaugural") || isOrdinal(l)
          || isYear(l)) {
        return true;
      }
      if (!(EVENT_DETERMINERS.contains(l) || w(k).isPossessive())) {
        return false;
      }
    }
    return false;
  }

  private static boolean isOrdinal(String lower) {
    return ORDINALS.contains(lower) || ORDINAL.matcher(lower).matches();
  }

  private static boolean isYear(String t) {
    return t.length() == 4 && (t.startsWith("19") || t.startsWith("20"))
        && t.chars().allMatch(Character::isDigit);
  }

  /** The end of the longest market index name at i, or i. */
  private int indexAt(int i, int s1) {
    Node<String> node = gazetteer.marketIndexes();
    int end = i;
    for (int j = i; j < s1 && j - i < 5; j++) {
      node = node.next.get(w(j).text());
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        end = j + 1;
      }
    }
    return end;
  }

  /** Whether a market movement follows, directly or after other indexes coordinated with it. */
  private boolean movedIndex(int j, int s1) {
    for (int hops = 0; j < s1 && hops < 4; hops++) {
      if (MARKET_MOVES.contains(lower(j))) {
        return true;
      }
      if (!(lower(j).equals("and") || w(j).text().equals(",")) || j + 1 >= s1) {
        return false;
      }
      int next = lower(j + 1).equals("the") ? j + 2 : j + 1;
      int end = next < s1 ? indexAt(next, s1) : next;
      if (end == next) {
        return false;
      }
      j = end;
    }
    return false;
  }

  private static final Set<String> MARKET_MOVES = Set.of(
      "fell", "rose", "dropped", "gained", "lost", "climbed", "slipped", "jumped", "tumbled",
      "plunged", "closed", "ended", "finished", "opened", "added", "shed", "declined", "rallied",
      "surged", "soared", "sank", "slid", "edged", "advanced", "retreated", "eased", "dipped",
      "rebounded", "falls", "rises", "fall", "rise", "drops", "gains", "slips", "jumps", "climbs",
      "tumbles", "plunges", "soars", "sinks", "slides", "dips", "ends", "closes", "index",
      "composite", "futures");

  /**
   * A name before a comma and a country or region is a place in it ({@code Toulouse, France},
   * {@code Cupertino, California}), unless the country is a possessive ({@code Renault, France's
   * carmaker}). Weak: it only fills a gap the model left.
   */
  private void placesBeforeRegions(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int comma = s0 + 1; comma + 1 < s1; comma++) {
      if (!w(comma).text().equals(",")) {
        continue;
      }
      Match region = placeAt(comma + 1, s1);
      if (region == null || region.end() < s1
              && (w(region.end()).isPossessive() || isNameWord(region.end()))
          || region.entry().kind() != Gazetteer.Kind.COUNTRY
              && region.entry().kind() != Gazetteer.Kind.REGION) {
        continue;
      }
      int start = nameStart(comma, s0);
      if (start < 0 || placeBefore(comma, s0) != null || titleAt(start, comma) != null
          || comma - start == 1 && gazetteer.isWord(lower(start)) // Automakers, U.S. agency
          || gazetteer.isGivenName(Names.fold(w(start).text()))
          || gazetteer.isOrgSuffix(w(comma - 1).text())) {
        continue;
      }
      out.add(new Candidate(start, comma, EntityType.LOCATION, Candidate.MODEL, 0.6,
          "rule:place-in-region"));
    }
  }

  /**
   * The name a version is of is a product: {@code the newest version of Apple's Mac OS X}; the
   * maker's name before it stays.
   */
  private void versionsOf(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int k = s0; k + 2 < s1; k++) {
      // Not "release of" or "successor to", which are as often of people.
      if (!(lower(k).equals("version") || lower(k).equals("versions"))
          || !lower(k + 1).equals("of")) {
        continue;
      }
      int a = k + 2;
      if (lower(a).equals("the") && a + 1 < s1) {
        a++;
      }
      int b = nameEnd(a, s1);
      if (b < s1 && b > a && w(b).isPossessive()) {
        a = b + 1; // the maker's: "version of Apple Computer 's Mac OS X"
        b = nameEnd(a, s1);
      }
      if (b > a && isProductName(a, b)
          && !gazetteer.isGivenName(Names.fold(w(a).text()))) {
        Candidate c = new Candidate(a, b, EntityType.PRODUCT, Candidate.PRODUCT, 0.75,
            "rule:product-version");
        c.product = true;
        c.strong = true;
        out.add(c);
      }
    }
  }

  private static final Set<String> APPOSITION_DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our");

  /** Nouns that make a name in apposition to them a product ({@code X, the new version of}). */
  private static final Set<String> VERSION_HEADS = Set.of(
      "version", "release", "edition", "update", "upgrade", "codename");

  /** The end of the run of at most four name words and codes from a (a itself if none). */
  private int nameEnd(int a, int s1) {
    int b = a;
    while (b < s1 && b - a < 4 && (isNameWord(b) || isCode(b))) {
      b++;
    }
    return b;
  }

  /** Whether the model names exactly words [a, b) of sentence s with the given type. */
  private boolean modelReads(int s, int a, int b, EntityType type) {
    if (modelNames == null) {
      return false;
    }
    int s0 = words.sentenceStart(s);
    for (NameRecognizer.Name name : modelNames.get(s)) {
      if (s0 + name.start() == a && s0 + name.end() == b && name.type() == type) {
        return true;
      }
    }
    return false;
  }

  private boolean isModifierTag(int k) {
    String pos = w(k).pos();
    return pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
        || pos.equals("X") || pos.equals("ADV") && lower(k).endsWith("ly");
  }

  /** The start of a capitalised name of at most three words ending at {@code end}, or -1. */
  private int nameStart(int end, int s0) {
    int start = end;
    while (start > s0 && end - start < 3 && (isNameWord(start - 1) || isCode(start - 1))) {
      start--;
    }
    return start < end ? start : -1;
  }

  /** Whether [a, b) may name a product: not a known place, group, organisation or title. */
  private boolean isProductName(int a, int b) {
    String last = w(b - 1).text();
    if (gazetteer.isOrgSuffix(last) || gazetteer.isLocationSuffix(last)) {
      return false;
    }
    for (int k = a; k < b; k++) {
      Match known = placeAt(k, k + 1);
      // A known maker may start a product's name (Apple Macintosh, Intel Core Duo).
      boolean maker = k == a && b - a > 1 && known != null
          && known.entry().kind() == Gazetteer.Kind.ORGANIZATION;
      if ((known != null && !maker) || titleAt(k, k + 1) != null) {
        return false;
      }
    }
    return !isPlace(a, b);
  }

  /**
   * Names shaped like products: a word in lower-case-then-capital form with the capitalised words
   * after it ({@code iPhone}, {@code iTunes Music Store}, {@code iPhone Developer Program}), and
   * a capitalised name ending in a model word of {@code product-suffixes.txt} ({@code MacBook
   * Pro}, {@code Mac Mini}).
   */
  private void productNames(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      int a = -1;
      int b = -1;
      String rule = null;
      if (isCamelProduct(i)) {
        a = i;
        b = i + 1;
        while (b < s1 && b - a < 5 && (isNameWord(b) || isCode(b))
            && placeAt(b, b + 1) == null) {
          b++;
        }
        rule = "rule:product-camel";
      } else if (i > s0 && gazetteer.isProductSuffix(w(i).text())
          && (isNameWord(i - 1) || isCamelProduct(i - 1)) && !sentenceInitial(i - 1)) {
        b = i + 1;
        a = i - 1;
        while (a > s0 && i - a < 3 && (isNameWord(a - 1) || isCamelProduct(a - 1))
            && placeAt(a - 1, a) == null) {
          a--;
        }
        rule = "rule:product-suffix";
      }
      if (rule == null || !isProductName(a, b)) {
        continue;
      }
      Candidate c = new Candidate(a, b, EntityType.PRODUCT, Candidate.PRODUCT, 0.75, rule);
      c.product = true;
      c.strong = true;
      out.add(c);
      i = b - 1;
    }
  }

  /** A word like {@code iPhone} or {@code iTunes}: an {@code i}, a capital, then letters. */
  private boolean isCamelProduct(int i) {
    String t = w(i).text();
    return t.length() >= 4 && t.charAt(0) == 'i' && Character.isUpperCase(t.charAt(1))
        && t.chars().skip(2).allMatch(Character::isLetterOrDigit)
        && t.chars().skip(2).anyMatch(Character::isLowerCase);
  }

  /**
   * A capitalised run ending in an organisation head word ({@code Israel Aerospace Industries},
   * {@code Defense Ministry}, {@code Patriotic Union Party}, {@code Ministry of Defense}, {@code
   * National Army of Colombia}) is an organisation; one ending in a place head word ({@code Gaza
   * Strip}, {@code Panama Canal}) or starting with a place prefix ({@code Plaza Bolívar}) is a
   * place. A demonym before it is not part of the name but qualifies it ({@code Colombian Air
   * Force}: the air force of Colombia).
   */
  private void suffixNames(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    int i = s0;
    while (i < s1) {
      if (!isNameWord(i)) {
        i++;
        continue;
      }
      int a = i;
      int b = i;
      int lastSuffix = -1;
      while (b < s1 && b - a < MAX_NAME_WORDS + 2) {
        if (isNameWord(b)) {
          if (gazetteer.isOrgSuffix(w(b).text()) || gazetteer.isLocationSuffix(w(b).text())) {
            lastSuffix = b;
          }
          b++;
        } else if (lastSuffix == b - 1 && b + 1 < s1 && lower(b).equals("of")
            && (isNameWord(b + 1) || (lower(b + 1).equals("the") && b + 2 < s1
                && isNameWord(b + 2)))) {
          b += lower(b + 1).equals("the") ? 2 : 1;
        } else {
          break;
        }
      }
      i = Math.max(b, a + 1);
      if (b - a > MAX_NAME_WORDS) {
        continue;
      }
      // Leading demonyms qualify the organisation; leading titles are not part of it.
      String qualifier = null;
      while (a < b) {
        Match m = placeAt(a, b);
        if (m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && m.end() < b) {
          qualifier = m.entry().canonical();
          a = m.end();
        } else if (titleAt(a, b) != null && !gazetteer.isOrgSuffix(w(a).text())
            && a + titleLength(titleAt(a, b)) != lastSuffix) {
          a += titleLength(titleAt(a, b)); // but General Motors keeps its first word
        } else {
          break;
        }
      }
      if (a >= b) {
        continue;
      }
      Match prefix = locationPrefix(a, b);
      if (prefix != null && prefix.end() < b) {
        Candidate c = new Candidate(a, b, EntityType.LOCATION, Candidate.STRUCTURE, 0.75,
            "rule:place-prefix");
        out.add(c);
        continue;
      }
      int last = lastSuffix;
      if (last < a) {
        continue;
      }
      // The name ends at its last head word, or after an "of ..." tail that follows one.
      int end = last + 1;
      if (end < b && lower(end).equals("of")) {
        end = b;
      }
      boolean org = gazetteer.isOrgSuffix(w(last).text());
      if (qualifier == null && a > s0 + 1 && w(a - 1).isPossessive()) {
        Match owner = placeBefore(a - 1, s0);
        if (owner != null && owner.entry().isCountry()) {
          qualifier = owner.entry().canonical();
        }
      }
      if (end - a == 1) {
        boolean determiner = a > s0 && lower(a - 1).equals("the");
        if (!org || (qualifier == null && !determiner)) {
          continue; // a lone head word is a name only when something says so
        }
      }
      Candidate c = new Candidate(a, end, org ? EntityType.ORGANIZATION : EntityType.LOCATION,
          Candidate.STRUCTURE, 0.8, org ? "rule:org-suffix" : "rule:place-suffix");
      c.qualifier = qualifier;
      // A head word overrules the model only where it read a person (Rafael Advanced Defense
      // Systems): places (Soviet Union, West Bank) and events (National League) share them.
      c.strong = org;
      out.add(c);
    }
  }

  private Match locationPrefix(int a, int b) {
    Node<String> node = gazetteer.locationPrefixes();
    for (int j = a; j < b && j - a < 3; j++) {
      node = node.next.get(w(j).text());
      if (node == null) {
        return null;
      }
      if (!node.values.isEmpty()) {
        return new Match(a, j + 1, null);
      }
    }
    return null;
  }

  /** The gazetteer match ending at word {@code end - 1}, looking back at most four words. */
  private Match placeBefore(int end, int s0) {
    for (int a = Math.max(s0, end - 4); a < end; a++) {
      Match m = placeAt(a, end);
      if (m != null && m.end() == end) {
        return m;
      }
    }
    return null;
  }

  /**
   * A title followed by a capitalised name makes the name a person and records the title as a role
   * ({@code Colombian President Gustavo Petro}: President of Colombia; {@code Israeli Ambassador in
   * Bogota Gali Dagan}); so does a title in apposition ({@code Colombia's president at the time,
   * Ivan Duque,}; {@code The Director of the CIA, David Petraeus}). A plural title shares itself
   * among coordinated names ({@code Defense Secretaries Pinzón and Panetta}).
   */
  private void titledPersons(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      Word word = w(i);
      if (word.punct()) {
        continue;
      }
      Title title = titleAt(i, s1);
      if (title == null || Names.isAllCaps(word.text())) {
        continue; // an all-capitals line is a headline's shouting, not a title
      }
      int t = i + titleLength(title);
      // A complement: "Ambassador in Bogota", "Director of the CIA".
      int j = t;
      String complement = null;
      if (j + 1 < s1 && (lower(j).equals("in") || lower(j).equals("of") || lower(j).equals("to")
          || lower(j).equals("at"))) {
        int k = j + 1;
        if (lower(k).equals("the") && k + 1 < s1) {
          k++;
        }
        Match place = placeAt(k, s1);
        int end = -1;
        if (place != null && place.entry().mentionType() != EntityType.MISC) {
          end = place.end();
        } else if (isNameWord(k)) {
          end = k;
          while (end < s1 && end - k < 6 && (isNameWord(end)
              || (lower(end).equals("of") && end + 1 < s1 && isNameWord(end + 1)))) {
            end++;
          }
        }
        if (end > k) {
          complement = span(j, end);
          j = end;
        }
      }
      boolean plural = !title.phrase().equals(title.singular());
      boolean apposition = false;
      if (plural && complement != null && j + 1 < s1 && w(j).text().equals(",")
          && isNameWord(j + 1)) {
        // "Representatives of First Bank, Norwest and Banc One": the names after the comma
        // continue the complement, they are not the representatives
        continue;
      }
      if (j < s1 && !isNameWord(j)) {
        // "Colombia's current president, Gustavo Petro,": allow a short lower-case tail, a comma
        // and quotes before the name.
        int k = j;
        while (k < s1 && k - j < 4 && isLowerWord(k) && !isVerb(k)) {
          k++;
        }
        if (k < s1 && w(k).text().equals(",")) {
          k++;
          while (k < s1 && w(k).punct() && isQuote(w(k).text())) {
            k++;
          }
          if (k < s1 && isNameWord(k) && (complement != null || hasDeterminer(i, s0))) {
            j = k;
            apposition = true;
          }
        }
      }
      if (j >= s1 || !isNameWord(j)) {
        continue;
      }
      String holder = roleHolder(i, s0);
      String role = null;
      if (title.role()) {
        String head = Names.titleCase(title.singular());
        role = head + (holder == null ? "" : " of " + holder)
            + (complement == null ? "" : " " + complement);
      }
      int names = 0;
      while (j < s1 && names < (plural ? 4 : 1)) {
        int end = personEnd(j, s1, apposition);
        if (end <= j || isPlace(j, end) || titleAt(j, end) != null) {
          break;
        }
        if (end - j == 1 && w(j).text().length() < 2) {
          break;
        }
        Candidate c = new Candidate(j, end, EntityType.PERSON, Candidate.STRUCTURE,
            title.role() ? 0.85 : 0.75, title.role() ? "rule:title" : "rule:honorific");
        c.hasTitle = true;
        // A capitalised title may begin another name (General Electric, Major League, Queens
        // Park Rangers): it overrules the model only before a given name, or when written in
        // lower case and singular ("told reporters Bonn supported": Bonn is no reporter).
        c.strong = !word.capitalised() && !plural
            || gazetteer.isGivenName(Names.fold(w(j).text()))
            || complement != null || apposition || holder != null;
        if (!c.strong && gazetteer.isOrgSuffix(w(end - 1).text())) {
          break; // General Motors, Major League: a company's name, not a person's
        }
        if (role != null) {
          c.roles.add(role);
        }
        if (!apposition && complement == null && !plural) {
          c.titled = span(i, end);
        }
        out.add(c);
        names++;
        j = end;
        if (j + 1 < s1 && (lower(j).equals("and") || w(j).text().equals(","))
            && isNameWord(j + 1)) {
          j++;
        } else {
          break;
        }
      }
      i = t - 1; // "Prime Minister": not also "Minister"
    }
  }

  private boolean isQuote(String t) {
    return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals("'")
        || t.equals("\u2018") || t.equals("\u2019");
  }

  private boolean isVerb(int k) {
    String pos = w(k).pos();
    return pos.equals("VERB") || pos.equals("AUX");
  }

  /** Whether the title at i has a determiner or possessive before it (skipping adjectives). */
  private boolean hasDeterminer(int i, int s0) {
    int k = i - 1;
    while (k >= s0 && i - k < 8 && (TITLE_ADJECTIVES.contains(lower(k)) || isLowerWord(k)
        && !FUNCTION_WORDS.contains(lower(k)) || isQuote(w(k).text()) || isHyphen(k))) {
      k--;
    }
    if (k < s0) {
      return false;
    }
    String l = lower(k);
    return w(k).isPossessive() || l.equals("the") || l.equals("its") || l.equals("their")
        || l.equals("his") || l.equals("her") || placeAt(k, k + 1) != null;
  }

  /**
   * The country (in its phrase form) or organisation that holds the title at i: a demonym,
   * country or organisation name directly before it ({@code Colombian President}, {@code Israel
   * Defense Minister}, {@code Mossad agent}), or a possessive country ({@code Colombia's current
   * president}), skipping adjectives such as {@code former}; or null.
   */
  private String roleHolder(int i, int s0) {
    int k = i - 1;
    while (k >= s0 && i - k < 8 && (TITLE_ADJECTIVES.contains(lower(k))
        || (isLowerWord(k) && !FUNCTION_WORDS.contains(lower(k)))
        || isQuote(w(k).text()) || isHyphen(k))) {
      k--;
    }
    if (k < s0) {
      return null;
    }
    int end = k + 1;
    if (w(k).isPossessive()) {
      end = k;
    }
    Match m = placeBefore(end, s0);
    if (m == null) {
      return null;
    }
    Entry e = m.entry();
    if (e.kind() == Gazetteer.Kind.ORGANIZATION) {
      return e.canonical();
    }
    if (e.kind() == Gazetteer.Kind.COUNTRY
        || (e.kind() == Gazetteer.Kind.DEMONYM && gazetteer.country(e.canonical()) != null)) {
      Gazetteer.Country country = gazetteer.country(e.canonical());
      return country == null ? e.canonical() : country.phrase();
    }
    return null;
  }

  /** The end of a personal name starting at j: capitalised words and name particles. */
  private int personEnd(int j, int s1, boolean apposition) {
    int end = j;
    while (end < s1 && end - j < 5) {
      if (isNameWord(end) && !isCode(end)) {
        end++;
      } else if (end > j && end + 1 < s1 && NAME_PARTICLES.contains(w(end).text())
          && isNameWord(end + 1)) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * A run of two to four capitalised words starting with a common given name, with no
   * organisation or place head word, is a person ({@code Emilio Meneses}, {@code Álvaro Uribe
   * Vélez}). As strong as the model: the longer span wins, and the rule wins a tie on the same
   * span.
   */
  private void givenNames(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    int i = s0;
    while (i < s1) {
      if (!isNameWord(i)) {
        i++;
        continue;
      }
      int a = i;
      int b = personEnd(a, s1, false);
      i = Math.max(b, a + 1);
      while (b < s1 && isNameWord(b)) {
        b++;
        i = b; // part of a longer run: not a plain personal name
      }
      if (b - a > 5) {
        continue;
      }
      while (a < b && titleAt(a, b) != null) {
        a += titleLength(titleAt(a, b));
      }
      int n = b - a;
      if (n < 2 || n > 4 || !gazetteer.isGivenName(Names.fold(w(a).text()))
          || placeAt(a, b) != null) {
        continue;
      }
      boolean head = false;
      for (int k = a; k < b; k++) {
        head |= gazetteer.isOrgSuffix(w(k).text()) || gazetteer.isLocationSuffix(w(k).text())
            || isCode(k);
      }
      if (!head) {
        out.add(new Candidate(a, b, EntityType.PERSON, Candidate.MODEL, 0.6, "rule:given-name"));
      }
    }
  }

  /** All-capital words of three to eight letters that no rule knows: organisations, weakly. */
  private void acronyms(int s, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      String t = w(i).text();
      if (t.length() < 3 || t.length() > 8 || !isCapsWord(t)) {
        continue;
      }
      if (isShouting(i - 1, s0, s1) || isShouting(i + 1, s0, s1)) {
        continue;
      }
      // Untyped: kept only if resolution links it (a definition, an organisation's initials).
      out.add(new Candidate(i, i + 1, null, Candidate.FALLBACK, 0.55, "rule:acronym"));
    }
  }

  private static boolean isCapsWord(String t) {
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Whether word i is an all-capital word of at least three letters that no gazetteer knows. */
  private boolean isShouting(int i, int s0, int s1) {
    if (i < s0 || i >= s1) {
      return false;
    }
    String t = w(i).text();
    return t.length() >= 3 && isCapsWord(t) && placeAt(i, i + 1) == null
        && gazetteer.isWord(t.toLowerCase(Locale.ROOT));
  }

  /** The model's names in sentence s, with leading titles and demonyms trimmed off persons. */
  private void modelCandidates(int s, List<Candidate> out) {
    if (modelNames == null) {
      return;
    }
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (NameRecognizer.Name name : modelNames.get(s)) {
      int from = s0 + name.start();
      int to = Math.min(s1, s0 + name.end());
      // A lower-case word other than a function word or particle is not inside a name: the
      // model's "Cisco sues Apple" (a headline) is two.
      for (int k = from; k < to && name.type() != EntityType.MISC; k++) {
        if (isLowerWord(k) && !FUNCTION_WORDS.contains(lower(k))
            && !NAME_PARTICLES.contains(lower(k)) && !nextToHyphen(k)) {
          modelCandidate(s, name, from, k, out);
          from = k + 1;
        }
      }
      modelCandidate(s, name, from, to, out);
    }
  }

  /** The model's name as words [a, b) of sentence s, once its edges are trimmed, if any is left. */
  private void modelCandidate(int s, NameRecognizer.Name name, int a, int b, List<Candidate> out) {
    int s1 = words.sentenceEnd(s);
    if (a >= b) {
      return;
    }
    if (name.type() == EntityType.PERSON) {
      while (a < b) {
        Title title = titleAt(a, b);
        Match place = placeAt(a, b);
        if (title != null && a + titleLength(title) == b && b < s1 && isNameWord(b)) {
          a = b; // a title alone before a name the model did not include
        } else if (title != null && a + titleLength(title) < b) {
          a += titleLength(title);
        } else if (place != null && place.end() < b
            && place.entry().kind() == Gazetteer.Kind.DEMONYM) {
          a = place.end();
        } else {
          break;
        }
      }
    }
    if (name.type() != EntityType.MISC) {
      // The model reads hyphenated words whole; a modifier or prefix joined to a name is not part
      // of it (Industries-made, pro-Israel, ex-Senator), a particle or syllable is (al-Qaeda,
      // Kim In-so).
      while (b - a > 2 && isHyphen(b - 2) && isJoinedModifier(b - 1)) {
        b -= 2;
      }
      while (b - a > 2 && isHyphen(a + 1) && PREFIXES.contains(w(a).text())) {
        a += 2;
      }
    }
    if (name.type() == EntityType.ORGANIZATION) {
      b = withoutTrailingTitle(a, b); // "Apple Computer CEO" is Apple Computer's CEO
    }
    // A function word is not part of a name, unless capitalised inside a sentence (The Hague,
    // the All Blacks, Per Zetterquist).
    while (a < b && (w(a).punct() || FUNCTION_WORDS.contains(lower(a))
        && (!w(a).capitalised() || sentenceInitial(a)))) {
      a++;
    }
    while (b > a && w(b - 1).punct() && !closesBracket(a, b)) {
      b--;
    }
    if (a >= b || b - a == 1 && gazetteer.isNotAName(w(a).text())) {
      return; // nothing left, or a time zone, currency code or CEO alone
    }
    double p = Math.max(0.0, Math.min(1.0, name.probability()));
    // What the model calls miscellaneous but speaks is an organisation (Airbus said).
    Match known = placeAt(a, b);
    boolean speaker = name.type() == EntityType.MISC && b < s1
        && SPEECH_VERBS.contains(lower(b)) && !isPlural(w(b - 1).text()) // not Chechens said
        && (known == null || known.entry().kind() == Gazetteer.Kind.ORGANIZATION);
    Candidate c = new Candidate(a, b, speaker ? EntityType.ORGANIZATION : name.type(),
        p >= 0.9 ? Candidate.MODEL_SURE : Candidate.MODEL, p,
        "model:" + modelName + (speaker ? "+rule:speaker" : ""));
    c.fromModel = true;
    out.add(c);
  }

  /** Whether word k, after a hyphen, makes the name before it a modifier ({@code -made}). */
  private boolean isJoinedModifier(int k) {
    return isLowerWord(k) && Words.isModifierAfterHyphen(lower(k));
  }

  /** Whether a capitalised word looks plural ({@code Chechens}, not {@code Airbus}). */
  private static boolean isPlural(String word) {
    return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is");
  }

  /**
   * The end of [a, b) without a title that ends it after a name word ({@code Apple Chief
   * Executive Officer}); not after a function word ({@code Office of the President}).
   */
  private int withoutTrailingTitle(int a, int b) {
    for (int k = a + 1; k < b; k++) {
      Title title = titleAt(k, b);
      if (title != null && k + titleLength(title) == b && isNameWord(k - 1)) {
        return k;
      }
    }
    return b;
  }

  /** Whether word {@code b - 1} closes a bracket opened inside [a, b) ({@code Rad ( B )}). */
  private boolean closesBracket(int a, int b) {
    if (!w(b - 1).text().equals(")")) {
      return false;
    }
    for (int k = a; k < b - 1; k++) {
      if (w(k).text().equals("(")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Choosing among candidates.

  /**
   * Chooses a sentence's mentions. The model's names are the default reading: a rule that
   * disagrees with one (another type, or another span) loses unless its evidence is strong and
   * no gazetteer entry backs the model ({@link #overrules}); a rule that agrees on the type lends
   * the model's name its evidence (roles, qualifier, gazetteer entry) and the model keeps its
   * span. The rules' remaining candidates then fill the gaps, strongest first, then longer, then
   * earlier, each only where nothing was kept before. Candidates with the same span pool their
   * evidence.
   */
  private void select(int s, List<Candidate> candidates, boolean[] covered) {
    if (candidates.isEmpty()) {
      return;
    }
    Map<Long, Candidate> bySpan = new HashMap<>();
    List<Candidate> model = new ArrayList<>();
    List<Candidate> rules = new ArrayList<>();
    for (Candidate c : candidates) {
      (c.fromModel ? model : rules).add(c);
    }
    for (Candidate c : rules) {
      long key = ((long) c.start << 32) | c.end;
      Candidate same = bySpan.get(key);
      if (same == null) {
        bySpan.put(key, c);
      } else {
        pool(same, c);
      }
    }
    rules = new ArrayList<>(bySpan.values());
    rules.sort(Comparator.comparingInt((Candidate c) -> -c.priority)
        .thenComparingInt(c -> -c.length())
        .thenComparingInt(c -> c.start));
    List<Candidate> ordered = new ArrayList<>();
    for (Candidate m : model) {
      boolean overruled = false;
      for (Candidate r : rules) {
        if (r.overlaps(m) && overrules(r, m, rules)) {
          overruled = true;
          break;
        }
      }
      if (overruled) {
        continue;
      }
      if (hasBetterSpan(m, rules)) {
        continue;
      }
      for (Iterator<Candidate> it = rules.iterator(); it.hasNext(); ) {
        Candidate r = it.next();
        if (!r.overlaps(m)) {
          continue;
        }
        if (r.type == m.type && r.start == m.start && r.end == m.end) {
          poolIntoModel(m, r);
        } else if (r.type == m.type || r.type == null) {
          lend(m, r);
        }
        it.remove();
      }
      ordered.add(m);
    }
    ordered.addAll(rules);
    for (Candidate c : ordered) {
      boolean free = true;
      for (int k = c.start; k < c.end; k++) {
        if (covered[k]) {
          free = false;
          break;
        }
      }
      if (!free) {
        continue;
      }
      for (int k = c.start; k < c.end; k++) {
        covered[k] = true;
      }
      accepted.add(c);
    }
  }

  /**
   * Whether rule candidate {@code r} overrules the model's name {@code m} it overlaps. A gazetteer
   * entry does so only as a known organisation's name of several words ({@code Atlantic
   * Alliance}), or as a country or capital the model read as an organisation: that is metonymy
   * ({@code Tel Aviv said}), which the entity layer marks with {@code standsFor} on the place.
   * Any other rule must be strong and of another type (a product, any type, whatever the
   * gazetteer says of its maker), a head word only against a person, and no gazetteer entry of
   * the model's type may have exactly the model's span ({@code West Bank} stays a place whatever
   * its head word says).
   */
  private static boolean overrules(Candidate r, Candidate m, List<Candidate> rules) {
    if (r.type == null) {
      return false;
    }
    if (r.entry != null) {
      Gazetteer.Kind kind = r.entry.kind();
      boolean government = r.type == EntityType.LOCATION && m.type == EntityType.ORGANIZATION
          && r.start == m.start && r.end == m.end
          && (kind == Gazetteer.Kind.COUNTRY || kind == Gazetteer.Kind.CAPITAL
              || kind == Gazetteer.Kind.SEAT);
      // A known company is no miscellaneous name (Boeing, not a Boeing product).
      boolean company = kind == Gazetteer.Kind.ORGANIZATION && m.type == EntityType.MISC
          && r.start == m.start && r.end == m.end;
      return r.type != m.type && (r.strong || government || company);
    }
    if (!r.strong || (r.type == m.type && !r.product)) {
      return false;
    }
    if (r.type == EntityType.ORGANIZATION && !r.product && !r.hasTitle
        && m.type != EntityType.PERSON) {
      return false;
    }
    for (Candidate g : rules) {
      // The maker's name, even a known one, is part of the product (Boeing 747), and a name
      // part of the adjective made from it (Intel-based).
      boolean maker = r.product && m.type == EntityType.ORGANIZATION || r.adjective;
      if (!maker && g.entry != null && g.type == m.type && g.start == m.start
          && g.end == m.end) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a strong rule of the model's own type, ending where the model's name ends, has the
   * better span: a title rule that found the person inside the model's longer name, which then
   * holds the title ({@code Secretary of Defense Leon Panetta}), or an organisation head-word rule
   * that starts earlier on capitalised words the model left out ({@code Foreign Affairs Ministry}
   * for the model's {@code Affairs Ministry}). The rule's span then stands.
   */
  private boolean hasBetterSpan(Candidate m, List<Candidate> rules) {
    for (Candidate r : rules) {
      if (!r.strong || r.type != m.type || r.end != m.end || r.product || r.entry != null) {
        continue;
      }
      if (r.hasTitle ? r.start > m.start : r.start < m.start && allNameWords(r.start, m.start)) {
        return true;
      }
    }
    return false;
  }

  private boolean allNameWords(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!isNameWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** Pools a rule's candidate with the same span and type into the model's name. */
  private static void poolIntoModel(Candidate m, Candidate r) {
    String rule = m.rule;
    int priority = m.priority;
    pool(m, r);
    // The model's name stays the model's: its priority, and its rule first in the provenance.
    m.priority = Math.max(priority, Math.min(r.priority, Candidate.MODEL_SURE));
    m.rule = rule + (rule.contains(r.rule) ? "" : "+" + r.rule);
    m.fromModel = true;
  }

  /**
   * Lends the model's name the evidence of an overlapping rule that agrees on its type but not its
   * span: roles, qualifier and title, not the span or the gazetteer entry.
   */
  private static void lend(Candidate m, Candidate r) {
    for (String role : r.roles) {
      if (!m.roles.contains(role)) {
        m.roles.add(role);
      }
    }
    if (m.qualifier == null) {
      m.qualifier = r.qualifier;
    }
    if (m.titled == null && r.titled != null && r.end == m.end) {
      m.titled = r.titled;
    }
    m.hasTitle |= r.hasTitle;
  }

  /** Merges the evidence of {@code other} into {@code kept}, which has the same span. */
  private static void pool(Candidate kept, Candidate other) {
    Candidate strong = other.priority > kept.priority ? other : kept;
    Candidate weak = strong == kept ? other : kept;
    if (strong != kept) {
      // Keep the instance but take the stronger candidate's reading.
      kept.priority = strong.priority;
      kept.rule = strong.rule;
      kept.product = strong.product;
      EntityType oldType = kept.type;
      kept.type = strong.type;
      if (oldType != strong.type) {
        kept.entry = strong.entry;
        kept.confidence = strong.confidence;
      }
    }
    if (weak.type == kept.type) {
      kept.confidence = 1 - (1 - kept.confidence) * (1 - weak.confidence);
      kept.confidence = Math.min(0.99, kept.confidence);
      if (!kept.rule.contains(weak.rule)) {
        kept.rule = kept.rule + "+" + weak.rule;
      }
      if (kept.entry == null) {
        kept.entry = strong.entry != null ? strong.entry : weak.entry;
      }
    }
    for (Candidate c : List.of(strong, weak)) {
      for (String role : c.roles) {
        if (!kept.roles.contains(role)) {
          kept.roles.add(role);
        }
      }
      if (kept.titled == null) {
        kept.titled = c.titled;
      }
      if (kept.qualifier == null) {
        kept.qualifier = c.qualifier;
      }
      kept.hasTitle |= c.hasTitle;
      kept.product |= c.product && c.type == kept.type;
    }
  }

  /**
   * Weak guesses for capitalised runs no rule or model claimed: a run starting with a common given
   * name, a byline, or a run of words that are not English words is a person; a lone such word is
   * kept untyped, for resolution to link (to a surname, an organisation's short name, a typo).
   */
  private void fallback(int s, boolean[] covered) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    int i = s0;
    while (i < s1) {
      if (covered[i] || !isNameWord(i)) {
        i++;
        continue;
      }
      int a = i;
      int b = i;
      while (b < s1 && !covered[b] && b - a <= MAX_NAME_WORDS
          && (isNameWord(b) || (b > a && b + 1 < s1 && NAME_PARTICLES.contains(w(b).text())
              && isNameWord(b + 1)))) {
        b++;
      }
      i = b;
      if (b - a > MAX_NAME_WORDS) {
        while (i < s1 && isNameWord(i)) {
          i++;
        }
        continue;
      }
      while (a < b && (titleAt(a, b) != null || isCode(a))) {
        a += titleAt(a, b) != null ? titleLength(titleAt(a, b)) : 1;
      }
      if (a >= b) {
        continue;
      }
      if (a == s0 && b - a == 1 && gazetteer.isWord(lower(a))) {
        continue; // "Ultimately, ..."
      }
      Candidate c = null;
      StructureLabel section = words.sections.get(s);
      int n = b - a;
      if (n >= 2 && n <= 4 && gazetteer.isGivenName(Names.fold(w(a).text()))) {
        c = new Candidate(a, b, EntityType.PERSON, Candidate.FALLBACK, 0.6, "rule:given-name");
      } else if (n >= 2 && n <= 4 && section == StructureLabel.BYLINE) {
        c = new Candidate(a, b, EntityType.PERSON, Candidate.FALLBACK, 0.6, "rule:byline");
      } else if (n >= 2 && n <= 3 && noneAreWords(a, b)) {
        c = new Candidate(a, b, EntityType.PERSON, Candidate.FALLBACK, 0.5,
            "rule:capitalised-run");
      } else if (n == 1 && !gazetteer.isWord(lower(a)) && b < s1
          && SPEECH_VERBS.contains(lower(b))) {
        c = new Candidate(a, b, EntityType.PERSON, Candidate.FALLBACK, 0.5, "rule:speaker");
      } else if (n == 1 && !gazetteer.isWord(lower(a))) {
        c = new Candidate(a, b, null, Candidate.FALLBACK, 0.4, "rule:capitalised-word");
      } else if (n == 1) {
        c = new Candidate(a, b, null, Candidate.FALLBACK, 0.3, "rule:capitalised-word");
      }
      if (c != null) {
        for (int k = a; k < b; k++) {
          covered[k] = true;
        }
        accepted.add(c);
      }
    }
  }

  private boolean noneAreWords(int a, int b) {
    for (int k = a; k < b; k++) {
      if (gazetteer.isWord(lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** The typed names of the body, by case-insensitive key, for headlines to reuse. */
  private Map<String, Candidate> knownNames() {
    Map<String, Candidate> known = new HashMap<>();
    for (Candidate c : accepted) {
      if (c.type != null && c.priority > Candidate.FALLBACK) {
        known.putIfAbsent(Names.key(span(c.start, c.end)), c);
      }
    }
    return known;
  }

  /** In a title-case headline, names only count if the body used them too. */
  private void knownNameMatches(int s, Map<String, Candidate> known, List<Candidate> out) {
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    for (int i = s0; i < s1; i++) {
      if (!isNameWord(i) && !isCode(i)) {
        continue;
      }
      for (int end = Math.min(s1, i + 5); end > i; end--) {
        Candidate body = known.get(Names.key(span(i, end)));
        if (body != null) {
          Candidate c = new Candidate(i, end, body.type, Candidate.GAZETTEER,
              body.confidence * 0.9, "rule:headline-name");
          c.entry = body.entry;
          c.product = body.product;
          c.qualifier = body.qualifier;
          out.add(c);
          i = end - 1;
          break;
        }
      }
    }
  }

  /**
   * A product name found by a product rule names the same product wherever it recurs, also in
   * the plural ({@code the Kfirs}), unless a stronger rule typed it otherwise; so do its first
   * words without its model word ({@code the Macbook} after {@code Macbook Pro}), a model word
   * alone ({@code the Pro}), an acronym defined by it ({@code Software Development Kit (SDK)}),
   * and a longer name that starts with it ({@code Mac OS X Lion} after {@code Mac OS X}).
   */
  private void propagateProducts(boolean[] covered) {
    Map<String, List<Candidate>> products = new HashMap<>();
    Set<String> single = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.product && c.type == EntityType.PRODUCT) {
        products.computeIfAbsent(Names.key(w(c.start).text()), k -> new ArrayList<>()).add(c);
        if (c.length() == 1) {
          single.add(Names.key(w(c.start).text()));
        }
        String acronym = acronymAfter(c);
        if (acronym != null) {
          single.add(Names.key(acronym));
        }
      }
    }
    if (products.isEmpty()) {
      return;
    }
    Set<Integer> productEnds = new HashSet<>();
    for (List<Candidate> list : products.values()) {
      for (Candidate p : list) {
        productEnds.add(p.end);
      }
    }
    for (Candidate c : accepted) {
      // a headline's copy of a body name that no gazetteer knows is as open as the body's name
      boolean open = c.priority <= Candidate.MODEL_SURE
          || c.entry == null && c.rule.equals("rule:headline-name");
      if (!c.product && open && namesProduct(c, products, single, productEnds)) {
        productEnds.add(c.end); // so a list goes on: Nano and Shuffle
        c.type = EntityType.PRODUCT;
        c.product = true;
        c.priority = Candidate.PRODUCT;
        c.confidence = 0.75;
        c.rule = "rule:product-name";
        c.entry = null;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (covered[i] || skipped.contains(w(i).sentence()) || !isNameWord(i)) {
        continue;
      }
      if (isSingleProduct(Names.key(w(i).text()), single)) {
        Candidate c = new Candidate(i, i + 1, EntityType.PRODUCT, Candidate.PRODUCT, 0.75,
            "rule:product-name");
        c.product = true;
        covered[i] = true;
        accepted.add(c);
      }
    }
  }

  /**
   * A name the model calls miscellaneous where a rule elsewhere in the document makes it an
   * organisation ({@code Airbus said}, then {@code rival Airbus}) is that organisation.
   */
  private void organisationsNotMisc() {
    Set<String> organisations = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.type == EntityType.ORGANIZATION && c.rule.contains("rule:")) {
        organisations.add(Names.key(span(c.start, c.end))); // with a rule's evidence
      }
    }
    for (Candidate c : accepted) {
      if (c.type == EntityType.MISC && c.fromModel && !c.product && c.entry == null
          && organisations.contains(Names.key(span(c.start, c.end)))) {
        c.type = EntityType.ORGANIZATION;
        c.rule = c.rule + "/same-name";
      }
    }
  }

  /**
   * The acronym in parentheses right after a name that abbreviates it, its letters initials of
   * the name's words in order ({@code Software Development Kit (SDK)}); or null.
   */
  private String acronymAfter(Candidate name) {
    if (name.end + 2 >= words.size() || !w(name.end).text().equals("(")
        || !w(name.end + 2).text().equals(")")) {
      return null;
    }
    String acronym = w(name.end + 1).text();
    if (acronym.length() < 2 || !isCapsWord(acronym)) {
      return null;
    }
    int k = name.start;
    for (int n = 0; n < acronym.length(); n++) {
      char letter = acronym.charAt(n);
      while (k < name.end && Character.toUpperCase(w(k).text().charAt(0)) != letter) {
        k++;
      }
      if (k++ >= name.end) {
        return null;
      }
    }
    return acronym;
  }

  private List<String> keys(int a, int b) {
    List<String> keys = new ArrayList<>(b - a);
    for (int k = a; k < b; k++) {
      keys.add(Names.key(w(k).text()));
    }
    return keys;
  }

  private static boolean isSingleProduct(String key, Set<String> single) {
    return single.contains(key)
        || key.endsWith("s") && single.contains(key.substring(0, key.length() - 1));
  }

  /**
   * Whether candidate c names one of the document's products, indexed by their first word (see
   * {@link #propagateProducts}).
   */
  private boolean namesProduct(Candidate c, Map<String, List<Candidate>> products,
      Set<String> single, Set<Integer> productEnds) {
    List<String> name = keys(c.start, c.end);
    if (isSingleProduct(Names.key(span(c.start, c.end)), single)) {
      return true;
    }
    // A model word alone, in a document about products, is one (the Nano, Nano and Shuffle):
    // a person's name only after "the" or coordinated with a product (Classic, Nano and Shuffle).
    if (name.size() == 1 && gazetteer.isProductSuffix(w(c.start).text())
        && (c.type != EntityType.PERSON || c.start > 0 && lower(c.start - 1).equals("the")
            || c.start > 1 && lower(c.start - 1).equals("and")
                && productEnds.contains(c.start - 1))) {
      return true;
    }
    for (Candidate p : products.getOrDefault(name.get(0), List.of())) {
      List<String> product = keys(p.start, p.end);
      int n = name.size();
      int m = product.size();
      if (n == m && name.equals(product)) {
        return true;
      }
      if (n < m && product.subList(0, n).equals(name) && allProductSuffixes(p.start + n, p.end)) {
        return true;
      }
      if (n > m && name.subList(0, m).equals(product) && (m > 1 || isCamelProduct(c.start))) {
        return true;
      }
    }
    return false;
  }

  private boolean allProductSuffixes(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!gazetteer.isProductSuffix(w(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** The original text of words [a, b), whitespace collapsed. */
  String span(int a, int b) {
    StringBuilder out = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a && w(k).begin() > w(k - 1).end()) {
        out.append(' ');
      }
      out.append(w(k).text());
    }
    return out.toString();
  }
}
