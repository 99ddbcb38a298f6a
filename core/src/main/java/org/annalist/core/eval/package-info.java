/**
 * The formats of public gold annotations, read and written, and the scorers that compare the
 * library's output with them, one sub-package per format ({@code brat} for brat standoff
 * attribution files such as PolNeAR's), so that researchers can evaluate Annalist against the data
 * sets they already use and reproduce the figures in {@code docs/benchmarks.md}. Nothing here
 * depends on OpenNLP or on the extraction stages: readers and writers work on the model's records
 * and the files' own text.
 */
package org.annalist.core.eval;
