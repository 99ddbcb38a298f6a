/**
 * Property-based fuzzing of Annalist's public entry points with <a href="https://jqwik.net">jqwik</a>:
 * the default pipeline, the CLI's {@code analyze} (and the researcher commands' argument handling),
 * {@code CorpusReader} (directories with sidecars, single files, JSON Lines), {@code TimemlReader},
 * {@code ConllReader} and {@code DatasetValidator}, on generated input — random Unicode (surrogate
 * pairs, lone surrogates, combining marks, right-to-left text, zero-width characters, NUL), random
 * concatenations of real sentences from the bundled corpus, random file names, truncated and
 * corrupted files. The invariants checked are those of {@code docs/architecture.md}: no exception
 * but the documented ones, every input accounted for, every span's text equal to the document
 * substring it claims, no broken surrogate pair in emitted strings, deterministic output.
 *
 * <p>All generators live in this package: {@link org.annalist.testcorpus.fuzz.Texts} (article
 * text), {@link org.annalist.testcorpus.fuzz.InputFiles} (file trees, sidecars, JSON Lines, byte
 * corruption), {@link org.annalist.testcorpus.fuzz.MarkupInputs} (TimeML and CoNLL). Checks shared
 * by several properties are in {@link org.annalist.testcorpus.fuzz.JsonChecks}. Every property
 * class carries {@link org.annalist.testcorpus.fuzz.FuzzSettings}, which fixes the seed policy
 * and scales the tries of properties that are expensive per try ({@link
 * org.annalist.testcorpus.fuzz.CostlyTries}). Shrunk counterexamples are kept as plain JUnit
 * examples in {@link org.annalist.testcorpus.fuzz.FuzzRegressionTest}. How to run a longer
 * campaign: {@code docs/testing.md}.
 */
package org.annalist.testcorpus.fuzz;
