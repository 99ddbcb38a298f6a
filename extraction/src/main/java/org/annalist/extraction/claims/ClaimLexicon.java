package org.annalist.extraction.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annalist.extraction.resources.ResourceLines;
import org.annalist.model.ChannelType;

/**
 * The word lists of the claims stage: speech cues, channels and the descriptions that can name a
 * source. The bundled lists ({@link #load()}) are the files {@code cues.tsv}, {@code channels.tsv}
 * and {@code descriptions.tsv} of the package {@code org.annalist.extraction.claims} on the class
 * path; {@code SOURCES.md} beside them says what each column means and where the entries came from.
 *
 * <p>Immutable and thread-safe: load it once and share it.
 *
 * <pre>{@code
 * ClaimLexicon lexicon = ClaimLexicon.load();
 * lexicon.findCue("tell").ifPresent(cue -> System.out.println(cue.takesAddressee()));   // true
 * }</pre>
 */
public final class ClaimLexicon {

  private static final String BASE = "/org/annalist/extraction/claims/";

  /** The files the bundled lexicon is read from, for provenance. */
  static final List<String> FILES = List.of("cues.tsv", "channels.tsv", "descriptions.tsv");

  /**
   * A cue of the lexicon.
   *
   * @param lemma the lemma or phrase, lower case
   * @param cueClass what sort of attribution it marks ({@code speech}, {@code writing}, {@code
   *     report}, {@code belief}, {@code intention}, {@code phrase})
   * @param takesAddressee whether the noun phrase right after it is the addressee ({@code told X})
   * @param social whether the cue itself states a social-media channel ({@code tweeted})
   * @param weak whether it attributes only a quotation or a clause, not any object
   */
  public record CueEntry(String lemma, String cueClass, boolean takesAddressee, boolean social,
      boolean weak) {}

  /** What a description noun can stand for. */
  public enum Describes {
    /** A person. */
    PERSON,
    /** An organisation or a government. */
    ORGANIZATION,
    /** A text an organisation issued. */
    DOCUMENT
  }

  private final Map<String, CueEntry> cues = new HashMap<>();
  private final Map<String, ChannelType> channels = new HashMap<>();
  private final Map<String, Describes> descriptions = new HashMap<>();
  private int longestChannel = 1;

  private ClaimLexicon() {}

  /**
   * The bundled lexicon.
   *
   * @return the lexicon read from the class path
   * @throws IllegalStateException if a bundled file is missing or malformed (naming file and line)
   */
  public static ClaimLexicon load() {
    ClaimLexicon lexicon = new ClaimLexicon();
    lexicon.read("cues.tsv", line -> {
      String[] cols = columns(line, 2);
      Set<String> options = cols.length > 2 ? Set.of(cols[2].split(",")) : Set.of();
      for (String option : options) {
        if (!Set.of("addressee", "social", "weak").contains(option.strip())) {
          throw new IllegalArgumentException("unknown option '" + option + "'");
        }
      }
      String lemma = cols[0].strip();
      lexicon.cues.put(lemma, new CueEntry(lemma, cols[1].strip(), options.contains("addressee"),
          options.contains("social"), options.contains("weak")));
    });
    lexicon.read("channels.tsv", line -> {
      String[] cols = columns(line, 2);
      String head = cols[0].strip();
      lexicon.channels.put(head, ChannelType.valueOf(cols[1].strip()));
      lexicon.longestChannel = Math.max(lexicon.longestChannel, head.split(" ").length);
    });
    lexicon.read("descriptions.tsv", line -> {
      String[] cols = columns(line, 2);
      lexicon.descriptions.put(cols[0].strip(),
          Describes.valueOf(cols[1].strip().toUpperCase(Locale.ROOT)));
    });
    return lexicon;
  }

  /**
   * The cue whose lemma (or phrase) this is.
   *
   * @param lemma a lower-case lemma or phrase of words joined by single spaces
   * @return the entry, or empty if it is not a cue
   */
  public Optional<CueEntry> findCue(String lemma) {
    return Optional.ofNullable(cues.get(lemma));
  }

  /**
   * The channel type of a head word or phrase: platform names as written ({@code X}), others in
   * lower case.
   *
   * @param head the words, joined by single spaces
   * @return the channel type, or empty
   */
  public Optional<ChannelType> findChannel(String head) {
    ChannelType exact = channels.get(head);
    // platform names are keys as written ("X"), so a lower-cased "x" finds nothing
    return Optional.ofNullable(exact != null ? exact : channels.get(head.toLowerCase(Locale.ROOT)));
  }

  /** The most words a channel phrase has. */
  int longestChannel() {
    return longestChannel;
  }

  /**
   * What a description noun can stand for.
   *
   * @param noun a singular lower-case noun
   * @return what it describes, or empty if it is not a description noun
   */
  public Optional<Describes> findDescription(String noun) {
    return Optional.ofNullable(descriptions.get(noun));
  }

  private void read(String file, Consumer<String> lines) {
    ResourceLines.read(ClaimLexicon.class, BASE + file, "claims lexicon", lines);
  }

  private static String[] columns(String line, int min) {
    String[] cols = line.split("\t", -1);
    if (cols.length < min || cols[0].isBlank()) {
      throw new IllegalArgumentException("expected at least " + min + " tab-separated columns");
    }
    List<String> out = new ArrayList<>();
    for (String c : cols) {
      out.add(c.strip());
    }
    return out.toArray(String[]::new);
  }
}
