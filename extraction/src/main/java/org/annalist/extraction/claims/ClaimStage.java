package org.annalist.extraction.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.core.pipeline.Stage;
import org.annalist.extraction.claims.Attributor.Draft;
import org.annalist.extraction.claims.Attributor.Unit;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.EntityLayer;
import org.annalist.model.ItemFailure;
import org.annalist.model.LayerKey;
import org.annalist.model.Provenance;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;

/**
 * The {@code "claims"} stage: who said what, to whom, when and through which channel; adds a
 * {@link ClaimLayer}. Requires the {@link TextLayer} (tags and lemmas), the {@link EntityLayer}
 * (sources resolve to its entities) and the {@link TimeLayer} (a claim's time is one of its
 * expressions).
 *
 * <p>The stage is rule-based. It finds the quotations of the text first (curly, straight, {@code
 * ''…''}; a quotation left open at a paragraph break ends there), and tells statements from scare
 * quotes and titles: a quotation is a statement when it has six words or more, or at least two and
 * punctuation before its closing mark ({@code “Never again,”}), or is never closed. It then reads the
 * text unit by unit (a sentence, or the sentences one quotation spans) and recognises these frames,
 * in this order, with a cue from the lexicon ({@link ClaimLexicon}: {@code say}, {@code tell},
 * {@code write}, {@code according to}, …):
 *
 * <ol>
 *   <li>{@code “Q,” SOURCE CUE …} and {@code “Q,” CUE SOURCE …} ({@code DIRECT}); a second
 *       quotation right after the clause ({@code “Q1,” he said, “Q2.”}) is more content of the same
 *       claim;
 *   <li>{@code SOURCE CUE: “Q”} ({@code DIRECT}) and {@code SOURCE CUE that … “Q”} ({@code MIXED});
 *   <li>{@code CONTENT, SOURCE CUE [circumstances].} and {@code CONTENT, CUE SOURCE.} ({@code
 *       INDIRECT}, or {@code MIXED} if the content holds a quotation);
 *   <li>{@code According to SOURCE, CONTENT.}, {@code CONTENT, according to SOURCE.};
 *   <li>{@code SOURCE CUE [ADDRESSEE] [that] CONTENT} (the content runs to the end of the unit, or
 *       of an opening subordinate clause: {@code When Dagan urged Petro to speak, …}) and {@code
 *       SUBJECT VERB …, CUE-ing CONTENT} ({@code describing its campaign as “genocide”}). A cue marked
 *       {@code weak} in the lexicon ({@code add}, {@code call}, {@code describe}) needs a clause, a
 *       {@code that}, a question word or a quotation after it. A passive cue ({@code she was told})
 *       is not its subject's statement. A strong speech cue ({@code said}, not a {@code weak} one)
 *       whose speaker no phrase rule delimits still gives its content, with the noun phrase that
 *       opens the clause as the source (if any) and a lower confidence ({@code cue-content}).
 * </ol>
 *
 * <p>A cue is a verb whose lemma the lexicon lists, a cue the tagger took for a noun right after a
 * name ({@code Trump claims that…}), or a capitalised cue in a title-case line ({@code …, Lindsey
 * Graham Says}). Words inside a quotation are never cues: they are the quoted speaker's.
 *
 * <p><b>Split quotations.</b> A quotation continues the claim before it (one claim, two content
 * spans) when it comes right after that claim's attribution clause in the same unit ({@code “Q1,”
 * he said, “Q2.”}), or when it is the whole of the next sentence of the same paragraph and that
 * sentence has no cue of its own ({@code “Q1,” he wrote on X. “Q2.”}).
 *
 * <p><b>Parts.</b> The source is the noun phrase next to the cue (with its appositive: {@code
 * Emilio Meneses, an analyst based in Santiago, told}), resolved by {@link Parties}' rules: names
 * through the entity layer, descriptions and pronouns to the nearest compatible earlier entity,
 * the previous claim's source first. The addressee is the noun phrase after a cue that takes one
 * ({@code told Defense News}, {@code urged Petro}). The channel is a phrase of the attribution
 * clause whose head the lexicon knows ({@code on X}, {@code in a news release}), a cue that states
 * one ({@code tweeted}), or {@code told} an organisation (an interview). The time is the temporal
 * expression of the unit outside the content nearest the cue ({@code on Sunday}, {@code last week}).
 *
 * <p><b>The article's own claims.</b> A body sentence that ends with a full stop, has a verb and
 * at least four tokens, holds no statement quotation and is part of no attributed claim is a
 * {@link ClaimKind#REPORTED_BY_ARTICLE} claim: the publisher's reporting, kept apart from
 * attributed opinion. A scare quote or title in quotation marks ({@code “genocide”}) is never a
 * claim of its own: it is part of the claim whose content holds it, or of the article's.
 *
 * <p>Linear in the length of the text: each rule looks at a bounded number of tokens around a cue
 * or a quotation. As the {@link Stage} contract asks, an exception in one unit skips that unit and
 * records an {@link ItemFailure} for the {@code "sentence"}. Immutable and thread-safe; create one
 * with {@link #create()} and share it.
 *
 * <pre>{@code
 * Pipeline pipeline = Annalist.defaultPipeline();   // text, time, entities, claims, …
 * for (Claim claim : pipeline.analyze("doc", text).expect(ClaimLayer.KEY).claims()) { … }
 * }</pre>
 */
