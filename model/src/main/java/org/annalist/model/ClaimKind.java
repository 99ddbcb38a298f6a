package org.annalist.model;

/**
 * How a {@link Claim} reports what was said.
 *
 * <p>Immutable and thread-safe.
 */
public enum ClaimKind {
  /** Quoted speech: the whole content is inside quotation marks ({@code “We will…,” he said}). */
  DIRECT,
  /** Reported speech without quotation marks ({@code he said that relations would end}). */
  INDIRECT,
  /**
   * Reported speech with a quoted fragment ({@code he called it “a major exporter of security”}, or
   * {@code said that the sales were “suspended”}).
   */
  MIXED,
  /**
   * A sentence of the article's own reporting that asserts something without attributing it to
   * anyone: the publisher is the source. Such claims have no source, cue, channel or addressee, so a
   * consumer can keep reporting apart from attributed opinion.
   */
  REPORTED_BY_ARTICLE
}
