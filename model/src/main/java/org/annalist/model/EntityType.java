package org.annalist.model;

/** The kinds of named entity, as in CoNLL-2003. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, products, weapon systems, events and other names. */
  MISC
}
