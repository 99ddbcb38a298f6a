package org.annalist.extraction.entities.ner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllReader;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

/** Trains tiny models on hand-made sentences: the mechanics, not the quality. */
class NameFinderTrainerTest {

  private static List<ConllDocument> corpus() {
    StringBuilder b = new StringBuilder();
    String[] people = {"Peter Blackburn", "Anna Schmidt", "John Smith", "Maria Lopez"};
    String[] places = {"Brussels", "Bogota", "Paris", "Madrid"};
    for (int d = 0; d < 8; d++) {
      b.append("-DOCSTART- -X- -X- O\n\n");
      for (int s = 0; s < 4; s++) {
        String[] person = people[(d + s) % people.length].split(" ");
        b.append(person[0]).append(" NNP I-NP I-PER\n");
        b.append(person[1]).append(" NNP I-NP I-PER\n");
        b.append("visited VBD I-VP O\n");
        b.append(places[(d * 3 + s) % places.length]).append(" NNP I-NP I-LOC\n");
        b.append("in IN I-PP O\n199").append(s).append(" CD I-NP O\n. . O O\n\n");
      }
    }
    return ConllReader.create().read(new StringReader(b.toString()), "tiny");
  }

  @Test
  void everyFeatureSetTrainsSavesLoadsAndTags() {
    List<ConllDocument> train = corpus();
    for (NerFeatures features : NerFeatures.values()) {
      NameFinderRecognizer recognizer = NameFinderTrainer.builder().features(features)
          .iterations(20).cutoff(0).build().train(train);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      recognizer.write(bytes);
      NameFinderRecognizer loaded =
          NameFinderRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()));

