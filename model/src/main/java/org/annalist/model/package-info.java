/**
 * The typed, immutable records Annalist produces and consumes: character spans into the original
 * text, provenance and evidence, documents with their metadata and labelled structure, and the
 * layers that analysis stages add. Every record validates itself in its compact constructor and maps
 * losslessly to JSON with a stable field order; cross-record consistency (a span's covered text
 * equals the document's substring) is checked by the Jakarta Validation constraint
 * {@link org.annalist.model.ConsistentSpans}. All types here are immutable and thread-safe.
 */
package org.annalist.model;
