/**
 * TimeML in and out, and the TempEval-3 measures: {@link org.annalist.core.eval.timeml.TimemlReader}
 * reads TimeML 1.2.1 ({@code .tml}) and TempEval-3 input ({@code .TE3input}) files into a
 * {@link org.annalist.core.eval.timeml.TimemlDocument} (the TEXT element's characters, the document
 * creation time, and the TIMEX3 and EVENT annotations as spans into that text, each EVENT with the
 * attributes of its MAKEINSTANCE); {@link org.annalist.core.eval.timeml.TimemlWriter} writes a
 * system's TIMEX3s and EVENTs back inline into the original file, with a MAKEINSTANCE per event,
 * keeping every other character, so that the official TempEval-3 toolkit can score it;
 * {@link org.annalist.core.eval.timeml.TimexScorer} computes the Task A measures in the library
 * (strict and relaxed extent P/R/F1, type and value accuracy and F1 over relaxed matches, the
 * creation time excluded) and {@link org.annalist.core.eval.timeml.EventScorer} the Task B ones
 * (strict and relaxed extent P/R/F1, class, tense, aspect, polarity and modality accuracy and F1),
 * each with a per-document breakdown and the list of errors. XML is read with the JDK's StAX parser
 * with DTDs and external entities disabled; nothing here depends on OpenNLP.
 */
package org.annalist.core.eval.timeml;
