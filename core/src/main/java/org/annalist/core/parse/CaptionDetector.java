package org.annalist.core.parse;

import static org.annalist.core.parse.DateFinder.WS;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions by their credit: {@code [Photo: ...]}, {@code (AP Photo/...)}, a line
 * opening with {@code Photo:} or {@code Credit:}, a closing {@code Photograph: ...},
 * {@code REUTERS/...}, {@code (Getty Images)} or {@code (Reuters)}, or a closing web source such as
 * {@code (ntn24.com)}. Scraped pages glue the
 * caption to the next heading ({@code ...(ntn24.com)What is going on?}), so a caption ends at its
 * credit and the rest of the block is classified on its own. Only the first
 * {@value #WINDOW} characters of a block are searched. Stateless and thread-safe.
 */
final class CaptionDetector {

  /** How far into a block a credit is looked for. */
  static final int WINDOW = 400;
  /** Longest caption text before a web-source credit. */
  private static final int MAX_WEB_CAPTION = 250;
  /** Longest block that can be a caption introduced by {@code Photo:}. */
  private static final int MAX_PREFIXED = 300;

  private static final String CREDIT_WORD =
      "(?:photo" + WS + "{1,2}credit|photo(?:graph)?s?|image|picture|pic|credit|foto|illustration)";

  private static final Pattern BRACKETED_CREDIT =
      Pattern.compile(
          "[\\[(]" + WS + "{0,2}" + CREDIT_WORD + WS + "{0,2}(?::|by" + WS + "|/|" + WS + "-" + WS
              + ")[^\\[\\]()\\n]{0,150}[\\])]",
          Pattern.CASE_INSENSITIVE);

  private static final String AGENCY =
      "(?:AP|AFP|Reuters|EPA(?:-EFE)?|EFE|Getty" + WS + "Images|Getty|Xinhua|UPI|Anadolu(?:" + WS
          + "Agency)?|Bloomberg|Shutterstock|Alamy|iStock|AAP|Sipa|Zuma|NurPhoto"
          + "|Wikimedia" + WS + "Commons|Wikipedia|Flickr)";

  private static final Pattern AGENCY_PHOTO =
      Pattern.compile(
          "\\(" + WS + "{0,2}" + AGENCY + WS + "{0,2}Photos?" + WS + "{0,2}(?:/[^()\\n]{0,100})?\\)");

  /** A closing agency credit: {@code (Reuters)}, {@code (John Doe/Getty Images)}. */
  private static final Pattern AGENCY_AT_END =
      Pattern.compile("\\((?:[^()/\\n]{1,80}/)?" + WS + "{0,2}" + AGENCY + WS + "{0,2}\\)");

  private static final Pattern WEB_SOURCE =
      Pattern.compile(
          "\\((?:https?://)?(?:www\\.)?[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,4}"
              + "\\.[A-Za-z]{2,12}(?:/[^\\s()]{0,120})?\\)");

  private static final String CREDIT_LABEL =
      "(?:(?:Photo|Image)" + WS + "{1,2}(?:credit|source|caption)|Photo(?:graph)?s?|Image|Picture"
          + "|Credit|Foto|Illustration|Composite)";

  private static final Pattern CREDIT_PREFIX =
      Pattern.compile(
          CREDIT_LABEL + WS + "{0,2}(?::|,|by" + WS + ")", Pattern.CASE_INSENSITIVE);

  /** A credit after the caption's sentence: {@code ... in Lima. Photograph: Ana Torres/Reuters}. */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "[.!?\u201D\"')]" + WS + "{1,3}" + CREDIT_LABEL + WS + "{0,2}:" + WS + "{0,2}\\p{Lu}");

  /**
   * An agency's credit closing a caption without brackets: {@code REUTERS/Luisa Gonzalez},
   * {@code AFP via Getty Images}, {@code Ana Torres/Getty Images}.
   */
  private static final Pattern AGENCY_SLASH =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|ANADOLU)/\\p{Lu}[^\\n]{0,80}"
              + "|(?:via|/|\\|)" + WS + "{0,2}Getty" + WS + "Images)$");

  /** A caption at the start of a block: where it ends and which rule found it. */
  record Caption(int end, String rule, double confidence) {}

  private CaptionDetector() {}

  /** The caption opening {@code block}, if its credit can be found. */
  static Optional<Caption> find(String text, Segment block) {
    int limit = Math.min(block.end(), block.begin() + WINDOW);
    if (block.length() <= MAX_PREFIXED
        && Character.isUpperCase(text.charAt(block.begin()))
        && CREDIT_PREFIX.matcher(text).region(block.begin(), limit).lookingAt()) {
      return Optional.of(new Caption(block.end(), "caption-credit-prefix", 0.85));
    }
    Matcher bracketed = BRACKETED_CREDIT.matcher(text).region(block.begin(), limit);
    if (bracketed.find() && endsCaption(text, bracketed.end(), block, false)) {
      return Optional.of(new Caption(bracketed.end(), "caption-photo-credit", 0.9));
    }
    Matcher agencyPhoto = AGENCY_PHOTO.matcher(text).region(block.begin(), limit);
    if (agencyPhoto.find() && endsCaption(text, agencyPhoto.end(), block, false)) {
      return Optional.of(new Caption(agencyPhoto.end(), "caption-photo-credit", 0.9));
    }
    if (block.length() <= MAX_PREFIXED
        && (TRAILING_CREDIT.matcher(text).region(block.begin(), block.end()).find()
            || AGENCY_SLASH.matcher(text).region(block.begin(), block.end()).find())) {
      return Optional.of(new Caption(block.end(), "caption-trailing-credit", 0.8));
    }
    if (block.length() <= MAX_PREFIXED) {
      Matcher agency = AGENCY_AT_END.matcher(text).region(block.begin(), block.end());
      while (agency.find()) {
        if (agency.end() == block.end() && agency.start() > block.begin()) {
          return Optional.of(new Caption(block.end(), "caption-agency-credit", 0.75));
        }
      }
    }
    Matcher web = WEB_SOURCE.matcher(text).region(block.begin(), limit);
    while (web.find()) {
      if (web.start() > block.begin()
          && web.end() - block.begin() <= MAX_WEB_CAPTION
          && endsCaption(text, web.end(), block, true)) {
        return Optional.of(new Caption(web.end(), "caption-web-source", 0.7));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a credit ending at {@code end} closes a caption: it ends the block, or the next
   * sentence starts right after it (with no blank at all when {@code glued} is required, as a
   * parenthesised web address in running text is usually a citation).
   */
  private static boolean endsCaption(String text, int end, Segment block, boolean glued) {
    Segment rest = Segmenter.trim(text, end, block.end());
    if (rest.isEmpty()) {
      return true;
    }
    if (glued && rest.begin() != end) {
      return false;
    }
    return Segmenter.opensWithCapital(text, rest);
  }
}
