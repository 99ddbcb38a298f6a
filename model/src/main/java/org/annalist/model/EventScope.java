package org.annalist.model;

/**
 * How far a reported event went, when the report says: {@code suspended all sales} is {@link
 * #FULL}, {@code partially suspended shipments} is {@link #PARTIAL}. Immutable and thread-safe.
 */
public enum EventScope {
  /** The whole of it: {@code all}, {@code every}, {@code completely}, {@code entirely}. */
  FULL,
  /** Only part of it: {@code partially}, {@code partly}, {@code some of}, {@code in part}. */
  PARTIAL
}
