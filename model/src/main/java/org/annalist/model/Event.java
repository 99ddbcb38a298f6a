package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One event mention of a document: its trigger (a verb, a nominalisation such as {@code
 * suspension}, an adjective or predicative state), its TimeML attributes, its type in the event
 * lexicon with the CAMEO code, whether the text asserts it, who took part, and when.
 *
 * <p>Every event the text mentions is kept: one without a type in the lexicon has type {@link
 * #OTHER} and no CAMEO code; one with no governing temporal expression has no {@code time}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Event e : analyzed.expect(EventLayer.KEY).events()) {
 *   if (e.factuality() == Factuality.ASSERTED && !e.isOther()) {
 *     System.out.println(e.type() + " " + e.cameo() + " " + e.trigger().text());
 *   }
 * }
 * }</pre>
 *
 * @param trigger the characters of the trigger word
 * @param sentence the sentence the trigger is in
 * @param attributes the TimeML class, tense, aspect, polarity and modality
 * @param type the type's id in the event lexicon ({@code suspend}, {@code visit}...), or {@link
 *     #OTHER}
 * @param cameo the type's CAMEO code ({@code 042}), or {@code null} for {@link #OTHER}
 * @param factuality whether the text asserts the event
 * @param factualityCue the words that decided a factuality other than {@link Factuality#ASSERTED}
 *     and {@link Factuality#REPORTED}, or {@code null}
 * @param claim the index, in the document's claim layer, of the attributed claim whose content
 *     holds the trigger, or {@code null}; never {@code null} when the event is {@link
 *     Factuality#REPORTED}
 * @param participants the participants, in text order
 * @param time when the event happened, or {@code null} when the text does not say
 * @param provenance the stage, the rules or model that found and typed the event, and a confidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
    @Valid @NotNull Span trigger,
    @Valid @NotNull Span sentence,
    @NotNull @Valid EventAttributes attributes,
    @NotBlank String type,
    String cameo,
    @NotNull Factuality factuality,
    @Valid FactualityCue factualityCue,
    @PositiveOrZero Integer claim,
    @NotNull List<@Valid @NotNull EventParticipant> participants,
    @Valid EventTime time,
    @Valid @NotNull Provenance provenance) {

  /** The type of an event the lexicon does not type. */
  public static final String OTHER = "other";

  /**
   * Checks and copies the components.
   *
   * @param trigger the characters of the trigger word
   * @param sentence the sentence the trigger is in
   * @param attributes the TimeML class, tense, aspect, polarity and modality
   * @param type the type's id in the event lexicon, or {@link #OTHER}
   * @param cameo the type's CAMEO code, or {@code null} for {@link #OTHER}
   * @param factuality whether the text asserts the event
   * @param factualityCue the words that decided the factuality, or {@code null}
   * @param claim the index of the attributed claim that holds the trigger, or {@code null}
   * @param participants the participants, in text order
   * @param time when the event happened, or {@code null}
   * @param provenance the stage, the rules or model, and a confidence
   * @throws NullPointerException if a required component is {@code null}
   * @throws IllegalArgumentException if the trigger is empty or outside its sentence, a typed event
   *     has no CAMEO code or {@link #OTHER} has one, a cue is given with {@link
   *     Factuality#ASSERTED} or {@link Factuality#REPORTED} or missing with any other, a reported
   *     event names no claim, or the claim index is negative
   */
  public Event {
    Objects.requireNonNull(trigger, "trigger");
    if (trigger.length() == 0) {
      throw new IllegalArgumentException("a trigger cannot be empty, at " + trigger.begin());
    }
    Objects.requireNonNull(sentence, "sentence of event " + trigger);
    if (trigger.begin() < sentence.begin() || trigger.end() > sentence.end()) {
      throw new IllegalArgumentException(
          "trigger " + trigger + " is not inside its sentence " + sentence);
    }
    Objects.requireNonNull(attributes, "attributes of event " + trigger);
    Provenance.requireText(type, "type of event " + trigger);
    if (type.equals(OTHER) != (cameo == null)) {
      throw new IllegalArgumentException("event " + trigger + " of type " + type
          + (cameo == null ? " needs a CAMEO code" : " cannot have CAMEO code " + cameo));
    }
    if (cameo != null) {
      Provenance.requireText(cameo, "CAMEO code of event " + trigger);
    }
    Objects.requireNonNull(factuality, "factuality of event " + trigger);
    boolean needsCue =
        factuality != Factuality.ASSERTED && factuality != Factuality.REPORTED;
    if (needsCue != (factualityCue != null)) {
      throw new IllegalArgumentException("event " + trigger + " is " + factuality
          + (needsCue ? " but names no cue" : " and so cannot have cue " + factualityCue));
    }
    if (claim != null && claim < 0) {
      throw new IllegalArgumentException("claim must be an index >= 0, was " + claim);
    }
    if (factuality == Factuality.REPORTED && claim == null) {
      throw new IllegalArgumentException("reported event " + trigger + " names no claim");
    }
    participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
    Objects.requireNonNull(provenance, "provenance of event " + trigger);
  }

  /** {@return whether the lexicon gave the event no type} */
  @JsonIgnore
  public boolean isOther() {
    return type.equals(OTHER);
  }

  /** {@return when the event happened, if the text says} */
  public Optional<EventTime> findTime() {
    return Optional.ofNullable(time);
  }

  /**
   * {@return the first participant in the role, if any}
   *
   * @param role the role
   */
  public Optional<EventParticipant> findParticipant(ParticipantRole role) {
    return participants.stream().filter(p -> p.role() == role).findFirst();
  }

  /** {@return every span the event points to: the trigger, the sentence, cue, participants} */
  public Stream<Span> spans() {
    List<Span> all = new ArrayList<>(List.of(trigger, sentence));
    if (factualityCue != null) {
      all.add(factualityCue.span());
    }
    participants.forEach(p -> all.add(p.span()));
    return all.stream();
  }
}
