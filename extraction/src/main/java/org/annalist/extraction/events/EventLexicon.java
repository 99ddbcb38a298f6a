package org.annalist.extraction.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.extraction.resources.ResourceLines;
import org.annalist.model.Factuality;

/**
 * The word lists of the {@link EventStage}: the event types with their CAMEO codes ({@code
 * types.tsv}), the trigger words of each type ({@code triggers.tsv}) and the cues that decide an
 * event's factuality ({@code cues.tsv}). The bundled files, under {@code
 * /org/annalist/extraction/events/}, document their columns in their first lines and their origin in
 * {@code SOURCES.md}.
 *
 * <p>The lexicon is extensible: copy the three bundled files into a folder, add types, triggers or
 * cues, and {@link #load(Path)} that folder. A trigger naming a type the types file lacks is an
 * error, as is a malformed line; both name the file and the line.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EventLexicon lexicon = EventLexicon.load();
 * lexicon.findType("visit").map(EventLexicon.EventType::cameo);   // Optional[042]
 * }</pre>
 */
public final class EventLexicon {

  private static final String BASE = "/org/annalist/extraction/events/";

  /** The files a lexicon is read from, for provenance. */
  public static final List<String> FILES = List.of("types.tsv", "triggers.tsv", "cues.tsv");

  /**
   * An event type.
   *
   * @param id the type's id ({@code suspend})
   * @param cameo its CAMEO code ({@code 160}); codes beginning with {@code X} are the project's own
   * @param verb the verb phrase that titles it, third person present ({@code suspends})
   * @param description what it covers
   */
  public record EventType(String id, String cameo, String verb, String description) {}

  /** The parts of speech a trigger entry accepts. */
  enum PartOfSpeech {
    VERB, NOUN, ANY;

    boolean accepts(String pos) {
      boolean verb = pos.equals("VERB") || pos.equals("AUX");
      boolean noun = pos.equals("NOUN") || pos.equals("PROPN");
      return switch (this) {
        case VERB -> verb;
        case NOUN -> noun;
        case ANY -> verb || noun || pos.equals("ADJ");
      };
    }
  }

  /**
   * A trigger entry: its words (a lemma, or a phrase of lemmas and words), the parts of speech of
   * its first word, its type, and the words one of which must be among its arguments (empty: none).
   */
  record Trigger(List<String> words, PartOfSpeech pos, EventType type, Set<String> condition) {

    String key() {
      return String.join(" ", words) + (condition.isEmpty() ? "" : "/condition");
    }
  }

  /** The kinds of factuality cue. */
  enum CueKind { CONDITIONAL, NEGATION, MODAL, ADVERB, GOVERNOR, SUPPORT }

  /** A factuality cue: a word, its kind and the factuality it gives. */
  record CueWord(String word, CueKind kind, Factuality factuality) {}

  private final Map<String, EventType> types;
  private final Map<String, List<Trigger>> triggers;
  private final Map<String, CueWord> cues;

  private EventLexicon(Map<String, EventType> types, Map<String, List<Trigger>> triggers,
      Map<String, CueWord> cues) {
    this.types = Map.copyOf(types);
    Map<String, List<Trigger>> sorted = new HashMap<>();
    // longer phrases first, then entries with a condition before the same words without one
    triggers.forEach((k, v) -> sorted.put(k, v.stream()
        .sorted(Comparator.comparing((Trigger t) -> -t.words().size())
            .thenComparing(t -> t.condition().isEmpty()))
        .toList()));
    this.triggers = Map.copyOf(sorted);
    this.cues = Map.copyOf(cues);
  }

  /**
   * {@return the bundled lexicon}
   *
   * @throws IllegalStateException naming the file and line if a bundled file is missing or
   *     malformed
   * @throws UncheckedIOException if a bundled file cannot be read
   */
  public static EventLexicon load() {
    Parser parser = new Parser();
    ResourceLines.read(EventLexicon.class, BASE + "types.tsv", "event types", parser::type);
    ResourceLines.read(EventLexicon.class, BASE + "triggers.tsv", "event triggers",
        parser::trigger);
    ResourceLines.read(EventLexicon.class, BASE + "cues.tsv", "factuality cues", parser::cue);
    return parser.build();
  }

