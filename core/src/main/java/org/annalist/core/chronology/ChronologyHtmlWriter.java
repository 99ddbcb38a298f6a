package org.annalist.core.chronology;

import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyEntry;

/**
 * Writes a {@link Chronology} as one self-contained HTML page (first version: a list of entries).
 *
 * <p>Immutable and thread-safe.
 */
public final class ChronologyHtmlWriter {

  private ChronologyHtmlWriter() {}

  /** {@return a writer} */
  public static ChronologyHtmlWriter create() {
    return new ChronologyHtmlWriter();
  }

  /**
   * Writes the page.
   *
   * @param chronology the chronology
   * @param texts the text of each document, by id, to show each quoted sentence in its article
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Chronology chronology, Map<String, String> texts, Appendable out) {
    try {
      out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Chronology</title>"
          + "</head><body><ol>");
      for (ChronologyEntry e : chronology.entries()) {
        out.append("<li class=\"entry\">").append(HtmlEscapers.htmlEscaper().escape(
            e.time().value() + " " + e.title())).append("</li>");
      }
      out.append("</ol></body></html>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
