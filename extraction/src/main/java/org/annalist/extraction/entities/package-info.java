/**
 * Named entities: the {@link org.annalist.extraction.entities.EntityStage} finds the people,
 * organisations, places and other names (products, weapon systems, nationalities) of a document,
 * combining the statistical name model of {@code ner} with gazetteers and general rules, and
 * resolves their mentions to the document's entities (surnames, titles, acronyms, demonyms,
 * typos, capitals standing for governments); {@link org.annalist.extraction.entities.EntityResolver}
 * merges the entities of many documents into canonical entities with evidence from each. The
 * gazetteers and word lists are resources of this package ({@code SOURCES.md} says where they come
 * from), loaded explicitly through {@link org.annalist.extraction.entities.EntityModels}.
 */
package org.annalist.extraction.entities;
