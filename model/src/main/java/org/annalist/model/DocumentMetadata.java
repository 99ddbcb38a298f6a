package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a document from outside its text: id, title, publisher, authors, URL,
 * publication date and language. Everything but the id may be unknown ({@code null}, or an empty
 * author list); unknown is never filled in with a guess.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String)}:
 *
 * <pre>{@code
 * DocumentMetadata meta = DocumentMetadata.builder("004_2548ac03265b6e4d")
 *     .publisher("NACLA").authors(List.of("Nazih Richani")).build();
 * }</pre>
 *
 * @param id the document id: letters, digits and {@code . _ -}, used in every evidence record
 * @param title the headline as published, or {@code null}
 * @param publisher the publication, or {@code null}
 * @param authors the authors, in order; {@code null} is read as none
 * @param url where the article was published, or {@code null}
 * @param publicationDate the date the caller gives, or {@code null}
 * @param language an ISO 639-1 code, {@code "en"} when not given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentMetadata(
    @NotBlank @Pattern(regexp = ID_PATTERN) String id,
    String title,
    String publisher,
    @NotNull List<@NotBlank String> authors,
    String url,
    LocalDate publicationDate,
    @NotBlank String language) {

  /** Allowed document ids. */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

  /**
   * Checks and copies the components.
   *
   * @param id the document id: letters, digits and {@code . _ -}, used in every evidence record
   * @param title the headline as published, or {@code null}
   * @param publisher the publication, or {@code null}
   * @param authors the authors, in order; {@code null} is read as none
   * @param url where the article was published, or {@code null}
   * @param publicationDate the date the caller gives, or {@code null}
   * @param language an ISO 639-1 code, {@code "en"} when not given
   * @throws IllegalArgumentException naming the document if the id does not match {@link
   *     #ID_PATTERN} or a text value has a lone surrogate
   */
  public DocumentMetadata {
    Provenance.requireText(id, "document id");
    if (!id.matches(ID_PATTERN)) {
      throw new IllegalArgumentException(
          "document id must match " + ID_PATTERN + ", was \"" + id + "\"");
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
    language = language == null ? "en" : language;
    for (String value : authors) {
      requireWellFormed(id, "an author", value);
    }
    requireWellFormed(id, "the title", title);
    requireWellFormed(id, "the publisher", publisher);
    requireWellFormed(id, "the url", url);
    requireWellFormed(id, "the language", language);
  }

  private static void requireWellFormed(String id, String what, String value) {
    if (value != null) {
      Utf16.findLoneSurrogate(value).ifPresent(i -> {
        throw new IllegalArgumentException("metadata of document " + id + ": " + what
            + " has a lone surrogate " + Utf16.describeAt(value, i));
      });
    }
  }

  /**
   * {@return metadata that knows nothing but the id (language {@code "en"})}
   *
   * @param id the document id
   * @throws IllegalArgumentException if the id does not match {@link #ID_PATTERN}
   */
  public static DocumentMetadata of(String id) {
    return builder(id).build();
  }

  /**
   * {@return a builder for metadata with this id and nothing else known}
   *
   * @param id the document id, checked by {@link Builder#build()}
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** {@return a new builder holding every value of this metadata} */
  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .publisher(publisher)
        .authors(authors)
        .url(url)
        .publicationDate(publicationDate)
        .language(language);
  }

  /** {@return the publication date, if the caller gave one} */
  public Optional<LocalDate> findPublicationDate() {
    return Optional.ofNullable(publicationDate);
  }

  /** {@return the title, if known} */
  public Optional<String> findTitle() {
    return Optional.ofNullable(title);
  }

  /** Builds {@link DocumentMetadata}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String title;
    private String publisher;
    private List<String> authors = List.of();
    private String url;
    private LocalDate publicationDate;
    private String language = "en";

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Sets the title.
     *
     * @param value the title, or {@code null} for unknown
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param value the publisher, or {@code null} for unknown
     * @return this builder
     */
    public Builder publisher(String value) {
      this.publisher = value;
      return this;
    }

    /**
     * Sets the authors.
     *
     * @param value the authors, in order, not {@code null}
     * @return this builder
     */
    public Builder authors(List<String> value) {
      this.authors = Objects.requireNonNull(value, "authors");
      return this;
    }

    /**
     * Sets the url.
     *
     * @param value the URL, or {@code null} for unknown
     * @return this builder
     */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /**
     * Sets the publication date.
     *
     * @param value the publication date, or {@code null} for unknown
     * @return this builder
     */
    public Builder publicationDate(LocalDate value) {
      this.publicationDate = value;
      return this;
    }

    /**
     * Sets the language.
     *
     * @param value an ISO 639-1 code, not {@code null}
     * @return this builder
     */
    public Builder language(String value) {
      this.language = Objects.requireNonNull(value, "language");
      return this;
    }

    /**
     * {@return the metadata with the values set so far}
     *
     * @throws IllegalArgumentException as {@link DocumentMetadata}'s constructor does
     */
    public DocumentMetadata build() {
      return new DocumentMetadata(id, title, publisher, authors, url, publicationDate, language);
    }
  }
}
