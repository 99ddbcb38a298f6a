/**
 * brat standoff attribution files, as the PolNeAR corpus annotates who said what in news articles:
 * {@link org.annalist.core.eval.brat.BratReader} reads an {@code .ann} file (checked against its
 * {@code .txt}) into a {@link org.annalist.core.eval.brat.BratDocument} of text-bound annotations
 * and {@link org.annalist.core.eval.brat.BratAttribution}s (content, source and cue spans, in
 * UTF-16 offsets); {@link org.annalist.core.eval.brat.BratWriter} writes a document's attributed
 * claims in the same shape; and {@link org.annalist.core.eval.brat.BratScorer} scores claims
 * against gold attributions (content P/R/F1 by a half-of-the-gold-content overlap rule, then source
 * and cue accuracy over the matched pairs, all and for direct quotations alone), with the list of
 * errors for development.
 */
package org.annalist.core.eval.brat;
