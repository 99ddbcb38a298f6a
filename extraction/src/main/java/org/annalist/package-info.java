/**
 * The library's front door: {@link org.annalist.Annalist#defaultPipeline()} builds the default
 * pipeline (article parser, then the analysis stages) that most users need and nothing else.
 */
package org.annalist;
