/**
 * The {@code "events"} stage: every event mention of a document (TimeML EVENTs, from the statistical
 * recogniser of {@code events.triggers} and the event lexicon), typed by the lexicon with CAMEO
 * codes, marked with whether the text asserts it, with its participants resolved to the entity
 * layer's entities and the temporal expression that governs it. Entry points: {@link
 * org.annalist.extraction.events.EventStage} and {@link org.annalist.extraction.events.EventLexicon}.
 */
package org.annalist.extraction.events;
