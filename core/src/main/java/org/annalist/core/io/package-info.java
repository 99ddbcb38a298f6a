/**
 * Reading corpora (a directory of {@code .txt} articles with optional sidecar metadata JSON, or JSON
 * Lines) into {@link org.annalist.core.io.ArticleSource}s, strictly as UTF-8 and accounting for
 * every input; and the project's JSON mapping ({@link org.annalist.core.io.AnnalistJson}), which
 * writes analysed documents deterministically and reads them back losslessly.
 */
package org.annalist.core.io;
