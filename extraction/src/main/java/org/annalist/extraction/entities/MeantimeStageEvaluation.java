package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatToken;
import org.annalist.core.eval.meantime.MeantimeDocument;
import org.annalist.core.eval.meantime.MeantimeMention;
import org.annalist.core.eval.meantime.NameType;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.MentionKind;
import org.annalist.model.TextLayer;

/**
 * Runs the entity stage on MEANTIME's CAT documents and turns its mentions into names over the
 * documents' tokens, for {@link org.annalist.core.eval.meantime.MeantimeScorer}.
 *
 * <p>Each document's rebuilt text (its tokens joined by single spaces, one sentence a line, the
 * title first) is analysed as an article with the document id as its only metadata, by the
 * default pipeline's stages the entity layer needs ({@link #pipeline(EnglishModels,
 * EntityModels)}: the text stage, which tokenises the text itself, then the entity stage) or by
 * any pipeline with an entity stage. A mention's characters are mapped to the CAT tokens they
 * overlap (a mention covering part of a token takes the whole token; one across a line break
 * keeps the tokens of its first line, as a name cannot cross a sentence). PERSON is {@code PER},
 * ORGANIZATION {@code ORG} and LOCATION {@code LOC}; every other type is left out, and so are
 * demonyms ({@code American}: MEANTIME does not annotate them as names, CoNLL tags them MISC).
 *
 * <p>Stateless and thread-safe. Documents are analysed in parallel on the common fork-join pool;
 * the result does not depend on it.
 *
 * <pre>{@code
 * Pipeline pipeline = MeantimeStageEvaluation.pipeline(EnglishModels.load(), EntityModels.load());
 * Map<String, List<MeantimeMention>> system = MeantimeStageEvaluation.names(pipeline, cats);
 * MeantimeScores scores = MeantimeScorer.create().score(gold, system);
 * }</pre>
 */
public final class MeantimeStageEvaluation {

  private MeantimeStageEvaluation() {}

  /**
   * {@return the default pipeline's stages for entities: the text stage, then the entity stage}
   *
   * @param text the OpenNLP models of the text stage
   * @param entities the gazetteers and name model of the entity stage
   */
  public static Pipeline pipeline(EnglishModels text, EntityModels entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    return Pipeline.builder().add(TextStage.create(text)).add(EntityStage.create(entities))
        .build();
  }

