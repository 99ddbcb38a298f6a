package org.annalist.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.TextLayer;
import org.annalist.testcorpus.TestCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the time stage alone over the five bundled articles (23,459 characters), their text
 * layers computed once in the setup: one operation is one pass over the five articles, with the
 * document date left to the metadata (two articles state theirs, the others are inferred from the
 * text). Run with {@code -t 2} for two threads sharing one stage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TimeStageBenchmark {

  private List<AnalyzedDocument> withText;
  private TimeStage stage;

  @Setup
  public void setUp() {
    Pipeline text = Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();
    ArticleParser parser = ArticleParser.standard();
    withText = TestCorpus.corpus().articles().stream()
        .map(a -> text.analyze(parser.parse(a.text(), a.metadata())))
        .toList();
    withText.forEach(d -> d.expect(TextLayer.KEY));
    stage = TimeStage.create();
  }

  /** The time stage over the five articles. */
  @Benchmark
  public void timeCorpus(Blackhole sink) {
    for (AnalyzedDocument document : withText) {
      sink.consume(stage.apply(document));
    }
  }
}
