package org.annalist.extraction.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.LayerKey;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;

/**
 * A stand-in for the claims stage in tests: one direct claim, without source or cue, for each
 * passage between a {@code “} and the next {@code ”}; unbalanced marks give no claim.
 */
final class QuotedClaims implements Stage {

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY);
  }

  @Override
  public LayerKey<?> provides() {
    return ClaimLayer.KEY;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    List<Claim> claims = new ArrayList<>();
    int open = text.indexOf('“');
    while (open >= 0) {
      int close = text.indexOf('”', open + 1);
      if (close < 0) {
        break;
      }
      int next = text.indexOf('“', open + 1);
      if (next >= 0 && next < close) {
        open = next; // an unclosed mark before this one
        continue;
      }
      if (close > open + 1) {
        claims.add(new Claim(ClaimKind.DIRECT, List.of(Span.of(text, open + 1, close)), null, null,
            null, null, null, new Provenance("claims", "test-quotes", 1.0)));
      }
      open = text.indexOf('“', close + 1);
    }
    return document.with(new ClaimLayer(name(), List.of("test"), claims));
  }
}