  /**
   * Analyses documents in parallel.
   *
   * @param pipeline a pipeline with an entity stage
   * @param documents CAT documents with distinct ids
   * @return each document's names, by document id in the input order
   * @throws IllegalArgumentException if the pipeline has no entity stage or two documents have one
   *     id
   * @throws org.annalist.core.AnnalistException as {@link Pipeline#analyze(String,
   *     DocumentMetadata)}, for the first document that fails
   */
  public static Map<String, List<MeantimeMention>> names(Pipeline pipeline,
      List<CatDocument> documents) {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(documents, "documents");
    if (!pipeline.provides().contains(EntityLayer.KEY)) {
      throw new IllegalArgumentException("the pipeline has no '" + EntityLayer.KEY
          + "' stage; its layers: " + pipeline.provides());
    }
    List<List<MeantimeMention>> each = IntStream.range(0, documents.size()).parallel()
        .mapToObj(d -> {
          CatDocument doc = documents.get(d);
          return names(doc, pipeline.analyze(doc.text(), DocumentMetadata.of(doc.id())));
        }).toList();
    Map<String, List<MeantimeMention>> names = new LinkedHashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      if (names.put(documents.get(d).id(), each.get(d)) != null) {
        throw new IllegalArgumentException("two documents have the id " + documents.get(d).id());
      }
    }
    return names;
  }

  /**
   * {@return the names of an analysis of a CAT document's text, as spans of its tokens}, in the
   * order of the entity layer
   *
   * @param source the CAT document
   * @param analyzed the analysis of {@code source.text()}, with an entity layer
   * @throws IllegalArgumentException if the analysis is not of the document's rebuilt text
   * @throws java.util.NoSuchElementException if it has no entity layer
   */
  public static List<MeantimeMention> names(CatDocument source, AnalyzedDocument analyzed) {
    return sources(source, analyzed).stream().map(Source::name).toList();
  }

  /**
   * A name of the stage with the provenance rule of the mention it comes from.
   *
   * @param name the name, as a span of the CAT tokens
   * @param rule the mention's provenance rule
   */
  public record Source(MeantimeMention name, String rule) {

    /**
     * Checks the components.
     *
     * @param name the name
     * @param rule the mention's provenance rule
     */
    public Source {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * {@return the names of an analysis of a CAT document's text with the rules they come from}, in
   * the order of the entity layer
   *
   * @param source the CAT document
   * @param analyzed the analysis of {@code source.text()}, with an entity layer
   * @throws IllegalArgumentException if the analysis is not of the document's rebuilt text
   * @throws java.util.NoSuchElementException if it has no entity layer
   */
  public static List<Source> sources(CatDocument source, AnalyzedDocument analyzed) {
    checkText(source, analyzed);
    List<Source> names = new ArrayList<>();
    for (EntityMention mention : analyzed.expect(EntityLayer.KEY).mentions()) {
      Optional<NameType> type = nameType(mention);
      if (type.isPresent()) {
        onTokens(source, mention.span().begin(), mention.span().end(), type.get())
            .ifPresent(name -> names.add(new Source(name, mention.provenance().rule())));
      }
    }
    return names;
  }

  /**
   * {@return the PER, ORG and LOC names the entity models' name model alone finds in an analysis
   * of a CAT document's text}, read over the tokens the stage gives it (its words, hyphenated
   * words joined), as spans of the CAT tokens
   *
   * @param source the CAT document
   * @param analyzed the analysis of {@code source.text()}, with a text layer
   * @param models entity models with a name model
   * @throws IllegalArgumentException if the analysis is not of the document's rebuilt text or the
   *     models have no name model
   * @throws java.util.NoSuchElementException if it has no text layer
   */
  public static List<MeantimeMention> modelNames(CatDocument source, AnalyzedDocument analyzed,
      EntityModels models) {
    checkText(source, analyzed);
    NameRecognizer recognizer = models.recognizer().orElseThrow(
        () -> new IllegalArgumentException("the entity models have no name model"));
    Words words = new Words(analyzed.expect(TextLayer.KEY));
    List<List<NameRecognizer.Name>> found =
        words.inWords(recognizer.recognize(words.modelSentences()));
    List<MeantimeMention> names = new ArrayList<>();
    for (int s = 0; s < found.size(); s++) {
      int s0 = words.sentenceStart(s);
      for (NameRecognizer.Name name : found.get(s)) {
        Optional<NameType> type = nameType(name.type());
        if (type.isPresent()) {
          onTokens(source, words.get(s0 + name.start()).begin(),
              words.get(s0 + name.end() - 1).end(), type.get()).ifPresent(names::add);
        }
      }
    }
    return names;
  }

  /**
   * {@return what each rule of the stage did against the model alone} on the gold names of the
   * annotated sentences (strict: same tokens and type), most harmful first, then by rule
   *
   * @param gold the gold documents
   * @param model the model's names alone, by document id ({@link #modelNames})
   * @param stage the stage's names with their rules, by document id ({@link #sources})
   * @throws IllegalArgumentException if a gold document has no model or stage names
   */
  public static List<RuleEffect> ruleEffects(List<MeantimeDocument> gold,
      Map<String, List<MeantimeMention>> model, Map<String, List<Source>> stage) {
    RuleEffect.Tally<MeantimeMention> tally = new RuleEffect.Tally<>(MeantimeMention::overlaps);
    for (MeantimeDocument document : gold) {
      List<MeantimeMention> alone = model.get(document.id());
      List<Source> found = stage.get(document.id());
      if (alone == null || found == null) {
        throw new IllegalArgumentException("document " + document.id()
            + " has no " + (alone == null ? "model" : "stage") + " names");
      }
      Map<MeantimeMention, String> rules = new LinkedHashMap<>();
      for (Source f : found) {
        if (f.name().end() <= document.regionEnd()) {
          rules.putIfAbsent(f.name(), f.rule());
        }
      }
      tally.add(Set.copyOf(document.gold()), Set.copyOf(document.inRegion(alone)), rules);
    }
    return tally.effects();
  }

  private static void checkText(CatDocument source, AnalyzedDocument analyzed) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(analyzed, "analyzed");
    if (!analyzed.text().equals(source.text())) {
      throw new IllegalArgumentException("the analysis of document " + source.id()
          + " is not of its rebuilt text");
    }
  }

  /**
   * The CAT tokens characters [begin, end) overlap, cut at the end of the first one's sentence
   * (a name cannot cross a sentence); empty if they are only spaces.
   */
  private static Optional<MeantimeMention> onTokens(CatDocument source, int begin, int end,
      NameType type) {
    List<CatToken> covered = source.tokensIn(begin, end);
    if (covered.isEmpty()) {
      return Optional.empty(); // only spaces: cannot happen for a name, but nothing to score
    }
    int sentence = covered.get(0).sentence();
    int first = source.indexOf(covered.get(0));
    int last = first;
    while (last < covered.size() + first && covered.get(last - first).sentence() == sentence) {
      last++;
    }
    return Optional.of(new MeantimeMention(first, last, type));
  }

  /**
   * {@return MEANTIME's type for a mention}, empty for types MEANTIME's names are not scored in
   * and for demonyms
   *
   * @param mention a mention of the entity stage
   */
  static Optional<NameType> nameType(EntityMention mention) {
    if (mention.kind() == MentionKind.DEMONYM) {
      return Optional.empty();
    }
    return nameType(mention.type());
  }

  /**
   * {@return MEANTIME's type for an entity type}: PERSON {@code PER}, ORGANIZATION {@code ORG},
   * LOCATION {@code LOC}, any other type none
   *
   * @param type an entity type
   */
  public static Optional<NameType> nameType(EntityType type) {
    Objects.requireNonNull(type, "type");
    // no exhaustive switch: types added to EntityType are simply not scored
    if (type == EntityType.PERSON) {
      return Optional.of(NameType.PER);
    }
    if (type == EntityType.ORGANIZATION) {
      return Optional.of(NameType.ORG);
    }
    if (type == EntityType.LOCATION) {
      return Optional.of(NameType.LOC);
    }
    return Optional.empty();
  }
}
