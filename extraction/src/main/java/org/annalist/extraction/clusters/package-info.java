/**
 * Word clusters learnt from unlabelled news text, as features for the named-entity model (in the
 * manner of Stanford NER's "distsim" classes): {@link
 * org.annalist.extraction.clusters.ConllTokenizer} cuts raw text into CoNLL-2003-like tokens,
 * {@link org.annalist.extraction.clusters.WordClusters#normalize(String)} maps digits and curly
 * quotes to one form, a {@link org.annalist.extraction.clusters.ClusterCorpus} collects the token
 * sequences, {@link org.annalist.extraction.clusters.ExchangeClusterer} learns a deterministic hard
 * clustering with the (bidirectional predictive) exchange algorithm, and {@link
 * org.annalist.extraction.clusters.WordClusters} writes, reads and looks up the resulting {@code
 * word<TAB>clusterId} files.
 */
package org.annalist.extraction.clusters;
