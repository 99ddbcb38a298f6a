/**
 * The core of Annalist, free of any NLP library: the exceptions every module throws for bad input
 * and failed analysis. Sub-packages hold article parsing ({@code parse}), the stage contract and
 * pipeline ({@code pipeline}), corpus reading and JSON ({@code io}) and dataset validation
 * ({@code validation}).
 */
package org.annalist.core;
