package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EntityLayer;
import org.annalist.model.LayerKey;
import org.annalist.model.TextLayer;

/**
 * The {@code "entities"} stage: finds the names of people, organisations, places and other things
 * (products, weapon systems, nationalities) in the text layer's tokens, and resolves them to the
 * document's entities, in an {@link EntityLayer}.
 *
 * <p>Recognition reads the statistical name model's names (when {@link EntityModels} has one) as
 * the default, with gazetteers and general rules as evidence: a rule that disagrees with a model
 * name overrules it only when its evidence is strong, and fills the gaps the model left:
 *
 * <ul>
 *   <li>product rules (strong): a capitalised name with a model code, model number or Roman
 *       numeral ({@code Python III}, {@code A-29 Super Tucano}, {@code Boeing 747}), directly
 *       before a product noun ({@code Kfir fighters}, {@code Nasdaq Composite index}), shaped like
 *       a product ({@code iPhone SDK}) or ending in a model word ({@code MacBook Pro}) is a
 *       {@link org.annalist.model.EntityType#PRODUCT}, maker included, and so is every other use
 *       of that name;
 *   <li>structure rules: a name ending in an organisation head word ({@code Israel Aerospace
 *       Industries}, {@code Defense Ministry}) is an organisation (strong against a person
 *       reading), one ending in a place head word ({@code Gaza Strip}) a place; a name after a
 *       title ({@code President}, {@code Ambassador in Bogota}, {@code Secretary of Defense}) or
 *       in apposition to one ({@code Colombia's president, Gustavo Petro,}) is a person (strong
 *       before a given name, with a complement, a country or an apposition, or a lower-case title;
 *       not for a bare capitalised {@code General} that may begin {@code General Electric}), and
 *       the title becomes a role ({@code President of Colombia});
 *   <li>gazetteers: countries, capitals and cities, regions, well-known organisations, demonyms
 *       ({@code Colombian} is a MISC mention of Colombia); they overrule the model only as a known
 *       organisation of several words, or as a country or capital the model read as an
 *       organisation (metonymy: the place, standing for its country);
 *   <li>weak fallbacks for what is left: runs starting with a common given name are persons; a lone
 *       unknown capitalised or all-capitals word is kept only if resolution links it to a name.
 * </ul>
 *
 * <p>Resolution (within the document) links surnames and shorter forms to full names ({@code
 * Petro}, {@code President Petro} to {@code Gustavo Petro}), one-slip typos of a surname to it
 * ({@code Preto}, kind {@link org.annalist.model.MentionKind#VARIANT}), acronyms to the
 * organisation they abbreviate (defined in parentheses or by initials: {@code IAI}), an
 * organisation's first word to it ({@code Rafael} to {@code Rafael Advanced Defense Systems} when
 * no person of that name is in the document), demonyms to their country, and marks a capital that
 * stands for its government ({@code Bogota plans to...}) with {@code standsFor} the country's
 * entity (which then also lists that mention). Entity ids are stable: type and folded canonical
 * name, e.g. {@code person:gustavo-petro}.
 *
 * <p>Mentions never include titles, determiners or a possessive {@code 's}. The work is linear in
 * the length of the document.
 *
 * <p>As the {@link Stage} contract asks, an unexpected exception costs one sentence, not the
 * document: a sentence whose rules throw gets no mentions and an {@link
 * org.annalist.model.ItemFailure} for the {@code "sentence"}. If the name model fails on the
 * document, it reads each sentence on its own instead (without its document-level features, for
 * every sentence), and a sentence it still fails on is skipped the same way. Resolution works on
 * the whole document and is not guarded so. Immutable and thread-safe: one instance may be shared by any number
 * of threads; the output depends on the document alone.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *     .add(TextStage.create(EnglishModels.load()))
 *     .add(EntityStage.create(EntityModels.load()))
 *     .build();
 * EntityLayer entities = pipeline.analyze("doc-1", text).expect(EntityLayer.KEY);
 * }</pre>
 */
public final class EntityStage implements Stage {

  /** The stage's name, used in provenance and as the layer's {@code stage}. */
  public static final String NAME = "entities";

  private final EntityModels models;
  private final List<String> modelNames;

  private EntityStage(EntityModels models) {
    this.models = models;
    this.modelNames = models.names();
  }

  /**
   * {@return the stage over loaded models}; share the models between stages and pipelines
   *
   * @param models the gazetteers and, optionally, the name model
   */
  public static EntityStage create(EntityModels models) {
    return new EntityStage(Objects.requireNonNull(models, "models"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY);
  }

  @Override
  public LayerKey<?> provides() {
    return EntityLayer.KEY;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    Objects.requireNonNull(document, "document");
    TextLayer layer = document.expect(TextLayer.KEY);
    SkippedSentences skipped = new SkippedSentences();
    EntityLayer entities = annotate(document.text(), layer, skipped);
    return document.with(entities, skipped.failures(document.id(), NAME, layer));
  }

  /** The entity layer of a text with its text layer; sentences that fail go to {@code skipped}. */
  EntityLayer annotate(String text, TextLayer layer, SkippedSentences skipped) {
    Words words = new Words(layer);
    List<List<NameRecognizer.Name>> names = null;
    String modelName = null;
    if (models.recognizer().isPresent()) {
      NameRecognizer recognizer = models.recognizer().get();
      names = words.inWords(recognize(recognizer, words.modelSentences(), skipped));
      modelName = recognizer.name();
    }
    List<Candidate> mentions =
        new MentionFinder(models.gazetteer(), words, names, modelName, skipped).find();
    return new DocumentResolver(models.gazetteer(), words, text, mentions)
        .resolve(NAME, modelNames);
  }

  /**
   * The model's names in each sentence, read over the whole document. If that fails, the model
   * reads each sentence on its own (without the document-level features), and a sentence that
   * still fails is skipped; if none does, the failure is the document's.
   */
  private static List<List<NameRecognizer.Name>> recognize(
      NameRecognizer recognizer, List<List<String>> sentences, SkippedSentences skipped) {
    RuntimeException failure;
    try {
      List<List<NameRecognizer.Name>> names = recognizer.recognize(sentences);
      if (names.size() == sentences.size()) {
        return names;
      }
      failure = new IllegalStateException("the name model returned " + names.size()
          + " sentences for " + sentences.size());
    } catch (RuntimeException e) {
      failure = e;
    }
    List<List<NameRecognizer.Name>> names = new ArrayList<>(sentences.size());
    boolean anySkipped = false;
    for (int s = 0; s < sentences.size(); s++) {
      List<NameRecognizer.Name> found = List.of();
      try {
        List<List<NameRecognizer.Name>> one = recognizer.recognize(List.of(sentences.get(s)));
        if (one.size() != 1) {
          throw new IllegalStateException(
              "the name model returned " + one.size() + " sentences for 1");
        }
        found = one.get(0);
      } catch (RuntimeException e) {
        skipped.add(s, "the name model failed on it, and read the document's other sentences "
            + "one at a time", e);
        anySkipped = true;
      }
      names.add(found);
    }
    if (!anySkipped) {
      throw failure;
    }
    return names;
  }

  @Override
  public String toString() {
    return "EntityStage" + modelNames;
  }
}
