package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A parsed article: its original text, unchanged, its metadata, its structure as labelled spans in
 * text order, and its publication date as far as it is known. The text must be well-formed UTF-16
 * (no lone surrogate, see {@link Utf16}): the constructor rejects it otherwise, naming the offset.
 *
 * <p>Immutable and thread-safe. Produced by the core module's {@code ArticleParser}; the analysis
 * stages never change it, they add layers to an {@link AnalyzedDocument}.
 *
 * @param id the document id, equal to {@code metadata.id()}
 * @param metadata what is known about the document from outside its text
 * @param text the original text, well-formed UTF-16
 * @param structure the labelled parts of the text, in text order, not overlapping
 * @param date the publication date, or {@link DocumentDate#unknown()}
 */
@ConsistentSpans
public record Document(
    @NotNull String id,
    @Valid @NotNull DocumentMetadata metadata,
    @NotNull String text,
    @NotNull List<@Valid @NotNull StructureElement> structure,
    @Valid @NotNull DocumentDate date) {

  /**
   * Checks and copies the components.
   *
   * @param id the document id, equal to {@code metadata.id()}
   * @param metadata what is known about the document from outside its text
   * @param text the original text, well-formed UTF-16
   * @param structure the labelled parts of the text, in text order, not overlapping
   * @param date the publication date, or {@link DocumentDate#unknown()}
   * @throws IllegalArgumentException naming the document if the text has a lone surrogate, the id
   *     differs from the metadata's, or a structure element ends after the text or is out of order
   */
  public Document {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(text, "text of document " + id);
    java.util.OptionalInt lone = Utf16.findLoneSurrogate(text);
    if (lone.isPresent()) {
      throw new IllegalArgumentException(
          "document " + id + ": the text has a lone surrogate " + Utf16.describeAt(text, lone.getAsInt())
              + "; text must be well-formed UTF-16");
    }
    if (!metadata.id().equals(id)) {
      throw new IllegalArgumentException(
          "document id \"" + id + "\" differs from its metadata id \"" + metadata.id() + "\"");
    }
    structure = List.copyOf(Objects.requireNonNull(structure, "structure"));
    Objects.requireNonNull(date, "date of document " + id + " (use DocumentDate.unknown())");
    int previousEnd = 0;
    for (StructureElement element : structure) {
      Span span = element.span();
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "document " + id + ": " + element.label() + " span " + span
                + " ends after the text (length " + text.length() + ")");
      }
      if (span.begin() < previousEnd) {
        throw new IllegalArgumentException(
            "document " + id + ": structure must be in text order without overlaps, but "
                + element.label() + " " + span + " starts before offset " + previousEnd);
      }
      previousEnd = span.end();
    }
  }

  /**
   * {@return the structure elements with the given label, in text order; empty if there are none}
   *
   * @param label the label to look for
   */
  public List<StructureElement> elements(StructureLabel label) {
    return structure.stream().filter(e -> e.label() == label).toList();
  }

  /**
   * {@return the first structure element with the given label, if there is one}
   *
   * @param label the label to look for
   */
  public java.util.Optional<StructureElement> findFirst(StructureLabel label) {
    return structure.stream().filter(e -> e.label() == label).findFirst();
  }

  /** Every span this document carries (structure and date evidence), for consistency checks. */
  Stream<Span> spans() {
    return Stream.concat(structure.stream().map(StructureElement::span), date.spans().stream());
  }
}
