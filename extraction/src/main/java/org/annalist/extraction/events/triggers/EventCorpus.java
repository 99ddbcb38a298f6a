package org.annalist.extraction.events.triggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.annalist.core.eval.timeml.TimemlDocument;
import org.annalist.core.eval.timeml.TimemlEvent;
import org.annalist.core.eval.timeml.TimemlReader;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * TimeML documents with gold events, tokenised exactly as at run time: the TEXT of each {@code
 * .tml} file goes through the project's text stage, and each gold EVENT is given to the sentence
 * and the token it overlaps (the last overlapping token that is not punctuation; TimeML events are
 * almost always one token). The class comes from the EVENT element, tense, aspect, polarity and
 * modality from the event's MAKEINSTANCE, as {@link TimemlReader} reads them (missing values read
 * as {@code OCCURRENCE} / {@code NONE} / {@code POS} / no modality; the modality lower case,
 * {@code none} read as no modality).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EventCorpus timebank = EventCorpus.read(List.of(Path.of("TimeBank")),
 *     TextStage.create(EnglishModels.load()));
 * }</pre>
 *
 * @param sentences every sentence of every document, documents in file-name order
 * @param documents the number of documents read
 * @param unplaced gold events that overlap no token (not counted anywhere)
 */
public record EventCorpus(List<Sentence> sentences, int documents, int unplaced) {

  /**
   * Checks the components.
   *
   * @param sentences every sentence of every document, documents in file-name order
   * @param documents the number of documents read
   * @param unplaced gold events that overlap no token
   * @throws IllegalArgumentException if a count is negative
   */
  public EventCorpus {
    sentences = List.copyOf(sentences);
    if (documents < 0 || unplaced < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /**
   * One sentence and its gold events.
   *
   * @param document the TimeML document's id
   * @param tokens the sentence's tokens, from the text stage
   * @param events the gold events, in token order
   */
  public record Sentence(String document, List<Token> tokens, List<GoldEvent> events) {

    /**
     * Checks the components.
     *
     * @param document the TimeML document's id
     * @param tokens the sentence's tokens, from the text stage
     * @param events the gold events, in token order
     * @throws NullPointerException if a component is {@code null}
     */
    public Sentence {
      Objects.requireNonNull(document, "document");
      tokens = List.copyOf(tokens);
      events = List.copyOf(events);
    }
  }

  /**
   * A gold event.
   *
   * @param eid the TimeML event id
   * @param token the index of its trigger token in the sentence
   * @param first the index of the first token it overlaps
   * @param last the index of the last token it overlaps
   * @param span the EVENT's characters
   * @param attributes its gold attributes
   */
  public record GoldEvent(
      String eid, int token, int first, int last, Span span, EventAttributes attributes) {

    /**
     * Checks the components.
     *
     * @param eid the TimeML event id
     * @param token the index of its trigger token in the sentence
     * @param first the index of the first token it overlaps
     * @param last the index of the last token it overlaps
     * @param span the EVENT's characters
     * @param attributes its gold attributes
     * @throws IllegalArgumentException if the indices are not {@code 0 <= first <= token <= last}
     */
    public GoldEvent {
      Objects.requireNonNull(eid, "eid");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(attributes, "attributes");
      if (first < 0 || token < first || last < token) {
        throw new IllegalArgumentException("bad token range " + first + " " + token + " " + last);
      }
    }
  }

  /** {@return the number of gold events} */
  public int eventCount() {
    return sentences.stream().mapToInt(s -> s.events().size()).sum();
  }

  /** {@return the number of tokens} */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /**
   * Reads every {@code .tml} file under the given directories (sub-directories included), or the
   * given files, in path order.
   *
   * @param inputs directories or {@code .tml} files
   * @param text the text stage
   * @return the corpus
   * @throws UncheckedIOException if a file cannot be read
   * @throws org.annalist.core.InvalidInputException if a file is not TimeML
   */
  public static EventCorpus read(List<Path> inputs, TextStage text) {
    Objects.requireNonNull(text, "text");
    Pipeline pipeline = Pipeline.builder().add(text).build();
    TimemlReader reader = TimemlReader.create();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".tml"))
              .filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
        }
      } else {
        files.add(input);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    int unplaced = 0;
    for (Path file : files) {
      String xml;
      try {
        xml = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
      }
      TimemlDocument doc = reader.read(xml, file.toString());
      AnalyzedDocument analyzed = pipeline.analyze(documentId(doc.id()), doc.text());
      unplaced += place(doc, analyzed.expect(TextLayer.KEY), sentences);
    }
    return new EventCorpus(sentences, files.size(), unplaced);
  }

  private static int place(TimemlDocument doc, TextLayer layer, List<Sentence> out) {
    List<TimemlEvent> events = doc.events();
    int e = 0;
    int unplaced = 0;
    for (org.annalist.model.Sentence s : layer.sentences()) {
      List<Token> tokens = layer.tokens(s);
      List<GoldEvent> gold = new ArrayList<>();
      while (e < events.size() && events.get(e).span().begin() < s.span().end()) {
        TimemlEvent event = events.get(e++);
        GoldEvent g = place(event, tokens, attributes(event));
        if (g == null) {
          unplaced++;
        } else {
          gold.add(g);
        }
      }
      out.add(new Sentence(doc.id(), tokens, gold));
    }
    return unplaced + events.size() - e;
  }

  private static GoldEvent place(TimemlEvent event, List<Token> tokens, EventAttributes gold) {
    Span span = event.span();
    int first = -1;
    int last = -1;
    int head = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i).span();
      if (t.begin() < span.end() && span.begin() < t.end()) {
        if (first < 0) {
          first = i;
        }
        last = i;
        if (!tokens.get(i).pos().equals("PUNCT")) {
          head = i;
        }
      }
    }
    if (first < 0) {
      return null;
    }
    return new GoldEvent(event.eid(), head < 0 ? last : head, first, last, span, gold);
  }

  private static EventAttributes attributes(TimemlEvent event) {
    EventClass eventClass =
        event.eventClass() == null ? EventClass.OCCURRENCE : event.eventClass();
    EventTense tense = event.tense() == null ? EventTense.NONE : event.tense();
    EventAspect aspect = event.aspect() == null ? EventAspect.NONE : event.aspect();
    Polarity polarity = event.polarity() == null ? Polarity.POS : event.polarity();
    String modality = event.modality();
    if (modality != null) {
      modality = modality.strip().toLowerCase(Locale.ROOT);
      if (modality.isEmpty() || modality.equals("none")) {
        modality = null;
      }
    }
    return new EventAttributes(eventClass, tense, aspect, polarity, modality);
  }

  private static String documentId(String timemlId) {
    String id = timemlId.replaceAll("[^A-Za-z0-9._-]", "_");
    return id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) ? "d" + id : id;
  }
}