  /**
   * {@return the lexicon in the files {@code types.tsv}, {@code triggers.tsv} and {@code cues.tsv}
   * of a folder}, in the bundled files' format
   *
   * @param folder the folder
   * @throws IllegalArgumentException naming the file and line if a file is malformed or a trigger
   *     names an unknown type
   * @throws UncheckedIOException naming the file if one is missing or cannot be read
   */
  public static EventLexicon load(Path folder) {
    Objects.requireNonNull(folder, "folder");
    Parser parser = new Parser();
    lines(folder.resolve("types.tsv"), parser::type);
    lines(folder.resolve("triggers.tsv"), parser::trigger);
    lines(folder.resolve("cues.tsv"), parser::cue);
    return parser.build();
  }

  private static void lines(Path file, Consumer<String> entry) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event lexicon file " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("# ")) {
        continue;
      }
      try {
        entry.accept(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            file + " line " + (i + 1) + ": " + e.getMessage() + ": '" + line + "'", e);
      }
    }
  }

  /** {@return every type, by id} */
  public List<EventType> types() {
    return types.values().stream().sorted(Comparator.comparing(EventType::id)).toList();
  }

  /**
   * {@return the type with this id, if the lexicon has it}
   *
   * @param id the type's id
   */
  public Optional<EventType> findType(String id) {
    return Optional.ofNullable(types.get(id));
  }

  /** {@return the trigger entries whose first word is {@code word}, best first} */
  List<Trigger> triggers(String word) {
    return triggers.getOrDefault(word, List.of());
  }

  /** {@return the factuality cue {@code word} is, if any} */
  Optional<CueWord> cue(String word) {
    return Optional.ofNullable(cues.get(word));
  }

  /** Takes the lines of the three files in order, so that triggers can name the types before them. */
  private static final class Parser {
    private final Map<String, EventType> types = new LinkedHashMap<>();
    private final Map<String, List<Trigger>> triggers = new HashMap<>();
    private final Map<String, CueWord> cues = new HashMap<>();

    void type(String line) {
      String[] f = columns(line, 4, 4);
      if (types.putIfAbsent(f[0], new EventType(f[0], f[1], f[2], f[3])) != null) {
        throw new IllegalArgumentException("type " + f[0] + " appears twice");
      }
    }

    void trigger(String line) {
      String[] f = columns(line, 3, 4);
      EventType type = types.get(f[2]);
      if (type == null) {
        throw new IllegalArgumentException("unknown event type " + f[2]);
      }
      PartOfSpeech pos = PartOfSpeech.valueOf(f[1].toUpperCase(Locale.ROOT));
      List<String> words = List.of(f[0].toLowerCase(Locale.ROOT).split(" "));
      Set<String> condition = f.length < 4 ? Set.of() : Set.of(f[3].split("\\|"));
      triggers.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Trigger(words, pos, type, condition));
    }

    void cue(String line) {
      String[] f = columns(line, 3, 3);
      CueWord cue = new CueWord(f[0], CueKind.valueOf(f[1].toUpperCase(Locale.ROOT)),
          Factuality.valueOf(f[2]));
      if (cues.putIfAbsent(f[0], cue) != null) {
        throw new IllegalArgumentException("cue " + f[0] + " appears twice");
      }
    }

    EventLexicon build() {
      return new EventLexicon(types, triggers, cues);
    }

    private static String[] columns(String line, int min, int max) {
      String[] f = line.split("\t");
      if (f.length < min || f.length > max) {
        throw new IllegalArgumentException(
            "expected " + (min == max ? min : min + " to " + max) + " tab-separated columns, found "
                + f.length);
      }
      for (String c : f) {
        if (c.isBlank()) {
          throw new IllegalArgumentException("a column is blank");
        }
      }
      return f;
    }
  }
}
