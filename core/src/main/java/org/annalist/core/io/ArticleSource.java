package org.annalist.core.io;

import java.util.Objects;
import org.annalist.model.DocumentMetadata;

/**
 * One article as read, before parsing: its raw text, the metadata that came with it, and where it
 * came from. Immutable and thread-safe.
 *
 * @param source a file path, or a file path and line number for JSON Lines
 */
public record ArticleSource(String text, DocumentMetadata metadata, String source) {

  public ArticleSource {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(source, "source");
  }

  /** The document id. */
  public String id() {
    return metadata.id();
  }
}
