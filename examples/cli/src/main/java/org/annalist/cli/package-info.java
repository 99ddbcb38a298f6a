/**
 * The {@code annalist} command line, on picocli: {@link org.annalist.cli.AnnalistCommand} is the
 * entry point ({@code main}, and {@code execute} for embedding and tests); each subcommand is one
 * package-private class with its own options and {@code --help}: {@code analyze} writes analysed
 * documents as JSON, {@code bench} measures the default pipeline's throughput, {@code validate}
 * checks dataset files, {@code clusters}, {@code train-ner}, {@code conll} and {@code timeml}
 * train and score the named-entity and time stages on research data, and {@code brat} writes claims
 * as brat files and scores them against PolNeAR. Every bad input is one line
 * on standard error naming the file, the other inputs are still processed, and the exit status says
 * whether everything succeeded (0), some input failed (1) or the usage was bad (2). The commands
 * that read many documents draw a progress line on standard error when it is a terminal ({@code
 * Progress}, {@code Terminal}). {@code AnnalistCommand} is the only public type; the static methods
 * are safe to call from many threads, every other type serves one run on one thread.
 */
package org.annalist.cli;
