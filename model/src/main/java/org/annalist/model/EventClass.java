package org.annalist.model;

/**
 * The class of an event mention, as TimeML 1.2.1 defines it (the {@code class} attribute of an
 * {@code EVENT}).
 *
 * <p>Immutable and thread-safe.
 */
public enum EventClass {
  /** Something that happens or occurs ({@code visit}, {@code attack}, {@code suspended}). */
  OCCURRENCE,
  /** A report of speech or writing ({@code said}, {@code announced}, {@code according}). */
  REPORTING,
  /** A circumstance that holds for some time ({@code is}, {@code tense}, {@code war}). */
  STATE,
  /** An intensional action that introduces another event ({@code try}, {@code threaten}). */
  I_ACTION,
  /** An intensional state ({@code want}, {@code believe}, {@code fear}, {@code plan}). */
  I_STATE,
  /** A phase of another event ({@code begin}, {@code end}, {@code continue}). */
  ASPECTUAL,
  /** Seeing or hearing another event ({@code saw}, {@code heard}). */
  PERCEPTION
}
