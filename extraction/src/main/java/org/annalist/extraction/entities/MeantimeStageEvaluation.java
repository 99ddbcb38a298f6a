package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatToken;
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
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(analyzed, "analyzed");
    if (!analyzed.text().equals(source.text())) {
      throw new IllegalArgumentException("the analysis of document " + source.id()
          + " is not of its rebuilt text");
    }
    List<MeantimeMention> names = new ArrayList<>();
    for (EntityMention mention : analyzed.expect(EntityLayer.KEY).mentions()) {
      Optional<NameType> type = nameType(mention);
      if (type.isEmpty()) {
        continue;
      }
      List<CatToken> covered = source.tokensIn(mention.span().begin(), mention.span().end());
      if (covered.isEmpty()) {
        continue; // only spaces: cannot happen for a stage's mention, but nothing to score
      }
      int sentence = covered.get(0).sentence();
      int begin = source.indexOf(covered.get(0));
      int end = begin;
      while (end < covered.size() + begin && covered.get(end - begin).sentence() == sentence) {
        end++;
      }
      names.add(new MeantimeMention(begin, end, type.get()));
    }
    return names;
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
