/**
 * TimeML in and out, and the TempEval-3 measures: {@link org.annalist.core.eval.timeml.TimemlReader}
 * reads TimeML 1.2.1 ({@code .tml}) and TempEval-3 input ({@code .TE3input}) files into a
 * {@link org.annalist.core.eval.timeml.TimemlDocument} (the TEXT element's characters, the document
 * creation time, and the TIMEX3 and EVENT annotations as spans into that text);
 * {@link org.annalist.core.eval.timeml.TimemlWriter} writes a system's TIMEX3s back inline into the
 * original file, keeping every other character, so that the official TempEval-3 toolkit can score
 * it; and {@link org.annalist.core.eval.timeml.TimexScorer} computes the same measures in the library
 * (strict and relaxed extent P/R/F1, type and value accuracy and F1 over relaxed matches, the
 * creation time excluded), with a per-document breakdown and the list of errors. XML is read with
 * the JDK's StAX parser with DTDs and external entities disabled; nothing here depends on OpenNLP.
 */
package org.annalist.core.eval.timeml;