public final class ClaimStage implements Stage {

  /** The stage's name, in provenance and failures. */
  public static final String NAME = "claims";

  private static final int MAX_CONTINUATIONS = 3;

  private static final Set<StructureLabel> SKIPPED = Set.of(StructureLabel.BOILERPLATE,
      StructureLabel.BYLINE, StructureLabel.DATELINE, StructureLabel.DATE_LINE,
      StructureLabel.CAPTION);

  private final ClaimLexicon lexicon;

  private ClaimStage(ClaimLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The stage with the bundled lexicon.
   *
   * @return a new stage
   */
  public static ClaimStage create() {
    return create(ClaimLexicon.load());
  }

  /**
   * The stage with a lexicon the caller loaded.
   *
   * @param lexicon the cues, channels and descriptions to use
   * @return a new stage
   */
  public static ClaimStage create(ClaimLexicon lexicon) {
    return new ClaimStage(Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY, EntityLayer.KEY, TimeLayer.KEY);
  }

  @Override
  public LayerKey<?> provides() {
    return ClaimLayer.KEY;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    TextLayer text = document.expect(TextLayer.KEY);
    String source = document.text();
    EntityLayer entities = document.expect(EntityLayer.KEY);
    Tokens words = new Tokens(source, text, Quotations.find(source),
        document.expect(TimeLayer.KEY).expressions(), entities.mentions());
    Parties parties = new Parties(lexicon, words, entities);
    Attributor attributor = new Attributor(lexicon, words, parties);
    List<Unit> units = units(text, words, attributor);
    List<Claim> claims = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    boolean[] covered = new boolean[words.size()];
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      try {
        List<Draft> drafts = attributor.attribute(unit);
        if (!drafts.isEmpty()) {
          u = continuations(attributor, drafts.get(drafts.size() - 1), units, u, source, words);
        }
        for (Draft d : drafts) {
          claims.add(d.build(NAME));
          for (int k = d.first; k < d.end; k++) {
            covered[k] = true;
          }
        }
      } catch (RuntimeException e) {
        Span span = Span.of(source, words.begin(unit.first()), words.end(unit.end() - 1));
        failures.add(ItemFailure.of(document.id(), NAME, "sentence", span, e));
      }
    }
    claims.addAll(articleClaims(text, words, attributor, covered));
    claims.sort(Comparator.comparing((Claim c) -> c.content().get(0)));
    return document.with(new ClaimLayer(NAME, ClaimLexicon.FILES, claims), failures);
  }

  /** Sentences, merged where a quotation runs from one into the next; skipped sections left out. */
  private static List<Unit> units(TextLayer text, Tokens words, Attributor attributor) {
    List<Unit> units = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    int i = 0;
    while (i < sentences.size()) {
      Sentence s = sentences.get(i);
      if (SKIPPED.contains(s.section()) || s.tokenCount() == 0) {
        i++;
        continue;
      }
      int first = s.firstToken();
      int end = s.endToken();
      i++;
      while (i < sentences.size() && !SKIPPED.contains(sentences.get(i).section())
          && sentences.get(i).tokenCount() > 0) {
        int q = words.quote[end - 1];
        int nextFirst = sentences.get(i).firstToken();
        if (q < 0 || words.quote[nextFirst] != q) {
          break;
        }
        end = sentences.get(i).endToken();
        i++;
      }
      if (!units.isEmpty() && (isFragment(words, first, end)
          || isAttributionAfterQuestion(words, attributor, units.get(units.size() - 1), first, end))
          && sameParagraph(words.text, words, units.get(units.size() - 1), new Unit(first, end))) {
        // a sentence split inside a name ("Charles B. | Rangel of New York.") joins the one before
        units.set(units.size() - 1, new Unit(units.get(units.size() - 1).first(), end));
      } else {
        units.add(new Unit(first, end));
      }
    }
    return units;
  }

