package org.annalist.core.io;

import java.util.Objects;
import org.annalist.model.DocumentMetadata;

/**
 * One article as read, before parsing: its raw text, the metadata that came with it, and where it
 * came from. Immutable and thread-safe.
 *
 * @param text the raw text, not yet checked
 * @param metadata the metadata given with it, at least its id
 * @param source a file path, or a file path and line number for JSON Lines
 */
public record ArticleSource(String text, DocumentMetadata metadata, String source) {

  /**
   * Checks the components.
   *
   * @param text the raw text, not yet checked
   * @param metadata the metadata given with it, at least its id
   * @param source a file path, or a file path and line number for JSON Lines
   * @throws NullPointerException if a component is {@code null}
   */
  public ArticleSource {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(source, "source");
  }

  /** {@return the document id, from the metadata} */
  public String id() {
    return metadata.id();
  }
}
