package org.annalist.core.chronology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.DocumentDate;
import org.annalist.model.EntryEvidence;

/**
 * The chronology of a corpus, with the dates of documents that state none inferred from the other
 * documents: the corpus is analysed, its chronology built, and each document whose date is unknown
 * (or inferred too weakly to resolve against) is dated by the events it shares with dated documents
 * ({@link DocumentDating}); it is then analysed again with that date, so its relative expressions
 * ({@code the 16th of October last year}) resolve, and the chronology is rebuilt. This repeats
 * while a round dates a document anew, at most {@link #MAX_ROUNDS} times, since a document dated
 * in one round can date another in the next.
 *
 * <p>Only the stages that depend on the document date run again ({@link Pipeline#redate}). The
 * analysed documents of undated articles are held in memory between rounds; dated ones are reduced
 * to their reports at once.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CorpusChronology.Result r = CorpusChronology.create(pipeline, ChronologyBuilder.create())
 *     .build(corpus, 2, doc -> {});
 * r.chronology().entries().forEach(e -> System.out.println(e.title()));
 * }</pre>
 */
public final class CorpusChronology {

  /** The most rounds of dating and re-analysis. */
  public static final int MAX_ROUNDS = 3;

  /**
   * A corpus's chronology and the inputs that could not be analysed.
   *
   * @param chronology the chronology of every analysed document
   * @param failures the inputs that produced no document, in input order
   */
  public record Result(Chronology chronology, List<DocumentFailure> failures) {

    /**
     * Checks and copies the components.
     *
     * @param chronology the chronology of every analysed document
     * @param failures the inputs that produced no document
     */
    public Result {
      Objects.requireNonNull(chronology, "chronology");
      failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }
  }

  private final Pipeline pipeline;
  private final ChronologyBuilder builder;

  private CorpusChronology(Pipeline pipeline, ChronologyBuilder builder) {
    this.pipeline = pipeline;
    this.builder = builder;
  }

  /**
   * {@return a corpus chronology that analyses with {@code pipeline} and merges with {@code
   * builder}}
   *
   * @param pipeline a pipeline that ends with the events stage
   * @param builder the chronology builder
   */
  public static CorpusChronology create(Pipeline pipeline, ChronologyBuilder builder) {
    return new CorpusChronology(Objects.requireNonNull(pipeline, "pipeline"),
        Objects.requireNonNull(builder, "builder"));
  }

  /**
   * Analyses a corpus and builds its chronology, dating undated documents from the others.
   *
   * @param corpus the articles
   * @param threads how many threads analyse articles, at least 1
   * @param analysed called on the calling thread with each document when its first analysis ends,
   *     for progress reports
   * @return the chronology and the inputs that failed
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public Result build(Corpus corpus, int threads, Consumer<AnalyzedDocument> analysed) {
    Objects.requireNonNull(analysed, "analysed");
    State state = new State();
    List<DocumentFailure> failures = new ArrayList<>();
    pipeline.analyze(corpus, threads, new CorpusSink() {
      @Override
      public void accept(AnalyzedDocument document) {
        state.add(document);
        analysed.accept(document);
      }

      @Override
      public void failed(DocumentFailure failure) {
        failures.add(failure);
      }
    });
    return new Result(date(state), failures);
  }

  /**
   * Builds the chronology of documents analysed already, dating undated ones from the others.
   *
   * @param documents documents this pipeline analysed, distinct ids
   * @return their chronology
   * @throws IllegalArgumentException naming the document if one has no events layer
   */
  public Chronology build(List<AnalyzedDocument> documents) {
    State state = new State();
    documents.forEach(state::add);
    return date(state);
  }

  private Chronology date(State state) {
    Chronology chronology = state.assemble();
    for (int round = 0; round < MAX_ROUNDS && !state.undated.isEmpty(); round++) {
      Map<String, DocumentDating.Inferred> inferred =
          DocumentDating.infer(chronology, state.undated, state.dated);
      boolean changed = false;
      for (Map.Entry<String, DocumentDating.Inferred> e : inferred.entrySet()) {
        String id = e.getKey();
        DocumentDate date = e.getValue().date();
        if (date.equals(state.docs.get(id).date())) {
          continue;
        }
        AnalyzedDocument redated = pipeline.redate(state.undated.get(id), date);
        state.undated.put(id, redated);
        ChronologyDocument described = ChronologyBuilder.describe(redated);
        state.docs.put(id, new ChronologyDocument(id, described.title(), described.date(),
            e.getValue().evidence()));
        state.reports.put(id, Reports.of(redated, builder.includeUntyped(), builder.scopes()));
        state.dated.add(id);
        changed = true;
      }
      if (!changed) {
        break;
      }
      chronology = state.assemble();
    }
    return chronology;
  }

  /** The documents, their reports, and the analysed documents of the undated ones. */
  private final class State {
    final Map<String, ChronologyDocument> docs = new LinkedHashMap<>();
    final Map<String, List<EntryEvidence>> reports = new LinkedHashMap<>();
    final Map<String, AnalyzedDocument> undated = new LinkedHashMap<>();
    final java.util.Set<String> dated = new java.util.HashSet<>();

    void add(AnalyzedDocument d) {
      ChronologyDocument described = ChronologyBuilder.describe(d);
      if (docs.put(d.id(), described) != null) {
        throw new IllegalArgumentException("two documents have the id " + d.id());
      }
      reports.put(d.id(), Reports.of(d, builder.includeUntyped(), builder.scopes()));
      if (DocumentDating.needsDate(described.date())) {
        undated.put(d.id(), d);
      } else {
        dated.add(d.id());
      }
    }

    Chronology assemble() {
      List<EntryEvidence> all = new ArrayList<>();
      reports.values().forEach(all::addAll);
      return builder.assemble(new ArrayList<>(docs.values()), all);
    }
  }
}
