package org.annalist.model;

/** What a labelled part of an article is. Immutable and thread-safe. */
public enum StructureLabel {
  /** The article's title. */
  HEADLINE,
  /** A place (and agency) prefix opening the first paragraph, e.g. {@code SANTIAGO, Chile —}. */
  DATELINE,
  /** The author line, possibly with a date, e.g. {@code Nazih Richani 4/24/2012}. */
  BYLINE,
  /** A stated publication date, e.g. {@code date 2023-11-07}. */
  DATE_LINE,
  /** A photo or figure caption with its credit. */
  CAPTION,
  /** A heading inside the body. */
  SECTION_HEADING,
  /** A paragraph of the article's body. */
  BODY_PARAGRAPH,
  /** Text that is not part of the article: notes, bios, calls to subscribe or donate, navigation. */
  BOILERPLATE;

  /** {@return whether analysis stages read this part: everything but boilerplate} */
  public boolean isContent() {
    return this != BOILERPLATE;
  }
}
