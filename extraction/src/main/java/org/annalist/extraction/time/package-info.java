/**
 * The {@code "time"} stage: finds temporal expressions (TimeML TIMEX3 DATE, TIME, DURATION and
 * SET) with hand-written rules over a simple word scan, normalises them to TIMEX3 values with an
 * interval of days and a granularity, resolves relative expressions against the document date
 * (with the tense of the sentence choosing the direction) or against an earlier expression
 * (narrative anchoring), and infers the document's date from the text when no date is given or
 * stated. The rules were written from the TimeML/TIMEX3 guidelines; no rule or resource of the GPL
 * taggers (HeidelTime, SUTime) was used. Only {@link org.annalist.extraction.time.TimeStage} is
 * public; the rest is package-private.
 */
package org.annalist.extraction.time;
