/**
 * Dataset validation for test suites and data pipelines: checks documents, analysed documents,
 * metadata and annotation files with Hibernate Validator against the model's Jakarta Validation
 * constraints (including that every span's covered text equals the document's text) and reports each
 * violation with where it is.
 */
package org.annalist.core.validation;
