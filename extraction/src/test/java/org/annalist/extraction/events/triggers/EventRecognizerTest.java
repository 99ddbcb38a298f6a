package org.annalist.extraction.events.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed event model on sentences written for these tests (none is from TBAQ). */
class EventRecognizerTest {

  private static final EventRecognizer EVENTS = EventRecognizer.load();

  private static final Pipeline TEXT =
      Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();

  /** The tokens of the first sentence of {@code text}, from the text stage. */
  static List<Token> tokens(String text) {
    TextLayer layer = TEXT.analyze("t", text).expect(TextLayer.KEY);
    Sentence first = layer.sentences().get(0);
    return layer.tokens(first);
  }

  /** The event whose trigger is the word {@code word} of {@code text}, if found. */
  static Optional<EventAttributes> event(String text, String word) {
    List<Token> tokens = tokens(text);
    for (RecognizedEvent e : EVENTS.recognize(tokens)) {
      if (tokens.get(e.token()).text().equals(word)) {
        return Optional.of(e.attributes());
      }
    }
    return Optional.empty();
  }

  static EventAttributes found(String text, String word) {
    return event(text, word).orElseThrow(
        () -> new AssertionError("no event '" + word + "' in: " + text + " " + describe(text)));
  }

  private static String describe(String text) {
    List<Token> tokens = tokens(text);
    List<String> found = new ArrayList<>();
    for (RecognizedEvent e : EVENTS.recognize(tokens)) {
      found.add(tokens.get(e.token()).text() + "/" + e.attributes().eventClass());
    }
    return found.toString();
  }

  @Test
  void loadsTheCommittedModel() {
    assertThat(EVENTS.modelName()).isEqualTo(EventRecognizer.MODEL);
    assertThat(EVENTS.threshold()).isBetween(0.0, 1.0);
    assertThat(EVENTS.featureGroups()).isNotEmpty();
  }

  @Test
  void pastOccurrence() {
    EventAttributes a = found("The minister visited three flooded villages on Tuesday.",
        "visited");
    assertThat(a.eventClass()).isEqualTo(EventClass.OCCURRENCE);
    assertThat(a.tense()).isEqualTo(EventTense.PAST);
    assertThat(a.aspect()).isEqualTo(EventAspect.NONE);
    assertThat(a.polarity()).isEqualTo(Polarity.POS);
    assertThat(a.modality()).isNull();
  }

  @Test
  void reporting() {
    EventAttributes a = found("Officials said the ferry service had resumed.", "said");
    assertThat(a.eventClass()).isEqualTo(EventClass.REPORTING);
    assertThat(a.tense()).isEqualTo(EventTense.PAST);
  }

  @Test
  void future() {
    EventAttributes a = found("The airline will suspend its flights to the island.", "suspend");
    assertThat(a.tense()).isEqualTo(EventTense.FUTURE);
    assertThat(a.modality()).isNull();
  }

  @Test
  void negatedPerfect() {
    EventAttributes a = found("The company has not broken any of the rules, its lawyer said.",
        "broken");
    assertThat(a.polarity()).isEqualTo(Polarity.NEG);
    assertThat(a.aspect()).isEqualTo(EventAspect.PERFECTIVE);
    assertThat(a.tense()).isEqualTo(EventTense.PRESENT);
  }

  @Test
  void modality() {
    EventAttributes a = found("Engineers warned that the old dam would collapse in a flood.",
        "collapse");
    assertThat(a.modality()).isEqualTo("would");
    assertThat(a.tense()).isEqualTo(EventTense.NONE);
  }

  @Test
  void nominalEvents() {
    EventAttributes suspension =
        found("The suspension of the talks angered the farmers.", "suspension");
    assertThat(suspension.tense()).isEqualTo(EventTense.NONE);
    assertThat(suspension.aspect()).isEqualTo(EventAspect.NONE);
    EventAttributes attack = found("Two soldiers died in the attack on the convoy.", "attack");
    assertThat(attack.tense()).isEqualTo(EventTense.NONE);
  }

