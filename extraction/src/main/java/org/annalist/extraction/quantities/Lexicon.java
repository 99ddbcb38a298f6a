package org.annalist.extraction.quantities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.extraction.resources.ResourceLines;
import org.annalist.model.QuantityKind;
import org.annalist.model.QuantityQualifier;

/**
 * The word lists of the quantity stage, read from this package's resources (see {@code
 * SOURCES.md} beside them): number words, scale words, currencies and the countries that decide an
 * ambiguous one, units, qualifiers, and the context words that make a number an identifier, a
 * score, a change or a time of day. Immutable and thread-safe once loaded.
 */
final class Lexicon {

  /** What a number word is (the {@code type} column of {@code numbers.tsv}). */
  enum WordType {
    WORD,
    ARTICLE,
    DOZEN,
    HALF,
    VAGUE,
    VAGUE_OF
  }

  /**
   * A number word.
   *
   * @param value its value (for a vague plural, the base: {@code hundreds} is 100)
   * @param type what it is
   */
  record NumberWord(BigDecimal value, WordType type) {}

  /**
   * A scale word.
   *
   * @param multiplier what it multiplies by
   * @param moneyOnly whether it is one only after a currency ({@code $5m})
   */
  record Scale(BigDecimal multiplier, boolean moneyOnly) {}

  /** How a currency is written, for the rule name: a symbol, a code or a word. */
  enum CurrencyForm {
    SYMBOL,
    CODE,
    WORD
  }

  /**
   * A currency as written.
   *
   * @param codes its ISO 4217 codes, the default first
   * @param form how it is written
   */
  record Currency(List<String> codes, CurrencyForm form) {}

  /**
   * A unit.
   *
   * @param unit the unit, singular
   * @param kind the kind of quantity it makes
   */
  record Unit(String unit, QuantityKind kind) {}

  /**
   * A qualifier.
   *
   * @param qualifier how the amount relates to the number
   * @param amountsOnly whether it qualifies only amounts, not durations
   * @param joiners for a range, the words that join its ends
   */
  record Qualifier(QuantityQualifier qualifier, boolean amountsOnly, List<String> joiners) {}

  /** What a context word does to a number next to it (the {@code role} column). */
  enum Role {
    IDENTIFIER,
    DEFINITE,
    SCORE,
    CHANGE,
    CLOCK
  }

  static final String BASE = "/org/annalist/extraction/quantities/";

  final Phrases<NumberWord> numberWords = new Phrases<>(false);
  final Phrases<Scale> scales = new Phrases<>(true);
  final Phrases<Currency> currenciesBefore = new Phrases<>(true);
  final Phrases<Currency> currenciesAfter = new Phrases<>(true);
  final Phrases<String> countries = new Phrases<>(true);
  final Phrases<Unit> units = new Phrases<>(true);
  final Phrases<Qualifier> qualifiersBefore = new Phrases<>(false);
  final Phrases<Qualifier> qualifiersAfter = new Phrases<>(false);
  /** Identifier and definite words, matched as text directly before a number. */
  final Phrases<Role> before = new Phrases<>(false);
  /** Clock words, matched as text directly after a number. */
  final Phrases<Role> after = new Phrases<>(false);
  /** Score and change words, matched against a token's lower-case text or lemma. */
  final Set<String> scoreWords = new HashSet<>();
  final Set<String> changeWords = new HashSet<>();
  private final List<String> files = new ArrayList<>();

  private Lexicon() {}

