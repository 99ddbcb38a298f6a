/**
 * Entity-level evaluation as in CoNLL-2003's {@code conlleval}: {@link
 * org.annalist.extraction.entities.eval.Chunks} decodes IOB1, IOB2/BIO and BILOU tag sequences into
 * typed token spans (and encodes spans back), and {@link
 * org.annalist.extraction.entities.eval.EntityScorer} counts exact-match typed spans into {@link
 * org.annalist.extraction.entities.eval.EntityScores}: precision, recall and F1 per type, micro over
 * all types and micro over a chosen subset (such as PER, ORG and LOC).
 */
package org.annalist.extraction.entities.eval;
