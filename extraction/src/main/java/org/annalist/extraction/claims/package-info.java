/**
 * The claims stage: attributed statements (who said what, to whom, when, through which channel;
 * direct, indirect and mixed speech) and the article's own assertions, found by rules over the text,
 * entity and time layers with the word lists of {@link org.annalist.extraction.claims.ClaimLexicon}.
 * {@link org.annalist.extraction.claims.ClaimStage} is the entry point and documents the rules.
 */
package org.annalist.extraction.claims;
