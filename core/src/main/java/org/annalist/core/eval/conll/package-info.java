/**
 * CoNLL-2003 named-entity data and its scorer. {@link org.annalist.core.eval.conll.ConllReader}
 * reads files of documents separated by {@code -DOCSTART-} lines, sentences by blank lines and one
 * {@code token POS chunk tag} line per token (IOB1 as in the original {@code eng.train}, or
 * IOB2/BIO) into immutable {@link org.annalist.core.eval.conll.ConllDocument}s, and reports
 * malformed input with its file and line; {@link org.annalist.core.eval.conll.ConllWriter} writes
 * them back, or writes {@code token gold predicted} lines for {@code conlleval}-style comparison.
 * Scoring is entity-level as in {@code conlleval}: {@link org.annalist.core.eval.conll.Chunks}
 * decodes IOB1, IOB2/BIO and BILOU tag sequences into typed token spans (and encodes spans back),
 * and {@link org.annalist.core.eval.conll.EntityScorer} counts exact-match typed spans into {@link
 * org.annalist.core.eval.conll.EntityScores}: precision, recall and F1 per type, micro over all
 * types and micro over a chosen subset (such as PER, ORG and LOC).
 *
 * <p>This package is one of the evaluation formats of {@code org.annalist.core.eval}, beside
 * {@code timeml} and {@code brat}.
 */
package org.annalist.core.eval.conll;
