package org.annalist.core.parse;

import static org.annalist.core.parse.DateFinder.WS;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises sentences that are not part of the article: contribution notes, reporting credits,
 * typographic separators, press contacts, copyright lines, editorial notes, plugs for a site or
 * blog, author biographies, navigation and calls to subscribe, share or donate. It looks at one
 * sentence at a time, and only at sentences of at most {@value #MAX_SENTENCE} characters, so each
 * check is bounded. Author biographies and
 * unqualified plugs are recognised only near the end of the article, where they occur, so that body
 * sentences of the same shape are left alone. Stateless and thread-safe.
 */
final class BoilerplateDetector {

  /** Longest sentence that is checked at all. */
  static final int MAX_SENTENCE = 300;
  /** Longest block whose opening sentence can be an author biography. */
  private static final int MAX_BIO_BLOCK = 400;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern CONTRIBUTION =
      Pattern.compile(
          "contributed(?:" + WS + "{1,3}(?:reporting|to" + WS + "{1,3}this" + WS + "{1,3}report))?"
              + WS + "{1,3}(?:to|for)" + WS + "{1,3}this" + WS + "{1,3}(?:report|story|article)",
          FLAGS);

  private static final Pattern CREDITS =
      Pattern.compile(
          "(?:additional" + WS + "{1,2})?(?:reporting|writing|editing|compiled|graphics)" + WS
              + "{1,2}by" + WS + "{1,2}(?-i:\\p{Lu})",
          Pattern.CASE_INSENSITIVE);

  /** A correspondent's credit near the end: {@code Jane Doe reported from Lima.} */
  private static final Pattern REPORTED_FROM =
      Pattern.compile(
          FrontMatterDetector.NAME + "(?:" + WS + "{1,2}and" + WS + "{1,2}" + FrontMatterDetector.NAME
              + ")?" + WS + "{1,2}(?:reported|wrote)" + WS + "{1,2}(?:this" + WS + "{1,2}(?:story|report)"
              + WS + "{1,2})?from" + WS + "{1,2}\\p{Lu}[^.!?]{0,60}[.!]?");

  private static final Pattern CREDITS_SIGNAL =
      Pattern.compile(";|(?:editing|writing)" + WS + "{1,2}by", FLAGS);

  private static final Pattern RIGHTS =
      Pattern.compile(
          "all" + WS + "{1,2}rights" + WS + "{1,2}reserved|\u00A9|\\(c\\)" + WS + "{0,2}[0-9]{4}"
              + "|^copyright" + WS + "{0,2}(?:\u00A9|\\(c\\))?" + WS + "{0,2}[0-9]{4}"
              + "|may" + WS + "{1,2}not" + WS + "{1,2}be" + WS + "{1,2}(?:published|reproduced"
              + "|redistributed|republished|copied)(?:," + WS + "{1,2}|" + WS + "{1,2}or" + WS
              + "{1,2})(?:broadcast|rewritten|redistributed|distributed|transmitted)"
              + "|^(?:terms" + WS + "{1,2}of" + WS + "{1,2}(?:use|service)|privacy" + WS
              + "{1,2}policy|cookie" + WS + "{1,2}policy|our" + WS + "{1,2}standards" + WS
              + "{0,2}:)",
          FLAGS);

  private static final Pattern EDITORIAL_NOTE =
      Pattern.compile(
          "(?:this|the)" + WS + "{1,2}(?:article|story|report|piece|post)" + WS + "{1,2}(?:was|has"
              + WS + "{1,2}been|is)" + WS + "{1,2}(?:(?:originally|first|last)" + WS + "{1,2})?"
              + "(?:updated|corrected|adapted|edited|translated|republished|amended)"
              + "|this" + WS + "{1,2}(?:article|story)" + WS + "{1,2}is" + WS + "{1,2}more" + WS
              + "{1,2}than" + WS + "{1,2}[^.]{1,20}" + WS + "{1,2}old"
              + "|editor['\u2019]?s" + WS + "{1,2}note"
              + "|for" + WS + "{1,2}immediate" + WS + "{1,2}release",
          FLAGS);

  private static final Pattern REPUBLICATION =
      Pattern.compile(
          "(?:this|the)" + WS + "{1,2}(?:article|story|report|piece|post)" + WS + "{1,2}(?:was"
              + WS + "{1,2})?(?:(?:originally|first)" + WS + "{1,2})?(?:appeared|published|posted)"
              + WS + "{1,2}(?:on|in|by|at)" + WS,
          FLAGS);

  private static final Pattern FOR_MORE =
      Pattern.compile(
          "for" + WS + "{1,2}more" + WS + "{1,2}(?:from|on|about|information|news|stories|coverage"
              + "|articles|analysis|reporting|updates)(?![\\p{L}])",
          FLAGS);

  /** A sentence pointing the reader elsewhere, which is a plug when it carries a web address. */
  private static final Pattern POINTER =
      Pattern.compile(
          "(?:follow|read|see|visit|find|check" + WS + "{1,2}out|learn" + WS + "{1,2}more|watch"
              + "|listen|more" + WS + "{1,2}(?:on|at|from))(?![\\p{L}])",
          FLAGS);

  private static final Pattern WEB_ADDRESS =
      Pattern.compile(
          "https?://|www\\.|[a-z0-9-]{1,63}\\.(?:com|org|net|info|news|co|io|gov|edu)/", FLAGS);

  /** Something a plug points the reader to: a web address or a verb of visiting. */
  private static final Pattern PLUG_TARGET =
      Pattern.compile(
          "(?:https?://|www\\.|[a-z0-9-]{1,63}\\.(?:com|org|net|info|news|co|io|gov|edu)(?![a-z])"
              + "|(?<![\\p{L}])(?:visit|see|read|click|follow|go" + WS + "to)(?![\\p{L}]))",
          FLAGS);

  private static final Pattern VISIT_URL =
      Pattern.compile(
          "visit" + WS + "{1,2}(?:us" + WS + "{1,2}at" + WS + "{1,2})?(?:https?://|www\\.|[a-z0-9-]{1,63}\\.[a-z]{2,12}(?![\\p{L}]))",
          FLAGS);

  /** Opening of an author biography: a name, then "is a", "is an", "is the", "was a"... */
  private static final Pattern BIO_OPENING =
      Pattern.compile(
          FrontMatterDetector.NAME + "(?:" + WS + "{1,2}\\([^()\\n]{1,40}\\))?" + WS + "{1,2}"
              + "(?:(?:is|was)" + WS + "{1,2}(?:(?:currently|also|now)" + WS + "{1,2})?(?:a|an|the)"
              + WS + "|(?:writes|reports)" + WS + "{1,2}(?:about|for|on)" + WS + ")");

  private static final Pattern BIO_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:correspondent|reporter|editor|writer|journalist|columnist|professor"
              + "|contributor|fellow|author|analyst|researcher|blogger|photographer|producer|scholar"
              + "|lecturer|freelancer|commentator)s?(?![\\p{L}])",
          FLAGS);

  private static final Pattern WRITES_ABOUT =
      Pattern.compile("(?:writes|reports)" + WS + "{1,2}(?:about|for|on)" + WS, FLAGS);

  private static final Pattern REPORTED_SPEECH =
      Pattern.compile("(?<![\\p{L}])(?:said|says|told|added)(?![\\p{L}])|[\"\u201C\u201D]", FLAGS);

  private static final Pattern NAVIGATION =
      Pattern.compile(
          "(?:more" + WS + "{1,2}(?:in|from|on|about)" + WS + "{1,2}[^.!?\\n]{1,40}"
              + "|more" + WS + "{1,2}(?:stories|news|articles|videos|coverage|headlines)"
              + "|explore" + WS + "{1,2}more" + WS + "{1,2}on" + WS + "{1,2}these" + WS + "{1,2}topics"
              + "|reuse" + WS + "{1,2}this" + WS + "{1,2}content"
              + "|(?:share|like)" + WS + "{1,2}this" + WS + "{0,2}:"
              + "|related|print|email|e-mail|twitter|facebook|whatsapp|linkedin|reddit|telegram"
              + "|pinterest|copy" + WS + "{1,2}link"
              + "|(?:read|see)" + WS + "{1,2}(?:more|also)(?![\\p{L}]).{0,200}"
              + "|(?:also" + WS + "{1,2}read|related(?:" + WS + "{1,2}(?:articles?|stories|posts|content"
              + "|coverage|news|reading|topics|links))?)" + WS + "{0,2}:.{0,200}"
              + "|(?:tags?|topics?|filed" + WS + "{1,2}under|categories|category)" + WS + "{0,2}:.{0,200}"
              + "|(?:recommended(?:" + WS + "{1,2}for" + WS + "{1,2}you)?|most" + WS + "{1,2}(?:read|popular"
              + "|viewed|shared)|trending(?:" + WS + "{1,2}now)?|top" + WS + "{1,2}stories|latest"
              + WS + "{1,2}(?:news|stories)|you" + WS + "{1,2}(?:may|might)" + WS + "{1,2}also"
              + WS + "{1,2}like|(?:skip" + WS + "{1,2})?advertisement|continue" + WS + "{1,2}reading"
              + "(?:" + WS + "{1,2}the" + WS + "{1,2}main" + WS + "{1,2}story)?|story" + WS
              + "{1,2}continues" + WS + "{1,2}below(?:" + WS + "{1,2}advertisement)?|back" + WS
              + "{1,2}to" + WS + "{1,2}top)" + WS + "{0,2}:?)",
          FLAGS | Pattern.DOTALL);

  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?:(?:did" + WS + "{1,2}you" + WS + "{1,2})?(?:like|enjoy|enjoyed|love|liked|value)" + WS
              + "{1,2}this" + WS + "{1,2}(?:article|story|post|piece|content|reporting)"
              + "|support" + WS + "{1,2}(?:our|us|independent" + WS + "{1,2}(?:journalism|media|reporting))(?![\\p{L}])"
              + "|donate(?:" + WS + "{1,2}(?:now|today|here))?" + WS + "{0,2}[.!]?$"
              + "|make" + WS + "{1,2}a" + WS + "{1,2}donation"
              + "|subscribe(?![\\p{L}])"
              + "|sign" + WS + "{0,2}-?up(?![\\p{L}]).{0,80}(?:newsletter|e-?mail|updates|alerts|inbox)"
              + "|follow" + WS + "{1,2}(?:us|him|her|them|me)" + WS + "{1,2}on"
              + "|share" + WS + "{1,2}(?:this" + WS + "{1,2}(?:article|story|post|page)|on" + WS
              + "{1,2}(?:facebook|twitter|x|whatsapp|linkedin|email)(?![\\p{L}]))"
              + "|become" + WS + "{1,2}a" + WS + "{1,2}(?:member|subscriber|patron|supporter)"
              + "|join" + WS + "{1,2}our" + WS + "{1,2}(?:newsletter|mailing" + WS + "{1,2}list|community)"
              + "|(?:get|receive)" + WS + "{1,2}(?:our|the)" + WS + "{1,2}(?:[\\p{L}-]{1,20}" + WS
              + "{1,2}){0,3}newsletter)",
          FLAGS | Pattern.DOTALL);

  private static final Pattern CLICK_HERE = Pattern.compile("click" + WS + "{1,2}here", FLAGS);

  private static final Pattern CONTACT =
      Pattern.compile(
          "(?:(?:media|press|news)" + WS + "{1,2}(?:contacts?|inquiries|enquiries)|contacts?)" + WS
              + "{0,2}:",
          FLAGS);

  /** A boilerplate verdict: the rule that fired and how sure it is. */
  record Verdict(String rule, double confidence) {}

  /** Where a sentence sits: near the end of the article, and first in its block. */
  record Position(boolean nearEnd, boolean firstInBlock, int blockLength) {}

  private BoilerplateDetector() {}

  /** The boilerplate rule the sentence matches, if any. */
  static Optional<Verdict> classify(String text, Segment sentence, Position position) {
    if (sentence.length() > MAX_SENTENCE || sentence.isEmpty()) {
      return Optional.empty();
    }
    int b = sentence.begin();
    int e = sentence.end();
    if (find(CONTRIBUTION, text, b, e)) {
      return verdict("boilerplate-contribution-note", 0.95);
    }
    if (lookingAt(CREDITS, text, b, e)
        && (find(CREDITS_SIGNAL, text, b, e) || position.firstInBlock() && sentence.length() < 120)) {
      return verdict("boilerplate-credits", 0.85);
    }
    if (position.nearEnd() && matches(REPORTED_FROM, text, b, e)) {
      return verdict("boilerplate-credits", 0.8);
    }
    if (isSeparator(text, sentence)) {
      return verdict("boilerplate-separator", 0.9);
    }
    if (lookingAt(CONTACT, text, b, e)) {
      return verdict("boilerplate-contact", 0.85);
    }
    if (find(RIGHTS, text, b, e)) {
      return verdict("boilerplate-rights", 0.95);
    }
    if (lookingAt(EDITORIAL_NOTE, text, b, e)) {
      return verdict("boilerplate-editorial-note", 0.85);
    }
    if (lookingAt(REPUBLICATION, text, b, e)
        || lookingAt(VISIT_URL, text, b, e)
        || lookingAt(POINTER, text, b, e) && find(WEB_ADDRESS, text, b, e)
        || lookingAt(FOR_MORE, text, b, e) && (position.nearEnd() || find(PLUG_TARGET, text, b, e))) {
      return verdict("boilerplate-site-plug", 0.85);
    }
    if (position.nearEnd()
        && position.firstInBlock()
        && position.blockLength() <= MAX_BIO_BLOCK
        && lookingAt(BIO_OPENING, text, b, e)
        && (find(BIO_ROLE, text, b, e) || find(WRITES_ABOUT, text, b, e))
        && !find(REPORTED_SPEECH, text, b, e)) {
      return verdict("boilerplate-author-bio", 0.8);
    }
    if (matches(NAVIGATION, text, b, e) && Segmenter.countWords(text, sentence, 40) <= 40) {
      return verdict("boilerplate-navigation", 0.85);
    }
    if (lookingAt(CALL_TO_ACTION, text, b, e) || find(CLICK_HERE, text, b, e)) {
      return verdict("boilerplate-call-to-action", 0.9);
    }
    return Optional.empty();
  }

  /** Whether a short sentence is only a typographic rule: {@code ___}, {@code * * *}, {@code ###}. */
  private static boolean isSeparator(String text, Segment sentence) {
    if (sentence.length() > 40) {
      return false;
    }
    for (int i = sentence.begin(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      if (!(Segmenter.isBlank(c) || "_-*#=~+.\u2013\u2014\u2015\u2022\u00B7".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Verdict> verdict(String rule, double confidence) {
    return Optional.of(new Verdict(rule, confidence));
  }

  private static boolean find(Pattern pattern, String text, int begin, int end) {
    return pattern.matcher(text).region(begin, end).find();
  }

  private static boolean lookingAt(Pattern pattern, String text, int begin, int end) {
    return pattern.matcher(text).region(begin, end).lookingAt();
  }

  private static boolean matches(Pattern pattern, String text, int begin, int end) {
    return pattern.matcher(text).region(begin, end).matches();
  }
}
