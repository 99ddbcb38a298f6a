package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatReader;
import org.annalist.core.eval.meantime.MeantimeDocument;
import org.annalist.core.eval.meantime.MeantimeMention;
import org.annalist.core.eval.meantime.NameType;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

/** The entity stage's mentions on CAT documents, as names over their tokens. */
class MeantimeStageEvaluationTest {

  private static final Pipeline PIPELINE =
      MeantimeStageEvaluation.pipeline(EnglishModels.load(), EntityModels.load());

  /** A CAT document of the given sentences, tokens split on spaces, no markables. */
  static CatDocument cat(String id, String... sentences) {
    StringBuilder xml = new StringBuilder("<Document doc_id=\"" + id + "\">\n");
    int number = 0;
    for (int s = 0; s < sentences.length; s++) {
      for (String token : sentences[s].split(" ")) {
        xml.append("<token number=\"").append(number).append("\" sentence=\"").append(s)
            .append("\" t_id=\"").append(number + 1).append("\">").append(token)
            .append("</token>\n");
        number++;
      }
    }
    return CatReader.create().read(xml.append("</Document>\n").toString(), id + ".xml");
  }

  private static final CatDocument JOBS = cat("190356", "Apple unveils iPhone 4",
      "June 8 , 2010", "Apple CEO Steve Jobs spoke in San Francisco , California on Monday .",
      "Jobs said Microsoft 's Windows was slow .");

  @Test
  void mapsTheStagesMentionsToTokenSpans() {
    Map<String, List<MeantimeMention>> names = MeantimeStageEvaluation.names(PIPELINE,
        List.of(JOBS));
    assertThat(names).containsOnlyKeys("190356");
    List<MeantimeMention> found = names.get("190356");
    // "Steve Jobs" is tokens 10 and 11: 4 + 4 tokens before, then "Apple CEO"
    assertThat(found).contains(new MeantimeMention(10, 12, NameType.PER));
    for (MeantimeMention m : found) {
      List<String> words = new ArrayList<>();
      JOBS.tokens().subList(m.begin(), m.end()).forEach(t -> words.add(t.text()));
      assertThat(JOBS.tokens().get(m.begin()).sentence())
          .as("one sentence: %s", words).isEqualTo(JOBS.tokens().get(m.end() - 1).sentence());
    }
  }

  @Test
  void theModelAloneIsReadOnTheTextStagesSentences() {
    var analyzed = PIPELINE.analyze(JOBS.text(), DocumentMetadata.of("190356"));
    List<MeantimeMention> alone =
        MeantimeStageEvaluation.modelNames(JOBS, analyzed, EntityModels.load());
    assertThat(alone).contains(new MeantimeMention(10, 12, NameType.PER));
    assertThatThrownBy(() -> MeantimeStageEvaluation.modelNames(JOBS, analyzed,
        EntityModels.rulesOnly())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no name model");
    assertThat(MeantimeStageEvaluation.sources(JOBS, analyzed))
        .extracting(MeantimeStageEvaluation.Source::name)
        .isEqualTo(MeantimeStageEvaluation.names(JOBS, analyzed));
  }

  @Test
  void countsWhatEachRuleFixedAndBrokeAgainstTheModelAlone() {
    CatDocument doc = cat("7", "a b c d e f", "g h");
    MeantimeMention a = new MeantimeMention(0, 1, NameType.ORG);
    MeantimeMention b = new MeantimeMention(2, 3, NameType.PER);
    MeantimeMention c = new MeantimeMention(4, 5, NameType.LOC);
    var gold = List.of(new MeantimeDocument(doc, 6, List.of(a, b, c), List.of()));
    Map<String, List<MeantimeMention>> model = Map.of("7", List.of(a,
        new MeantimeMention(2, 3, NameType.ORG), c, new MeantimeMention(6, 7, NameType.PER)));
    Map<String, List<MeantimeStageEvaluation.Source>> stage = Map.of("7", List.of(
        new MeantimeStageEvaluation.Source(a, "model"),
        new MeantimeStageEvaluation.Source(b, "rule:title"),
        new MeantimeStageEvaluation.Source(new MeantimeMention(4, 6, NameType.LOC), "rule:x"),
        new MeantimeStageEvaluation.Source(new MeantimeMention(6, 8, NameType.ORG), "rule:y")));
    List<RuleEffect> effects = MeantimeStageEvaluation.ruleEffects(gold, model, stage);
    // Most harmful first; rule:y lies after the annotated region and is not counted.
    assertThat(effects).containsExactly(new RuleEffect("rule:x", 1, 0, 0, 1),
        new RuleEffect("model", 1, 1, 0, 0), new RuleEffect("rule:title", 1, 1, 1, 0));
    assertThatThrownBy(() -> MeantimeStageEvaluation.ruleEffects(gold, Map.of(), stage))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model names");
  }

  @Test
  void theOutputDoesNotDependOnOrderOrParallelism() {
    CatDocument other = cat("2", "Cisco sues Apple", "January 12 , 2007",
        "Cisco Systems sued Apple in a federal court in San Francisco .");
    List<CatDocument> docs = List.of(JOBS, other, cat("3", "Nothing here"));
    Map<String, List<MeantimeMention>> once = MeantimeStageEvaluation.names(PIPELINE, docs);
    Map<String, List<MeantimeMention>> reversed = MeantimeStageEvaluation.names(PIPELINE,
        List.of(docs.get(2), docs.get(1), docs.get(0)));
    assertThat(once).containsOnlyKeys("190356", "2", "3").isEqualTo(reversed);
    assertThat(once.keySet()).containsExactly("190356", "2", "3");
    assertThat(once.get("3")).isEmpty();
    assertThat(once.get("190356")).isEqualTo(MeantimeStageEvaluation.names(JOBS,
        PIPELINE.analyze(JOBS.text(), DocumentMetadata.of("190356"))));
  }

  @Test
  void scoresOnlyPeopleOrganisationsAndLocations() {
    assertThat(MeantimeStageEvaluation.nameType(EntityType.PERSON)).contains(NameType.PER);
    assertThat(MeantimeStageEvaluation.nameType(EntityType.ORGANIZATION)).contains(NameType.ORG);
    assertThat(MeantimeStageEvaluation.nameType(EntityType.LOCATION)).contains(NameType.LOC);
    assertThat(MeantimeStageEvaluation.nameType(EntityType.MISC)).isEmpty();
  }

  @Test
  void refusesAPipelineWithoutEntitiesAndRepeatedIds() {
    Pipeline text = Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();
    assertThatThrownBy(() -> MeantimeStageEvaluation.names(text, List.of(JOBS)))
        .hasMessageContaining("no 'entities' stage");
    assertThatThrownBy(() -> MeantimeStageEvaluation.names(PIPELINE, List.of(JOBS, JOBS)))
        .hasMessageContaining("190356");
    assertThatThrownBy(() -> MeantimeStageEvaluation.names(cat("9", "Other text"),
        PIPELINE.analyze(JOBS.text(), DocumentMetadata.of("9"))))
        .hasMessageContaining("rebuilt text");
  }
}
