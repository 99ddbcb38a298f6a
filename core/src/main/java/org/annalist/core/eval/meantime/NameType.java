package org.annalist.core.eval.meantime;

import java.util.Optional;

/**
 * The entity types the MEANTIME evaluation scores, with MEANTIME's (and CoNLL's) names: people,
 * organisations and locations. MEANTIME's other types (products {@code PRO}, financial entities
 * {@code FIN}, mixed {@code MIX}) are not scored. Immutable and thread-safe.
 */
public enum NameType {
  /** People ({@code PER}). */
  PER,
  /** Organisations ({@code ORG}). */
  ORG,
  /** Locations ({@code LOC}). */
  LOC;

  /**
   * {@return the type named {@code ent_type} in a CAT file, empty for a type that is not scored}
   *
   * @param entType the {@code ent_type} attribute ({@code PER}, {@code PRO}...)
   */
  public static Optional<NameType> find(String entType) {
    for (NameType type : values()) {
      if (type.name().equals(entType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
