package org.annalist.core.parse;

import static org.annalist.core.parse.DateFinder.WS;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what opens an article: a date line ({@code date 2023-11-07}, {@code Published: Nov. 7,
 * 2023}), a byline ({@code By Jane Doe and John Roe}, {@code Nazih Richani 4/24/2012},
 * {@code John Bartlett in Santiago}) and a dateline ({@code SANTIAGO, Chile —},
 * {@code WASHINGTON (Reuters) -}, {@code Caracas, Venezuela CNN —}). Every pattern is applied with
 * {@code lookingAt} or {@code matches} to a stretch of at most a few hundred characters. Stateless
 * and thread-safe.
 */
final class FrontMatterDetector {

  /** How far into a block a date line or dateline prefix is looked for. */
  static final int PREFIX_WINDOW = 200;
  /** Longest block that can be a whole-line date line. */
  static final int MAX_DATE_LINE = 100;
  /** Longest block that can be a byline. */
  static final int MAX_BYLINE = 160;

  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "(?:(?:first|last)" + WS + "{1,2})?(?:date[d]?|published|posted|updated|modified"
              + "|publication" + WS + "{1,2}date)(?:" + WS + "{1,2}on)?(?:" + WS + "{0,2}:" + WS + "{0,3}|" + WS
              + "{1,3})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur"
              + "|thu|fri|sat|sun)(?![\\p{L}])\\.?,?" + WS + "{1,3}",
          Pattern.CASE_INSENSITIVE);

  /** A clock time before the date: {@code Updated 3:45 PM EST, Tue November 7, 2023}. */
  private static final Pattern LEADING_TIME =
      Pattern.compile(
          "[0-9]{1,2}[:.][0-9]{2}(?:" + WS + "{0,2}(?i:[ap]\\.?m\\.?))?(?:" + WS + "{1,2}[A-Z]{2,4})?"
              + "(?:,|" + WS + "(?:on|\\||-))?" + WS + "{1,3}");

  /** A separator that may close a date line: {@code |}, a dash or a colon followed by a blank. */
  private static final Pattern DATE_SEPARATOR =
      Pattern.compile(WS + "{0,3}[|:\u2013\u2014\u00B7-](?=" + WS + "|$)");

  private static final String WORD = "(?:\\p{Lu}(?:[\\p{L}\\p{M}'\u2019-]{1,30}\\.?|\\.(?:\\p{Lu}\\.){0,3}))";
  private static final String PARTICLE =
      "(?:de|da|del|della|der|den|di|du|dos|das|do|van|von|la|le|bin|ibn|al|el|y)";
  private static final String GAP = WS + "{1,2}(?:" + PARTICLE + WS + "{1,2}){0,2}";
  /** A person's name of two to five capitalised words. */
  static final String NAME = WORD + "(?:" + GAP + WORD + "){1,4}";
  /** A byline's name, which may be a single word ({@code By Reuters}). */
  private static final String BY_NAME = WORD + "(?:" + GAP + WORD + "){0,4}";
  private static final String AND = "(?:" + WS + "{0,2}(?:,|&)" + WS + "{1,2}(?:and" + WS + "{1,2})?|"
      + WS + "{1,2}and" + WS + "{1,2})";
  private static final String AFFILIATION =
      "\\p{Lu}[\\p{L}\\p{M}.&'\u2019-]{0,30}(?:" + WS + "{1,2}(?:of|the|and|for|&|\\p{Lu}[\\p{L}\\p{M}.&'\u2019-]{0,30})){0,6}";
  /** What may stand between a byline's names and its date. */
  private static final String DATE_LEAD =
      "(?:" + WS + "{0,3}[,|\u2013\u2014\u00B7-])?(?:" + WS + "{0,3}(?:[Pp]ublished|[Pp]osted|[Uu]pdated|on)(?:"
          + WS + "{1,2}on)?:?)?" + WS + "{0,3}";

  private static final Pattern BY_LINE =
      Pattern.compile(
          "(?:By|BY|by)" + WS + "{1,3}" + BY_NAME + "(?:" + AND + BY_NAME + "){0,5}(?:" + WS
              + "{0,3}[,|/\u2013\u2014\u00B7-]" + WS + "{0,3}" + AFFILIATION + ")?" + DATE_LEAD);

  private static final Pattern NAME_BEFORE_DATE =
      Pattern.compile(NAME + "(?:" + AND + NAME + "){0,3}" + DATE_LEAD);

  /** Names with an optional affiliation, and nothing else: {@code Jane Doe | Reuters}. */
  private static final Pattern BARE_NAMES =
      Pattern.compile(
          NAME + "(?:" + AND + NAME + "){0,3}(?:" + WS + "{0,3}[,|/\u2013\u2014\u00B7-]" + WS + "{0,3}"
              + AFFILIATION + ")?");

  /** A correspondent's line: {@code John Bartlett in Santiago}. */
  private static final Pattern NAME_IN_PLACE =
      Pattern.compile(
          NAME + "(?:" + AND + NAME + "){0,2}" + WS + "{1,2}(?:in|at)" + WS + "{1,2}\\p{Lu}[\\p{L}\\p{M}.'\u2019-]{1,30}"
              + "(?:,?" + WS + "{1,2}\\p{Lu}[\\p{L}\\p{M}.'\u2019-]{0,30}){0,3}");

  private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}.'\u2019/-]{0,30}";
  private static final String REGION_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]{0,30}";
  private static final String DASH =
      "(?:" + WS + "{0,2}[\u2014\u2013]|" + WS + "{0,2}--|" + WS + "{1,2}-(?=" + WS + "))";

  /** A place in capitals, then an optional region, date and agency, then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu}.'\u2019/-]{1,30}(?:" + WS + "{1,2}" + PLACE_WORD + "){0,4}"
              + "(?:," + WS + "{1,2}" + REGION_WORD + "(?:" + WS + "{1,2}" + REGION_WORD + "){0,3}){0,2}"
              + "(?:," + WS + "{1,2}(?i:" + DateFinder.MONTH + ")\\.?" + WS + "{1,2}[0-9]{1,2}(?:,"
              + WS + "{1,2}[0-9]{4})?)?"
              + "(?:" + WS + "{1,2}\\([^()\\n]{1,40}\\))?"
              + DASH);

  /** News outlets that sign a dateline without brackets. */
  private static final String OUTLET =
      "(?:CNN|AP|AFP|BBC|UPI|EFE|DPA|ANSA|IANS|PTI|ANI|TASS|NPR|VOA|Reuters|Xinhua|Bloomberg)";

  /** A place in ordinary case, which needs an agency before the dash: {@code Caracas, Venezuela CNN —}. */
  private static final Pattern AGENCY_DATELINE =
      Pattern.compile(
          REGION_WORD + "(?:" + WS + "{1,2}" + REGION_WORD + "){0,3}"
              + "(?:," + WS + "{1,2}" + REGION_WORD + "(?:" + WS + "{1,2}" + REGION_WORD + "){0,3}){0,2}"
              + WS + "{1,2}(?:\\(\\p{Lu}[^()\\n]{0,39}\\)|" + OUTLET + "(?![\\p{L}]))"
              + DASH);

  /** A date line found at the start of a block, and where the block's remaining text starts. */
  record DateLine(int end, DateFinder.Match date) {}

  /** A byline covering a whole block, with the date it carries, if any. */
  record Byline(String rule, double confidence, Optional<DateFinder.Match> date) {}

  private FrontMatterDetector() {}

  /**
   * A date line opening {@code block}: an optional label ({@code date}, {@code Published:}) and
   * weekday, a date and an optional time. Without a label the date must be followed by the end of
   * the block or by something that opens a new sentence, so that a sentence starting with a date is
   * not taken for a date line.
   */
  static Optional<DateLine> findDateLine(String text, Segment block, boolean requireLabel) {
    int limit = Math.min(block.end(), block.begin() + PREFIX_WINDOW);
    int pos = block.begin();
    Matcher label = DATE_LABEL.matcher(text).region(pos, limit);
    boolean labelled = label.lookingAt();
    if (labelled) {
      pos = label.end();
    } else if (requireLabel) {
      return Optional.empty();
    }
    Matcher time = LEADING_TIME.matcher(text).region(pos, limit);
    if (labelled && time.lookingAt()) {
      pos = time.end();
    }
    Matcher weekday = WEEKDAY.matcher(text).region(pos, limit);
    if (weekday.lookingAt()) {
      pos = weekday.end();
    }
    Optional<DateFinder.Match> date = DateFinder.matchAt(text, pos, limit);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    int end = DateFinder.skipTime(text, date.get().end(), limit);
    Matcher separator = DATE_SEPARATOR.matcher(text).region(end, limit);
    if (separator.lookingAt()) {
      end = separator.end();
    }
    Segment rest = Segmenter.trim(text, end, block.end());
    if (!rest.isEmpty() && !labelled && !Segmenter.opensWithCapital(text, rest)) {
      return Optional.empty();
    }
    if (rest.begin() == end && !rest.isEmpty()) {
      return Optional.empty(); // the date runs into a word: "2023-11-07abc"
    }
    return Optional.of(new DateLine(end, date.get()));
  }

  /** Whether the whole (short) block is a date line. */
  static Optional<DateLine> findWholeDateLine(String text, Segment block) {
    if (block.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    return findDateLine(text, block, false).filter(line -> line.end() >= block.end());
  }

  /**
   * A byline taking the whole block: {@code By} and names (with an optional affiliation and date),
   * or names followed by a date.
   */
  static Optional<Byline> findByline(String text, Segment block) {
    if (block.length() > MAX_BYLINE) {
      return Optional.empty();
    }
    Optional<DateFinder.Match> date = DateFinder.findLast(text, block.begin(), block.end());
    int namesEnd = block.end();
    if (date.isPresent()) {
      int afterDate = DateFinder.skipTime(text, date.get().end(), block.end());
      if (Segmenter.trim(text, afterDate, block.end()).isEmpty()) {
        namesEnd = date.get().begin();
      } else {
        date = Optional.empty();
      }
    }
    if (namesEnd > block.begin()) {
      if (BY_LINE.matcher(text).region(block.begin(), namesEnd).matches()) {
        return Optional.of(new Byline("byline-by", 0.9, date));
      }
      if (date.isPresent()
          && NAME_BEFORE_DATE.matcher(text).region(block.begin(), namesEnd).matches()) {
        return Optional.of(new Byline("byline-name-date", 0.85, date));
      }
      if (date.isEmpty()
          && block.length() <= 80
          && NAME_IN_PLACE.matcher(text).region(block.begin(), block.end()).matches()) {
        return Optional.of(new Byline("byline-name-place", 0.7, date));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the block is nothing but names of two to five capitalised words each, possibly with an
   * affiliation ({@code Jane Doe | Reuters}).
   */
  static boolean isBareNames(String text, Segment block) {
    return block.length() <= 100
        && BARE_NAMES.matcher(text).region(block.begin(), block.end()).matches();
  }

  /** The end of a dateline ({@code SANTIAGO, Chile —}) opening the block, if there is one. */
  static Optional<Integer> findDateline(String text, Segment block) {
    int limit = Math.min(block.end(), block.begin() + PREFIX_WINDOW);
    Matcher m = DATELINE.matcher(text).region(block.begin(), limit);
    if (m.lookingAt()) {
      return Optional.of(m.end());
    }
    Matcher agency = AGENCY_DATELINE.matcher(text).region(block.begin(), limit);
    return agency.lookingAt() ? Optional.of(agency.end()) : Optional.empty();
  }
}
