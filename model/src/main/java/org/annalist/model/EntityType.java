package org.annalist.model;

/** The kinds of named entity, as in CoNLL-2003. Immutable and thread-safe. */
public enum EntityType {
  /** People, real or fictional (CoNLL {@code PER}). */
  PERSON,
  /** Companies, agencies, governments, armed forces, parties (CoNLL {@code ORG}). */
  ORGANIZATION,
  /** Countries, cities, regions and other places (CoNLL {@code LOC}). */
  LOCATION,
  /** Nationalities, products, weapon systems, events and other names. */
  MISC
}
