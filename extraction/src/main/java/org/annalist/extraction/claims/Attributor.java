package org.annalist.extraction.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.extraction.claims.ClaimLexicon.CueEntry;
import org.annalist.extraction.claims.Quotations.Quote;
import org.annalist.model.Channel;
import org.annalist.model.ChannelType;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimParty;
import org.annalist.model.Cue;
import org.annalist.model.Provenance;
import org.annalist.model.Span;

/**
 * The attribution rules, applied to one unit of text at a time (a sentence, or the sentences a
 * quotation spans). See {@link ClaimStage} for the frames they recognise. One per document; not
 * shared between threads.
 */
final class Attributor {

  /** The tokens of one unit: {@code [first, end)}. */
  record Unit(int first, int end) {}

  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "as",
      "because", "if", "although", "though", "since", "once", "until", "unless", "whereas");
  private static final Set<String> CHANNEL_PREPOSITIONS =
      Set.of("on", "in", "during", "at", "via", "through", "over", "from", "to");
  /** The most tokens between a quotation and its cue, or a source and its cue. */
  private static final int REACH = 12;

  private final ClaimLexicon lexicon;
  private final Tokens w;
  private final Parties parties;
  /** Per quotation: whether it is a statement (not a scare quote or a title). */
  private final boolean[] statement;
  private Parties.Previous previousSource;

  Attributor(ClaimLexicon lexicon, Tokens words, Parties parties) {
    this.lexicon = lexicon;
    this.w = words;
    this.parties = parties;
    this.statement = new boolean[words.quotes.size()];
    for (int q = 0; q < statement.length; q++) {
      statement[q] = isStatement(words.quotes.get(q));
    }
  }

  /** A claim in the making: its parts as token ranges and spans. */
  static final class Draft {
    ClaimKind kind;
    final List<Span> content = new ArrayList<>();
    ClaimParty source;
    Cue cue;
    Channel channel;
    ClaimParty addressee;
    Integer time;
    String rule;
    double confidence;
    /** The token range the claim covers, content, source and cue included. */
    int first;
    int end;

    Claim build(String stage) {
      return new Claim(kind, content, source, cue, channel, addressee, time,
          new Provenance(stage, rule, confidence));
    }
  }

  /** The claims of one unit, in text order. */
  List<Draft> attribute(Unit unit) {
    List<Draft> drafts = new ArrayList<>();
    boolean[] used = new boolean[unit.end - unit.first];
    quoteFrames(unit, drafts, used);
    if (drafts.isEmpty()) {
      Draft last = cueLast(unit);
      if (last != null) {
        drafts.add(last);
        mark(used, unit, last);
      }
    }
    if (drafts.isEmpty()) {
      Draft aside = parenthetical(unit);
      if (aside != null) {
        drafts.add(aside);
        mark(used, unit, aside);
      }
    }
    if (drafts.isEmpty()) {
      Draft according = accordingTo(unit);
      if (according != null) {
        drafts.add(according);
        mark(used, unit, according);
      }
    }
    cueFirstFrames(unit, drafts, used);
    drafts.sort((a, b) -> Integer.compare(a.content.get(0).begin(), b.content.get(0).begin()));
    for (Draft d : drafts) {
      if (d.source != null && d.source.entityId() != null) {
        previousSource = new Parties.Previous(d.source.entityId(),
            d.content.get(d.content.size() - 1).end());
      }
    }
    return drafts;
  }

  /** Whether tokens {@code [first, end)} hold a speech cue outside quotations. */
  boolean hasCue(int first, int end) {
    for (int k = first; k < end; k++) {
      if (cueLength(k) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} lies in a statement quotation. */
  boolean inStatement(int k) {
    return w.quote[k] >= 0 && statement[w.quote[k]];
  }

  // ---- quotations ------------------------------------------------------------------------------

  /** A quotation is a statement when it is long, or ends in punctuation inside its marks. */
  private boolean isStatement(Quote q) {
    int words = 0;
    boolean inWord = false;
    for (int i = q.contentBegin(); i < q.contentEnd(); i++) {
      boolean letter = Character.isLetterOrDigit(w.text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    if (words == 0) {
      return false;
    }
    int last = q.contentEnd() - 1;
    while (last > q.contentBegin() && Character.isWhitespace(w.text.charAt(last))) {
      last--;
    }
    char end = w.text.charAt(last);
    boolean punctuated = end == '.' || end == ',' || end == '?' || end == '!' || end == '…';
    int first = q.contentBegin();
    while (first < q.contentEnd() && !Character.isLetterOrDigit(w.text.charAt(first))) {
      first++;
    }
    boolean capital = first < q.contentEnd() && !Character.isLowerCase(w.text.charAt(first));
    return words >= 6 || (punctuated && capital && words >= 2) || !q.closed();
  }

  private void quoteFrames(Unit unit, List<Draft> drafts, boolean[] used) {
    for (int k = unit.first; k < unit.end; k++) {
      int q = w.quote[k];
      if (q < 0 || !statement[q] || (k > unit.first && w.quote[k - 1] == q)) {
        continue;
      }
      if (used[k - unit.first]) {
        continue;
      }
      int qEnd = k;
      while (qEnd < w.size() && w.quote[qEnd] == q) {
        qEnd++;
      }
      if (w.begin(k) < w.quotes.get(q).begin()) {
        continue;
      }
      Draft d = tailCue(unit, k, qEnd, q);
      if (d == null) {
        d = headCue(unit, k, q);
      }
      if (d == null) {
        continue;
      }
      drafts.add(d);
      mark(used, unit, d);
      k = Math.max(k, Math.min(d.end, unit.end) - 1);
    }
  }

  /** {@code “Q,” SOURCE CUE …} or {@code “Q,” CUE SOURCE …}: the clause after the quotation. */
  private Draft tailCue(Unit unit, int qFirst, int qEnd, int q) {
    int from = qEnd;
    int stop = Math.min(unit.end, qEnd + REACH);
    while (from < stop && (w.isComma(from) || w.isQuoteMark(from))) {
      from++;
    }
    int cue = -1;
    int cueLength = 0;
    for (int k = from; k < stop; k++) {
      if (inStatement(k)) {
        break;
      }
      int len = cueLength(k);
      if (len > 0) {
        cue = k;
        cueLength = len;
        break;
      }
      if (w.isFinalPunct(k) || (w.isVerb(k) && !w.isCapitalised(k))) {
        return null;
      }
    }
    if (cue < 0) {
      return dashSource(unit, qFirst, from, q);
    }
    int[] source = npLeft(cue, from);
    boolean inverted = false;
    if (source == null) {
      source = npRight(cue + cueLength, unit.end);
      inverted = true;
    }
    Draft d = new Draft();
    d.kind = ClaimKind.DIRECT;
    d.content.add(quoteSpan(q));
    d.rule = inverted ? "quote-cue-source" : "quote-source-cue";
    d.confidence = source == null ? 0.7 : 0.9;
    d.first = qFirst;
    int clauseEnd = clauseEnd(cue + cueLength, unit.end);
    setParties(d, source, cue, cueLength, clauseEnd, unit);
    d.end = Math.max(clauseEnd, inverted && source != null ? source[1] : cue + cueLength);
    // “Q1,” he said, “Q2.”
    int after = d.end;
    while (after < unit.end && (w.isComma(after) || w.is(after, "CCONJ"))) {
      after++;
    }
    if (after < unit.end && w.quote[after] >= 0 && w.quote[after] != q
        && (statement[w.quote[after]] || after > d.end)) {
      int q2 = w.quote[after];
      d.content.add(quoteSpan(q2));
      int e = after;
      while (e < unit.end && w.quote[e] == q2) {
        e++;
      }
      d.end = e;
    }
    timeOf(d, unit);
    return d;
  }

  /**
   * {@code “Q.” ― NAME}: a dash after a quotation, then a name that ends the unit (the way reader
   * comments and epigraphs are signed). The dash is the cue.
   */
  private Draft dashSource(Unit unit, int qFirst, int from, int q) {
    if (from >= unit.end || !isDash(w.word(from))) {
      return null;
    }
    int[] source = npRight(from + 1, unit.end);
    if (source == null) {
      return null;
    }
    int after = source[1];
    while (after < unit.end && w.isPunct(after)) {
      after++;
    }
    if (after < unit.end || !w.is(source[1] - 1, "PROPN")) {
      return null;
    }
    Draft d = new Draft();
    d.kind = ClaimKind.DIRECT;
    d.content.add(quoteSpan(q));
    d.cue = new Cue(Span.of(w.text, w.begin(from), w.end(from)), w.word(from));
    d.source = parties.resolve(source[0], source[1], w.begin(unit.first), previousSource);
    d.first = qFirst;
    d.end = unit.end;
    d.rule = "quote-dash-source";
    d.confidence = 0.8;
    return d;
  }

  private static boolean isDash(String word) {
    return word.equals("―") || word.equals("—") || word.equals("–") || word.equals("--");
  }

  /** {@code SOURCE CUE: “Q”} or {@code SOURCE CUE that … “Q”}: the clause before the quotation. */
  private Draft headCue(Unit unit, int qFirst, int q) {
    int lo = Math.max(unit.first, qFirst - 2 * REACH);
    for (int k = qFirst - 1; k >= lo; k--) {
      if (inStatement(k)) {
        return null;
      }
      if (w.isFinalPunct(k)) {
        return null;
      }
      int len = cueLength(k);
      if (len == 0 || isPassive(k)) {
        continue;
      }
      int[] source = npLeft(k, unit.first);
      if (source == null) {
        source = participleSubject(k, unit);
      }
      if (source == null) {
        continue;
      }
      Draft d = new Draft();
      d.first = source[0];
      setParties(d, source, k, len, qFirst, unit);
      int contentFirst = afterCue(k + len, qFirst, d);
      boolean direct = contentFirst >= qFirst;
      d.kind = direct ? ClaimKind.DIRECT : ClaimKind.MIXED;
      int qLast = qFirst;
      while (qLast < w.size() && w.quote[qLast] == q) {
        qLast++;
      }
      Span quote = quoteSpan(q);
      int tail = qLast;
      if (!direct) {
        // reported speech with a quoted fragment runs on to the end of its clause
        int end = trimEnd(unit);
        while (tail < end && !(w.isFinalPunct(tail) && w.quote[tail] < 0) && !inStatement(tail)) {
          tail++;
        }
        while (tail < unit.end && tail > 0 && w.quote[tail - 1] >= 0
            && w.quote[tail] == w.quote[tail - 1]) {
          tail++; // a quoted fragment ends with its closing mark: “concentration camp.”
        }
      }
      d.content.add(direct ? quote
          : Span.of(w.text, w.begin(contentFirst), Math.max(quote.end(), w.end(tail - 1))));
      d.rule = direct ? "source-cue-quote" : "source-cue-mixed";
      d.confidence = direct ? 0.85 : 0.75;
      d.end = tail;
      timeOf(d, unit);
      return d;
    }
    return null;
  }

  /**
   * The quotation that is the whole of a unit (punctuation aside), if it is a statement: such a
   * unit can continue the quotation of a claim before it.
   */
  Optional<Span> wholeQuote(Unit unit) {
    int q = w.quote[unit.first];
    if (q < 0 || !statement[q]) {
      return Optional.empty();
    }
    int e = unit.first;
    while (e < unit.end && w.quote[e] == q) {
      e++;
    }
    while (e < unit.end && w.isPunct(e)) {
      e++;
    }
    return e < unit.end ? Optional.empty() : Optional.of(quoteSpan(q));
  }

  /** The claim continues with the quotation of the following unit {@code unit}. */
  void continueWith(Draft d, Unit unit, Span quote) {
    d.content.add(quote);
    d.end = unit.end;
    d.rule = d.rule + "+continued";
  }

  private Span quoteSpan(int q) {
    Quote quote = w.quotes.get(q);
    return Span.of(w.text, quote.begin(), quote.end());
  }

  // ---- reported speech -------------------------------------------------------------------------

  /** {@code CONTENT, SOURCE CUE [PP].} or {@code CONTENT, CUE SOURCE [PP].} */
  private Draft cueLast(Unit unit) {
    int end = trimEnd(unit);
    for (int comma = end - 2; comma > unit.first + 2 && comma >= end - REACH; comma--) {
      if (!w.isComma(comma) || w.quote[comma] >= 0) {
        continue;
      }
      int from = comma + 1;
      for (int k = from; k < end && k < from + REACH; k++) {
        int len = cueLength(k);
        if (len == 0) {
          if (w.isVerb(k) || w.isFinalPunct(k)) {
            break;
          }
          continue;
        }
        if (lexicon.findCue(cuePhrase(k, len)).map(c -> c.lemma().equals("according to"))
            .orElse(false)) {
          break;
        }
        int[] source = npLeft(k, from);
        if (source == null) {
          source = npRight(k + len, end);
        }
        if (source == null || !onlyAttribution(k + len, end, source)
            || !hasVerb(unit.first, comma)) {
          break;
        }
        Draft d = new Draft();
        d.kind = ClaimKind.INDIRECT;
        int contentEnd = comma;
        d.content.add(Span.of(w.text, w.begin(unit.first), w.end(contentEnd - 1)));
        kindFromQuotes(d, unit.first, contentEnd);
        d.first = unit.first;
        d.end = end;
        setParties(d, source, k, len, end, unit);
        d.rule = "content-source-cue";
        d.confidence = 0.8;
        timeOf(d, unit);
        return d;
      }
    }
    return null;
  }

  /** {@code CONTENT, SOURCE CUE, CONTENT.} and {@code CONTENT, CUE SOURCE, CONTENT.} */
  private Draft parenthetical(Unit unit) {
    int end = trimEnd(unit);
    for (int open = unit.first + 1; open < end - 4; open++) {
      if (!w.isComma(open) || w.quote[open] >= 0) {
        continue;
      }
      for (int k = open + 1; k < end && k <= open + REACH; k++) {
        if (w.isComma(k) || w.isFinalPunct(k)) {
          break;
        }
        int len = cueLength(k);
        if (len != 1) {
          continue;
        }
        int[] source = npLeft(k, open + 1);
        int close;
        if (source != null && source[0] == open + 1) {
          close = k + 1;
        } else {
          source = npRight(k + 1, end);
          if (source == null) {
            break;
          }
          close = source[1];
        }
        while (close < end && (w.is(close, "ADV") || w.inTime(close))) {
          close++;
        }
        if (close >= end - 2 || !w.isComma(close)) {
          break;
        }
        Draft d = new Draft();
        d.kind = ClaimKind.INDIRECT;
        d.content.add(Span.of(w.text, w.begin(unit.first), w.end(open - 1)));
        d.content.add(Span.of(w.text, w.begin(close + 1), w.end(end - 1)));
        kindFromQuotes(d, unit.first, end);
        d.first = unit.first;
        d.end = end;
        setParties(d, source, k, len, close, unit);
        d.rule = "content-source-cue-content";
        d.confidence = 0.75;
        timeOf(d, unit);
        return d;
      }
    }
    return null;
  }

  /** {@code According to SOURCE, CONTENT.} or {@code CONTENT, according to SOURCE.} */
  private Draft accordingTo(Unit unit) {
    int end = trimEnd(unit);
    for (int k = unit.first; k < end - 1; k++) {
      if (w.quote[k] >= 0 || !w.lower(k).equals("according") || !w.lower(k + 1).equals("to")) {
        continue;
      }
      int[] source = npRight(k + 2, end);
      if (source == null) {
        return null;
      }
      int after = source[1];
      while (after < end && w.isComma(after)) {
        after++;
      }
      Draft d = new Draft();
      d.kind = ClaimKind.INDIRECT;
      int before = k;
      while (before > unit.first && w.isComma(before - 1)) {
        before--;
      }
      if (before > unit.first + 1) {
        d.content.add(Span.of(w.text, w.begin(unit.first), w.end(before - 1)));
      }
      if (after < end && (before <= unit.first + 1 || w.isComma(source[1]))) {
        d.content.add(Span.of(w.text, w.begin(after), w.end(end - 1)));
      }
      if (d.content.isEmpty()) {
        return null;
      }
      d.first = unit.first;
      d.end = end;
      d.cue = new Cue(Span.of(w.text, w.begin(k), w.end(k + 1)), "according to");
      d.source = parties.resolve(source[0], source[1], w.begin(unit.first), previousSource);
      kindFromQuotes(d, unit.first, end);
      d.rule = "according-to";
      d.confidence = 0.85;
      timeOf(d, unit);
      return d;
    }
    return null;
  }

  /** {@code SOURCE CUE [ADDRESSEE] [that] CONTENT}, and {@code …, CUE-ing CONTENT}. */
  private void cueFirstFrames(Unit unit, List<Draft> drafts, boolean[] used) {
    int end = trimEnd(unit);
    for (int k = unit.first; k < end; k++) {
      if (used[k - unit.first] || inStatement(k)) {
        continue;
      }
      int len = cueLength(k);
      if (len == 0 || isPassive(k)) {
        continue;
      }
      CueEntry entry = lexicon.findCue(cuePhrase(k, len)).orElseThrow();
      if (entry.lemma().equals("according to")) {
        continue;
      }
      int[] source = npLeft(k, unit.first);
      boolean participle = false;
      if (source == null) {
        source = participleSubject(k, unit);
        participle = source != null;
      }
      boolean sourceless = false;
      if (source == null && !entry.weak() && isSpeech(entry) && !participle) {
        // a strong cue whose speaker the phrase rules cannot delimit: the content still counts,
        // and the noun phrase that opens the clause is the likeliest speaker
        sourceless = true;
        int[] opening = npRight(unit.first, k);
        source = opening != null && opening[1] < k ? opening : null;
      } else if (source == null || isUsed(used, unit, source[0], source[1])) {
        continue;
      }
      Draft d = new Draft();
      int clauseEnd = subordinateEnd(unit, k, end);
      setParties(d, source, k, len, clauseEnd, unit);
      int contentFirst = thatAfterCircumstance(afterCue(k + len, clauseEnd, d), clauseEnd);
      if (contentFirst >= clauseEnd || clauseEnd - contentFirst < 2
          || isUsed(used, unit, contentFirst, clauseEnd)) {
        continue;
      }
      if (entry.weak() && !opensClause(contentFirst, clauseEnd)
          || startsWithPreposition(contentFirst, clauseEnd)) {
        continue;
      }
      d.kind = ClaimKind.INDIRECT;
      d.content.add(Span.of(w.text, w.begin(contentFirst), w.end(clauseEnd - 1)));
      kindFromQuotes(d, contentFirst, clauseEnd);
      d.first = source == null ? k : Math.min(source[0], k);
      d.end = clauseEnd;
      d.rule = sourceless ? "cue-content" : participle ? "participle-cue-content"
          : "source-cue-content";
      d.confidence = sourceless ? 0.5 : participle ? 0.6 : entry.weak() ? 0.65 : 0.75;
      timeOf(d, unit);
      drafts.add(d);
      mark(used, unit, d);
      k = clauseEnd - 1;
    }
  }

  /**
   * {@code says at a campaign stop in Toledo, Ohio, that…}: past a prepositional phrase to the
   * {@code that} after it, within {@value #REACH} tokens.
   */
  private int thatAfterCircumstance(int k, int end) {
    if (k >= end || !w.is(k, "ADP")) {
      return k;
    }
    for (int i = k + 1; i < end && i <= k + REACH; i++) {
      if (w.lower(i).equals("that") && w.isComma(i - 1)) {
        return i;
      }
      if (w.isVerb(i) || inStatement(i)) {
        break;
      }
    }
    return k;
  }

  /** A prepositional phrase after a cue is a circumstance, not content ({@code said at a rally}). */
  private boolean startsWithPreposition(int k, int end) {
    if (w.lower(k).equals("to")) {
      return !(k + 1 < end && (w.isVerb(k + 1) || w.isAux(k + 1)));
    }
    return w.is(k, "ADP") && !w.lower(k).equals("that");
  }

  private static boolean isSpeech(CueEntry entry) {
    return entry.cueClass().equals("speech") || entry.cueClass().equals("writing");
  }

  /** Whether content starting at {@code k} is a clause or a quotation, not just an object. */
  private boolean opensClause(int k, int end) {
    String first = w.lower(k);
    if (first.equals("that") || first.equals(":") || w.quote[k] >= 0) {
      return true;
    }
    if (Set.of("to", "whether", "if", "how", "why", "what", "when").contains(first)) {
      return true;
    }
    for (int i = k; i < end; i++) {
      if (w.quote[i] >= 0) {
        return true;
      }
    }
    if (w.isVerb(k) && w.lower(k).endsWith("ing")) {
      return true; // "proposes allowing parents to…"
    }
    // a subject followed by a verb: "he planned to…", "the talks will…"
    for (int i = k; i < end && i < k + 6; i++) {
      if (w.isVerb(i) || w.isAux(i)) {
        return i > k && w.isNounHead(i - 1);
      }
      if (!w.isNominal(i)) {
        return false;
      }
    }
    return false;
  }

  // ---- parts of a claim ------------------------------------------------------------------------

  private void setParties(Draft d, int[] source, int cue, int cueLength, int clauseEnd, Unit unit) {
    String phrase = cuePhrase(cue, cueLength);
    CueEntry entry = lexicon.findCue(phrase).orElseThrow();
    d.cue = new Cue(Span.of(w.text, w.begin(cue), w.end(cue + cueLength - 1)), entry.lemma());
    if (source != null) {
      d.source = parties.resolve(source[0], source[1], w.begin(unit.first), previousSource);
    }
    if (entry.social()) {
      d.channel = new Channel(d.cue.span(), ChannelType.SOCIAL_MEDIA);
    }
    int from = cue + cueLength;
    if (entry.takesAddressee() && from < clauseEnd && w.isNominal(from)) {
      int[] addressee = npRight(from, clauseEnd);
      if (addressee != null && addressee[1] < clauseEnd) {
        d.addressee = parties.resolve(addressee[0], addressee[1], w.begin(unit.first), null);
        if (entry.lemma().equals("tell") && d.channel == null
            && parties.isOrganization(d.addressee.entityId())) {
          d.channel = new Channel(Span.of(w.text, w.begin(cue), w.end(addressee[1] - 1)),
              ChannelType.INTERVIEW);
        }
      }
    }
    if (d.channel == null) {
      int lo = source == null ? cue : Math.min(source[0], cue);
      d.channel = channelIn(lo, clauseEnd).orElse(null);
    }
  }

  /** The first token of the content after a cue: past the addressee, a time, a channel, "that". */
  private int afterCue(int k, int limit, Draft d) {
    if (d.addressee != null) {
      while (k < limit && w.end(k) <= d.addressee.span().end()) {
        k++;
      }
    }
    boolean moved = true;
    while (moved && k < limit) {
      moved = false;
      int lead = timeLead(k, limit);
      if (lead >= 0) {
        k += lead;
        int t = w.time[k];
        while (k < limit && w.time[k] == t) {
          k++;
        }
        moved = true;
      } else if (d.channel != null && w.begin(k) >= d.channel.span().begin()
          && w.begin(k) < d.channel.span().end()) {
        while (k < limit && w.begin(k) < d.channel.span().end()) {
          k++;
        }
        moved = true;
      } else if (w.isComma(k) || w.word(k).equals(":") || w.is(k, "ADV") && k + 1 < limit
          && (w.lower(k + 1).equals("that") || w.isComma(k + 1))) {
        k++;
        moved = true;
      }
    }
    return k;
  }

  /**
   * The number of words before a temporal expression that starts at or after {@code k} ({@code
   * on}, {@code as early as}): 0 if one starts at {@code k}, -1 if none starts within three words.
   */
  private int timeLead(int k, int limit) {
    for (int i = k; i < limit && i <= k + 3; i++) {
      if (w.inTime(i)) {
        return i - k;
      }
      if (!(w.is(i, "ADP") || w.is(i, "ADV") || w.is(i, "ADJ") || w.is(i, "SCONJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /** A stated channel in tokens {@code [from, end)}: a preposition and a channel noun. */
  private Optional<Channel> channelIn(int from, int end) {
    for (int k = from; k < end; k++) {
      if (!CHANNEL_PREPOSITIONS.contains(w.lower(k)) || w.quote[k] >= 0) {
        continue;
      }
      for (int h = k + 1; h < end && h <= k + 5; h++) {
        if (w.quote[h] >= 0 || w.isPunct(h) || w.isVerb(h)) {
          break;
        }
        for (int n = Math.min(lexicon.longestChannel(), end - h); n >= 1; n--) {
          String phrase = phrase(h, n, false);
          Optional<ChannelType> type = lexicon.findChannel(phrase);
          if (type.isEmpty() && w.is(h + n - 1, "NOUN")) {
            type = lexicon.findChannel(phrase(h, n, true));
          }
          if (type.isPresent()) {
            return Optional.of(new Channel(Span.of(w.text, w.begin(k), w.end(h + n - 1)),
                type.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private String phrase(int k, int n, boolean lemmas) {
    StringBuilder b = new StringBuilder();
    for (int i = k; i < k + n; i++) {
      if (i > k) {
        b.append(' ');
      }
      b.append(lemmas ? w.lemma(i) : w.word(i));
    }
    return b.toString();
  }

  /** The time of the statement: the temporal expression outside the content nearest the cue. */
  private void timeOf(Draft d, Unit unit) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    int cue = d.cue.span().begin();
    for (int k = unit.first; k < unit.end; k++) {
      if (!w.inTime(k) || insideContent(d, w.begin(k))) {
        continue;
      }
      int distance = Math.abs(w.begin(k) - cue);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = w.time[k];
      }
    }
    d.time = best < 0 ? null : best;
  }

  private static boolean insideContent(Draft d, int offset) {
    for (Span s : d.content) {
      if (offset >= s.begin() && offset < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** DIRECT content stays; reported content with a quotation in it is MIXED. */
  private void kindFromQuotes(Draft d, int first, int end) {
    for (int k = first; k < end; k++) {
      if (w.quote[k] >= 0) {
        d.kind = ClaimKind.MIXED;
        return;
      }
    }
  }

  // ---- noun phrases and cues -------------------------------------------------------------------

  /** The number of tokens of the cue starting at {@code k} (outside quotations), or 0. */
  private int cueLength(int k) {
    if (w.quote[k] >= 0) {
      // words inside a quotation are the quoted speaker's, not an attribution
      return 0;
    }
    if (k + 1 < w.size() && w.lower(k).equals("according") && w.lower(k + 1).equals("to")) {
      return 2;
    }
    if (w.isVerb(k)) {
      return lexicon.findCue(w.lemma(k)).isPresent() ? 1 : 0;
    }
    return isTaggedAsNoun(k) || isTitleCaseCue(k) ? 1 : 0;
  }

  /**
   * A verb the tagger took for a noun ({@code Trump claims that…}): a noun right after a name or a
   * pronoun and right before {@code that}, a colon, a quotation or a determiner.
   */
  private boolean isTaggedAsNoun(int k) {
    if (!w.is(k, "NOUN") || k == 0 || k + 1 >= w.size()
        || !(w.is(k - 1, "PROPN") || w.is(k - 1, "PRON"))) {
      return false;
    }
    String next = w.lower(k + 1);
    boolean clause = next.equals("that") || next.equals(":") || w.isQuoteMark(k + 1)
        || w.is(k + 1, "DET") || w.is(k + 1, "PRON") || w.is(k + 1, "NOUN");
    return clause && cueLemma(k) != null;
  }

  /**
   * A cue written with a capital in a title-case line ({@code Obama Says Museum Will Tell…},
   * {@code …, Lindsey Graham Says.}): the word before it is capitalised too, and its lower-case
   * form without the {@code s} is a cue.
   */
  private boolean isTitleCaseCue(int k) {
    String word = w.word(k);
    if (k == 0 || word.length() < 4 || !Character.isUpperCase(word.charAt(0))
        || !word.endsWith("s") || !Character.isUpperCase(w.word(k - 1).charAt(0))) {
      return false;
    }
    return cueLemma(k) != null;
  }

  /**
   * The lexicon entry a one-word cue matches: its lemma, or for a verb the lemmatiser took for a
   * noun ({@code says}, {@code Warns}) its lower-case form without the final {@code s}; null if
   * neither is a cue.
   */
  private String cueLemma(int k) {
    if (lexicon.findCue(w.lemma(k)).isPresent()) {
      return w.lemma(k);
    }
    String word = w.lower(k);
    String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
    return stem != null && lexicon.findCue(stem).isPresent() ? stem : null;
  }

  private String cuePhrase(int k, int len) {
    if (len == 2) {
      return "according to";
    }
    String lemma = cueLemma(k);
    return lemma != null ? lemma : w.lemma(k);
  }

  /** A past participle after a form of "be": the subject is not the speaker. */
  private boolean isPassive(int k) {
    int j = k - 1;
    while (j >= 0 && w.is(j, "ADV")) {
      j--;
    }
    if (j < 0 || !w.isAux(j)) {
      return false;
    }
    String aux = w.lemma(j);
    return aux.equals("be") && (w.word(k).endsWith("ed") || w.word(k).endsWith("en")
        || w.lower(k).equals("told") || w.lower(k).equals("said"));
  }

  /**
   * The noun phrase ending right before the cue at {@code cue} (past adverbs and auxiliaries), as
   * {@code [first, end)} tokens, not reaching before {@code limit}; with an appositive ({@code
   * NAME, an analyst based in X, told}) the name and the appositive. Null if there is none.
   */
  private int[] npLeft(int cue, int limit) {
    int j = cue - 1;
    while (j >= limit && (w.is(j, "ADV") || w.isAux(j) || w.lower(j).equals("not"))) {
      j--;
    }
    if (j < limit) {
      return null;
    }
    int parenthesisEnd = -1;
    if (w.word(j).equals(")")) {
      // "Rep. John Mica (R-Fla.) said": the parenthesis belongs to the name
      int open = j - 1;
      while (open >= limit && open > j - 8 && !w.word(open).equals("(")) {
        open--;
      }
      if (open < limit || !w.word(open).equals("(")) {
        return null;
      }
      parenthesisEnd = j + 1;
      j = open - 1;
      if (j < limit) {
        return null;
      }
    }
    if (w.isComma(j)) {
      // NAME, APPOSITIVE, CUE
      int close = j;
      int open = close - 1;
      while (open >= limit && open > close - 2 * REACH && !w.isComma(open)
          && !w.isFinalPunct(open) && w.quote[open] < 0) {
        open--;
      }
      if (open < limit || !w.isComma(open)) {
        return null;
      }
      if (isProperName(open + 1, close)) {
        // "Colombia's president at the time, Ivan Duque, said": the name between the commas
        return new int[] {open + 1, close};
      }
      int[] name = npBack(open - 1, limit);
      if (name == null) {
        return null;
      }
      boolean properName = w.is(name[1] - 1, "PROPN") || w.isCapitalised(name[1] - 1);
      return properName ? new int[] {name[0], close} : null;
    }
    int[] np = npBack(j, limit);
    return np == null || parenthesisEnd < 0 ? np : new int[] {np[0], parenthesisEnd};
  }

  /** The noun phrase ending at token {@code j} (inclusive), walking left. */
  private int[] npBack(int j, int limit) {
    if (j < limit || inStatement(j)) {
      return null;
    }
    if (!w.isNominal(j)) {
      // "Trump/VERB says": a capitalised word right before a cue names the speaker
      return w.isCapitalised(j) ? capitalisedRun(j, limit) : null;
    }
    if (w.is(j, "PRON") && (w.lower(j).equals("who") || w.lower(j).equals("which")
        || w.lower(j).equals("that"))) {
      return new int[] {j, j + 1};
    }
    int first = j;
    while (first - 1 >= limit && (w.isNominal(first - 1) || isInnerOf(first - 1))
        && !(w.quote[first - 1] >= 0 && statement[w.quote[first - 1]])
        && !w.lower(first - 1).equals("that") && !isRelative(first - 1)) {
      first--;
    }
    while (first < j && isInnerOf(first)) {
      first++;
    }
    if (!hasHead(first, j + 1)) {
      return null;
    }
    return new int[] {first, j + 1};
  }

  private boolean isProperName(int first, int end) {
    if (first >= end) {
      return false;
    }
    for (int k = first; k < end; k++) {
      if (!(w.is(k, "PROPN") || w.isCapitalised(k) || w.isAbbreviationDot(k))) {
        return false;
      }
    }
    return true;
  }

  private int[] capitalisedRun(int j, int limit) {
    int first = j;
    while (first - 1 >= limit && (w.isCapitalised(first - 1) || w.is(first - 1, "PROPN"))) {
      first--;
    }
    return new int[] {first, j + 1};
  }

  private boolean isRelative(int k) {
    String s = w.lower(k);
    return s.equals("who") || s.equals("which");
  }

  /** "of" or "for" inside a name: {@code Minister of Defense}, {@code Center for Progress}. */
  private boolean isInnerOf(int k) {
    String s = w.lower(k);
    return (s.equals("of") || s.equals("for") || s.equals("&") || s.equals("-"))
        && k > 0 && k + 1 < w.size() && w.isNounHead(k - 1)
        && (w.is(k + 1, "PROPN") || w.is(k + 1, "DET"));
  }

  private boolean hasHead(int first, int end) {
    for (int k = first; k < end; k++) {
      if (w.isNounHead(k) || w.isCapitalised(k)) {
        return true;
      }
    }
    return false;
  }

  /** The noun phrase starting at {@code k}, walking right, up to {@code limit}. */
  private int[] npRight(int k, int limit) {
    if (k >= limit || !w.isNominal(k) || w.inTime(k) || w.quote[k] >= 0) {
      return null;
    }
    int end = k;
    boolean head = false;
    while (end < limit && (w.isNominal(end) || isInnerOf(end) || end > k
            && w.isAbbreviationDot(end) && w.is(end - 1, "PROPN"))
        && !w.inTime(end) && w.quote[end] < 0) {
      if (head && w.is(end, "DET") && !isInnerOf(end - 1)) {
        break;
      }
      if (w.is(end, "PRON") && end > k) {
        break;
      }
      if (w.isNounHead(end) && w.is(end, "PRON")) {
        end++;
        head = true;
        break;
      }
      head |= w.isNounHead(end);
      end++;
    }
    while (end > k + 1 && isInnerOf(end - 1)) {
      end--;
    }
    return head ? new int[] {k, end} : null;
  }

  /** For {@code …, describing X as Y}: the subject noun phrase that opens the unit. */
  private int[] participleSubject(int k, Unit unit) {
    if (!w.lower(k).endsWith("ing") || k == unit.first || !(w.isComma(k - 1)
        || w.lower(k - 1).equals("and"))) {
      return null;
    }
    int[] np = subjectAt(unit.first, k);
    if (np == null) {
      // "On Friday, the mayor praised …, saying": the subject after an opening phrase
      for (int c = unit.first; c < k - 1 && c < unit.first + REACH && np == null; c++) {
        if (w.isComma(c) && w.quote[c] < 0) {
          np = subjectAt(c + 1, k);
        }
      }
    }
    return np;
  }

  /** The noun phrase at {@code first} if a verb follows it before {@code limit}. */
  private int[] subjectAt(int first, int limit) {
    int[] np = npRight(first, limit);
    int v = np == null ? limit : np[1];
    while (v < limit && (w.is(v, "ADV") || w.isAux(v))) {
      v++;
    }
    return np != null && v < limit && (w.isVerb(v) || w.isAux(np[1])) ? np : null;
  }

  private boolean hasVerb(int first, int end) {
    for (int k = first; k < end; k++) {
      if (w.isVerb(k) || w.isAux(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, end)} after a cue hold only its source and circumstances (a time,
   * a prepositional phrase), not an object ({@code Clinton called half of…}).
   */
  private boolean onlyAttribution(int from, int end, int[] source) {
    int first = from == source[0] ? source[1] : from;
    if (first < end && !(w.is(first, "ADP") || w.is(first, "ADV") || w.inTime(first)
        || w.isComma(first) || w.lower(first).equals("to"))) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (k >= source[0] && k < source[1]) {
        continue;
      }
      if (w.isVerb(k) && !w.lower(k).endsWith("ing")) {
        return false;
      }
      if (inStatement(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a cue's clause: the unit's end, or for a cue in an opening subordinate clause
   * ({@code When Dagan urged Petro to speak, …}), the comma that closes it.
   */
  private int subordinateEnd(Unit unit, int cue, int end) {
    int first = unit.first;
    while (first < cue && w.isQuoteMark(first)) {
      first++;
    }
    if (!SUBORDINATORS.contains(w.lower(first))) {
      return end;
    }
    for (int k = cue + 1; k < end; k++) {
      if (w.isComma(k) && w.quote[k] < 0) {
        return k;
      }
    }
    return end;
  }

  /** The end of the clause after a cue: the next comma, final punctuation or quotation. */
  private int clauseEnd(int from, int end) {
    int k = from;
    while (k < end && !w.isFinalPunct(k) && !inStatement(k)
        && !(w.isComma(k) && k + 1 < end && w.quote[k + 1] >= 0)) {
      k++;
    }
    return k;
  }

  /** The unit's end without its final punctuation and closing marks. */
  private int trimEnd(Unit unit) {
    int end = unit.end;
    while (end > unit.first && (w.isFinalPunct(end - 1)
        || (w.isQuoteMark(end - 1) && w.quote[end - 1] < 0))) {
      end--;
    }
    return end;
  }

  private static void mark(boolean[] used, Unit unit, Draft d) {
    for (int k = Math.max(d.first, unit.first); k < Math.min(d.end, unit.end); k++) {
      used[k - unit.first] = true;
    }
  }

  private static boolean isUsed(boolean[] used, Unit unit, int first, int end) {
    for (int k = Math.max(first, unit.first); k < Math.min(end, unit.end); k++) {
      if (used[k - unit.first]) {
        return true;
      }
    }
    return false;
  }
}
