/**
 * The stage contract and the pipeline: a {@link org.annalist.core.pipeline.Stage} declares the
 * layers it requires and the one it provides; {@link org.annalist.core.pipeline.Pipeline#builder()}
 * checks the order when it builds; a built pipeline is immutable, may be shared by many threads, and
 * analyses single documents or whole corpora, accounting for every input in a
 * {@link org.annalist.core.pipeline.CorpusResult}.
 */
package org.annalist.core.pipeline;
