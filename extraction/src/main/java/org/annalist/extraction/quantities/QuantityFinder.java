package org.annalist.extraction.quantities;

import static org.annalist.extraction.quantities.NumberReader.isDigit;
import static org.annalist.extraction.quantities.NumberReader.wordEnd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.extraction.quantities.Lexicon.Currency;
import org.annalist.extraction.quantities.Lexicon.Qualifier;
import org.annalist.extraction.quantities.Lexicon.Role;
import org.annalist.extraction.quantities.Lexicon.Unit;
import org.annalist.extraction.quantities.NumberReader.Core;
import org.annalist.extraction.quantities.NumberReader.Form;
import org.annalist.extraction.quantities.Phrases.Found;
import org.annalist.model.Provenance;
import org.annalist.model.Quantity;
import org.annalist.model.QuantityKind;
import org.annalist.model.QuantityQualifier;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;
import org.annalist.model.TimexType;
import org.annalist.model.Token;

/**
 * The quantity rules, applied to the sentences of one document (see {@link QuantityStage} for what
 * they find and skip). It reads the text character by character: at each ASCII digit and at each
 * word that is a number word it reads one number, then what is glued to it or written around it,
 * so the work is linear in the length of the sentence. The text layer's tokens give what is
 * counted and the words next to a number; the time layer says which numbers are dates or times,
 * and which expression a quantity refers to.
 *
 * <p>One instance per document; not thread-safe (it counts the countries the document names the
 * first time an ambiguous currency needs them).
 */
final class QuantityFinder {

  /** At most this many tokens between a quantity and the time expression it refers to. */
  static final int TIME_WINDOW = 10;

  /** At most this many words in what a quantity counts. */
  static final int COUNTED_WORDS = 6;

  private static final double DIGITS_CONFIDENCE = 0.9;
  private static final double WORDS_CONFIDENCE = 0.85;
  private static final double VAGUE_CONFIDENCE = 0.6;
  private static final double COUNTRY_CONFIDENCE = 0.75;
  private static final double DEFAULT_CURRENCY_CONFIDENCE = 0.6;

  /** What may directly follow a number that is a quantity (besides whitespace and units). */
  private static final String AFTER = ".,;:!?)]}\"'”’»…+-‐‑–—/";
  /** What may directly precede one (besides whitespace, currencies and qualifiers). */
  private static final String BEFORE = "([{\"'“‘«‹—–";
  /** Characters that end the clause a time expression must share with a quantity. */
  private static final String CLAUSE_BREAKS = ";:—–()[]\"“”";

  private final Lexicon lexicon;
  private final NumberReader numbers;
  private final String text;
  private final List<Token> tokens;
  private final int[] tokenBegins;
  private final List<TemporalExpression> times;
  private final int[] timeBegins;
  /** The greatest end of the time expressions up to each index, to find overlaps quickly. */
  private final int[] timeReach;
  private Map<String, Integer> countryMentions;

  QuantityFinder(Lexicon lexicon, String text, TextLayer layer, TimeLayer time) {
    this.lexicon = lexicon;
    this.numbers = new NumberReader(lexicon, text);
    this.text = text;
    this.tokens = layer.tokens();
    this.tokenBegins = new int[tokens.size()];
    for (int k = 0; k < tokenBegins.length; k++) {
      tokenBegins[k] = tokens.get(k).span().begin();
    }
    this.times = time.expressions();
    this.timeBegins = new int[times.size()];
    this.timeReach = new int[times.size()];
    for (int k = 0; k < times.size(); k++) {
      Span span = times.get(k).span();
      timeBegins[k] = span.begin();
      timeReach[k] = Math.max(span.end(), k == 0 ? 0 : timeReach[k - 1]);
    }
  }

