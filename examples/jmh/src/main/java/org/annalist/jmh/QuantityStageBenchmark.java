package org.annalist.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.Annalist;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.quantities.QuantityStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ClaimLayer;
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
 * Throughput of the quantity stage alone over the five bundled articles (23,459 characters), their
 * text, time and entity layers computed once in the setup by the default pipeline, with an empty
 * claim layer (until the claims stage exists): one operation is one pass over the five articles.
 * Compare with {@link PipelineBenchmark#analyzeCorpus} for the stage's share of the pipeline. Run
 * with {@code -t 2} for two threads sharing one stage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class QuantityStageBenchmark {

  private List<AnalyzedDocument> analyzed;
  private QuantityStage stage;

  /** Analyses the corpus with the default pipeline and adds an empty claim layer. */
  @Setup
  public void setUp() {
    Pipeline pipeline = Annalist.defaultPipeline();
    ClaimLayer noClaims = new ClaimLayer("claims", List.of(), List.of());
    analyzed = pipeline.analyze(TestCorpus.corpus(), 1).documents().stream()
        .map(d -> d.with(noClaims))
        .toList();
    stage = QuantityStage.create();
  }

  /**
   * The quantity stage over the five articles.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void quantityCorpus(Blackhole sink) {
    for (AnalyzedDocument document : analyzed) {
      sink.consume(stage.apply(document));
    }
  }
}
