package org.annalist.core.pipeline;

import java.util.Set;
import org.annalist.model.AnalyzedDocument;
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

  /** A short lower-case name, used in provenance and error messages. */
  String name();

  /** Layers that earlier stages must have added. */
  Set<LayerKey<?>> requires();

  /** The layer this stage adds. */
  LayerKey<?> provides();

  /**
   * Adds this stage's layer.
   *
   * @throws org.annalist.core.AnnalistException for input the stage cannot analyse, naming the
   *     document and position
   */
  AnalyzedDocument apply(AnalyzedDocument document);
}
