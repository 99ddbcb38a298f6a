/**
 * The {@code annalist} command: {@code analyze} writes analysed documents as JSON, {@code bench}
 * measures the default pipeline's throughput, {@code validate} checks dataset files. Every bad
 * input is one line on standard error naming the file, the other inputs are still processed, and the
 * exit status says whether everything succeeded.
 */
package org.annalist.cli;