      List<String> sentence = List.of("Anna", "Schmidt", "visited", "Paris", "in", "1991", ".");
      assertThat(loaded.recognize(sentence)).as(features.cliName())
          .isEqualTo(recognizer.recognize(sentence))
          .anySatisfy(n -> assertThat(List.of(n.start(), n.end(), n.type()))
              .isEqualTo(List.of(0, 2, EntityType.PERSON)));
      EntityScores scores = ConllEvaluation.score(train,
          ConllEvaluation.tag(loaded, train, TagScheme.IOB1));
      assertThat(scores.micro(ConllEvaluation.PER_ORG_LOC).f1()).as(features.cliName())
          .isGreaterThan(0.9);
    }
  }

  @Test
  void maxentAndBioAlsoTrain() {
    NameFinderRecognizer recognizer = NameFinderTrainer.builder()
        .algorithm(NameFinderTrainer.Algorithm.MAXENT).codec(NameFinderTrainer.Codec.BIO)
        .features(NerFeatures.STOCK).iterations(30).cutoff(0).threads(1).build().train(corpus());

    assertThat(recognizer.recognize(List.of("John", "Smith", "visited", "Madrid", ".")))
        .extracting(RecognizedName::type)
        .containsExactly(EntityType.PERSON, EntityType.LOCATION);
  }

  @Test
  void averagedModelsTagLikeTheMeanOfTheirScores() {
    NameFinderTrainer.Builder builder = NameFinderTrainer.builder().features(NerFeatures.DOCUMENT)
        .iterations(20).cutoff(0);
    NameFinderRecognizer averaged = builder.averaged(3).build().train(corpus());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    averaged.write(bytes);
    NameFinderRecognizer loaded =
        NameFinderRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()));

    List<String> sentence = List.of("John", "Smith", "visited", "Bogota", "in", "1992", ".");
    assertThat(loaded.recognize(sentence)).isEqualTo(averaged.recognize(sentence))
        .extracting(RecognizedName::type)
        .containsExactly(EntityType.PERSON, EntityType.LOCATION);
    assertThatThrownBy(() -> NameFinderTrainer.builder().averaged(2)
        .algorithm(NameFinderTrainer.Algorithm.MAXENT).build())
        .hasMessageContaining("perceptron");
  }

  @Test
  void descriptorsNameTheirContextFeatures() {
    assertThat(NerFeatures.STOCK.xml()).doesNotContain("annalist-context");
    assertThat(NerFeatures.CLUSTERS_256.xml()).startsWith("<!-- annalist-context: 256 -->");
    assertThat(NerFeatures.CLUSTERS_1024.xml())
        .startsWith("<!-- annalist-context: 256 1024 -->")
        .contains("CharacterNgramFeatureGeneratorFactory")
        .contains("PreviousMapFeatureGeneratorFactory");
    assertThat(NerFeatures.find("clusters-1024")).contains(NerFeatures.CLUSTERS_1024);
    assertThat(NerFeatures.find("nonsense")).isEmpty();
  }

  @Test
  void contextFeaturesUseNormalisedClustersAndTheDocument() {
    ContextFeatures context = ContextFeatures.fromDescriptor(
        ContextFeatures.marker("256", "caps", "doc"));
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"FRANCE", "WINS"});
    doc.add(new String[] {"The", "team", "from", "France", "won", "in", "0000", "."});
    String[][][] features = context.features(doc);

    // digits were normalised before the lookup, so 0000 (from 1996) has a cluster
    assertThat(features[1][6]).anyMatch(f -> f.startsWith("c256="));
    // the all-capitals FRANCE also gets the cluster of France, and the document has France
    // capitalised mid-sentence
    assertThat(features[0][0]).contains("dcap")
        .anyMatch(f -> features[1][3].length > 0 && List.of(features[1][3]).contains(f));
    // "The" at the start of a sentence: no other mid-sentence capitalised "The"
    assertThat(features[1][0]).doesNotContain("dcap");
    assertThat(ContextFeatures.fromDescriptor("<featureGenerators/>").features(doc)).isNull();
    assertThatThrownBy(() -> ContextFeatures.fromDescriptor(ContextFeatures.marker("512")))
        .hasMessageContaining("512");
  }

  @Test
  void fastDecoderTagsAsOpenNlpDoes() {
    List<ConllDocument> train = corpus();
    NameFinderRecognizer recognizer = NameFinderTrainer.builder().features(NerFeatures.DOCUMENT)
        .iterations(20).cutoff(0).build().train(train);
    NameFinderRecognizer openNlp = recognizer.withOpenNlpDecoder();
    List<List<String>> document = List.of(
        List.of("Anna", "Schmidt", "visited", "Paris", "in", "1991", "."),
        List.of("Schmidt", "and", "John", "Smith", "left", "Madrid", "."),
        List.of(), List.of("PARIS", "Bogota", "Peter"));
    assertThat(recognizer.recognizeDocument(document))
        .isEqualTo(openNlp.recognizeDocument(document))
        .anySatisfy(names -> assertThat(names).isNotEmpty());
  }

  @Test
  void listHistoryAndStackedFeatures() {
    ContextFeatures context = ContextFeatures.fromDescriptor(
        ContextFeatures.marker("256", "lists", "history", "aggregate", "stage2"));
    List<String[]> doc = new ArrayList<>();
    doc.add(new String[] {"President", "John", "Smith", "visited", "South", "Africa", "."});
    doc.add(new String[] {"Smith", "said", "so", "."});
    String[][] firstPass = {{"O", "PER", "PER", "O", "LOC", "LOC", "O"}, {"ORG", "O", "O", "O"}};
    String[][][] features = context.features(doc, firstPass);
    assertThat(features[0][0]).contains("g=ttl");
    assertThat(features[0][1]).contains("g=fn", "s1=PER");
    assertThat(features[0][4]).contains("g=cty");
    assertThat(features[0][5]).contains("g=cty");
    // the other Smith was ORG in the first pass, this one PER
    assertThat(features[1][0]).contains("s1=ORG", "s2=PER").anyMatch(f -> f.startsWith("al="));
    ContextFeatures.History history = context.newHistory();
    history.record(doc.get(0), new int[] {1}, new int[] {3}, new String[] {"PER"});
    assertThat(context.sentence(features[1], doc.get(1), history)[0])
        .contains("h=PER", "hm=PER");
    assertThat(ContextFeatures.firstPassDescriptor(NerFeatures.STAGE2.xml()))
        .isEqualTo(NerFeatures.AGGREGATE.xml());
    assertThatThrownBy(() -> context.features(doc))
        .hasMessageContaining("first pass");
  }

  @Test
  void builderRejectsImpossibleValues() {
    assertThatThrownBy(() -> NameFinderTrainer.builder().folds(1))
        .hasMessageContaining("folds");
    assertThatThrownBy(() -> NameFinderTrainer.builder().averaged(0))
        .hasMessageContaining("averaged");
    assertThatThrownBy(() -> NameFinderTrainer.builder().iterations(0))
        .hasMessageContaining("iterations");
    assertThatThrownBy(() -> NameFinderTrainer.builder().cutoff(-1))
        .hasMessageContaining("cutoff");
    assertThatThrownBy(() -> NameFinderTrainer.builder().descriptor(new byte[0]))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> NameFinderTrainer.builder().build().train(List.of()))
        .hasMessageContaining("no sentences");
  }

  @Test
  void badDescriptorsAreRejectedWhenGivenNotWhenTraining() {
    // before: accepted here, then OpenNLP threw FeatureGeneratorCreationError (and printed
    // "[Fatal Error]" on System.err) or IllegalArgumentException from train()
    assertThatThrownBy(() -> NameFinderTrainer.builder()
            .descriptor("<featureGenerators><window prevLength=\"2\"".getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a feature descriptor: line 1, column ")
        .hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> NameFinderTrainer.builder()
            .descriptor("not xml at all".getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1, column 1");
    assertThatThrownBy(() -> NameFinderTrainer.builder()
            .descriptor("<generators><foo/></generators>".getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OpenNLP can use");
    assertThatThrownBy(() -> NameFinderTrainer.builder().descriptor(
            (NerFeatures.STOCK.xml() + ContextFeatures.marker("512")).getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("512");
    for (NerFeatures features : NerFeatures.values()) {
      NameFinderTrainer.builder().descriptor(features.descriptor());
    }
  }
}
