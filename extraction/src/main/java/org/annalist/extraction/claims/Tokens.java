package org.annalist.extraction.claims;

import java.util.List;
import java.util.Locale;
import org.annalist.extraction.claims.Quotations.Quote;
import org.annalist.model.EntityMention;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * The tokens of one document as the attribution rules see them: text, tag and lower-case lemma by
 * index, which quotation (if any) holds each token, and which tokens lie in a temporal expression.
 * Built once per document in linear time; not shared between threads.
 */
final class Tokens {

  final String text;
  final List<Token> tokens;
  final List<Quote> quotes;
  /** Per token: the index of the quotation holding it, or -1. */
  final int[] quote;
  /** Per token: the index of the temporal expression holding it, or -1. */
  final int[] time;
  /** Per token: whether an entity mention covers it (the tagger may have missed the name). */
  private final boolean[] named;
  private final String[] lemma;

  Tokens(String text, TextLayer layer, List<Quote> quotes, List<TemporalExpression> times,
      List<EntityMention> mentions) {
    this.text = text;
    this.tokens = layer.tokens();
    this.quotes = quotes;
    int n = tokens.size();
    quote = new int[n];
    time = new int[n];
    lemma = new String[n];
    named = new boolean[n];
    int q = 0;
    int t = 0;
    int m = 0;
    for (int k = 0; k < n; k++) {
      Token token = tokens.get(k);
      lemma[k] = token.lemma().toLowerCase(Locale.ROOT);
      int begin = token.span().begin();
      while (q < quotes.size() && quotes.get(q).end() <= begin) {
        q++;
      }
      quote[k] = q < quotes.size() && quotes.get(q).contains(begin) ? q : -1;
      while (t < times.size() && times.get(t).span().end() <= begin) {
        t++;
      }
      time[k] = t < times.size() && times.get(t).span().begin() <= begin ? t : -1;
      while (m < mentions.size() && mentions.get(m).span().end() <= begin) {
        m++;
      }
      named[k] = m < mentions.size() && mentions.get(m).span().begin() <= begin;
    }
  }

  int size() {
    return tokens.size();
  }

  /** The tag, {@code PROPN} for a token of an entity mention whatever the tagger said. */
  String pos(int k) {
    return named[k] && !isTagged(k, "PUNCT") && !isPossessive(k) ? "PROPN" : tokens.get(k).pos();
  }

  String lemma(int k) {
    return lemma[k];
  }

  String word(int k) {
    return tokens.get(k).text();
  }

  String lower(int k) {
    return word(k).toLowerCase(Locale.ROOT);
  }

  int begin(int k) {
    return tokens.get(k).span().begin();
  }

  int end(int k) {
    return tokens.get(k).span().end();
  }

  boolean is(int k, String pos) {
    return pos(k).equals(pos);
  }

  private boolean isTagged(int k, String pos) {
    return tokens.get(k).pos().equals(pos);
  }

  boolean isPunct(int k) {
    return is(k, "PUNCT") || isQuoteMark(k);
  }

  boolean isComma(int k) {
    String w = word(k);
    return w.equals(",") || w.equals(";") || w.equals("—") || w.equals("--");
  }

  /** Whether the token is (only) a quotation mark. */
  boolean isQuoteMark(int k) {
    String w = word(k);
    for (int i = 0; i < w.length(); i++) {
      if ("“”\"'`«»‘’".indexOf(w.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Sentence-final punctuation; a full stop that ends an abbreviation ({@code Rep.}) is not. */
  boolean isFinalPunct(int k) {
    String w = word(k);
    if (w.equals(".")) {
      return !isAbbreviationDot(k);
    }
    return w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…");
  }

  /**
   * A full stop glued to a short capitalised word ({@code Rep.}, {@code B.}) or followed by a
   * closing parenthesis, a comma or a lower-case word: it ends an abbreviation.
   */
  boolean isAbbreviationDot(int k) {
    if (k == 0 || begin(k) != end(k - 1)) {
      return false;
    }
    String before = word(k - 1);
    if (before.length() <= 4 && Character.isUpperCase(before.charAt(0))
        && before.chars().allMatch(Character::isLetter)) {
      return true;
    }
    if (k + 1 >= tokens.size()) {
      return false;
    }
    String after = word(k + 1);
    return after.equals(")") || after.equals(",") || Character.isLowerCase(after.charAt(0));
  }

  /** A word written with a capital that the tagger took for something else ({@code Trump/VERB}). */
  boolean isCapitalised(int k) {
    String w = word(k);
    String p = tokens.get(k).pos();
    return Character.isUpperCase(w.charAt(0)) && (p.equals("VERB") || p.equals("ADJ")
        || p.equals("NOUN") || p.equals("PROPN") || p.equals("X"));
  }

  boolean isVerb(int k) {
    return is(k, "VERB");
  }

  boolean isAux(int k) {
    return is(k, "AUX");
  }

  /** A word that can be part of a noun phrase naming a source. */
  boolean isNominal(int k) {
    String p = pos(k);
    return p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("DET")
        || p.equals("NUM") || p.equals("PRON") || isPossessive(k);
  }

  boolean isNounHead(int k) {
    String p = pos(k);
    return p.equals("PROPN") || p.equals("NOUN") || p.equals("PRON") || p.equals("NUM");
  }

  boolean isPossessive(int k) {
    if (isTagged(k, "PUNCT")) {
      return false;
    }
    String w = word(k);
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  /** Whether token k lies inside (or is a mark of) quotation {@code q}. */
  boolean inQuote(int k, int q) {
    return quote[k] == q;
  }

  boolean inTime(int k) {
    return time[k] >= 0;
  }
}
