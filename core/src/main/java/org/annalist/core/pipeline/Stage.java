package org.annalist.core.pipeline;

import java.util.Set;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ItemFailure;
import org.annalist.model.LayerKey;

/**
 * One analysis step: reads the layers it {@linkplain #requires() requires} from an analysed
 * document and returns a new document with the one layer it {@linkplain #provides() provides}
 * added.
 *
 * <p>Implementations must be immutable and thread-safe: one instance is shared by every thread that
 * uses the pipeline, so per-call state (e.g. OpenNLP {@code *ME} objects) lives inside
 * {@link #apply}. They must be deterministic and must not read the system clock.
 *
 * <p><b>One bad item does not cost the document.</b> A stage that works item by item (sentences,
 * expressions, mentions) runs each item's work so that a {@link RuntimeException} thrown for that
 * item is caught, the item is skipped (it adds nothing to the layer, and nothing else in the layer
 * refers to it), and an {@link ItemFailure} is recorded with the stage's {@link #name()}, the kind
 * of item, its span and a one-line message naming the document and offset ({@link
 * ItemFailure#of}); the stage then goes on with the next item and returns its layer with the
 * failures, {@code document.with(layer, failures)}. Only what the stage does for the document as a
 * whole (loading, steps that need every item) may throw; the {@link Pipeline} then reports the
 * document as failed, naming the stage. Errors ({@link StackOverflowError}, {@link
 * OutOfMemoryError}) are not caught per item. The pipeline checks that a stage kept the earlier
 * stages' failures and named itself in its own.
 *
 * <pre>{@code
 * final class ShoutStage implements Stage {
 *   public String name() { return "shout"; }
 *   public Set<LayerKey<?>> requires() { return Set.of(TextLayer.KEY); }
 *   public LayerKey<?> provides() { return ShoutLayer.KEY; }
 *   public AnalyzedDocument apply(AnalyzedDocument doc) { return doc.with(new ShoutLayer(...)); }
 * }
 * }</pre>
 */
public interface Stage {

  /** {@return a short lower-case name, used in provenance and error messages} */
  String name();

  /** {@return the layers that earlier stages must have added; empty if none} */
  Set<LayerKey<?>> requires();

  /** {@return the layer this stage adds} */
  LayerKey<?> provides();

  /**
   * Adds this stage's layer, and the {@link ItemFailure}s of the items it had to skip.
   *
   * @param document a document with every layer this stage {@linkplain #requires() requires}
   * @return a new document: {@code document} with this stage's layer and failures added
   * @throws org.annalist.core.AnnalistException for input the stage cannot analyse at all, naming
   *     the document and position
   */
  AnalyzedDocument apply(AnalyzedDocument document);
}
