/**
 * SemEval-2015 Task 4, "TimeLine: Cross-Document Event Ordering" (Minard et al. 2015): the task's
 * CAT XML documents are read by {@link org.annalist.core.eval.cat.CatReader} (the plain text
 * rebuilt from the tokens, and the map from its offsets back to the {@code docid-sentence-word}
 * mention ids); {@link
 * org.annalist.core.eval.semeval.TimelineReader} and {@link
 * org.annalist.core.eval.semeval.TimelineWriter} read and write the task's timeline files ({@link
 * org.annalist.core.eval.semeval.Timeline}, {@link org.annalist.core.eval.semeval.TimelineEntry});
 * {@link org.annalist.core.eval.semeval.TimelineBuilder} builds a target entity's timeline from
 * the event layers of analysed documents (and, optionally, their chronology); and {@link
 * org.annalist.core.eval.semeval.TimelineScorer} scores timelines by temporal awareness over the
 * closure of the relations they stand for, micro-averaged, as the task's evaluation does.
 */
package org.annalist.core.eval.semeval;
