/**
 * Reading and writing CoNLL-2003 named-entity files: documents separated by {@code -DOCSTART-}
 * lines, sentences by blank lines, one {@code token POS chunk tag} line per token, the tag in IOB1
 * (as in the original {@code eng.train}) or IOB2/BIO. {@link
 * org.annalist.extraction.entities.conll.ConllReader} turns a file into immutable {@link
 * org.annalist.extraction.entities.conll.ConllDocument}s and reports malformed input with its file
 * and line; {@link org.annalist.extraction.entities.conll.ConllWriter} writes them back, or writes
 * {@code token gold predicted} lines for {@code conlleval}-style comparison.
 */
package org.annalist.extraction.entities.conll;
