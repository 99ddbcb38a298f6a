package org.annalist.testcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.annalist.Annalist;
import org.annalist.core.chronology.ChronologyBuilder;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;

/**
 * Merging chronologies is associative and commutative: the chronology built from partial
 * chronologies of any partition of a set of documents, merged in any grouping and order, equals
 * the chronology built from all of them at once. The documents are the bundled articles and
 * copies of them under other ids, some analysed again with other publication dates, so that the
 * same events appear in many documents, with and without times.
 */
class ChronologyMergeProperties {

  private static final class Pool {
    static final List<AnalyzedDocument> DOCUMENTS = load();
    static final ChronologyBuilder BUILDER = Annalist.chronologyBuilder();

    private static List<AnalyzedDocument> load() {
      Pipeline pipeline = Annalist.defaultPipeline();
      CorpusResult result = pipeline.analyze(TestCorpus.corpus(), 2);
      List<AnalyzedDocument> docs = new ArrayList<>(result.documents());
      for (AnalyzedDocument d : result.documents()) {
        docs.add(withId(d, "copy-" + d.id()));
      }
      docs.add(pipeline.redate(withId(docs.get(2), "dated-002"),
          DocumentDate.given(LocalDate.of(2024, 9, 1))));
      docs.add(pipeline.redate(withId(docs.get(0), "dated-000"),
          DocumentDate.given(LocalDate.of(2023, 10, 18))));
      docs.add(pipeline.redate(withId(docs.get(0), "late-000"),
          DocumentDate.given(LocalDate.of(2025, 3, 1))));
      return List.copyOf(docs);
    }

    private static AnalyzedDocument withId(AnalyzedDocument d, String id) {
      Document old = d.document();
      Document renamed = new Document(id,
          DocumentMetadata.builder(id).title(old.metadata().title()).build(), old.text(),
          old.structure(), old.date());
      return new AnalyzedDocument(renamed, d.layers(), d.itemFailures());
    }
  }

  @Property(tries = 1000)
  void anyPartitionInAnyOrderMergesIntoTheWholeChronology(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int parts) {
    Random random = new Random(seed);
    List<AnalyzedDocument> chosen = new ArrayList<>();
    for (AnalyzedDocument d : Pool.DOCUMENTS) {
      if (random.nextInt(3) > 0) {
        chosen.add(d);
      }
    }
    java.util.Collections.shuffle(chosen, random);
    List<List<AnalyzedDocument>> partition = new ArrayList<>();
    for (int k = 0; k < parts; k++) {
      partition.add(new ArrayList<>());
    }
    chosen.forEach(d -> partition.get(random.nextInt(parts)).add(d));
    List<Chronology> partial = new ArrayList<>();
    for (List<AnalyzedDocument> p : partition) {
      partial.add(Pool.BUILDER.build(p));
    }
    // merge two random parts until one is left: every grouping and order can come up
    while (partial.size() > 1) {
      Chronology a = partial.remove(random.nextInt(partial.size()));
      Chronology b = partial.remove(random.nextInt(partial.size()));
      partial.add(random.nextBoolean() ? Pool.BUILDER.merge(a, b) : Pool.BUILDER.merge(b, a));
    }
    Chronology whole = Pool.BUILDER.build(chosen);
    assertThat(partial.get(0)).isEqualTo(whole);
    assertThat(Pool.BUILDER.merge(whole, Chronology.empty())).isEqualTo(whole);
  }
}
