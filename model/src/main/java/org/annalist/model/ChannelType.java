package org.annalist.model;

/**
 * The medium a statement was made through, as the article states it.
 *
 * <p>Immutable and thread-safe.
 */
public enum ChannelType {
  /** A post on a social network ({@code on X}, {@code on Twitter}, {@code tweeted}). */
  SOCIAL_MEDIA,
  /** A press or news release. */
  PRESS_RELEASE,
  /** A written or official statement, communiqué or declaration. */
  STATEMENT,
  /** A speech or address ({@code during a May Day speech}). */
  SPEECH,
  /** An interview, or words told to a named outlet ({@code told Defense News}). */
  INTERVIEW,
  /** A press conference or briefing. */
  PRESS_CONFERENCE,
  /** A broadcast: television, radio, a podcast. */
  BROADCAST,
  /** A letter, an e-mail or a message. */
  LETTER,
  /** A published text: a report, an article, an op-ed, a book. */
  PUBLICATION,
  /** A hearing, a debate, a session or a meeting. */
  MEETING
}
