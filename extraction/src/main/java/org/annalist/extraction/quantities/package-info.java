/**
 * Numeric claims: the {@link org.annalist.extraction.quantities.QuantityStage} finds the counts,
 * amounts of money, percentages, durations and measures a news article asserts, with their
 * qualifier ({@code approximately}, {@code at least}, ranges), unit or ISO 4217 currency, what they
 * count, the time expression they refer to and the claim they belong to, using hand-written rules
 * over the text and time layers and word lists that are resources of this package ({@code
 * SOURCES.md} says where they come from). Only the stage is public; the rest is package-private.
 */
package org.annalist.extraction.quantities;
