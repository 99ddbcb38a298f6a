package org.annalist.extraction.quantities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ClaimLayer;
import org.annalist.model.ItemFailure;
import org.annalist.model.LayerKey;
import org.annalist.model.Quantity;
import org.annalist.model.QuantityLayer;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;

/**
 * The {@code "quantities"} stage: finds the numbers a news article asserts, with their value,
 * qualifier, kind and unit, what they count, the time they refer to and the claim they belong to;
 * adds a {@link QuantityLayer}. Requires the {@link TextLayer} (sentences, part-of-speech tags and
 * lemmas), the {@link TimeLayer} and the {@link ClaimLayer}, so it runs after the {@code claims}
 * stage.
 *
 * <ul>
 *   <li><b>Numbers</b>: digits with thousands separators and decimals ({@code 1,300}, {@code
 *       4.25}); scale words, spaced or glued ({@code 7 million}, {@code 1.2bn}, {@code 3 lakh};
 *       {@code m} and {@code k} only after a currency: {@code $5m}); number words ({@code
 *       twenty-four}, {@code one hundred and twenty}, {@code a dozen}, {@code half a million}).
 *       A vague plural is at least two of its base, qualifier {@code AT_LEAST}: {@code hundreds of
 *       people} is at least 200, {@code tens of thousands} at least 20,000, {@code dozens} at least
 *       24 (rule {@code .../vague}, confidence 0.6). {@code one}, {@code zero} and {@code a} in
 *       words are quantities only with a unit, currency or scale ({@code one million}, not {@code
 *       one of them}).
 *   <li><b>Kinds</b>: money with a symbol, prefix, code or word ({@code $}, {@code US$}, {@code €},
 *       {@code NIS}, {@code USD 5}, {@code shekels}, {@code Colombian pesos}) as an ISO 4217 code;
 *       a word several countries use ({@code pesos}, {@code rupees}, {@code dinars}) takes the
 *       currency of the country the document names most, else the lexicon's default (rules {@code
 *       /currency-by-country}, {@code /currency-default}, lower confidence); a bare {@code $} is US
 *       dollars. Percentages ({@code 35%}, {@code 35 percent}, {@code 35 per cent}); durations
 *       ({@code 67 years}, {@code a 24-hour curfew}); measures ({@code 50 km}, {@code 5.56mm},
 *       {@code 3 tons}); anything else is a count. Rules are named by kind and form: {@code count},
 *       {@code money-symbol}, {@code money-code}, {@code money-word}, {@code percent}, {@code
 *       duration}, {@code measure}, then {@code /words} or {@code /vague} for numbers in words,
 *       then the range rule ({@code /range-between}, {@code /range-from}, {@code /range-to}, {@code
 *       /range-dash}).
 *   <li><b>Qualifiers</b> from a lexicon ({@code approximately}, {@code an estimated}, {@code
 *       nearly}, {@code over}, {@code at least}, {@code up to}, {@code or more}, {@code 100+}...);
 *       {@code over} and {@code under} do not qualify durations ({@code over five years} is usually
 *       <em>during</em> them; {@code for over five years} does). Ranges: {@code between X and Y},
 *       {@code from X to Y}, {@code X to Y}, {@code X-Y}, when Y is greater; the lower end takes
 *       the upper's unit and scale if it has none ({@code 5 to 10 million}). {@code from X to Y}
 *       after a verb of change ({@code rose from 20 to 30 percent}) is two quantities; so is {@code
 *       between} with a smaller second number. {@code 3-1} and {@code 5 to 4} (or any pair next to
 *       a score word) are scores or votes, and {@code one in five} or {@code $4 of every $5} a
 *       ratio: no quantity.
 *   <li><b>What is counted</b>: for a count, the noun phrase right after the number (adjectives
 *       and nouns from the text layer, at most {@value QuantityFinder#COUNTED_WORDS} words, ending
 *       in a noun, stopping at punctuation, prepositions and verbs): {@code over 1,000 civilians},
 *       {@code 24 Kfir fighters}, {@code 4,000 members} (of the party); a lone participle
 *       ({@code 8 million displaced}); after a vague plural's {@code of} ({@code hundreds of
 *       people}). For money, percentages and measures an {@code of} phrase ({@code 35 percent of
 *       voters}), and for money {@code in} or {@code worth of} a common noun ({@code $5 million in
 *       aid}). The quantity's span is qualifier, currency, number and unit; what is counted has its
 *       own span.
 *   <li><b>Time</b>: the nearest date, time or period ({@code the past 12 months}) of the time
 *       layer in the same sentence, at most {@value QuantityFinder#TIME_WINDOW} tokens away with no
 *       clause break ({@code ; : — ( )} or a quotation mark) between ({@code By 2022, ...
 *       approximately $139 million}; the one after on a tie); {@code now} and {@code recently} do
 *       not count.
 *   <li><b>Claim</b>: the claim of the claim layer with a content span that contains the quantity's
 *       span (the shortest such span, then the first claim).
 * </ul>
 *
 * <p><b>Not quantities</b>: numbers inside a date, time or set of the time layer (years, {@code
 *     October 7}, {@code 3 p.m.}; so a year used as a number counts only if the time layer left it
 *     alone), while a number inside a duration is one ({@code 67 years}, kind {@code DURATION});
 *     ordinals and plurals glued to letters ({@code 16th}, {@code 1980s}); numbers in names and
 *     identifiers: glued to letters or a letter's hyphen ({@code F-16}, {@code COVID-19}, {@code
 *     J79}, {@code 5G}) or by punctuation to other digits ({@code 24/7}, {@code 3:15}, {@code
 *     6'3"}); after a word with a capital in mid-sentence, outside headlines ({@code Resolution
 *     2334}, {@code Fortune 500}, {@code iPhone 15}, {@code The 411}; not a pronoun, a possessive
 *     or a word of a time expression); a capitalised number word inside a sentence ({@code Air
 *     Force One}); a count whose noun phrase ends in a singular proper noun ({@code 10 Downing
 *     Street}); after an identifier word ({@code section 3}, {@code part 2}, {@code No. 10}, {@code
 *     #1}) or before a clock word ({@code three o'clock}); a spelled-out number after a definite
 *     determiner ({@code the two sides}); ages in apposition ({@code Lopez, 45,}); list numbering
 *     ({@code 1.} or {@code 2)} opening a line, {@code (3)}); a number opening a caption or heading
 *     before a capitalised word (a picture number); telephone numbers ({@code 555-0143}); ratios
 *     ({@code one in five}, {@code $4 of every $5}); malformed digits ({@code 1,2,3}, {@code
 *     1.2.3}, a leading zero, more than {@value NumberReader#MAX_LENGTH} characters, or more than
 *     {@value NumberReader#MAX_UNGROUPED} digits without thousands separators: {@code
 *     1474387200}).
 *     Bylines, date lines and datelines are skipped; boilerplate has no sentences.
 *
 * <p>The lexicons (number and scale words, currencies and the countries that pick an ambiguous one,
 * units, qualifiers, context words) are resources of this package; {@code SOURCES.md} beside them
 * says where they come from. The work is linear in the length of the text (lexicon lookups are
 * bounded by the longest entry).
 *
 * <p>As the {@link Stage} contract asks, an unexpected exception costs one sentence, not the
 * document: that sentence gets no quantities and an {@link ItemFailure} for the {@code "sentence"}.
 * Linking quantities to claims works on the whole document and is not guarded so.
 *
 * <p>Immutable and thread-safe; create one with {@link #create()} and share it.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *     .add(TextStage.create(EnglishModels.load()))
 *     .add(TimeStage.create())
 *     .add(EntityStage.create(EntityModels.load()))
 *     .add(claims)                       // the claims stage
 *     .add(QuantityStage.create())
 *     .build();
 * for (Quantity q : pipeline.analyze("doc-1", text).expect(QuantityLayer.KEY).quantities()) {
 *   System.out.println(q.span().text() + " = " + q.qualifier() + " " + q.value() + " " + q.unit());
 * }
 * }</pre>
 */
