package org.annalist.core.pipeline;

import org.annalist.model.AnalyzedDocument;

/**
 * Receives the outcomes of a corpus run one at a time, in input order, so that they can be written
 * out and forgotten instead of held in memory ({@link Pipeline#analyze(
 * org.annalist.core.io.Corpus, int, CorpusSink)}). Every input reaches exactly one of the two
 * methods.
 *
 * <p>A pipeline calls a sink from the thread that started the run, never concurrently, so an
 * implementation need not be thread-safe.
 *
 * <pre>{@code
 * pipeline.analyze(corpus, 2, new CorpusSink() {
 *   public void accept(AnalyzedDocument document) { writer.write(document); }
 *   public void failed(DocumentFailure failure) { System.err.println(failure.toLine()); }
 * });
 * }</pre>
 */
public interface CorpusSink {

  /**
   * Receives an analysed document.
   *
   * @param document the document, possibly with item failures
   */
  void accept(AnalyzedDocument document);

  /**
   * Receives an input that produced no document, and why.
   *
   * @param failure the input and the reason
   */
  void failed(DocumentFailure failure);
}
