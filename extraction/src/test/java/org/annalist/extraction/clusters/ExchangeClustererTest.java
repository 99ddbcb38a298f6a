package org.annalist.extraction.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.extraction.clusters.ExchangeClusterer.IterationReport;
import org.junit.jupiter.api.Test;

class ExchangeClustererTest {

  private static final List<String> DETERMINERS = List.of("the", "a", "this", "that", "every");
  private static final List<String> NOUNS = List.of("cat", "dog", "bird", "horse", "fish", "cow");
  private static final List<String> NAMES = List.of("John", "Mary", "Peter", "Anna", "Paul");
  private static final List<String> VERBS = List.of("sat", "ran", "slept", "jumped", "ate", "swam");

  /** "the cat sat", "a dog ran", "Mary slept", ...: four obvious distributional classes. */
  private static ClusterCorpus toyCorpus(long seed, int sentences) {
    Random random = new Random(seed);
    ClusterCorpus.Builder corpus = ClusterCorpus.builder();
    for (int i = 0; i < sentences; i++) {
      List<String> sentence = new ArrayList<>();
      if (random.nextBoolean()) {
        sentence.add(pick(DETERMINERS, random));
        sentence.add(pick(NOUNS, random));
      } else {
        sentence.add(pick(NAMES, random));
      }
      sentence.add(pick(VERBS, random));
      corpus.add(sentence);
    }
    return corpus.build();
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  /**
   * A random corpus of 400 words with Zipf-like frequencies and a hidden class structure (each
   * word's class determines the distribution of the next word's class), plus rare words.
   */
  private static ClusterCorpus markovCorpus(long seed, int tokens) {
    Random random = new Random(seed);
    int hidden = 12;
    int vocabulary = 400;
    double[][] next = new double[hidden][hidden];
    for (double[] row : next) {
      for (int j = 0; j < hidden; j++) {
        row[j] = Math.pow(random.nextDouble(), 4);
      }
    }
    ClusterCorpus.Builder corpus = ClusterCorpus.builder();
    List<String> sequence = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < tokens; i++) {
      state = sample(next[state], random);
      // Word rank within the class is Zipf-like: small ranks far more frequent.
      int rank = (int) Math.floor(Math.pow(random.nextDouble(), 3) * (vocabulary / hidden));
      String word = random.nextInt(200) == 0 ? "rare" + random.nextInt(100_000)
          : (state % 2 == 0 ? "W" : "w") + state + "_" + rank;
      sequence.add(word);
      if (random.nextInt(25) == 0) {
        corpus.add(sequence);
        sequence = new ArrayList<>();
      }
    }
    corpus.add(sequence);
    return corpus.build();
  }

