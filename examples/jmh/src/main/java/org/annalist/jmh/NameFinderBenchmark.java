package org.annalist.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.parse.ArticleParser;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Sentence;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;
import org.annalist.testcorpus.TestCorpus;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the statistical named-entity recogniser ({@link NameFinderRecognizer}, the
 * committed model) over the sentences of the five bundled articles, tokenised beforehand by the
 * text stage. One operation recognises every article once, each as a document; the {@code tokens}
 * counter gives tokens per second. Run with {@code -t 2} for two threads sharing one recogniser:
 *
 * <pre>
 * java -cp "examples/jmh/target/annalist-jmh.jar:examples/jmh/target/lib/*" \
 *     org.openjdk.jmh.Main NameFinderBenchmark -t 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NameFinderBenchmark {

  private NameFinderRecognizer recognizer;
  private List<List<List<String>>> documents;
  private int tokenCount;

  /** Counts tokens per operation, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    /** Tokens recognised. */
    public long tokens;

    /** Resets the counter for each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup
  public void setUp() {
    recognizer = NameFinderRecognizer.load();
    TextStage text = TextStage.create(EnglishModels.load());
    ArticleParser parser = ArticleParser.standard();
    documents = new ArrayList<>();
    tokenCount = 0;
    for (ArticleSource article : TestCorpus.corpus().articles()) {
      AnalyzedDocument analyzed = text.apply(
          AnalyzedDocument.of(parser.parse(article.text(), article.metadata())));
      TextLayer layer = analyzed.expect(TextLayer.KEY);
      List<List<String>> sentences = new ArrayList<>();
      for (Sentence sentence : layer.sentences()) {
        List<String> tokens = layer.tokens(sentence).stream().map(Token::text).toList();
        sentences.add(tokens);
        tokenCount += tokens.size();
      }
      documents.add(sentences);
    }
  }

  /** Every article recognised as a document (one name finder per document). */
  @Benchmark
  public void recognizeDocuments(Tokens counter, Blackhole sink) {
    for (List<List<String>> document : documents) {
      sink.consume(recognizer.recognizeDocument(document));
    }
    counter.tokens += tokenCount;
  }

  /** Every sentence recognised on its own (one name finder per sentence). */
  @Benchmark
  public void recognizeSentences(Tokens counter, Blackhole sink) {
    for (List<List<String>> document : documents) {
      for (List<String> sentence : document) {
        sink.consume(recognizer.recognize(sentence));
      }
    }
    counter.tokens += tokenCount;
  }
}
