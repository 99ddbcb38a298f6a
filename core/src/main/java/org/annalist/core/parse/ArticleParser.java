package org.annalist.core.parse;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.annalist.core.InvalidInputException;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.Utf16;

/**
 * Parses the plain text of a news article into a {@link Document}. The text is kept exactly as
 * given; its structure is a list of labelled, trimmed, non-overlapping spans in text order that
 * together cover every non-blank character: headline, date line, byline, dateline, captions,
 * section headings, body paragraphs and boilerplate (which is labelled, never dropped). Each span
 * carries the rule that labelled it and a confidence.
 *
 * <p>The document date is the caller's {@link DocumentMetadata#publicationDate()} when given;
 * otherwise the first date stated by a date line or byline near the top, with its span; otherwise
 * {@link DocumentDate#unknown()}. The parser never guesses a date and never reads the clock, and it
 * fills in no metadata.
 *
 * <p>Parsing takes time linear in the length of the text: every pattern is bounded and applied to
 * bounded stretches. Instances are immutable and thread-safe; share {@link #standard()}.
 *
 * <pre>{@code
 * Document doc = ArticleParser.standard().parse("004_2548ac03265b6e4d", text);
 * doc.findFirst(StructureLabel.HEADLINE).map(e -> e.span().text());
 * doc.date().findExact();   // 2012-04-24, from the byline "Nazih Richani 4/24/2012"
 * }</pre>
 */
public final class ArticleParser {

  private static final ArticleParser STANDARD = new ArticleParser();

  private ArticleParser() {}

  /** {@return the parser with the standard English news rules, always the same instance} */
  public static ArticleParser standard() {
    return STANDARD;
  }

  /**
   * Parses {@code text} as the document {@code id}, with no metadata but the id.
   *
   * @param id the document id: letters, digits and {@code . _ -}
   * @param text the article's plain text
   * @return the document, its date stated in the text or unknown
   * @throws NullPointerException if {@code id} or {@code text} is null
   * @throws IllegalArgumentException if {@code id} is not a valid document id
   * @throws InvalidInputException naming the document and offset if the text has a lone surrogate
   */
  public Document parse(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    return parse(text, DocumentMetadata.of(id));
  }

  /**
   * Parses {@code text} as the document described by {@code metadata}, whose id it takes.
   *
   * @param text the article's plain text
   * @param metadata what is known about it; its publication date, if any, is the document date
   * @return the document
   * @throws NullPointerException if {@code text} or {@code metadata} is null
   * @throws InvalidInputException naming the document and offset if the text has a lone surrogate
   *     (it could not be written out unchanged)
   */
  public Document parse(String text, DocumentMetadata metadata) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    OptionalInt lone = Utf16.findLoneSurrogate(text);
    if (lone.isPresent()) {
      throw new InvalidInputException(metadata.id(), "document " + metadata.id()
          + ": the text has a lone surrogate " + Utf16.describeAt(text, lone.getAsInt())
          + " (not well-formed UTF-16, so it could not be written out unchanged)");
    }
    StructureScanner.Result result = new StructureScanner(text).scan();
    DocumentDate date;
    if (metadata.publicationDate() != null) {
      date = DocumentDate.given(metadata.publicationDate());
    } else {
      date =
          result
              .date()
              .map(
                  stated ->
                      DocumentDate.stated(
                          stated.match().date(),
                          List.of(Span.of(text, stated.match().begin(), stated.match().end())),
                          new Provenance(
                              StructureScanner.STAGE, stated.rule(), stated.match().confidence())))
              .orElse(DocumentDate.unknown());
    }
    return new Document(metadata.id(), metadata, text, result.structure(), date);
  }
}
