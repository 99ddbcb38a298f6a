/**
 * Building a chronology from analysed documents: reports of the same event in different documents
 * are merged into one entry with all their evidence and conflicts ({@link
 * org.annalist.core.chronology.ChronologyBuilder}), and documents that state no date are dated from
 * the events they share with dated ones ({@link org.annalist.core.chronology.CorpusChronology}).
 */
package org.annalist.core.chronology;
