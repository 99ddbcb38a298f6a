/**
 * Turns the plain text of a news article into a {@link org.annalist.model.Document}: the text is
 * kept byte for byte, and every non-blank character is assigned to one labelled part (headline,
 * date line, byline, dateline, caption, section heading, body paragraph or boilerplate) with the
 * rule that labelled it and a confidence, while a publication date is taken from the caller's
 * metadata or from a date line or byline in the text, and is never guessed. The entry point is
 * {@link org.annalist.core.parse.ArticleParser}; everything else here is package-private rules whose
 * regular expressions are bounded and applied only to bounded stretches of text, so that parsing is
 * linear in the length of the input.
 */
package org.annalist.core.parse;