  /**
   * The quantities of one sentence, in text order.
   *
   * @param sentence a sentence of the text layer
   * @return its quantities, with no claim yet
   */
  List<Quantity> find(Sentence sentence) {
    List<Quantity> out = new ArrayList<>();
    int begin = sentence.span().begin();
    int end = sentence.span().end();
    int firstWord = begin;
    while (firstWord < end && !Character.isLetterOrDigit(text.charAt(firstWord))) {
      firstWord++;
    }
    Context context = new Context(sentence, firstWord);
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        i = read(context, i, out);
      } else if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && lexicon.numberWords.at(text, i, end) != null) {
        i = read(context, i, out);
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The sentence being read.
   *
   * @param sentence the sentence
   * @param firstWord where its first letter or digit is
   */
  private record Context(Sentence sentence, int firstWord) {
    int begin() {
      return sentence.span().begin();
    }

    int limit() {
      return sentence.span().end();
    }
  }

  /** One number as written, with its scale, currency or unit; filled in as it is read. */
  private static final class Part {
    final Core core;
    int begin;
    int end;
    BigDecimal value;
    BigDecimal multiplier = BigDecimal.ONE;
    Found<Currency> currency;
    Found<Unit> unit;

    Part(Core core) {
      this.core = core;
      this.begin = core.begin();
      this.end = core.end();
      this.value = core.value();
    }

    boolean scaled() {
      return multiplier.compareTo(BigDecimal.ONE) != 0;
    }

    boolean bare() {
      return currency == null && unit == null && !scaled();
    }

    QuantityKind kind() {
      return currency != null ? QuantityKind.MONEY
          : unit != null ? unit.value().kind() : QuantityKind.COUNT;
    }
  }

  /**
   * The second number after a first one, and how the two are joined.
   *
   * @param upper the second number
   * @param joiner how it is joined to the first
   */
  private record Pair(Part upper, Joiner joiner) {}

  /** How the second number of a pair is joined to the first. */
  private enum Joiner {
    /** The joiner of a range qualifier: {@code between 5 and 10}, {@code from 5 to 10}. */
    QUALIFIER,
    TO,
    DASH,
    /** A ratio, not a quantity: {@code one in five}, {@code out of}, {@code $4 of every $5}. */
    RATIO
  }

  /**
   * Reads the number at {@code pos} and what goes with it; adds the quantities it makes.
   *
   * @return where to go on reading
   */
  private int read(Context cx, int pos, List<Quantity> out) {
    int limit = cx.limit();
    Core core = isDigit(text.charAt(pos)) ? numbers.digits(pos, limit) : numbers.words(pos, limit);
    if (core == null) {
      return pos + 1;
    }
    if (core.value() == null || inTime(core.begin(), core.end())) {
      return skipRun(core.end(), limit);
    }
    Found<Currency> currency = currencyBefore(core.begin(), cx.begin());
    Part first = part(core, cx, currency);
    if (first == null) {
      return skipRun(core.end(), limit);
    }
    if (currency == null && isMinus(core.begin())) {
      first.begin--;
      first.value = first.value.negate();
    }
    Found<Qualifier> qualifier = qualifiersBefore(first.begin, cx.begin());
    Found<Qualifier> range =
        qualifier != null && qualifier.value().qualifier() == QuantityQualifier.RANGE
            ? qualifier : null;
    int start = range != null ? range.begin() : first.begin;
    Pair pair = first.core.form() == Form.VAGUE ? null : second(first, cx, range);
    Part upper = pair == null ? null : pair.upper();
    Joiner joiner = pair == null ? null : pair.joiner();
    if (joiner == Joiner.RATIO) {
      if (first.kind() == upper.kind()) {
        return skipRun(upper.end, limit); // one in five, $4 of every $5
      }
      upper = null;
    }
    if (upper != null && !inherit(first, upper)) {
      upper = null;
    }
    if (upper == null && first.end + 1 < limit && isHyphen(text.charAt(first.end))
        && isDigit(text.charAt(first.end + 1))) {
      return skipRun(first.end, limit); // 555-0143: what follows the dash is no number
    }
    if (upper == null) {
      Quantity q = single(cx, first, qualifier == range ? null : qualifier);
      if (q != null) {
        out.add(q);
      }
      return q == null ? skipRun(first.end, limit) : q.span().end();
    }
    boolean bareJoiner = joiner == Joiner.TO || joiner == Joiner.DASH;
    if (bareJoiner && (scoreNear(start, upper.end, cx) || phoneLike(first, upper, joiner))) {
      return skipRun(upper.end, limit);
    }
    boolean change = range != null && changeBefore(range.begin(), cx);
    if (upper.value.compareTo(first.value) > 0 && !change) {
      Quantity q = quantity(cx, start, upper.end, upper, first.value, upper.value,
          QuantityQualifier.RANGE, rangeRule(range, joiner), first.core.form());
      if (q != null) {
        out.add(q);
      }
      return upper.end;
    }
    if (bareJoiner) {
      return skipRun(upper.end, limit); // 3-1, 5 to 4: a score, a vote or an identifier
    }
    // between 10 and 5; rose from 20 to 30 percent: two quantities
    for (Part part : List.of(first, upper)) {
      Quantity q = single(cx, part, null);
      if (q != null) {
        out.add(q);
      }
    }
    return upper.end;
  }

  /**
   * Reads the scale, unit or currency after a number.
   *
   * @param currency a currency before the number, or null
   * @return the part, or null if the number is glued to something that makes it no quantity
   *     ({@code 16th}, {@code 1980s}, {@code 5G}, {@code 24/7}, {@code 10-point})
   */
  private Part part(Core core, Context cx, Found<Currency> currency) {
    int limit = cx.limit();
    Part part = new Part(core);
    part.currency = currency;
    if (currency != null) {
      part.begin = currency.begin();
    }
    if (core.form() == Form.DIGITS) {
      for (int n = 0; n < 3; n++) {
        Found<Lexicon.Scale> scale =
            lexicon.scales.at(text, numbers.skipSpace(part.end, limit), limit);
        if (scale == null || (scale.value().moneyOnly() && currency == null)) {
          break;
        }
        part.multiplier = part.multiplier.multiply(scale.value().multiplier());
        part.end = scale.end();
      }
      part.value = core.value().multiply(part.multiplier);
    }
    return suffix(part, cx) ? part : null;
  }

  /** Reads a unit or currency glued to the number or after a space; false for a glued word. */
  private boolean suffix(Part part, Context cx) {
    int limit = cx.limit();
    int e = part.end;
    if (e >= limit) {
      return true;
    }
    boolean money = part.currency != null;
    Found<Unit> unit = money ? null : lexicon.units.at(text, e, limit);
    Found<Currency> after = money ? null : lexicon.currenciesAfter.at(text, e, limit);
    if (unit != null || after != null) {
      take(part, unit, after);
      return true;
    }
    int c = text.codePointAt(e);
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    if (isHyphen(c) && e + 1 < limit && Character.isLetter(text.codePointAt(e + 1))) {
      Found<Unit> hyphenated = money ? null : lexicon.units.at(text, e + 1, limit);
      if (hyphenated != null) {
        take(part, hyphenated, null); // a 24-hour curfew, a 5-year-old
        return true;
      }
      return lexicon.qualifiersAfter.at(text, e, limit) != null; // 100-plus
    }
    if (!isHyphen(c) && !Phrases.isSpace((char) c) && e + 1 < text.length()
        && isDigit(text.charAt(e + 1))) {
      return false; // 24/7, 3:15, 6'3": glued by punctuation to another number
    }
    if (!Phrases.isSpace((char) c) && AFTER.indexOf(c) < 0) {
      return false;
    }
    int p = numbers.skipSpace(e, limit);
    if (p == e || p >= limit || money) {
      return true;
    }
    if (part.core.form() == Form.VAGUE) {
      int of = wordEnd(text, p, limit, "of"); // millions of hectares, thousands of dollars
      if (of < 0) {
        return true;
      }
      p = numbers.skipSpace(of, limit);
    }
    unit = lexicon.units.at(text, p, limit);
    if (unit != null && unit.end() + 1 < limit && isHyphen(text.charAt(unit.end()))
        && Character.isLetter(text.charAt(unit.end() + 1))) {
      unit = null; // 3 second-round matches
    }
    after = lexicon.currenciesAfter.at(text, p, limit);
    if (after != null && part.core.form() == Form.VAGUE
        && after.value().form() != Lexicon.CurrencyForm.WORD) {
      after = null; // thousands of $12-an-hour workers
    }
    take(part, unit, after);
    return true;
  }

  /** Takes the longer of a unit and a currency after the number (the currency on a tie). */
  private static void take(Part part, Found<Unit> unit, Found<Currency> currency) {
    if (currency != null && (unit == null || currency.end() >= unit.end())) {
      part.currency = currency;
      part.end = currency.end();
    } else if (unit != null) {
      part.unit = unit;
      part.end = unit.end();
    }
  }

  /**
   * The second number of a range, a pair or a ratio after {@code first}, or null.
   *
   * @param range the range qualifier before the first number ({@code between}), or null
   */
  private Pair second(Part first, Context cx, Found<Qualifier> range) {
    int limit = cx.limit();
    int p = numbers.skipSpace(first.end, limit);
    Joiner joiner = null;
    int q = -1;
    for (String word : range == null ? List.<String>of() : range.value().joiners()) {
      q = wordEnd(text, p, limit, word);
      if (q >= 0) {
        joiner = Joiner.QUALIFIER;
        break;
      }
    }
    if (joiner == null && (q = wordEnd(text, p, limit, "to")) >= 0) {
      joiner = Joiner.TO;
    }
    if (joiner == null && p < limit && isHyphen(text.charAt(p))) {
      q = p + 1;
      joiner = Joiner.DASH;
    }
    if (joiner == null) {
      q = wordEnd(text, p, limit, "in");
      if (q < 0 && (q = wordEnd(text, p, limit, "out")) >= 0) {
        q = wordEnd(text, numbers.skipSpace(q, limit), limit, "of");
      }
      if (q < 0 && (q = wordEnd(text, p, limit, "of")) >= 0) {
        q = wordEnd(text, numbers.skipSpace(q, limit), limit, "every");
      }
      if (q < 0) {
        return null;
      }
      joiner = Joiner.RATIO;
    }
    int r = numbers.skipSpace(q, limit);
    Found<Currency> currency = lexicon.currenciesBefore.at(text, r, limit);
    int c = currency == null ? r : numbers.skipSpace(currency.end(), limit);
    if (c >= limit || (c == q && joiner != Joiner.DASH)) {
      return null;
    }
    Core core = isDigit(text.charAt(c)) ? numbers.digits(c, limit)
        : Character.isLetter(text.charAt(c)) ? numbers.words(c, limit) : null;
    if (core == null || core.value() == null || core.form() == Form.VAGUE
        || inTime(core.begin(), core.end())) {
      return null;
    }
    Part upper = part(core, cx, currency);
    return upper == null ? null : new Pair(upper, joiner);
  }

  /**
   * Gives the first number of a range the upper's unit and scale when it has none ({@code 5 to 10
   * million}, {@code between 20 and 30 percent}).
   *
   * @return false if the two have different units or currencies, so are no range
   */
  private static boolean inherit(Part first, Part upper) {
    if (first.bare()) {
      first.currency = upper.currency;
      first.unit = upper.unit;
      if (upper.scaled() && first.core.value().compareTo(upper.core.value()) < 0) {
        first.multiplier = upper.multiplier;
        first.value = first.value.multiply(upper.multiplier);
      }
      return true;
    }
    if (upper.currency == null && upper.unit == null) {
      upper.currency = first.currency;
      upper.unit = first.unit;
      return true;
    }
    return first.kind() == upper.kind()
        && (first.currency == null || first.currency.value().codes()
            .equals(upper.currency.value().codes()))
        && (first.unit == null || first.unit.value().equals(upper.unit.value()));
  }

  /** One quantity of one number, with its qualifier before or after it. */
  private Quantity single(Context cx, Part part, Found<Qualifier> before) {
    QuantityQualifier qualifier = QuantityQualifier.EXACT;
    int begin = part.begin;
    int end = part.end;
    if (part.core.form() == Form.VAGUE) {
      qualifier = QuantityQualifier.AT_LEAST;
    } else if (before != null && !(before.value().amountsOnly()
        && part.kind() == QuantityKind.DURATION)) {
      qualifier = before.value().qualifier();
      begin = before.begin();
    } else {
      Found<Qualifier> after = lexicon.qualifiersAfter.at(text,
          numbers.skipSpace(part.end, cx.limit()), cx.limit());
      if (after != null) {
        qualifier = after.value().qualifier();
        end = after.end();
      }
    }
    return quantity(cx, begin, end, part, part.value, null, qualifier, null, part.core.form());
  }

  /**
   * The quantity over {@code [begin, end)}, or null if the context shows the number is not one.
   *
   * @param amount the part that gives the kind and unit (a range's upper end)
   * @param rangeRule the range rule, or null for a single number
   * @param form how the (first) number is written
   */
  private Quantity quantity(Context cx, int begin, int end, Part amount, BigDecimal value,
      BigDecimal upper, QuantityQualifier qualifier, String rangeRule, Form form) {
    QuantityKind kind = amount.kind();
    if (!fitsContext(cx, begin, end, amount, form, qualifier, rangeRule != null)) {
      return null;
    }
    Span counted = counted(cx, end, kind, form == Form.VAGUE);
    if (counted != null && kind == QuantityKind.COUNT && isName(counted, value)) {
      return null;
    }
    String unit = null;
    double confidence = form == Form.DIGITS ? DIGITS_CONFIDENCE
        : form == Form.WORDS ? WORDS_CONFIDENCE : VAGUE_CONFIDENCE;
    StringBuilder rule = new StringBuilder();
    switch (kind) {
      case MONEY -> {
        Currency currency = amount.currency.value();
        unit = currency.codes().get(0);
        rule.append("money-").append(currency.form().name().toLowerCase(Locale.ROOT));
        if (currency.codes().size() > 1) {
          String named = mostNamed(currency.codes());
          if (named != null) {
            unit = named;
            rule.append("/currency-by-country");
            confidence = Math.min(confidence, COUNTRY_CONFIDENCE);
          } else {
            rule.append("/currency-default");
            confidence = Math.min(confidence, DEFAULT_CURRENCY_CONFIDENCE);
          }
        }
      }
      case PERCENT, DURATION, MEASURE -> {
        unit = amount.unit.value().unit();
        rule.append(kind.name().toLowerCase(Locale.ROOT));
      }
      case COUNT -> rule.append("count");
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
    if (form != Form.DIGITS) {
      rule.append('/').append(form.name().toLowerCase(Locale.ROOT));
    }
    if (rangeRule != null) {
      rule.append('/').append(rangeRule);
    }
    return new Quantity(Span.of(text, begin, end), value, upper, qualifier, kind, unit, counted,
        time(cx, begin, end), null, new Provenance(QuantityStage.NAME, rule.toString(),
            confidence));
  }

  /**
   * Whether the words around a number let it be a quantity: not an identifier ({@code section 3},
   * {@code Boeing 737}), not a number word that refers back ({@code the two sides}) or names
   * something ({@code Air Force One}), not a bare {@code one}, not an age in apposition ({@code
   * Lopez, 45,}), not a list number or a caption's picture number.
   */
  private boolean fitsContext(Context cx, int begin, int end, Part amount, Form form,
      QuantityQualifier qualifier, boolean range) {
    if (begin > 0) {
      char c = text.charAt(begin - 1);
      if (!Phrases.isSpace(c) && (BEFORE.indexOf(c) < 0
          || (begin > 1 && isDigit(text.charAt(begin - 2))))) {
        return false; // glued to a word, or by punctuation to another number (6'3")
      }
    }
    Found<Role> role = lexicon.before.before(text, skipSpaceBack(begin, cx.begin()), cx.begin());
    if (role != null && (role.value() == Role.IDENTIFIER || form == Form.WORDS)) {
      return false;
    }
    if (lexicon.after.at(text, numbers.skipSpace(end, cx.limit()), cx.limit()) != null) {
      return false; // three o'clock
    }
    if (afterCapitalisedName(cx, begin)) {
      return false;
    }
    boolean opens = begin <= cx.firstWord();
    if (form != Form.DIGITS && Character.isUpperCase(text.charAt(amount.core.begin()))
        && amount.core.begin() > cx.firstWord()
        && cx.sentence().section() != StructureLabel.HEADLINE) {
      return false;
    }
    boolean bare = amount.bare() && qualifier == QuantityQualifier.EXACT && !range;
    if (form == Form.WORDS && bare && amount.value.abs().compareTo(BigDecimal.ONE) <= 0) {
      return false;
    }
    if (!bare || form != Form.DIGITS) {
      return true;
    }
    int next = numbers.skipSpace(end, cx.limit());
    char after = next < text.length() ? text.charAt(next) : '\n';
    if (begin > 0 && text.charAt(begin - 1) == '(' && after == ')') {
      return false; // (3): a list item or a reference
    }
    if (after == ',' || after == ')' || after == '—' || after == '―' || after == '–') {
      int comma = skipSpaceBack(begin, cx.begin());
      if (comma > cx.begin() && text.charAt(comma - 1) == ',') {
        Token name = tokenEndingAt(skipSpaceBack(comma - 1, cx.begin()));
        if (name != null && name.pos().equals("PROPN")) {
          return false; // Maria Lopez, 45, said; Crutcher, 40 — a father
        }
      }
    }
    if ((after == '.' || after == ')') && atLineStart(begin)
        && (next + 1 >= text.length() || Phrases.isSpace(text.charAt(next + 1)))) {
      return false; // 1. / 2) list numbering
    }
    StructureLabel section = cx.sentence().section();
    return !(opens && (section == StructureLabel.CAPTION
        || section == StructureLabel.SECTION_HEADING)
        && next > end && next < cx.limit() && Character.isUpperCase(text.charAt(next)));
  }

  /**
   * Whether the word directly before {@code begin} has a capital, so that the number belongs to a
   * name: {@code Resolution 2334}, {@code Fortune 500}, {@code iPhone 15}, {@code The 411}. Not
   * for the first word of the sentence, a pronoun ({@code I}), a possessive ({@code Israel's 24
   * jets}), a word of a time expression ({@code said Monday 24 people}) or a headline, whose words
   * are all capitalised.
   */
  private boolean afterCapitalisedName(Context cx, int begin) {
    Token previous = tokenEndingAt(skipSpaceBack(begin, cx.begin()));
    if (previous == null || previous.span().begin() < cx.begin()
        || previous.span().begin() <= cx.firstWord()
        || cx.sentence().section() == StructureLabel.HEADLINE
        || previous.pos().contains("+") || previous.pos().equals("PRON")
        || previous.text().endsWith("'s")
        || previous.text().endsWith("’s")
        || inAnyTime(previous.span().begin(), previous.span().end())) {
      return false;
    }
    return previous.text().codePoints().anyMatch(Character::isUpperCase);
  }

  /**
   * Whether what a count counts is a name the number belongs to ({@code 10 Downing Street}, {@code
   * 737 Max}): it ends in a capitalised singular proper noun, and the number is not one.
   */
  private boolean isName(Span counted, BigDecimal value) {
    Token last = tokenEndingAt(counted.end());
    return last != null && last.pos().equals("PROPN")
        && Character.isUpperCase(last.text().codePointAt(0))
        && !last.text().endsWith("s") && value.compareTo(BigDecimal.ONE) != 0;
  }

  /**
   * What the quantity ending at {@code end} counts or measures: for a count, the noun phrase right
   * after it ({@code 24 Kfir fighters}; a vague plural's after {@code of}: {@code hundreds of
   * people}); for money, percentages and measures, an {@code of} phrase ({@code 35 percent of
   * voters}, {@code 3 tons of cocaine}) or, for money, {@code in} or {@code worth of} and a common
   * noun ({@code $5 million in aid}). The phrase is adjectives and nouns, at most {@value
   * #COUNTED_WORDS} words, ending in a noun and stopping at punctuation, prepositions, verbs and
   * numbers (a model designation may modify it: {@code 24 F-16 jets}); a lone participle counts
   * too ({@code 8 million displaced}).
   */
  private Span counted(Context cx, int end, QuantityKind kind, boolean vague) {
    int stop = cx.sentence().endToken();
    int k = tokenFrom(end);
    if (k >= stop || k < cx.sentence().firstToken()) {
      return null;
    }
    String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
    boolean of = word.equals("of");
    if (kind == QuantityKind.COUNT && !vague) {
      return of ? null : nounPhrase(k, stop, true, false);
    }
    if (of) {
      k++;
      if (k < stop && tokens.get(k).pos().equals("DET")) {
        k++;
      }
      return nounPhrase(k, stop, false, false);
    }
    if (kind == QuantityKind.MONEY && (word.equals("in") || word.equals("worth"))) {
      k++;
      if (word.equals("worth")) {
        if (k >= stop || !tokens.get(k).text().equalsIgnoreCase("of")) {
          return null;
        }
        k++;
      }
      return nounPhrase(k, stop, false, true);
    }
    return kind == QuantityKind.COUNT ? nounPhrase(k, stop, false, false) : null;
  }

  private Span nounPhrase(int first, int stop, boolean participle, boolean commonHead) {
    int lastNoun = -1;
    for (int k = first; k < stop && k < first + COUNTED_WORDS; k++) {
      Token t = tokens.get(k);
      String pos = t.pos();
      boolean noun = pos.equals("NOUN") || pos.equals("PROPN");
      // NUM: a model (F-16 jets); a possessive (Hillary Clinton's contributors)
      boolean modifier = pos.equals("ADJ") || pos.equals("NUM") || pos.endsWith("+PART");
      if (!(noun || modifier) || !Character.isLetter(t.text().codePointAt(0))
          || inTime(t.span().begin(), t.span().end())) {
        break;
      }
      if (noun) {
        lastNoun = k;
      }
    }
    if (lastNoun >= 0 && !(commonHead && tokens.get(lastNoun).pos().equals("PROPN"))) {
      return Span.of(text, tokens.get(first).span().begin(), tokens.get(lastNoun).span().end());
    }
    if (participle && lastNoun < 0 && first < stop) {
      Token t = tokens.get(first);
      boolean nominalNext = first + 1 < stop && (tokens.get(first + 1).pos().equals("NOUN")
          || tokens.get(first + 1).pos().equals("PROPN"));
      if (t.pos().equals("VERB") && t.text().endsWith("ed") && !nominalNext) {
        return t.span();
      }
    }
    return null;
  }

  /**
   * The time expression the quantity over {@code [begin, end)} refers to: the nearest date, time
   * or period ({@code the past 12 months}) in the same sentence, at most {@value #TIME_WINDOW}
   * tokens away, in the same clause; vague references ({@code now}, {@code recently}) do not
   * count. The one after wins a tie ({@code rose to 3.4% in April from 3.5% in March}). See {@link
   * #clauseBreak}.
   */
  private Integer time(Context cx, int begin, int end) {
    int after = firstTimeFrom(end);
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = after; j < times.size() && timeBegins[j] < cx.limit(); j++) {
      int distance = tokensBetween(end, timeBegins[j]);
      if (distance > TIME_WINDOW || clauseBreak(end, timeBegins[j], false)) {
        break;
      }
      if (refersTo(times.get(j))) {
        best = j;
        bestDistance = distance;
        break;
      }
    }
    for (int j = after - 1; j >= 0 && timeReach[j] > cx.begin(); j--) {
      Span span = times.get(j).span();
      if (span.end() > begin) {
        continue; // the quantity's own duration, or an expression that overlaps it
      }
      if (span.begin() < cx.begin()) {
        break;
      }
      int distance = tokensBetween(span.end(), begin);
      if (distance > TIME_WINDOW || clauseBreak(span.end(), begin, true)) {
        break;
      }
      if (refersTo(times.get(j))) {
        if (distance < bestDistance) {
          best = j;
        }
        break;
      }
    }
    return best;
  }

  /**
   * Whether a quantity can refer to the expression: a date or a time, or a duration that names a
   * period ({@code the past 12 months}, {@code the last decade}: written with {@code the}), and not
   * a vague reference.
   */
  private static boolean refersTo(TemporalExpression t) {
    if (t.value().endsWith("_REF")) {
      return false;
    }
    return t.type() == TimexType.DATE || t.type() == TimexType.TIME
        || (t.type() == TimexType.DURATION
            && t.span().text().regionMatches(true, 0, "the ", 0, 4));
  }

  /**
   * Whether the text between a quantity and an expression, {@code [from, to)}, leaves the clause:
   * a {@code ; : — ( )} or a quotation mark; a comma after the quantity ({@code rose 5 percent,
   * the highest since 2019}; {@code ..., the bank said on Tuesday}); before it, any comma but one
   * right after the expression that opens the clause ({@code By 2022, exports...}), and not then
   * followed by a conjunction ({@code ..., and 100 firms}).
   *
   * @param expressionFirst whether the expression comes first
   */
  private boolean clauseBreak(int from, int to, boolean expressionFirst) {
    int opening = numbers.skipSpace(from, to);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (CLAUSE_BREAKS.indexOf(c) >= 0) {
        return true;
      }
      if (c == ',') {
        if (!expressionFirst || i != opening) {
          return true;
        }
        int k = tokenFrom(i + 1);
        if (k < tokens.size() && (tokens.get(k).pos().equals("CCONJ")
            || tokens.get(k).pos().equals("SCONJ"))) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // The words around a number.

  private Found<Currency> currencyBefore(int coreBegin, int floor) {
    Found<Currency> found =
        lexicon.currenciesBefore.before(text, skipSpaceBack(coreBegin, floor), floor);
    if (found == null || (found.begin() > 0
        && Character.isLetterOrDigit(text.codePointBefore(found.begin())))) {
      return null; // X$5: an unknown dollar, or no currency at all
    }
    return found;
  }

  private Found<Qualifier> qualifiersBefore(int begin, int floor) {
    return lexicon.qualifiersBefore.before(text, skipSpaceBack(begin, floor), floor);
  }

  /** A minus sign glued to the number and preceded by a space or nothing: {@code -3.2%}. */
  private boolean isMinus(int coreBegin) {
    if (coreBegin == 0) {
      return false;
    }
    char c = text.charAt(coreBegin - 1);
    return (c == '-' || c == '\u2212')
        && (coreBegin == 1 || Phrases.isSpace(text.charAt(coreBegin - 2))
            || BEFORE.indexOf(text.charAt(coreBegin - 2)) >= 0);
  }

  /** Whether a score or vote word is the token before {@code begin} or after {@code end}. */
  private boolean scoreNear(int begin, int end, Context cx) {
    Token before = tokenEndingAt(skipSpaceBack(begin, cx.begin()));
    int k = tokenFrom(end);
    Token after = k < cx.sentence().endToken() ? tokens.get(k) : null;
    return isOneOf(before, lexicon.scoreWords) || isOneOf(after, lexicon.scoreWords);
  }

  /** Whether the token's lower-case text or its lemma is one of {@code words}. */
  private static boolean isOneOf(Token t, Set<String> words) {
    return t != null
        && (words.contains(t.text().toLowerCase(Locale.ROOT)) || words.contains(t.lemma()));
  }

  /** Whether a change verb comes before {@code from}: {@code rose from 20 to 30 percent}. */
  private boolean changeBefore(int from, Context cx) {
    Token t = tokenEndingAt(skipSpaceBack(from, cx.begin()));
    return t != null && t.span().begin() >= cx.begin() && isOneOf(t, lexicon.changeWords);
  }

  /** {@code 555-0143}, {@code 1-800-273-8255}: a telephone number, not a range. */
  private boolean phoneLike(Part first, Part upper, Joiner joiner) {
    if (joiner != Joiner.DASH || first.core.form() != Form.DIGITS
        || upper.core.form() != Form.DIGITS || upper.core.begin() != first.core.end() + 1) {
      return false;
    }
    int e = upper.core.end();
    boolean chain =
        e + 1 < text.length() && isHyphen(text.charAt(e)) && isDigit(text.charAt(e + 1));
    return chain || (first.core.end() - first.core.begin() == 3
        && upper.core.end() - upper.core.begin() == 4);
  }

  /** The range rule's name, how the range is written: {@code range-between}, {@code range-dash}. */
  private String rangeRule(Found<Qualifier> range, Joiner joiner) {
    if (joiner == Joiner.QUALIFIER) {
      return "range-" + text.substring(range.begin(), range.end()).toLowerCase(Locale.ROOT);
    }
    return joiner == Joiner.TO ? "range-to" : "range-dash";
  }

  /**
   * Of an ambiguous currency's codes, the one whose country the document names most, or null if
   * it names none of them.
   */
  private String mostNamed(List<String> codes) {
    if (countryMentions == null) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < text.length(); i++) {
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
          Found<String> found = lexicon.countries.at(text, i, text.length());
          if (found != null) {
            counts.merge(found.value(), 1, Integer::sum);
            i = found.end() - 1;
          }
        }
      }
      countryMentions = counts;
    }
    String best = null;
    int most = 0;
    for (String code : codes) {
      int n = countryMentions.getOrDefault(code, 0);
      if (n > most) {
        best = code;
        most = n;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Positions, tokens and time expressions.

  /** Whether {@code [begin, end)} overlaps a date, a time or a set of the time layer. */
  private boolean inTime(int begin, int end) {
    return overlapsTime(begin, end, false);
  }

  /** Whether {@code [begin, end)} overlaps any expression of the time layer. */
  private boolean inAnyTime(int begin, int end) {
    return overlapsTime(begin, end, true);
  }

  private boolean overlapsTime(int begin, int end, boolean durations) {
    for (int j = firstTimeFrom(end) - 1; j >= 0 && timeReach[j] > begin; j--) {
      TemporalExpression t = times.get(j);
      if (t.span().end() > begin && (durations || t.type() != TimexType.DURATION)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first time expression that begins at or after {@code offset}. */
  private int firstTimeFrom(int offset) {
    return lowerBound(timeBegins, offset);
  }

  /** The index of the first token that begins at or after {@code offset}. */
  private int tokenFrom(int offset) {
    return lowerBound(tokenBegins, offset);
  }

  /** The token that ends at {@code offset}, or null. */
  private Token tokenEndingAt(int offset) {
    int k = tokenFrom(offset) - 1;
    return k >= 0 && tokens.get(k).span().end() == offset ? tokens.get(k) : null;
  }

  private int tokensBetween(int from, int to) {
    return tokenFrom(to) - tokenFrom(from);
  }

  private static int lowerBound(int[] sorted, int key) {
    int k = Arrays.binarySearch(sorted, key);
    if (k < 0) {
      return -k - 1;
    }
    while (k > 0 && sorted[k - 1] == key) {
      k--;
    }
    return k;
  }

  /** The position after the last non-whitespace character before {@code pos}, at least floor. */
  private int skipSpaceBack(int pos, int floor) {
    int i = pos;
    while (i > floor && Phrases.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whether only spaces and tabs come between the start of the line and {@code pos}. */
  private boolean atLineStart(int pos) {
    int i = pos;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
  }

  /** The end of the run of letters, digits and inner punctuation at {@code pos}: {@code F-16s}. */
  private int skipRun(int pos, int limit) {
    int i = pos;
    while (i < limit) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)
          || ("-.,/:_".indexOf(c) >= 0 && i + 1 < limit
              && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return Math.max(i, pos + 1);
  }

  private static boolean isHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }
}
