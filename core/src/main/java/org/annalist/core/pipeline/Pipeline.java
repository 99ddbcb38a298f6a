package org.annalist.core.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.core.AnalysisException;
import org.annalist.core.AnnalistException;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.parse.ArticleParser;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.ItemFailure;
import org.annalist.model.Layer;
import org.annalist.model.LayerKey;
import org.annalist.model.TimeLayer;

/**
 * An article parser followed by analysis stages in an order checked at build time.
 *
 * <p>A built pipeline is immutable and thread-safe: share one instance between threads. Analysing a
 * document depends on that document alone, and the output does not depend on thread count or
 * document order.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().add(textStage).build();
 * AnalyzedDocument doc = pipeline.analyze("my-article", text);
 * CorpusResult all = pipeline.analyze(CorpusReader.create().read(paths), 2);
 * }</pre>
 */
public final class Pipeline {

  private final ArticleParser parser;
  private final List<Stage> stages;

  private Pipeline(ArticleParser parser, List<Stage> stages) {
    this.parser = parser;
    this.stages = List.copyOf(stages);
  }

  /** {@return a builder with the standard article parser and no stages yet} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stages, in the order they run} */
  public List<Stage> stages() {
    return stages;
  }

  /** {@return the layers this pipeline adds, in the order its stages add them} */
  public List<LayerKey<?>> provides() {
    return stages.stream().<LayerKey<?>>map(Stage::provides).toList();
  }

  /**
   * {@return the article {@code text} parsed and analysed as the document {@code id}}, with no
   * metadata but the id
   *
   * @param id the document id: letters, digits and {@code . _ -}
   * @param text the article's plain text
   * @throws IllegalArgumentException if the id is not a valid document id
   * @throws AnnalistException as {@link #analyze(Document)}, and {@link
   *     org.annalist.core.InvalidInputException} if the text has a lone surrogate
   */
  public AnalyzedDocument analyze(String id, String text) {
    return analyze(text, DocumentMetadata.of(id));
  }

  /**
   * {@return the article {@code text} parsed and analysed as the document {@code metadata}
   * describes}
   *
   * @param text the article's plain text
   * @param metadata what is known about it; a publication date here is the document date
   * @throws AnnalistException as {@link #analyze(Document)}, and {@link
   *     org.annalist.core.InvalidInputException} if the text has a lone surrogate
   */
  public AnalyzedDocument analyze(String text, DocumentMetadata metadata) {
    return analyze(parser.parse(text, metadata));
  }

  /**
   * Runs every stage on a parsed document. Items a stage skipped are in the result's {@link
   * AnalyzedDocument#itemFailures()} (see {@link Stage}); the document is still returned.
   *
   * @param document a parsed document
   * @return the document with every stage's layer
   * @throws AnnalistException a stage's own report of bad input, or an {@link AnalysisException}
   *     naming the document and stage for any other failure
   */
  public AnalyzedDocument analyze(Document document) {
    Objects.requireNonNull(document, "document");
    AnalyzedDocument current = AnalyzedDocument.of(document);
    for (Stage stage : stages) {
      current = run(stage, document, current);
    }
    return current;
  }

  private static AnalyzedDocument run(Stage stage, Document document, AnalyzedDocument current) {
    AnalyzedDocument next;
    try {
      next = stage.apply(current);
    } catch (AnnalistException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AnalysisException(document.id(), stage.name(), e);
    }
    if (next == null || !next.has(stage.provides())) {
      throw new AnalysisException(
          document.id(),
          stage.name(),
          new IllegalStateException("stage did not add its '" + stage.provides() + "' layer"));
    }
    checkFailures(document, stage, current.itemFailures(), next.itemFailures());
    return next;
  }

