/**
 * Loading the word lists the stages ship as class-path resources. Internal to the extraction
 * module: the stages' resource loaders share it; users load stages and models through their
 * factories ({@code ClaimLexicon.load()}, {@code EntityModels.load()}, …).
 */
package org.annalist.extraction.resources;
