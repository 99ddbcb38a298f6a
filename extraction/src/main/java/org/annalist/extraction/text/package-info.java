/**
 * The text stage: sentences, tokens, Universal Dependencies part-of-speech tags and lemmas of a
 * document's content, from Apache OpenNLP's English UD-EWT models. {@link
 * org.annalist.extraction.text.EnglishModels#load()} reads the four models once from the classpath
 * (the {@code opennlp-models-*-en} artifacts, never the network); {@link
 * org.annalist.extraction.text.TextStage#create(EnglishModels)} wraps them in an immutable,
 * thread-safe {@link org.annalist.core.pipeline.Stage} that creates OpenNLP's non-thread-safe
 * {@code *ME} objects inside each call, maps every result back to exact spans of the original text,
 * never cuts a surrogate pair, and bounds the work on pathological input so that time stays linear
 * in the length of the text.
 */
package org.annalist.extraction.text;
