package org.annalist.jmh;

import java.util.concurrent.TimeUnit;
import org.annalist.Annalist;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.extraction.time.TimeStage;
import org.annalist.model.DocumentMetadata;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Does doubling an adversarial input double the cost? One operation analyses one
 * {@link AdversarialInputs} article of {@code scale} × its base size N. Compare {@code scale=2}
 * with {@code scale=1}: time per operation (single shot, so each measurement is one whole analysis)
 * and, with {@code -prof gc}, bytes allocated per operation ({@code gc.alloc.rate.norm}). A ratio
 * near 2 is linear; the target is at most about 2.2.
 *
 * <p>{@code stages} chooses how far the analysis goes: {@code parse} (the article parser alone),
 * {@code text} (+ the text stage), {@code time} (+ the time stage), {@code all} (the default
 * pipeline), to find which stage is responsible for a super-linear case.
 *
 * <pre>
 * java -cp "examples/jmh/target/annalist-jmh.jar:examples/jmh/target/lib/*" org.openjdk.jmh.Main \
 *     ScalingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ScalingBenchmark {

  @Param({"numbers", "names", "relativeDates", "noSpaces", "quotations", "verbs"})
  public String input;

  @Param({"1", "2"})
  public int scale;

  @Param({"all"})
  public String stages;

  private String text;
  private DocumentMetadata metadata;
  private ArticleParser parser;
  private Pipeline pipeline;

  @Setup
  public void setUp() {
    text = AdversarialInputs.text(input, scale * AdversarialInputs.baseSize(input));
    metadata = DocumentMetadata.builder("scaling-" + input)
        .publicationDate(java.time.LocalDate.of(2024, 5, 17)).build();
    parser = ArticleParser.standard();
    pipeline = switch (stages) {
      case "parse" -> null;
      case "text" -> Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();
      case "time" -> Pipeline.builder().add(TextStage.create(EnglishModels.load()))
          .add(TimeStage.create()).build();
      case "all" -> Annalist.defaultPipeline(EnglishModels.load(), EntityModels.load());
      default -> throw new IllegalArgumentException("stages must be parse, text, time or all");
    };
  }

  /** Parses and analyses the adversarial article. */
  @Benchmark
  public Object analyze() {
    return pipeline == null ? parser.parse(text, metadata) : pipeline.analyze(text, metadata);
  }
}
