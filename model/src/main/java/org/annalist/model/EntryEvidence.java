package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;

/**
 * One report supporting a {@link ChronologyEntry}: the document and its event, the exact
 * characters (the sentence, quoted in its {@link Span#text()}, and the trigger), the report's own
 * factuality, time, participants and scope, and the claim of the source that asserted it.
 *
 * <p>A report carries everything the {@code ChronologyBuilder} merges on, so chronologies built
 * from parts of a corpus merge into the chronology of the whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document's id
 * @param event the index of the event in the document's {@link EventLayer}
 * @param sentence the sentence that reports it; its text is the quotation
 * @param trigger the trigger word
 * @param type the event's type in the lexicon
 * @param cameo the type's CAMEO code, or {@code null} for {@link Event#OTHER}
 * @param factuality the event's factuality in this report
 * @param time when this report says it happened, or {@code null}
 * @param participants the participants this report names
 * @param scope how far it went according to this report, or {@code null} when it does not say
 * @param scopeCue the words that give the scope, or {@code null} with no scope
 * @param claim the source that asserted it, or {@code null} for the article's own reporting
 * @param provenance the stage, rule or model and confidence of the event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryEvidence(
    @NotBlank String documentId,
    @PositiveOrZero int event,
    @Valid @NotNull Span sentence,
    @Valid @NotNull Span trigger,
    @NotBlank String type,
    String cameo,
    @NotNull Factuality factuality,
    @Valid EventTime time,
    @NotNull List<@Valid @NotNull EvidenceParticipant> participants,
    EventScope scope,
    @Valid Span scopeCue,
    @Valid EntryClaim claim,
    @Valid @NotNull Provenance provenance) {

  /**
   * Checks and copies the components.
   *
   * @param documentId the document's id
   * @param event the index of the event in the document's event layer
   * @param sentence the sentence that reports it
   * @param trigger the trigger word
   * @param type the event's type in the lexicon
   * @param cameo the type's CAMEO code, or {@code null}
   * @param factuality the event's factuality in this report
   * @param time when this report says it happened, or {@code null}
   * @param participants the participants this report names
   * @param scope how far it went according to this report, or {@code null}
   * @param scopeCue the words that give the scope, or {@code null}
   * @param claim the source that asserted it, or {@code null}
   * @param provenance the stage, rule or model and confidence of the event
   * @throws IllegalArgumentException if the id or type is blank, the index negative, or a scope
   *     is given without its cue or a cue without a scope
   */
  public EntryEvidence {
    Provenance.requireText(documentId, "documentId");
    if (event < 0) {
      throw new IllegalArgumentException("event must be an index >= 0, was " + event);
    }
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Provenance.requireText(type, "type of " + documentId + " event " + event);
    Objects.requireNonNull(factuality, "factuality");
    participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
    if ((scope == null) != (scopeCue == null)) {
      throw new IllegalArgumentException(
          "event " + event + " of " + documentId + " needs a scope and its cue together");
    }
    Objects.requireNonNull(provenance, "provenance");
  }

  /** {@return the sentence as quoted from the article} */
  @JsonIgnore
  public String quote() {
    return sentence.text();
  }
}
