package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.annalist.core.eval.conll.Chunks;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.ConllToken;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.core.eval.conll.TypedSpan;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.MentionKind;
import org.annalist.model.Provenance;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * Runs the whole {@link EntityStage} (model, gazetteers, rules and resolution) on CoNLL-2003
 * documents, keeping their tokenisation, and turns its mentions back into CoNLL tags, so that the
 * stage can be scored like the model alone ({@code ConllEvaluation.score}).
 *
 * <p>Each document's text is its tokens joined by single spaces, one line per sentence, each line a
 * body paragraph; the text layer is built from the CoNLL tokens themselves, with their Penn
 * Treebank tags mapped to Universal Dependencies tags (what the stage's rules read) and the token
 * as its lemma. A mention whose span does not start and end on CoNLL token boundaries (the stage
 * splits some tokens, e.g. a trailing full stop) cannot be tagged and is counted as unaligned.
 * Mention types map to CoNLL's: PERSON to PER, ORGANIZATION to ORG, LOCATION to LOC, MISC to MISC;
 * demonyms ({@code German}) are MISC, as CoNLL tags nationalities (the stage already types them
 * MISC; the mapping makes it explicit).
 *
 * <p>Stateless and thread-safe. Documents are analysed in parallel on the common fork-join pool.
 *
 * <pre>{@code
 * ConllStageEvaluation.Tagged tagged = ConllStageEvaluation.tag(
 *     EntityStage.create(EntityModels.load()), dev, TagScheme.IOB1);
 * EntityScores scores = ConllEvaluation.score(dev, tagged.documents());
 * }</pre>
 */
public final class ConllStageEvaluation {

  /**
   * The tagged copies of the documents, how many of the stage's mentions could not be tagged, and
   * the rule or model behind each tagged mention. Immutable and thread-safe.
   *
   * @param documents the documents with the stage's tags, in the input order
   * @param mentions all mentions the stage found
   * @param unaligned mentions not on CoNLL token boundaries, left out
   * @param overlapping mentions overlapping an earlier, longer one, left out
   * @param sources the tagged mentions with the rule that produced each, in document order
   */
  public record Tagged(List<ConllDocument> documents, int mentions, int unaligned,
      int overlapping, List<Source> sources) {

    /**
     * Copies the lists.
     *
     * @param documents the documents with the stage's tags, in the input order
     * @param mentions all mentions the stage found
     * @param unaligned mentions not on CoNLL token boundaries, left out
     * @param overlapping mentions overlapping an earlier, longer one, left out
     * @param sources the tagged mentions with the rule that produced each
     * @throws NullPointerException if a list is {@code null}
     */
    public Tagged {
      documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
      sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }
  }

  /**
   * A tagged mention and the rule or model that produced it (its provenance rule, e.g. {@code
   * model:ner-en-conll+gazetteer:countries.tsv}).
   *
   * @param document the document's index in the input
   * @param sentence the sentence's index in the document
   * @param span the tokens and CoNLL type
   * @param rule the provenance rule
   */
  public record Source(int document, int sentence, TypedSpan span, String rule) {

    /**
     * Checks the components.
     *
     * @param document the document's index in the input
     * @param sentence the sentence's index in the document
     * @param span the tokens and CoNLL type
     * @param rule the provenance rule
     * @throws IllegalArgumentException if an index is negative
     */
    public Source {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(rule, "rule");
      if (document < 0 || sentence < 0) {
        throw new IllegalArgumentException("negative index: document " + document
            + ", sentence " + sentence);
      }
    }
  }

  private static final String STAGE = "conll";

  /** Penn Treebank tags to UPOS; anything else (punctuation, symbols) by {@link #upos}. */
  private static final Map<String, String> UPOS = Map.ofEntries(
      Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
      Map.entry("CD", "NUM"), Map.entry("MD", "AUX"),
      Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"),
      Map.entry("VBN", "VERB"), Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"),
      Map.entry("WRB", "ADV"), Map.entry("IN", "ADP"), Map.entry("RP", "ADP"),
      Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"),
      Map.entry("WP$", "PRON"), Map.entry("EX", "PRON"), Map.entry("CC", "CCONJ"),
      Map.entry("TO", "PART"), Map.entry("POS", "PART"), Map.entry("UH", "INTJ"),
      Map.entry("FW", "X"), Map.entry("LS", "X"), Map.entry("SYM", "SYM"),
      Map.entry("$", "SYM"), Map.entry("#", "SYM"));

  private ConllStageEvaluation() {}

  /**
   * {@return copies of {@code documents} tagged, in {@code scheme}, with the mentions {@code stage}
   * finds}, and the counts of mentions that could not be tagged
   *
   * @param stage the entity stage to evaluate
   * @param documents CoNLL documents; their own tags are ignored
   * @param scheme the tag scheme to write
   */
  public static Tagged tag(EntityStage stage, List<ConllDocument> documents, TagScheme scheme) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(scheme, "scheme");
    List<Tagged> each = IntStream.range(0, documents.size()).parallel()
        .mapToObj(d -> tag(stage, d, documents.get(d), scheme)).toList();
    return new Tagged(each.stream().flatMap(t -> t.documents().stream()).toList(),
        each.stream().mapToInt(Tagged::mentions).sum(),
        each.stream().mapToInt(Tagged::unaligned).sum(),
        each.stream().mapToInt(Tagged::overlapping).sum(),
        each.stream().flatMap(t -> t.sources().stream()).toList());
  }

  private static Tagged tag(EntityStage stage, int index, ConllDocument document,
      TagScheme scheme) {
    AnalyzedDocument analyzed = stage.apply(analyzed("conll-" + (index + 1), document));
    List<EntityMention> mentions = analyzed.expect(EntityLayer.KEY).mentions();
    String text = analyzed.text();
    // Token boundaries: the sentence and token index starting or ending at each offset.
    int[] startSentence = new int[text.length() + 1];
    int[] startToken = new int[text.length() + 1];
    int[] endToken = new int[text.length() + 1];
    Arrays.fill(startSentence, -1);
    Arrays.fill(endToken, -1);
    int offset = 0;
    List<ConllSentence> sentences = document.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = sentences.get(s).texts();
      for (int t = 0; t < tokens.size(); t++) {
        startSentence[offset] = s;
        startToken[offset] = t;
        offset += tokens.get(t).length();
        endToken[offset] = t + 1;
        offset++;
      }
    }
    List<List<TypedSpan>> spans = new ArrayList<>();
    sentences.forEach(s -> spans.add(new ArrayList<>()));
    int unaligned = 0;
    int overlapping = 0;
    List<EntityMention> ordered = new ArrayList<>(mentions);
    ordered.sort(Comparator.comparingInt((EntityMention m) -> m.span().begin())
        .thenComparing(m -> -m.span().length()));
    int previousEnd = 0;
    List<Source> sources = new ArrayList<>();
    for (EntityMention mention : ordered) {
      Span span = mention.span();
      int s = startSentence[span.begin()];
      int end = endToken[span.end()];
      int start = s < 0 ? -1 : startToken[span.begin()];
      if (s < 0 || end < 0 || end <= start || span.text().indexOf('\n') >= 0) {
        unaligned++;
      } else if (span.begin() < previousEnd) {
        overlapping++;
      } else {
        TypedSpan typed = new TypedSpan(start, end, conllType(mention));
        spans.get(s).add(typed);
        sources.add(new Source(index, s, typed, mention.provenance().rule()));
        previousEnd = span.end();
      }
    }
    List<ConllSentence> tagged = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      ConllSentence sentence = sentences.get(s);
      tagged.add(sentence.withTags(Chunks.encode(spans.get(s), sentence.size(), scheme)));
    }
    return new Tagged(List.of(new ConllDocument(tagged)), mentions.size(), unaligned,
        overlapping, sources);
  }

  /**
   * {@return what each rule of the stage did against the model alone}, over the gold names of
   * {@code types}, most harmful first (lowest {@link RuleEffect#net()}), then by rule
   *
   * @param gold the gold documents
   * @param model the same documents tagged by the model alone
   * @param stage the same documents tagged by the stage
   * @param types the CoNLL types to count, e.g. PER, ORG, LOC
   * @throws IllegalArgumentException if the three do not have the same documents and sentences
   */
  public static List<RuleEffect> ruleEffects(List<ConllDocument> gold, List<ConllDocument> model,
      Tagged stage, List<String> types) {
    Objects.requireNonNull(types, "types");
    if (gold.size() != model.size() || gold.size() != stage.documents().size()) {
      throw new IllegalArgumentException("gold, model and stage differ in documents: "
          + gold.size() + ", " + model.size() + ", " + stage.documents().size());
    }
    RuleEffect.Tally<TypedSpan> tally = new RuleEffect.Tally<>(
        (a, b) -> a.start() < b.end() && b.start() < a.end());
    Map<Long, List<Source>> bySentence = new HashMap<>();
    for (Source source : stage.sources()) {
      if (types.contains(source.span().type())) {
        bySentence.computeIfAbsent(key(source.document(), source.sentence()),
            k -> new ArrayList<>()).add(source);
      }
    }
    for (int d = 0; d < gold.size(); d++) {
      List<ConllSentence> g = gold.get(d).sentences();
      List<ConllSentence> m = model.get(d).sentences();
      if (g.size() != m.size()) {
        throw new IllegalArgumentException("document " + (d + 1) + ": gold has " + g.size()
            + " sentences, the model's copy " + m.size());
      }
      for (int s = 0; s < g.size(); s++) {
        Map<TypedSpan, String> found = new LinkedHashMap<>();
        for (Source f : bySentence.getOrDefault(key(d, s), List.of())) {
          found.put(f.span(), f.rule());
        }
        tally.add(typed(g.get(s), types), typed(m.get(s), types), found);
      }
    }
    return tally.effects();
  }

  private static long key(int document, int sentence) {
    return ((long) document << 32) | sentence;
  }

  private static Set<TypedSpan> typed(ConllSentence sentence, List<String> types) {
    Set<TypedSpan> out = new HashSet<>();
    for (TypedSpan span : Chunks.decode(sentence.tags())) {
      if (types.contains(span.type())) {
        out.add(span);
      }
    }
    return out;
  }

  /**
   * The document the stage sees: the tokens joined by single spaces, a line and a body paragraph
   * per sentence, and a text layer made of the CoNLL tokens.
   */
  static AnalyzedDocument analyzed(String id, ConllDocument document) {
    StringBuilder text = new StringBuilder();
    for (ConllSentence sentence : document.sentences()) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(String.join(" ", sentence.texts()));
    }
    String source = text.toString();
    Provenance provenance = new Provenance(STAGE, "sentence", 1.0);
    List<StructureElement> structure = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (ConllSentence sentence : document.sentences()) {
      int begin = offset;
      int first = tokens.size();
      for (ConllToken token : sentence.tokens()) {
        int end = offset + token.text().length();
        tokens.add(new Token(Span.of(source, offset, end), upos(token.pos()), token.text(), 1.0));
        offset = end + 1;
      }
      Span line = Span.of(source, begin, offset - 1);
      structure.add(new StructureElement(StructureLabel.BODY_PARAGRAPH, line, provenance));
      sentences.add(new Sentence(line, StructureLabel.BODY_PARAGRAPH, first, tokens.size(), 1.0));
    }
    Document parsed = new Document(id, DocumentMetadata.of(id), source, structure,
        DocumentDate.unknown());
    return AnalyzedDocument.of(parsed)
        .with(new TextLayer(STAGE, List.of("conll-tokens"), sentences, tokens));
  }

  /** CoNLL's type for a mention; demonyms are MISC whatever entity they resolve to. */
  static String conllType(EntityMention mention) {
    if (mention.kind() == MentionKind.DEMONYM) {
      return "MISC";
    }
    return switch (mention.type()) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC, PRODUCT -> "MISC";
    };
  }

  /** The UPOS tag for a Penn Treebank tag; punctuation is PUNCT, anything unknown X. */
  static String upos(String penn) {
    String upos = penn == null ? null : UPOS.get(penn);
    if (upos != null) {
      return upos;
    }
    if (penn != null && !penn.isEmpty() && penn.chars().noneMatch(Character::isLetter)) {
      return "PUNCT";
    }
    return "X";
  }
}
