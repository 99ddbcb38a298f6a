package org.annalist.extraction.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.core.pipeline.Stage;
import org.annalist.extraction.events.EventLexicon.EventType;
import org.annalist.extraction.events.Factualities.Decision;
import org.annalist.extraction.events.Typing.Match;
import org.annalist.extraction.events.triggers.EventRecognizer;
import org.annalist.extraction.events.triggers.RecognizedEvent;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.EntityLayer;
import org.annalist.model.Event;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.EventTime;
import org.annalist.model.Factuality;
import org.annalist.model.ItemFailure;
import org.annalist.model.LayerKey;
import org.annalist.model.Provenance;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.TimeLayer;
import org.annalist.model.Token;

/**
 * The {@code "events"} stage: finds every event mention of a document and says what it is, whether
 * the text asserts it, who took part and when, in an {@link EventLayer}.
 *
 * <ul>
 *   <li><b>Mentions.</b> The TimeML event mentions of each sentence come from the statistical
 *       {@link EventRecognizer} (class, tense, aspect, polarity, modality; provenance rule {@code
 *       model:<file>}), and from the trigger words of the {@link EventLexicon} that the model
 *       missed (rule {@code lexicon:<entry>}), except words inside an entity's name. No mention is
 *       dropped: one the lexicon does not type is kept as {@link Event#OTHER}.
 *   <li><b>Type</b> from the lexicon's trigger entries ({@link Typing}): the first entry whose
 *       words, part of speech and condition fit, with the type's CAMEO code.
 *   <li><b>Factuality</b> from the cues left of the trigger in its clause ({@link Factualities}:
 *       {@code if}, {@code not}, {@code threatening to}, {@code plans to}, {@code urged … to},
 *       {@code would}, {@code may}, {@code reportedly}), with the cue's span and rule. An event the
 *       text would otherwise assert that lies in the content of an attributed claim of the claims
 *       layer is {@link Factuality#REPORTED} and names that claim; any event inside such a claim
 *       names it.
 *   <li><b>Participants</b> ({@link Participants}): agent, patient, target and location among the
 *       entity mentions of the clause, resolved to entities, a capital to the country it stands
 *       for.
 *   <li><b>Time</b> ({@link Anchors}): the expression of the same clause, else of the sentence, else,
 *       for a past finite verb, of the narrative before it in the paragraph, each less sure; an
 *       event without one is kept, undated.
 * </ul>
 *
 * <p>Boilerplate, bylines, datelines and date lines are skipped. A sentence whose analysis throws is
 * recorded as an {@link ItemFailure} and the rest of the document is kept. Every rule looks at a
 * bounded window around its trigger, so the stage is linear in the length of the text.
 *
 * <p>Immutable and thread-safe: one instance can serve any number of threads.
 *
 * <pre>{@code
 * Stage events = EventStage.create(EventRecognizer.load());
 * Pipeline pipeline = Pipeline.builder()
 *     .add(text).add(time).add(entities).add(claims).add(events).build();
 * }</pre>
 */
public final class EventStage implements Stage {

  /** The stage's name. */
  public static final String NAME = "events";

  /** Confidence of a mention only the lexicon found. */
  static final double LEXICON_CONFIDENCE = 0.6;

  private static final Set<StructureLabel> SKIPPED = Set.of(StructureLabel.BOILERPLATE,
      StructureLabel.BYLINE, StructureLabel.DATELINE, StructureLabel.DATE_LINE);

  private final EventRecognizer recognizer;
  private final EventLexicon lexicon;
  private final Typing typing;
  private final Factualities factualities;

  private EventStage(EventRecognizer recognizer, EventLexicon lexicon) {
    this.recognizer = recognizer;
    this.lexicon = lexicon;
    this.typing = new Typing(lexicon);
    this.factualities = new Factualities(lexicon);
  }

