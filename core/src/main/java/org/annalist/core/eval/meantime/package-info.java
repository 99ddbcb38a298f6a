/**
 * Named entities on the NewsReader MEANTIME corpus (Minard et al. 2016; Wikinews articles in CAT
 * XML, read by {@link org.annalist.core.eval.cat.CatReader}): {@link
 * org.annalist.core.eval.meantime.MeantimeDocument} takes a document's gold names (proper-name
 * mentions of people, organisations and locations, as token spans) in the annotated region (the
 * first six sentences, title included); {@link org.annalist.core.eval.meantime.MeantimeScorer}
 * scores a system's names strictly and leniently, per type and micro-averaged, on MEANTIME's spans
 * and without a leading {@code the} (CoNLL's convention), into {@link
 * org.annalist.core.eval.meantime.MeantimeScores}; and {@link
 * org.annalist.core.eval.meantime.MeantimeErrorClassifier} sorts the system's errors into the
 * categories of {@link org.annalist.core.eval.meantime.MeantimeError.Category}, with examples.
 *
 * <p>This package is one of the evaluation formats of {@code org.annalist.core.eval}, beside
 * {@code conll}, {@code timeml}, {@code brat} and {@code semeval}.
 */
package org.annalist.core.eval.meantime;