  /**
   * Reads the bundled word lists.
   *
   * @return the lexicon
   * @throws IllegalStateException naming the resource and line if one is missing or malformed
   */
  static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    lexicon.read("numbers.tsv", lexicon::numberWord);
    lexicon.read("scales.tsv", lexicon::scale);
    lexicon.read("currencies.tsv", lexicon::currency);
    lexicon.read("currency-countries.tsv", lexicon::country);
    lexicon.read("units.tsv", lexicon::unit);
    lexicon.read("qualifiers.tsv", lexicon::qualifier);
    lexicon.read("context-words.tsv", lexicon::context);
    return lexicon;
  }

  /**
   * The resource files read, for the layer's {@code models}.
   *
   * @return the file names, in reading order
   */
  List<String> files() {
    return List.copyOf(files);
  }

  private void numberWord(String[] cols) {
    numberWords.add(cols[0], new NumberWord(new BigDecimal(cols[1]),
        WordType.valueOf(cols[2].toUpperCase(Locale.ROOT).replace('-', '_'))));
  }

  private void scale(String[] cols) {
    boolean moneyOnly = switch (cols[2]) {
      case "any" -> false;
      case "money" -> true;
      default -> throw new IllegalArgumentException("where must be any or money");
    };
    scales.add(cols[0], new Scale(new BigDecimal(cols[1]), moneyOnly));
  }

  private void currency(String[] cols) {
    List<String> codes = List.of(cols[1].split("\\|"));
    for (String code : codes) {
      if (!code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 code");
      }
    }
    Currency currency = new Currency(codes, formOf(cols[0]));
    switch (cols[2]) {
      case "before" -> currenciesBefore.add(cols[0], currency);
      case "after" -> currenciesAfter.add(cols[0], currency);
      case "both" -> {
        currenciesBefore.add(cols[0], currency);
        currenciesAfter.add(cols[0], currency);
      }
      default -> throw new IllegalArgumentException("position must be before, after or both");
    }
  }

  private static CurrencyForm formOf(String form) {
    if (form.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return CurrencyForm.CODE;
    }
    if (form.chars().anyMatch(c -> !Character.isLetter(c) && c != ' ' && c != '.')) {
      return CurrencyForm.SYMBOL;
    }
    return CurrencyForm.WORD;
  }

  private void country(String[] cols) {
    for (String word : cols[1].split("\\|")) {
      countries.add(word, cols[0]);
    }
  }

  private void unit(String[] cols) {
    units.add(cols[0], new Unit(cols[1], QuantityKind.valueOf(cols[2])));
  }

  private void qualifier(String[] cols) {
    QuantityQualifier qualifier = QuantityQualifier.valueOf(cols[1]);
    boolean amountsOnly = switch (cols[3]) {
      case "any" -> false;
      case "amount" -> true;
      default -> throw new IllegalArgumentException("scope must be any or amount");
    };
    List<String> joiners = cols.length > 4 ? List.of(cols[4].split("\\|")) : List.of();
    if ((qualifier == QuantityQualifier.RANGE) == joiners.isEmpty()) {
      throw new IllegalArgumentException("a RANGE qualifier, and only one, lists its joiners");
    }
    Qualifier value = new Qualifier(qualifier, amountsOnly, joiners);
    switch (cols[2]) {
      case "before" -> qualifiersBefore.add(cols[0], value);
      case "after" -> qualifiersAfter.add(cols[0], value);
      default -> throw new IllegalArgumentException("position must be before or after");
    }
  }

  private void context(String[] cols) {
    Role role = Role.valueOf(cols[1].toUpperCase(Locale.ROOT));
    switch (role) {
      case IDENTIFIER, DEFINITE -> before.add(cols[0], role);
      case CLOCK -> after.add(cols[0], role);
      case SCORE -> scoreWords.add(cols[0]);
      case CHANGE -> changeWords.add(cols[0]);
      default -> throw new IllegalStateException("unhandled role " + role);
    }
  }

  private void read(String file, Consumer<String[]> row) {
    // "#" alone is a form (context-words.tsv); a comment is "# " and text
    ResourceLines.read(Lexicon.class, BASE + file, "quantity lexicon", line -> {
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank()) {
        throw new IllegalArgumentException("expected tab-separated columns");
      }
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].strip();
      }
      row.accept(cols);
    });
    files.add(file);
  }
}