public final class QuantityStage implements Stage {

  /** The stage's name, used in provenance and as the layer's {@code stage}. */
  public static final String NAME = "quantities";

  private final Lexicon lexicon;
  private final List<String> files;

  private QuantityStage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.files = lexicon.files();
  }

  /**
   * The stage with its bundled lexicons, which this reads (about a tenth of a second in a fresh
   * JVM): create it once and share it.
   *
   * @return the stage
   * @throws IllegalStateException naming the resource and line if a bundled lexicon is missing or
   *     malformed
   */
  public static QuantityStage create() {
    return new QuantityStage(Lexicon.load());
  }

  /**
   * The stage's name.
   *
   * @return {@value #NAME}
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * The layers it reads.
   *
   * @return the text, time and claim layers
   */
  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY, TimeLayer.KEY, ClaimLayer.KEY);
  }

  /**
   * The layer it adds.
   *
   * @return the quantity layer's key
   */
  @Override
  public LayerKey<?> provides() {
    return QuantityLayer.KEY;
  }

  /**
   * Adds the document's quantity layer, and a failure for each sentence it had to skip.
   *
   * @param document a document with text, time and claim layers
   * @return the document with its quantity layer
   */
  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    Objects.requireNonNull(document, "document");
    TextLayer text = document.expect(TextLayer.KEY);
    QuantityFinder finder = new QuantityFinder(
        lexicon, document.text(), text, document.expect(TimeLayer.KEY));
    List<Quantity> quantities = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      StructureLabel section = sentence.section();
      if (section == StructureLabel.BYLINE || section == StructureLabel.DATE_LINE
          || section == StructureLabel.DATELINE) {
        continue;
      }
      try {
        quantities.addAll(finder.find(sentence));
      } catch (RuntimeException e) {
        failures.add(ItemFailure.of(document.id(), NAME, "sentence", sentence.span(), e));
      }
    }
    quantities.sort(Comparator.comparing(Quantity::span));
    List<Quantity> linked = withClaims(quantities, document.expect(ClaimLayer.KEY));
    return document.with(new QuantityLayer(NAME, files, linked), failures);
  }

  /**
   * The quantities, each with the index of the claim whose content holds it: of the content spans
   * that contain it, the shortest, then the first claim's. The work is the number of (content span,
   * quantity inside it) pairs, plus a binary search per content span.
   *
   * @param quantities quantities in text order
   * @param claims the document's claims
   * @return the same quantities, with their claims
   */
  static List<Quantity> withClaims(List<Quantity> quantities, ClaimLayer claims) {
    int n = quantities.size();
    int[] begins = new int[n];
    for (int i = 0; i < n; i++) {
      begins[i] = quantities.get(i).span().begin();
    }
    Integer[] claim = new Integer[n];
    int[] shortest = new int[n];
    for (int c = 0; c < claims.claims().size(); c++) {
      for (Span content : claims.claims().get(c).content()) {
        int i = Arrays.binarySearch(begins, content.begin());
        i = i < 0 ? -i - 1 : i;
        while (i > 0 && begins[i - 1] == content.begin()) {
          i--;
        }
        for (; i < n && begins[i] < content.end(); i++) {
          Span span = quantities.get(i).span();
          if (span.end() <= content.end()
              && (claim[i] == null || content.length() < shortest[i])) {
            claim[i] = c;
            shortest[i] = content.length();
          }
        }
      }
    }
    List<Quantity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Quantity q = quantities.get(i);
      out.add(claim[i] == null ? q : new Quantity(q.span(), q.value(), q.upper(), q.qualifier(),
          q.kind(), q.unit(), q.counted(), q.time(), claim[i], q.provenance()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "QuantityStage" + files;
  }
}
