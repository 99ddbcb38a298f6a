package org.annalist.core.eval.cat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.model.DocumentDate;
import org.annalist.model.Provenance;
import org.annalist.model.Span;

/**
 * A document in CAT XML (SemEval-2015 Task 4, MEANTIME), as {@link CatReader} reads it: its id and
 * name, the plain text rebuilt from its tokens (joined by single spaces, one sentence a line, the
 * title sentence 0 the first line), the tokens with their offsets in that text, so that a span a
 * pipeline finds in the text maps back to tokens (and to SemEval's {@code docid-sentence-word}
 * mention ids), and the entity mentions of its markables. Immutable and thread-safe.
 *
 * <pre>{@code
 * CatDocument doc = CatReader.create().read(xml, "16844-Apple_unveils_iPhone_4.xml");
 * AnalyzedDocument analyzed = pipeline.analyze(doc.text(), DocumentMetadata.of(doc.id()));
 * doc.findMentionId(event.trigger().begin(), event.trigger().end()); // "16844-2-unveiled"
 * }</pre>
 *
 * @param id the {@code doc_id} attribute, the first part of every mention id
 * @param name the {@code doc_name} attribute, or the id when there is none
 * @param text the rebuilt text
 * @param tokens the tokens in document order
 * @param entityMentions the {@code <ENTITY_MENTION>} markables, in file order (empty for a file
 *     without markables)
 */
public record CatDocument(String id, String name, String text, List<CatToken> tokens,
    List<CatEntityMention> entityMentions) {

  /** How many lines from the top {@link #findDateLine()} looks at. */
  static final int DATE_LINE_WITHIN = 4;

  private static final Pattern DATE_LINE = Pattern.compile(
      "(January|February|March|April|May|June|July|August|September|October|November|December)"
          + " (\\d{1,2}) ?, ?(\\d{4})");

  /**
   * Checks and copies the components.
   *
   * @param id the {@code doc_id} attribute
   * @param name the {@code doc_name} attribute, or the id
   * @param text the rebuilt text
   * @param tokens the tokens in document order
   * @param entityMentions the entity mentions, in file order
   * @throws IllegalArgumentException naming the document if the id is blank, a token is out of
   *     order or does not match the text at its offsets, or a mention has a token not among the
   *     document's
   */
  public CatDocument {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a CAT document needs a doc_id");
    }
    Objects.requireNonNull(name, "name of document " + id);
    Objects.requireNonNull(text, "text of document " + id);
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens of document " + id));
    int last = 0;
    for (CatToken token : tokens) {
      if (token.begin() < last || token.end() > text.length()
          || !text.startsWith(token.text(), token.begin())) {
        throw new IllegalArgumentException("document " + id + ": token " + token.id() + " \""
            + token.text() + "\" is not at [" + token.begin() + ", " + token.end() + ")");
      }
      last = token.end();
    }
    entityMentions = List.copyOf(
        Objects.requireNonNull(entityMentions, "entityMentions of document " + id));
    Set<CatToken> known = new HashSet<>(tokens);
    for (CatEntityMention mention : entityMentions) {
      for (CatToken token : mention.tokens()) {
        if (!known.contains(token)) {
          throw new IllegalArgumentException("document " + id + ": entity mention "
              + mention.id() + " has token " + token.id() + ", which is not the document's");
        }
      }
    }
  }

  /**
   * A document without entity mentions.
   *
   * @param id the {@code doc_id} attribute
   * @param name the {@code doc_name} attribute, or the id
   * @param text the rebuilt text
   * @param tokens the tokens in document order
   * @throws IllegalArgumentException as the canonical constructor
   */
  public CatDocument(String id, String name, String text, List<CatToken> tokens) {
    this(id, name, text, tokens, List.of());
  }

  /**
   * {@return where a token is in {@link #tokens()}}
   *
   * @param token one of the document's tokens
   * @throws IllegalArgumentException if it is not one of them
   */
  public int indexOf(CatToken token) {
    Objects.requireNonNull(token, "token");
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) { // tokens are in increasing offsets
      int mid = (low + high) >>> 1;
      int begin = tokens.get(mid).begin();
      if (begin < token.begin()) {
        low = mid + 1;
      } else if (begin > token.begin()) {
        high = mid - 1;
      } else if (tokens.get(mid).equals(token)) {
        return mid;
      } else {
        break;
      }
    }
    throw new IllegalArgumentException("token " + token.id() + " \"" + token.text()
        + "\" is not one of document " + id + "'s");
  }

  /**
   * The tokens a span of the text overlaps, in order.
   *
   * @param begin the span's start in {@link #text()}
   * @param end its end, exclusive
   * @return the tokens, empty if the span lies between tokens or is empty
   * @throws IllegalArgumentException if the span is not within the text
   */
  public List<CatToken> tokensIn(int begin, int end) {
    if (begin < 0 || end < begin || end > text.length()) {
      throw new IllegalArgumentException("span [" + begin + ", " + end + ") is not within the "
          + text.length() + " characters of document " + id);
    }
    List<CatToken> found = new ArrayList<>();
    int low = 0;
    int high = tokens.size();
    while (low < high) { // the first token that ends after begin
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= begin) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < tokens.size() && tokens.get(i).begin() < end; i++) {
      found.add(tokens.get(i));
    }
    return found;
  }

  /**
   * The task's id of the mention a span of the text covers: {@code docid-sentence-word}, the word
   * being the tokens the span overlaps joined by {@code _} (as the gold writes {@code court_case});
   * only the tokens of the first sentence are taken.
   *
   * @param begin the span's start in {@link #text()}
   * @param end its end, exclusive
   * @return the mention id, or empty if the span overlaps no token
   * @throws IllegalArgumentException if the span is not within the text
   */
  public Optional<String> findMentionId(int begin, int end) {
    List<CatToken> covered = tokensIn(begin, end);
    if (covered.isEmpty()) {
      return Optional.empty();
    }
    int sentence = covered.get(0).sentence();
    String word = covered.stream().filter(t -> t.sentence() == sentence).map(CatToken::text)
        .collect(Collectors.joining("_"));
    return Optional.of(id + "-" + sentence + "-" + word);
  }

  /**
   * The date line of the document: one of its first lines that is only a date, {@code June 8 ,
   * 2010} (the Wikinews articles of the task put one after the title). The files have no
   * publication date; this is where the text states it.
   *
   * @return the date stated there, with the line's span, or empty if no such line
   */
  public Optional<DocumentDate> findDateLine() {
    int start = 0;
    for (int line = 0; line < DATE_LINE_WITHIN && start <= text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      Matcher m = DATE_LINE.matcher(text.substring(start, end).strip());
      if (m.matches()) {
        try {
          LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)),
              Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
          return Optional.of(DocumentDate.stated(date, List.of(Span.of(text, start, end)),
              new Provenance("semeval-cat", "date-line", 0.9)));
        } catch (DateTimeException e) {
          return Optional.empty(); // "February 30 , 2010": no date
        }
      }
      start = end + 1;
    }
    return Optional.empty();
  }
}