  /**
   * Analyses a document again with another document date: the date is read by the stage that
   * provides the {@link TimeLayer}, so that stage and every stage that requires its layer, directly
   * or through another, run again; the layers of the other stages (text, entities) are kept.
   *
   * @param analyzed a document this pipeline analysed
   * @param date the date to resolve the document's relative expressions against
   * @return the document with the new date and the layers that depend on it rebuilt
   * @throws AnnalistException as {@link #analyze(Document)}
   */
  public AnalyzedDocument redate(AnalyzedDocument analyzed, DocumentDate date) {
    Objects.requireNonNull(analyzed, "analyzed");
    Objects.requireNonNull(date, "date");
    Document old = analyzed.document();
    Document document =
        new Document(old.id(), old.metadata(), old.text(), old.structure(), date);
    Set<LayerKey<?>> stale = new HashSet<>();
    stale.add(TimeLayer.KEY);
    List<Stage> rerun = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Stage stage : stages) {
      boolean dependent = stage.provides().equals(TimeLayer.KEY)
          || stage.requires().stream().anyMatch(stale::contains);
      if (dependent) {
        stale.add(stage.provides());
        rerun.add(stage);
      } else {
        kept.add(stage.name());
      }
    }
    List<Layer> layers = new ArrayList<>();
    for (Layer layer : analyzed.layers()) {
      if (!stale.contains(layer.key())) {
        layers.add(layer);
      }
    }
    List<ItemFailure> failures = new ArrayList<>();
    for (ItemFailure f : analyzed.itemFailures()) {
      if (kept.contains(f.stage())) {
        failures.add(f);
      }
    }
    AnalyzedDocument current = new AnalyzedDocument(document, layers, failures);
    for (Stage stage : rerun) {
      current = run(stage, document, current);
    }
    return current;
  }

  /** A stage keeps the item failures of the stages before it and names itself in its own. */
  private static void checkFailures(
      Document document, Stage stage, List<ItemFailure> before, List<ItemFailure> after) {
    String problem = null;
    if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
      problem = "stage dropped or changed the item failures of earlier stages";
    } else {
      for (ItemFailure failure : after.subList(before.size(), after.size())) {
        if (!failure.stage().equals(stage.name())) {
          problem = "stage recorded an item failure in the name of '" + failure.stage() + "'";
          break;
        }
      }
    }
    if (problem != null) {
      throw new AnalysisException(document.id(), stage.name(), new IllegalStateException(problem));
    }
  }

  /**
   * Analyses a corpus on {@code threads} threads. Every article read ends up either as a document or
   * as a failure; the corpus's read failures are carried over. Both lists keep input order. The
   * result holds every analysed document; to keep memory bounded on a large corpus, use {@link
   * #analyze(Corpus, int, CorpusSink)}.
   *
   * @param corpus the articles read, and the inputs that could not be read
   * @param threads how many threads analyse articles, at least 1
   * @return every document and every failure, in input order; the same whatever {@code threads}
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public CorpusResult analyze(Corpus corpus, int threads) {
    List<AnalyzedDocument> documents = new ArrayList<>();
    List<DocumentFailure> failures = new ArrayList<>();
    analyze(corpus, threads, new CorpusSink() {
      @Override
      public void accept(AnalyzedDocument document) {
        documents.add(document);
      }

      @Override
      public void failed(DocumentFailure failure) {
        failures.add(failure);
      }
    });
    return new CorpusResult(documents, failures);
  }

  /**
   * Analyses a corpus on {@code threads} threads and hands every outcome to {@code sink} on the
   * calling thread, in input order: first the corpus's read failures, then, for each article, its
   * document or its failure. At most {@code 2 × threads} articles are in analysis or waiting to be
   * handed over, so memory depends on the largest documents, not on the size of the corpus.
   *
   * @param corpus the articles read, and the inputs that could not be read
   * @param threads how many threads analyse articles, at least 1
   * @param sink receives every outcome; need not be thread-safe
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws RuntimeException whatever the sink throws; the articles not yet analysed are then
   *     abandoned
   */
  public void analyze(Corpus corpus, int threads, CorpusSink sink) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(sink, "sink");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    corpus.failures().forEach(sink::failed);
    List<ArticleSource> articles = corpus.articles();
    if (threads == 1 || articles.size() < 2) {
      articles.forEach(article -> attempt(article).deliver(sink));
      return;
    }
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < articles.size(); done++) {
        while (next < articles.size() && inFlight.size() < 2 * threads) {
          ArticleSource article = articles.get(next++);
          inFlight.add(executor.submit(() -> attempt(article)));
        }
        await(inFlight.remove(), articles.get(done)).deliver(sink);
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static Outcome await(Future<Outcome> future, ArticleSource article) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(article, "analyze", "interrupted before this document finished");
    } catch (ExecutionException e) {
      return Outcome.failed(article, "analyze", String.valueOf(e.getCause()));
    }
  }

  private Outcome attempt(ArticleSource article) {
    Document document;
    try {
      document = parser.parse(article.text(), article.metadata());
    } catch (RuntimeException e) {
      return Outcome.failed(article, "parse", String.valueOf(e.getMessage()));
    }
    try {
      return new Outcome(analyze(document), null);
    } catch (AnalysisException e) {
      return Outcome.failed(article, e.stage(), e.getMessage());
    } catch (AnnalistException e) {
      return Outcome.failed(article, "analyze", e.getMessage());
    } catch (OutOfMemoryError e) {
      return Outcome.failed(article, "analyze", "out of memory analysing this document");
    }
  }

  private record Outcome(AnalyzedDocument document, DocumentFailure failure) {
    static Outcome failed(ArticleSource article, String step, String message) {
      return new Outcome(null, new DocumentFailure(article.source(), article.id(), step, message));
    }

    void deliver(CorpusSink sink) {
      if (document != null) {
        sink.accept(document);
      } else {
        sink.failed(failure);
      }
    }
  }

  /**
   * Assembles a pipeline; {@link #build()} checks that each stage's required layers are provided by
   * an earlier stage. Not thread-safe; the pipeline it builds is.
   */
  public static final class Builder {
    private ArticleParser parser = ArticleParser.standard();
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the parser that turns raw text into documents; {@link ArticleParser#standard()} by
     * default.
     *
     * @param value the parser
     * @return this builder
     */
    public Builder parser(ArticleParser value) {
      this.parser = Objects.requireNonNull(value, "parser");
      return this;
    }

    /**
     * Appends a stage; the stages run in the order they are added.
     *
     * @param stage the stage, checked against the earlier ones by {@link #build()}
     * @return this builder
     */
    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @return an immutable, thread-safe pipeline; later changes to this builder do not affect it
     * @throws IllegalArgumentException naming the stage and the missing layer if a stage requires a
     *     layer no earlier stage provides, or naming both stages if two provide the same layer
     */
    public Pipeline build() {
      Set<LayerKey<?>> available = new HashSet<>();
      List<String> providers = new ArrayList<>();
      for (Stage stage : stages) {
        for (LayerKey<?> required : stage.requires()) {
          if (!available.contains(required)) {
            throw new IllegalArgumentException(
                "stage '" + stage.name() + "' requires the '" + required
                    + "' layer, but no earlier stage provides it (earlier stages: " + providers + ")");
          }
        }
        LayerKey<?> provided = Objects.requireNonNull(stage.provides(), "provides() of " + stage.name());
        if (!available.add(provided)) {
          throw new IllegalArgumentException(
              "stage '" + stage.name() + "' provides the '" + provided
                  + "' layer, which an earlier stage already provides");
        }
        providers.add(stage.name());
      }
      return new Pipeline(parser, stages);
    }
  }
}