  @Test
  void noEventInAFunctionWordOrName() {
    List<Token> tokens = tokens("The minister visited three flooded villages on Tuesday.");
    for (RecognizedEvent e : EVENTS.recognize(tokens)) {
      assertThat(tokens.get(e.token()).text()).isNotIn("The", "three", "on", "Tuesday", ".");
    }
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(EVENTS.recognize(List.of())).isEmpty();
  }

  @Test
  void eventsAreInTokenOrderWithValidConfidence() {
    List<Token> tokens = tokens("Police arrested two men after the robbery and said they "
        + "would charge them.");
    List<RecognizedEvent> events = EVENTS.recognize(tokens);
    assertThat(events).hasSizeGreaterThanOrEqualTo(2);
    for (int k = 0; k < events.size(); k++) {
      assertThat(events.get(k).confidence()).isBetween(0.0, 1.0);
      assertThat(events.get(k).token()).isBetween(0, tokens.size() - 1);
      if (k > 0) {
        assertThat(events.get(k).token()).isGreaterThan(events.get(k - 1).token());
      }
    }
  }

  @Test
  void aLongSentenceCompletes() {
    List<Token> sentence = tokens("The council voted to close the bridge after the storm.");
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    while (tokens.size() < 5000) {
      for (Token t : sentence) {
        String text = t.text();
        Span span = new Span(offset + t.span().begin(), offset + t.span().end(), text);
        tokens.add(new Token(span, t.pos(), t.lemma(), t.confidence()));
      }
      offset += 1000;
    }
    long start = System.nanoTime();
    List<RecognizedEvent> events = EVENTS.recognize(tokens);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(events).isNotEmpty();
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void deterministic() {
    List<Token> tokens = tokens("The court rejected the appeal and ordered a new trial.");
    EventRecognizer again = EventRecognizer.load();
    assertThat(again.recognize(tokens)).isEqualTo(EVENTS.recognize(tokens));
    assertThat(EVENTS.recognize(tokens)).isEqualTo(EVENTS.recognize(tokens));
  }

  @Test
  void threadSafe() throws Exception {
    List<List<Token>> sentences = List.of(
        tokens("The court rejected the appeal and ordered a new trial."),
        tokens("Protesters blocked the road for hours before police cleared it."),
        tokens("The bank expects growth to slow next year."));
    List<List<RecognizedEvent>> expected = new ArrayList<>();
    for (List<Token> s : sentences) {
      expected.add(EVENTS.recognize(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 50; round++) {
            for (int k = 0; k < sentences.size(); k++) {
              if (!EVENTS.recognize(sentences.get(k)).equals(expected.get(k))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writesAndReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("copy.bin");
    try (var out = Files.newOutputStream(file)) {
      EVENTS.write(out);
    }
    EventRecognizer copy = EventRecognizer.load(file);
    assertThat(copy.modelName()).isEqualTo("copy.bin");
    List<Token> tokens = tokens("The storm destroyed hundreds of homes, officials said.");
    assertThat(copy.recognize(tokens)).isEqualTo(EVENTS.recognize(tokens));
    assertThat(copy.threshold()).isEqualTo(EVENTS.threshold());
  }

  @Test
  void rejectsFilesThatAreNoModel(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("a.bin"), "not a model");
    assertThatThrownBy(() -> EventRecognizer.load(text)).isInstanceOf(IOException.class)
        .hasMessageContaining("a.bin");
    Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
    assertThatThrownBy(() -> EventRecognizer.load(empty)).isInstanceOf(IOException.class)
        .hasMessageContaining("empty.bin");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EVENTS.write(bytes);
    byte[] half = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    Path truncated = Files.write(dir.resolve("half.bin"), half);
    assertThatThrownBy(() -> EventRecognizer.load(truncated)).isInstanceOf(IOException.class)
        .hasMessageContaining("half.bin");
    assertThatThrownBy(() -> EventRecognizer.load(dir.resolve("missing.bin")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void recordChecksItsComponents() {
    EventAttributes a = new EventAttributes(EventClass.OCCURRENCE, EventTense.PAST,
        EventAspect.NONE, Polarity.POS, null);
    assertThat(new RecognizedEvent(0, a, 1.0).token()).isZero();
    assertThatThrownBy(() -> new RecognizedEvent(-1, a, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecognizedEvent(0, null, 0.5))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RecognizedEvent(0, a, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecognizedEvent(0, a, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
