package org.annalist.model;

/** What the reports merged into one {@link ChronologyEntry} disagree on. Immutable and thread-safe. */
public enum ConflictKind {
  /** The day (or month, year) the event happened: {@code on the first of November} vs {@code on
   * October 31}. */
  DATE,
  /** How far it went: {@code suspended all sales} vs {@code partially suspended shipments}. */
  SCOPE,
  /** A number the reports give for it: {@code 1,000 killed} vs {@code 1,200 killed}. */
  NUMBER,
  /** Who took part in a role: a target named by one report and a different one by another. */
  PARTICIPANT
}