  /**
   * Adds to a quoted claim the quotations that continue it: a following unit that is nothing but a
   * quotation, in the same paragraph, or making up the whole next paragraph when the claim's unit
   * ends its own; at most {@value #MAX_CONTINUATIONS}. Returns the index of the last unit used.
   */
  private static int continuations(Attributor attributor, Draft d, List<Unit> units, int u,
      String text, Tokens words) {
    if (d.kind != ClaimKind.DIRECT && d.kind != ClaimKind.MIXED) {
      return u;
    }
    int last = u;
    for (int added = 0; added < MAX_CONTINUATIONS && last + 1 < units.size(); added++) {
      Unit next = units.get(last + 1);
      boolean same = sameParagraph(text, words, units.get(last), next);
      boolean wholeParagraph = last + 2 >= units.size()
          || !sameParagraph(text, words, next, units.get(last + 2));
      if (!same && !(wholeParagraph && isSingleBreak(text, words, units.get(last), next))) {
        break;
      }
      Optional<Span> quote = attributor.wholeQuote(next);
      if (quote.isEmpty()) {
        break;
      }
      attributor.continueWith(d, next, quote.get());
      last++;
    }
    return last;
  }

  /**
   * The tail of a sentence split too early: a piece after an abbreviation ({@code where Mrs. |
   * Clinton also spoke.}), one that starts with a lower-case word ({@code said Friday.} after
   * {@code (D-Wis.)}), or a short one without a verb or a quotation ({@code Rangel of
   * New York.} after {@code Charles B.}).
   */
  private static boolean isFragment(Tokens words, int first, int end) {
    if (first > 0 && (words.isAbbreviationDot(first - 1) || isAbbreviation(words.word(first - 1)))) {
      return true;
    }
    String word = words.word(first);
    if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
      return true;
    }
    if (end - first > 8) {
      return false;
    }
    for (int k = first; k < end; k++) {
      if (words.isVerb(k) || words.isAux(k) || words.quote[k] >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code “… is?” | Graham asked.}: a short sentence with a cue right after a unit that ends with a
   * quotation closed by a question or exclamation mark (where the sentence detector splits).
   */
  private static boolean isAttributionAfterQuestion(Tokens words, Attributor attributor,
      Unit before, int first, int end) {
    int last = before.end() - 1;
    if (end - first > 12 || last < 1 || !words.isQuoteMark(last)) {
      return false;
    }
    String mark = words.word(last - 1);
    return (mark.equals("?") || mark.equals("!")) && attributor.hasCue(first, end);
  }

  /** A title or initial with its full stop, one token: {@code Rev.}, {@code Sen.}, {@code B.} */
  private static boolean isAbbreviation(String word) {
    int n = word.length();
    return n >= 2 && n <= 5 && word.charAt(n - 1) == '.' && Character.isUpperCase(word.charAt(0))
        && word.substring(1, n - 1).chars().allMatch(Character::isLowerCase);
  }

  /** Whether two units are in consecutive paragraphs (one blank line apart, nothing between). */
  private static boolean isSingleBreak(String text, Tokens words, Unit a, Unit b) {
    String between = text.substring(words.end(a.end() - 1), words.begin(b.first()));
    return between.strip().isEmpty() && between.chars().filter(c -> c == '\n').count() <= 2;
  }

  private static boolean sameParagraph(String text, Tokens words, Unit a, Unit b) {
    int from = words.end(a.end() - 1);
    int to = words.begin(b.first());
    int lineBreak = text.indexOf('\n', from);
    return lineBreak < 0 || lineBreak >= to;
  }

  /** The article's own assertions: body sentences that are part of no attributed claim. */
  private static List<Claim> articleClaims(TextLayer text, Tokens words, Attributor attributor,
      boolean[] covered) {
    List<Claim> claims = new ArrayList<>();
    Provenance provenance = new Provenance(NAME, "article-assertion", 0.5);
    for (Sentence s : text.sentences()) {
      if (s.section() != StructureLabel.BODY_PARAGRAPH || s.tokenCount() < 4
          || !words.word(s.endToken() - 1).equals(".")) {
        continue;
      }
      boolean verb = false;
      boolean free = true;
      for (int k = s.firstToken(); k < s.endToken() && free; k++) {
        verb |= words.isVerb(k) || words.isAux(k);
        free = !covered[k] && !attributor.inStatement(k);
      }
      if (verb && free) {
        claims.add(new Claim(ClaimKind.REPORTED_BY_ARTICLE, List.of(s.span()), null, null, null,
            null, null, provenance));
      }
    }
    return claims;
  }

  @Override
  public String toString() {
    return "ClaimStage";
  }
}
