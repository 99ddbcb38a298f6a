/**
 * The statistical named-entity recogniser: {@link
 * org.annalist.extraction.entities.ner.NameFinderRecognizer} runs an Apache OpenNLP {@code
 * TokenNameFinder} model trained on CoNLL-2003 (the committed resource {@code
 * org/annalist/extraction/entities/ner-en-conll.bin}, see {@code NER-MODEL.md} there) over
 * tokenised sentences and returns typed token spans with a probability; {@link
 * org.annalist.extraction.entities.ner.NameFinderTrainer} trains such a model from CoNLL files with
 * one of the {@link org.annalist.extraction.entities.ner.NerFeatures} feature sets, and {@link
 * org.annalist.extraction.entities.ner.ConllEvaluation} tags CoNLL documents and scores them.
 */
package org.annalist.extraction.entities.ner;
