/**
 * The bundled test corpus as classpath resources: five real articles with their sidecar metadata,
 * for tests, examples and benchmarks that need real news without touching the file system.
 */
package org.annalist.testcorpus;
