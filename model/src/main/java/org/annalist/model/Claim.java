package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One statement and who made it: what was said (one or more content spans), by whom, marked by
 * which cue, through which channel, to whom and when, and how it is reported. A quotation split by
 * its cue ({@code “If we must…,” he wrote. “You cannot…”}) is one claim with two content spans.
 *
 * <p>A {@link ClaimKind#REPORTED_BY_ARTICLE} claim is the article's own assertion: it has content
 * but no source, cue, channel or addressee. Any other claim may still lack a source ({@code it is
 * believed that…}) or a cue (a quotation that continues an earlier one).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Claim claim : analyzed.expect(ClaimLayer.KEY).claims()) {
 *   String who = claim.source() == null ? "(article)" : claim.source().span().text();
 *   System.out.println(who + ": " + claim.content().get(0).text());
 * }
 * }</pre>
 *
 * @param kind how the statement is reported
 * @param content the spans of what was said, in text order and not overlapping (a quotation with
 *     its quotation marks)
 * @param source the speaker, or {@code null} when the text names none
 * @param cue the speech cue, or {@code null}
 * @param channel the stated medium, or {@code null}
 * @param addressee to whom it was said, when stated ({@code told Defense News}), or {@code null}
 * @param time the index in the document's {@link TimeLayer#expressions()} of the statement's time
 *     ({@code on Sunday} in the cue's clause), or {@code null}
 * @param provenance the stage, the rule that found the claim and its confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(
    @NotNull ClaimKind kind,
    @NotEmpty List<@Valid @NotNull Span> content,
    @Valid ClaimParty source,
    @Valid Cue cue,
    @Valid Channel channel,
    @Valid ClaimParty addressee,
    @PositiveOrZero Integer time,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks and copies the components.
   *
   * @param kind how the statement is reported
   * @param content the spans of what was said, in text order and not overlapping (a quotation with
   *     its quotation marks)
   * @param source the speaker, or {@code null} when the text names none
   * @param cue the speech cue, or {@code null}
   * @param channel the stated medium, or {@code null}
   * @param addressee to whom it was said, when stated ({@code told Defense News}), or {@code null}
   * @param time the index in the document's {@link TimeLayer#expressions()} of the statement's time
   *     ({@code on Sunday} in the cue's clause), or {@code null}
   * @param provenance the stage, the rule that found the claim and its confidence
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public Claim {
    Objects.requireNonNull(kind, "kind");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a claim needs at least one content span");
    }
    for (int i = 0; i < content.size(); i++) {
      Span span = content.get(i);
      if (span.length() == 0) {
        throw new IllegalArgumentException("content span " + span + " is empty");
      }
      if (i > 0 && span.begin() < content.get(i - 1).end()) {
        throw new IllegalArgumentException("content spans must be in text order and not overlap, but "
            + span + " follows " + content.get(i - 1));
      }
    }
    if (kind == ClaimKind.REPORTED_BY_ARTICLE
        && (source != null || cue != null || channel != null || addressee != null)) {
      throw new IllegalArgumentException("the article's own claim at " + content.get(0)
          + " cannot have a source, cue, channel or addressee");
    }
    if (time != null && time < 0) {
      throw new IllegalArgumentException("time must be an index >= 0, was " + time);
    }
    Objects.requireNonNull(provenance, "provenance of claim at " + content.get(0));
  }

  /**
   * Every span of this claim.
   *
   * @return the content spans, then the source's, the addressee's, the cue's and the channel's
   */
  public Stream<Span> spans() {
    List<Span> all = new ArrayList<>(content);
    Stream.of(source, addressee).filter(Objects::nonNull).map(ClaimParty::span).forEach(all::add);
    if (cue != null) {
      all.add(cue.span());
    }
    if (channel != null) {
      all.add(channel.span());
    }
    return all.stream();
  }
}
