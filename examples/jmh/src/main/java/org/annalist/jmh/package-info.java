/**
 * JMH benchmarks of the article parser and the default pipeline over the bundled corpus, and of how
 * the pipeline's cost grows with adversarial input ({@link org.annalist.jmh.ScalingBenchmark} over
 * {@link org.annalist.jmh.AdversarialInputs}). Run with
 * {@code java -cp "examples/jmh/target/annalist-jmh.jar:examples/jmh/target/lib/*"
 * org.openjdk.jmh.Main}; figures go in {@code docs/benchmarks.md}.
 */
package org.annalist.jmh;
