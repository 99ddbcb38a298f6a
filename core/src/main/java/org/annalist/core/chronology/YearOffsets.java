package org.annalist.core.chronology;

import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EntryEvidence;

/** The year offset of a report's time expression ({@code last year}: −1). Stateless. */
final class YearOffsets {

  private YearOffsets() {}

  /** The offset of the expression that dates the report, or null. */
  static Integer of(AnalyzedDocument d, EntryEvidence r) {
    return null;
  }
}
