package org.annalist.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.Annalist;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.model.Document;
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
 * Throughput of one pass over the five bundled articles: parsing alone, and parsing plus every stage
 * of the default pipeline. Run with {@code -t 2} for two threads sharing one pipeline. Model loading
 * is measured separately, as a single-shot cold start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {

  private List<ArticleSource> articles;
  private ArticleParser parser;
  private Pipeline pipeline;
  private List<Document> parsed;

  @Setup
  public void setUp() {
    articles = TestCorpus.corpus().articles();
    parser = ArticleParser.standard();
    pipeline = Annalist.defaultPipeline();
    parsed = articles.stream().map(a -> parser.parse(a.text(), a.metadata())).toList();
  }

  /** Parsing the five articles' structure. */
  @Benchmark
  public void parseCorpus(Blackhole sink) {
    for (ArticleSource article : articles) {
      sink.consume(parser.parse(article.text(), article.metadata()));
    }
  }

  /** Every stage of the default pipeline over the five parsed articles. */
  @Benchmark
  public void analyzeCorpus(Blackhole sink) {
    for (Document document : parsed) {
      sink.consume(pipeline.analyze(document));
    }
  }

  /** Cold start: loading the models and building the default pipeline. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  @Fork(5)
  public Pipeline loadModels() {
    return Annalist.defaultPipeline(EnglishModels.load());
  }
}
