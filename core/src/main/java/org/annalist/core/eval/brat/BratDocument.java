package org.annalist.core.eval.brat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a brat standoff file ({@code .ann}) says, as {@link BratReader} reads it: every
 * text-bound ({@code T}) annotation, and the attributions its {@code E} lines make of them. Spans
 * are UTF-16 offsets of the document's text (Java {@code String} indices), converted from the code
 * points brat counts.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BratDocument gold = BratReader.create().read(Path.of("X_ef2d.ann"), Path.of("X.txt"));
 * gold.attributions().size();      // 23
 * gold.findTextBound("T3");        // Optional[BratTextBound[id=T3, label=Content, ...]]
 * }</pre>
 *
 * @param name the file (or source) name the document was read from
 * @param textBounds the {@code T} annotations, in the file's order
 * @param attributions the attributions, in the file's order of their {@code E} lines
 */
public record BratDocument(
    String name, List<BratTextBound> textBounds, List<BratAttribution> attributions) {

  /**
   * Copies the lists.
   *
   * @param name the file or source name
   * @param textBounds the {@code T} annotations
   * @param attributions the attributions
   */
  public BratDocument {
    Objects.requireNonNull(name, "name");
    textBounds = List.copyOf(Objects.requireNonNull(textBounds, "textBounds"));
    attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
  }

  /**
   * The text-bound annotation with this id.
   *
   * @param id a {@code T} id, e.g. {@code T3}
   * @return the annotation, or empty if the file has none with that id
   */
  public Optional<BratTextBound> findTextBound(String id) {
    return textBounds.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