  private static int sample(double[] weights, Random random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String text(WordClusters clusters) {
    StringWriter writer = new StringWriter();
    try {
      clusters.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return writer.toString();
  }

  private static Set<Integer> idsOf(WordClusters clusters, List<String> words) {
    return words.stream().map(w -> clusters.find(w).orElseThrow()).collect(Collectors.toSet());
  }

  @Test
  void separatesDeterminersNounsNamesAndVerbs() {
    WordClusters clusters = ExchangeClusterer.builder().classes(4).minCount(1).iterations(50)
        .build().cluster(toyCorpus(7, 3000));

    assertThat(clusters.size()).isEqualTo(22);
    Set<Integer> determiners = idsOf(clusters, DETERMINERS);
    Set<Integer> nouns = idsOf(clusters, NOUNS);
    Set<Integer> names = idsOf(clusters, NAMES);
    Set<Integer> verbs = idsOf(clusters, VERBS);
    assertThat(determiners).hasSize(1);
    assertThat(nouns).hasSize(1);
    assertThat(names).hasSize(1);
    assertThat(verbs).hasSize(1);
    assertThat(Stream.of(determiners, nouns, names, verbs).flatMap(Set::stream).distinct())
        .hasSize(4);
  }

  @Test
  void leavesWordsBelowTheMinimumCountUnclustered() {
    ClusterCorpus corpus = ClusterCorpus.builder()
        .add(List.of("the", "cat", "sat"))
        .add(List.of("the", "dog", "sat"))
        .add(List.of("the", "cat", "ran"))
        .add(List.of("the", "dog", "ran"))
        .add(List.of("the", "unicorn", "flew"))
        .build();

    WordClusters clusters = ExchangeClusterer.builder().classes(2).minCount(2).iterations(5)
        .build().cluster(corpus);

    assertThat(clusters.words()).containsExactlyInAnyOrder("the", "cat", "dog", "sat", "ran");
    assertThat(clusters.find("unicorn")).isEmpty();
    assertThat(clusters.find("flew")).isEmpty();
  }

  @Test
  void sameOutputTwiceAndWhateverTheThreadCount() {
    ClusterCorpus corpus = markovCorpus(42, 60_000);
    ExchangeClusterer.Builder builder = ExchangeClusterer.builder().classes(16).minCount(3)
        .iterations(8);

    String one = text(builder.threads(1).build().cluster(corpus));
    String again = text(builder.threads(1).build().cluster(corpus));
    String two = text(builder.threads(2).build().cluster(corpus));
    String three = text(builder.threads(3).build().cluster(corpus));

    assertThat(one).isNotEmpty();
    assertThat(again).isEqualTo(one);
    assertThat(two).isEqualTo(one);
    assertThat(three).isEqualTo(one);
  }

  @Test
  void reportsEveryIterationWithAnObjectiveThatNeverFalls() {
    List<IterationReport> reports = new ArrayList<>();
    ExchangeClusterer.builder().classes(16).minCount(3).iterations(6).threads(2).build()
        .cluster(markovCorpus(3, 30_000), reports::add);

    assertThat(reports).isNotEmpty();
    assertThat(reports.get(0).iteration()).isZero();
    assertThat(reports.get(0).moves()).isZero();
    assertThat(reports.size()).isBetween(2, 7);
    for (int i = 1; i < reports.size(); i++) {
      assertThat(reports.get(i).iteration()).isEqualTo(i);
      assertThat(reports.get(i).objective()).isGreaterThanOrEqualTo(reports.get(i - 1).objective());
    }
    assertThat(reports.get(1).moves()).isPositive();
    assertThat(reports.get(reports.size() - 1).objective())
        .isGreaterThan(reports.get(0).objective());
  }

  @Test
  void incrementalCountsMatchARecomputationAndMovesChangeTheObjectiveByTheirGain() {
    ExchangeRun run = new ExchangeRun(markovCorpus(11, 20_000), 8, 2, 1);
    assertThat(run.objective()).isCloseTo(run.objectiveFromScratch(), within(1e-6));

    run.run(3, report -> { });
    assertThat(run.objective()).isCloseTo(run.objectiveFromScratch(), within(1e-6));

    Random random = new Random(5);
    for (int i = 0; i < 50; i++) {
      int word = random.nextInt(run.vocabulary());
      int target = random.nextInt(run.classes());
      if (target == run.classOf(word)) {
        continue;
      }
      double before = run.objective();
      double gain = run.moveGain(word, target);
      run.move(word, target);
      assertThat(run.objective() - before).isCloseTo(gain, within(1e-6));
    }
    assertThat(run.objective()).isCloseTo(run.objectiveFromScratch(), within(1e-6));
  }

  @Test
  void bestClassIsTheClassWithTheHighestExactGain() {
    ExchangeRun run = new ExchangeRun(markovCorpus(13, 20_000), 8, 2, 1);
    double[] scratch = new double[run.scratchSize()];
    for (int word = 0; word < run.vocabulary(); word++) {
      int best = run.bestClass(word, scratch);
      double bestGain = best == run.classOf(word) ? 0 : run.moveGain(word, best);
      assertThat(bestGain).isGreaterThanOrEqualTo(0);
      for (int c = 0; c < run.classes(); c++) {
        if (c != run.classOf(word)) {
          assertThat(run.moveGain(word, c)).isLessThanOrEqualTo(bestGain + 1e-6);
        }
      }
    }
  }

  @Test
  void convergesToAClusteringNoSingleMoveImproves() {
    ExchangeRun run = new ExchangeRun(markovCorpus(17, 20_000), 8, 2, 2);
    List<IterationReport> reports = new ArrayList<>();
    run.run(200, reports::add);

    assertThat(reports.get(reports.size() - 1).moves()).isZero();
    for (int word = 0; word < run.vocabulary(); word++) {
      for (int c = 0; c < run.classes(); c++) {
        if (c != run.classOf(word)) {
          assertThat(run.moveGain(word, c)).isLessThanOrEqualTo(1e-6);
        }
      }
    }
  }

  @Test
  void numbersClustersByTheirMostFrequentWordAndListsWordsByCluster() {
    WordClusters clusters = ExchangeClusterer.builder().classes(16).minCount(3).iterations(4)
        .build().cluster(markovCorpus(19, 30_000));

    List<String> lines = text(clusters).lines().toList();
    int previous = 0;
    for (String line : lines) {
      int id = Integer.parseInt(line.substring(line.indexOf('\t') + 1));
      assertThat(id).isBetween(previous, previous + 1);
      previous = id;
    }
    assertThat(lines.get(0)).endsWith("\t0");
  }

  @Test
  void emptyCorpusGivesNoClusters() {
    WordClusters clusters = ExchangeClusterer.builder().build()
        .cluster(ClusterCorpus.builder().build());
    assertThat(clusters.size()).isZero();
  }

  @Test
  void builderRejectsImpossibleValuesNamingThem() {
    assertThatThrownBy(() -> ExchangeClusterer.builder().classes(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classes");
    assertThatThrownBy(() -> ExchangeClusterer.builder().minCount(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount");
    assertThatThrownBy(() -> ExchangeClusterer.builder().iterations(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
    assertThatThrownBy(() -> ExchangeClusterer.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }

  @Test
  void corpusRejectsTokensWithWhitespace() {
    assertThatThrownBy(() -> ClusterCorpus.builder().add(List.of("new york")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new york");
    assertThatThrownBy(() -> ClusterCorpus.builder().add(List.of("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }
}
