package org.annalist.model;

/**
 * The kinds of named entity: CoNLL-2003's four, with products split from MISC. Immutable and
 * thread-safe.
 */
public enum EntityType {
  /** People, real or fictional (CoNLL {@code PER}). */
  PERSON,
  /** Companies, agencies, governments, armed forces, parties (CoNLL {@code ORG}). */
  ORGANIZATION,
  /** Countries, cities, regions and other places (CoNLL {@code LOC}). */
  LOCATION,
  /** Nationalities, events, groups and other names (CoNLL {@code MISC}, less products). */
  MISC,
  /**
   * Products: weapon systems, aircraft, vehicles, devices, software and market indexes ({@code
   * Barak MX}, {@code Kfir}, {@code Boeing 747}, {@code Nasdaq Composite}). The maker's name
   * inside one is part of the product, not an organisation mention. CoNLL counts them as {@code
   * MISC}.
   */
  PRODUCT
}
