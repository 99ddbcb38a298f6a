package org.annalist.core.eval.semeval;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of a SemEval-2015 Task 4 timeline: {@code rank<TAB>date<TAB>mention[<TAB>mention...]}.
 * Rank 0 holds the events that cannot be ordered; the others are ordered by rank, equal ranks at
 * the same time. The date is the anchor as the gold writes it ({@code 2010-06-07}, {@code
 * 2006-03}, {@code 1976}, {@code 2008-03-XX}), or {@code XXXX-XX-XX} when it is not known. The
 * mentions of one line are coreferent: one event. Immutable and thread-safe.
 *
 * @param rank the position, 0 for the events that cannot be ordered
 * @param date the anchor, kept as written
 * @param mentions the mention ids, {@code docid-sentence-word}, at least one
 */
public record TimelineEntry(int rank, String date, List<String> mentions) {

  /** The date of an event whose time is not known. */
  public static final String UNKNOWN_DATE = "XXXX-XX-XX";

  private static final Pattern MENTION = Pattern.compile("[^\\s-]+-\\d+-\\S+");
  private static final Pattern DETERMINED = Pattern.compile("\\d{4}(-.*)?");

  /**
   * Checks and copies the components.
   *
   * @param rank the position, 0 for the events that cannot be ordered
   * @param date the anchor, kept as written
   * @param mentions the mention ids, at least one
   * @throws IllegalArgumentException naming the value if the rank is negative, the date is blank
   *     or has white space, there is no mention, or a mention is not {@code docid-sentence-word}
   */
  public TimelineEntry {
    if (rank < 0) {
      throw new IllegalArgumentException("rank must be >= 0, was " + rank);
    }
    Objects.requireNonNull(date, "date");
    if (date.isEmpty() || date.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("date must be one word, was \"" + date + "\"");
    }
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("the entry of rank " + rank + " has no mention");
    }
    for (String mention : mentions) {
      if (!MENTION.matcher(mention).matches()) {
        throw new IllegalArgumentException(
            "mention \"" + mention + "\" is not docid-sentence-word");
      }
    }
  }

  /**
   * Whether the date anchors the event: it starts with a four-digit year. {@code XXXX-XX-XX} (and
   * the gold's {@code XXX-XX-XX}) do not.
   *
   * @return whether the date is an anchor
   */
  public boolean isAnchored() {
    return DETERMINED.matcher(date).matches();
  }
}
