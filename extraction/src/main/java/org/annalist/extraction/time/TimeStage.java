package org.annalist.extraction.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DateResolution;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.LayerKey;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;
import org.annalist.model.Token;

/**
 * The {@code "time"} stage: finds the temporal expressions of a document, normalises them to TimeML
 * TIMEX3 values with an interval of days and a granularity, and resolves the relative ones; adds a
 * {@link TimeLayer}. Requires the {@link TextLayer} (its part-of-speech tags and lemmas give the
 * tense that decides whether {@code on Sunday} is the Sunday before or after the document date).
 *
 * <ul>
 *   <li>Recognition is rule-based (written from the TimeML TIMEX3 guidelines): explicit dates in
 *       the common formats, months, weekdays, seasons, quarters, years, decades and centuries,
 *       relative expressions ({@code last year}, {@code two years ago}), durations ({@code seven
 *       months} = {@code P7M}), sets ({@code every week}), vague references ({@code recently} =
 *       {@code PAST_REF}), modifiers ({@code mid August}, {@code about 3 years}) and ranges
 *       ({@code (2002-2010)}, {@code between 2019 and 2021}, {@code since 1985}). Boilerplate is
 *       skipped. Impossible dates ({@code February 30}) are not values.
 *   <li>The document date is {@link Document#date()} when known (given, stated, or inferred by the
 *       caller, for instance from other articles); otherwise the stage infers one from the text
 *       (weekday mentions, holidays, explicit years, relative years) as an interval with a
 *       confidence and the spans of its evidence. An inferred date is resolved against only when
 *       its confidence is at least {@value #INFERRED_DATE_THRESHOLD}, recording so in each
 *       expression's rule ({@code @inferred-document-date}) and confidence. Otherwise relative
 *       expressions are {@code UNRESOLVED} with what is known ({@code XXXX-05}) and the reason.
 *   <li>When the document date is an interval ({@code [2024-05-02, 2024-12-31]}, or open above),
 *       an expression whose value depends on it is read at both ends. If the readings agree, that
 *       is the value; if not, the reading nearer the narrative's previous date is taken ({@code
 *       RELATIVE_TO_EXPRESSION}, anchored to it); otherwise the expression covers both readings
 *       ({@code mid August}: 2023-08-01..2024-08-31, value {@code XXXX-08}, rule suffix {@code
 *       @document-date-interval}), so its interval always contains the time meant. Each such
 *       choice lowers the confidence. {@code last year} and {@code May this year} need only the
 *       year and resolve whenever the interval lies within one year.
 *   <li>Narrative anchoring: {@code two years later}, {@code the next day}, {@code Days later}
 *       count from the nearest earlier expression placed on the calendar; when the nearest earlier
 *       date is unresolved they stay unresolved rather than count from an older one.
 * </ul>
 *
 * <p>Time is linear in the length of the text: the rules look at a bounded number of words at each
 * position, and no regular expression is used. Nothing reads the clock.
 *
 * <p>As the {@link Stage} contract asks, an unexpected exception costs one item, not the document:
 * if the recognition rules throw at a word, that sentence's expressions are left out and an {@link
 * org.annalist.model.ItemFailure} for the {@code "sentence"} is recorded; if resolving an
 * expression throws, that {@code "expression"} is left out (and so is any expression resolved
 * against it) and recorded. The document date inference works on the whole document and is not
 * guarded so.
 *
 * <p>Immutable and thread-safe; create one with {@link #create()} and share it.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *     .add(TextStage.create(EnglishModels.load()))
 *     .add(TimeStage.create())
 *     .build();
 * TimeLayer time = pipeline.analyze("my-article", text).expect(TimeLayer.KEY);
 * }</pre>
 */
public final class TimeStage implements Stage {

  /** The least confidence an inferred document date needs before expressions resolve against it. */
  public static final double INFERRED_DATE_THRESHOLD = 0.5;

  private TimeStage() {}

  /** {@return the stage with its built-in rules; it holds no state} */
  public static TimeStage create() {
    return new TimeStage();
  }

  @Override
  public String name() {
    return Resolver.STAGE;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY);
  }

  @Override
  public LayerKey<?> provides() {
    return TimeLayer.KEY;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    TextLayer text = document.expect(TextLayer.KEY);
    Document doc = document.document();
    String source = doc.text();
    Words words = Words.scan(source, 0, source.length());
    int[] tokenBegins = new int[text.tokens().size()];
    for (int k = 0; k < tokenBegins.length; k++) {
      tokenBegins[k] = text.tokens().get(k).span().begin();
    }
    List<StructureElement> boilerplate = doc.elements(StructureLabel.BOILERPLATE);
    Skips skips = new Skips(doc.id(), words, text);
    List<Grammar.Match> matches =
        new Grammar(words, offset -> posAt(text, tokenBegins, offset))
            .find(offset -> inside(boilerplate, offset), skips);
    DocumentDate date = doc.date();
    if (!date.isKnown()) {
      date = DateInference.infer(doc.id(), words, matches, m -> tense(text, words, m));
    }
    LocalDate earliest = null;
    LocalDate latest = null;
    double confidence = 1.0;
    boolean inferred = date.resolution() == DateResolution.INFERRED;
    if (date.isKnown()) {
      confidence = date.provenance() == null ? 1.0 : date.provenance().confidence();
      if (!inferred || confidence >= INFERRED_DATE_THRESHOLD) {
        earliest = date.earliest();
        latest = date.latest(); // null: open above
      }
    }
    Resolver resolver = new Resolver(earliest, latest, inferred ? confidence : 1.0, inferred);
    List<TemporalExpression> expressions =
        resolver.resolve(words, matches, m -> tense(text, words, m), skips);
    return document.with(new TimeLayer(name(), expressions, date), skips.failures());
  }

  private static Tense tense(TextLayer text, Words words, Grammar.Match m) {
    return Tense.around(text, words.begin[m.first()], words.end[m.end() - 1]);
  }

  private static boolean inside(List<StructureElement> elements, int offset) {
    for (StructureElement e : elements) {
      if (offset >= e.span().begin() && offset < e.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static String posAt(TextLayer text, int[] begins, int offset) {
    int k = java.util.Arrays.binarySearch(begins, offset);
    if (k < 0) {
      return null;
    }
    Token t = text.tokens().get(k);
    return t.pos();
  }

  @Override
  public String toString() {
    return "TimeStage";
  }
}