  /**
   * {@return the stage over a recogniser and the bundled lexicon}
   *
   * @param recognizer the event mention recogniser, shared
   * @throws IllegalStateException if the bundled lexicon is missing or malformed
   */
  public static EventStage create(EventRecognizer recognizer) {
    return create(recognizer, EventLexicon.load());
  }

  /**
   * {@return the stage over a recogniser and a lexicon}
   *
   * @param recognizer the event mention recogniser, shared
   * @param lexicon the event types, triggers and factuality cues
   */
  public static EventStage create(EventRecognizer recognizer, EventLexicon lexicon) {
    return new EventStage(Objects.requireNonNull(recognizer, "recognizer"),
        Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TextLayer.KEY, TimeLayer.KEY, EntityLayer.KEY, ClaimLayer.KEY);
  }

  @Override
  public LayerKey<?> provides() {
    return EventLayer.KEY;
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    TextLayer text = document.expect(TextLayer.KEY);
    TimeLayer time = document.expect(TimeLayer.KEY);
    EntityLayer entities = document.expect(EntityLayer.KEY);
    Words w = new Words(document.text(), text, entities.mentions(), time.expressions());
    Anchors anchors = new Anchors(w, time.expressions());
    Participants participants = new Participants(w, entities.mentions());
    ClaimIndex claims = new ClaimIndex(document.expect(ClaimLayer.KEY).claims());
    List<StructureElement> structure = document.document().structure();
    List<Event> events = new ArrayList<>();
    List<ItemFailure> failures = new ArrayList<>();
    List<Anchors.Candidate> narrative = new ArrayList<>();
    int element = -1;
    int narrativeElement = -2;
    List<Integer> sentenceCandidates = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (SKIPPED.contains(s.section()) || s.tokenCount() == 0) {
        continue;
      }
      while (element + 1 < structure.size()
          && structure.get(element + 1).span().begin() <= s.span().begin()) {
        element++;
      }
      if (element != narrativeElement) {
        narrative.clear();
        sentenceCandidates.clear();
        narrativeElement = element;
      }
      List<Anchors.Candidate> here = candidates(w, anchors, s);
      try {
        events.addAll(sentence(w, text.tokens(s), s, here, narrative, anchors, participants,
            claims));
      } catch (RuntimeException e) {
        failures.add(ItemFailure.of(document.id(), NAME, "sentence", s.span(), e));
      }
      sentenceCandidates.add(here.size());
      narrative.addAll(here);
      if (sentenceCandidates.size() > Anchors.NARRATIVE_SENTENCES) {
        int drop = sentenceCandidates.remove(0);
        narrative.subList(0, drop).clear();
      }
    }
    List<String> models = new ArrayList<>();
    models.add(recognizer.modelName());
    models.addAll(EventLexicon.FILES);
    return document.with(new EventLayer(NAME, models, events), failures);
  }

  private static List<Anchors.Candidate> candidates(Words w, Anchors anchors, Sentence s) {
    List<Anchors.Candidate> found = new ArrayList<>();
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (w.expression[k] < 0) {
        continue;
      }
      int last = Math.min(Words.runEnd(w.expression, k), s.endToken() - 1);
      Anchors.Candidate c = anchors.candidate(w.expression[k], k, last);
      if (c != null) {
        found.add(c);
      }
      k = last;
    }
    return found;
  }

  private List<Event> sentence(Words w, List<Token> tokens, Sentence s,
      List<Anchors.Candidate> here, List<Anchors.Candidate> narrative, Anchors anchors,
      Participants participants, ClaimIndex claims) {
    int first = s.firstToken();
    int end = s.endToken();
    TreeMap<Integer, RecognizedEvent> recognized = new TreeMap<>();
    for (RecognizedEvent r : recognizer.recognize(tokens)) {
      if (r.token() >= tokens.size()) {
        throw new IllegalStateException("the recogniser returned token " + r.token()
            + " of a sentence of " + tokens.size());
      }
      recognized.put(first + r.token(), r);
    }
    List<Event> events = new ArrayList<>();
    int covered = first;
    for (int k = first; k < end; k++) {
      if (k < covered) {
        continue;
      }
      RecognizedEvent r = recognized.get(k);
      Optional<Match> match = typing.match(w, k, first, end);
      if (r == null && (match.isEmpty() || w.mention[k] >= 0 || w.expression[k] >= 0)) {
        continue;
      }
      int last = match.map(Match::last).orElse(k);
      covered = last + 1;
      events.add(event(w, tokens, s, k, last, r, match, here, narrative, anchors, participants,
          claims));
    }
    return events;
  }

  private Event event(Words w, List<Token> tokens, Sentence s, int k, int last, RecognizedEvent r,
      Optional<Match> match, List<Anchors.Candidate> here, List<Anchors.Candidate> narrative,
      Anchors anchors, Participants participants, ClaimIndex claims) {
    Span trigger = w.span(k, last);
    EventType type = match.map(m -> m.trigger().type()).orElse(null);
    String typeId = type == null ? Event.OTHER : type.id();
    Decision decision = factualities.decide(w, k, s.firstToken());
    EventAttributes attributes =
        r != null ? r.attributes() : lexiconAttributes(tokens, w, k, s, type);
    Integer claim = claims.find(trigger);
    Factuality factuality = decision.factuality();
    if (factuality == Factuality.ASSERTED && claim != null) {
      factuality = Factuality.REPORTED;
    }
    List<EventParticipant> found = type == null && w.isNoun(k)
        ? List.of()
        : participants.find(k, last, typeId, s.firstToken(), s.endToken());
    EventTime when = anchors.anchor(k, w.isPastFinite(k, s.firstToken()), here, narrative);
    String rule = (r != null ? "model:" + recognizer.modelName() : "lexicon")
        + match.map(m -> "+type:" + m.trigger().key()).orElse("");
    double confidence = r != null ? r.confidence() : LEXICON_CONFIDENCE;
    return new Event(trigger, s.span(), attributes, typeId, type == null ? null : type.cameo(),
        factuality, decision.cue(), claim, found, when, new Provenance(NAME, rule, confidence));
  }

  /** The TimeML attributes of a mention the lexicon found and the model did not. */
  private EventAttributes lexiconAttributes(List<Token> tokens, Words w, int k, Sentence s,
      EventType type) {
    EventClass eventClass = type != null && type.id().equals("make-statement") && w.isVerb(k)
        ? EventClass.REPORTING
        : EventClass.OCCURRENCE;
    return recognizer.describe(tokens, k - s.firstToken(), eventClass);
  }

  /** The content spans of the attributed claims, to find the claim an event lies in. */
  private static final class ClaimIndex {
    private final int[] begins;
    private final int[] ends;
    private final int[] claims;

    ClaimIndex(List<Claim> all) {
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Claim c = all.get(i);
        if (c.kind() == ClaimKind.REPORTED_BY_ARTICLE) {
          continue;
        }
        for (Span content : c.content()) {
          spans.add(new int[] {content.begin(), content.end(), i});
        }
      }
      spans.sort((a, b) -> Integer.compare(a[0], b[0]));
      begins = spans.stream().mapToInt(a -> a[0]).toArray();
      ends = spans.stream().mapToInt(a -> a[1]).toArray();
      claims = spans.stream().mapToInt(a -> a[2]).toArray();
    }

    /** {@return the claim whose content holds the span, or null} */
    Integer find(Span span) {
      int lo = 0;
      int hi = begins.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (begins[mid] <= span.begin()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      // content spans of different claims rarely nest; look at the few that begin before
      for (int i = lo - 1; i >= Math.max(0, lo - 4); i--) {
        if (ends[i] >= span.end()) {
          return claims[i];
        }
      }
      return null;
    }
  }
}
