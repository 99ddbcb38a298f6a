package org.annalist.core.chronology;

import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EntryEvidence;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;

/** The year offset of a report's time expression ({@code last year}: −1). Stateless. */
final class YearOffsets {

  private YearOffsets() {}

  /** The offset of the expression that dates the report, or null. */
  static Integer of(AnalyzedDocument d, EntryEvidence r) {
    if (r.time() == null) {
      return null;
    }
    TimeLayer time = d.find(TimeLayer.KEY).orElse(null);
    if (time == null || r.time().expression() >= time.expressions().size()) {
      return null;
    }
    TemporalExpression e = time.expressions().get(r.time().expression());
    return e.yearOffset();
  }
}
