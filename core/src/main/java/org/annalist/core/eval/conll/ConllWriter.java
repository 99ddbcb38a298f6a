package org.annalist.core.eval.conll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@link ConllDocument}s as CoNLL-2003 text: either the four-column {@code token POS chunk
 * tag} format that {@link ConllReader} reads back unchanged (an empty POS or chunk is written as
 * the placeholder {@code _}, read back as {@code _}), or {@code token gold predicted} lines for
 * comparing a tagger with the gold tags, as {@code conlleval} expects. Each document starts with a
 * {@code -DOCSTART-} line followed by a blank line; each sentence ends with a blank line.
 *
 * <p>Stateless and thread-safe. The writer given is flushed, not closed.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   ConllWriter.create().writeComparison(gold, predicted, out);
 * }
 * }</pre>
 */
public final class ConllWriter {

  /** Written for an empty POS or chunk column, so that the line keeps four columns. */
  public static final String PLACEHOLDER = "_";

  private ConllWriter() {}

  /** {@return a writer; it holds no state} */
  public static ConllWriter create() {
    return new ConllWriter();
  }

  /**
   * Writes the documents in the four-column format, each after a {@code -DOCSTART-} line; an
   * empty POS or chunk column is written as {@link #PLACEHOLDER}. Flushes {@code out}, does not
   * close it.
   *
   * @param documents the documents
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(List<ConllDocument> documents, Writer out) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(out, "out");
    try {
      for (ConllDocument document : documents) {
        out.write(ConllReader.DOCSTART + " -X- -X- O\n\n");
        for (ConllSentence sentence : document.sentences()) {
          for (ConllToken token : sentence.tokens()) {
            out.write(token.text() + ' ' + orPlaceholder(token.pos()) + ' '
                + orPlaceholder(token.chunk()) + ' ' + token.tag() + '\n');
          }
          out.write('\n');
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CoNLL output: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code token gold predicted} lines: the tokens and tags of {@code gold} beside the tags
   * of {@code predicted}, which must have the same documents, sentences and tokens.
   *
   * @param gold the gold documents
   * @param predicted the same documents with predicted tags
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException naming the document and sentence if the shapes or tokens differ
   * @throws UncheckedIOException if writing fails
   */
  public void writeComparison(List<ConllDocument> gold, List<ConllDocument> predicted,
      Writer out) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(out, "out");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold documents but "
          + predicted.size() + " predicted");
    }
    try {
      for (int d = 0; d < gold.size(); d++) {
        List<ConllSentence> g = gold.get(d).sentences();
        List<ConllSentence> p = predicted.get(d).sentences();
        if (g.size() != p.size()) {
          throw new IllegalArgumentException("document " + d + ": " + g.size()
              + " gold sentences but " + p.size() + " predicted");
        }
        out.write(ConllReader.DOCSTART + " O O\n\n");
        for (int s = 0; s < g.size(); s++) {
          List<ConllToken> gt = g.get(s).tokens();
          List<ConllToken> pt = p.get(s).tokens();
          if (gt.size() != pt.size()) {
            throw new IllegalArgumentException("document " + d + ", sentence " + s + ": "
                + gt.size() + " gold tokens but " + pt.size() + " predicted");
          }
          for (int t = 0; t < gt.size(); t++) {
            if (!gt.get(t).text().equals(pt.get(t).text())) {
              throw new IllegalArgumentException("document " + d + ", sentence " + s + ", token "
                  + t + ": gold '" + gt.get(t).text() + "' but predicted '" + pt.get(t).text()
                  + "'");
            }
            out.write(gt.get(t).text() + ' ' + gt.get(t).tag() + ' ' + pt.get(t).tag() + '\n');
          }
          out.write('\n');
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CoNLL output: " + e.getMessage(), e);
    }
  }

  private static String orPlaceholder(String column) {
    return column.isEmpty() ? PLACEHOLDER : column;
  }
}
