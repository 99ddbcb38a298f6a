package org.annalist.testcorpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.EventTime;
import org.annalist.model.Factuality;
import org.annalist.model.ParticipantRole;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the {@link EventLayer} of an analysed document. {@link #hasEvent()} starts
 * a selection of the document's events and each {@code with…} narrows it, failing, with the
 * candidates it had and their actual values, when no event is left:
 *
 * <pre>{@code
 * EventAssert.assertThat(document).hasEvent()
 *     .inSentenceContaining("Barak also visited Colombia").withTrigger("visited")
 *     .withType("visit", "042").withFactuality(ASSERTED)
 *     .withParticipant(AGENT, "person:ehud-barak").onDay("2012-04-16");
 * }</pre>
 *
 * <p>Put the criteria that identify the event (its sentence and trigger) first, so that a later
 * failure shows that event's actual type, factuality, participants or time.
 */
final class EventAssert extends AbstractAssert<EventAssert, List<Event>> {

  private final AnalyzedDocument document;
  private final String selection;

  private EventAssert(List<Event> events, AnalyzedDocument document, String selection) {
    super(events, EventAssert.class);
    this.document = document;
    this.selection = selection;
  }

  /** Assertions on all the events of {@code document}. */
  static EventAssert assertThat(AnalyzedDocument document) {
    Objects.requireNonNull(document, "document");
    return new EventAssert(document.expect(EventLayer.KEY).events(), document,
        "an event of " + document.id());
  }

  /** Starts a selection: the document has at least one event. */
  EventAssert hasEvent() {
    isNotNull();
    if (actual.isEmpty()) {
      failWithMessage("expected %s but the document has no events", selection);
    }
    return this;
  }

  /** The event's sentence contains {@code text}, which must occur in the document. */
  EventAssert inSentenceContaining(String text) {
    if (!document.text().contains(text)) {
      throw new IllegalArgumentException(
          "the test is wrong: \"" + text + "\" does not occur in " + document.id());
    }
    return narrow("in the sentence containing \"" + text + "\"",
        e -> e.sentence().text().contains(text), e -> "sentence \"" + e.sentence().text() + "\"");
  }

  /** The event's trigger is exactly {@code text}. */
  EventAssert withTrigger(String text) {
    return narrow("with the trigger \"" + text + "\"", e -> e.trigger().text().equals(text),
        e -> "trigger \"" + e.trigger().text() + "\"");
  }

  /** The event has the lexicon type {@code type} and the CAMEO code {@code cameo}. */
  EventAssert withType(String type, String cameo) {
    return narrow("of type " + type + " (CAMEO " + cameo + ")",
        e -> e.type().equals(type) && cameo.equals(e.cameo()),
        e -> "type " + e.type() + " (CAMEO " + e.cameo() + ")");
  }

  EventAssert withFactuality(Factuality factuality) {
    return narrow("with factuality " + factuality, e -> e.factuality() == factuality,
        e -> e.factuality() + (e.factualityCue() == null ? ""
            : " (cue \"" + e.factualityCue().span().text() + "\", " + e.factualityCue().rule()
                + ")"));
  }

  /** The factuality cue's words are {@code text}. */
  EventAssert withCue(String text) {
    return narrow("with the factuality cue \"" + text + "\"",
        e -> e.factualityCue() != null && e.factualityCue().span().text().equals(text),
        e -> e.factualityCue() == null ? "no cue" : "cue \"" + e.factualityCue().span().text()
            + "\"");
  }

  /** A participant in {@code role} resolves to the entity {@code entityId}. */
  EventAssert withParticipant(ParticipantRole role, String entityId) {
    return narrow("with " + role + " " + entityId,
        e -> e.participants().stream()
            .anyMatch(p -> p.role() == role && entityId.equals(p.entityId())),
        e -> participants(e));
  }

  /** The event's interval is the single day {@code day}. */
  EventAssert onDay(String day) {
    LocalDate date = LocalDate.parse(day);
    return narrow("on " + day,
        e -> e.time() != null && date.equals(e.time().earliest())
            && date.equals(e.time().latest()),
        e -> time(e.time()));
  }

  /** The event's interval is exactly [{@code earliest}, {@code latest}]. */
  EventAssert within(String earliest, String latest) {
    return narrow("within [" + earliest + ", " + latest + "]",
        e -> e.time() != null && LocalDate.parse(earliest).equals(e.time().earliest())
            && LocalDate.parse(latest).equals(e.time().latest()),
        e -> time(e.time()));
  }

  /** The event happened on {@code earliest} or later: the interval is open above. */
  EventAssert notBefore(String earliest) {
    return narrow("on " + earliest + " or later",
        e -> e.time() != null && LocalDate.parse(earliest).equals(e.time().earliest())
            && e.time().latest() == null,
        e -> time(e.time()));
  }

  /** The event's time comes from an expression with the TIMEX3 value {@code value}. */
  EventAssert withTimeValue(String value) {
    return narrow("with the time value " + value,
        e -> e.time() != null && e.time().value().equals(value), e -> time(e.time()));
  }

  private EventAssert narrow(String criterion, Predicate<Event> test,
      Function<Event, Object> actualValue) {
    isNotNull();
    List<Event> left = actual.stream().filter(test).toList();
    if (left.isEmpty()) {
      String values = actual.stream().limit(40)
          .map(e -> "\n  " + actualValue.apply(e) + " in " + describe(e))
          .collect(Collectors.joining());
      failWithMessage("expected %s %s, but none is; the candidates have:%s", selection, criterion,
          values);
    }
    return new EventAssert(left, document, selection + " " + criterion);
  }

  private static String time(EventTime t) {
    return t == null ? "no time"
        : "time " + t.value() + " [" + t.earliest() + ", " + t.latest() + "] (" + t.rule() + ")";
  }

  private static String participants(Event e) {
    return e.participants().stream()
        .map((EventParticipant p) -> p.role() + " \"" + p.span().text() + "\" -> " + p.entityId())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String describe(Event e) {
    return "\"" + e.trigger().text() + "\" at " + e.trigger().begin() + " (" + e.type() + ", "
        + e.factuality() + ", " + participants(e) + ", " + time(e.time()) + ")";
  }
}
