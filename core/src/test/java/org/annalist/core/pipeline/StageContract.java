package org.annalist.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annalist.core.AnnalistException;
import org.annalist.core.io.AnnalistJson;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ItemFailure;
import org.annalist.model.Layer;
import org.annalist.model.LayerKey;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.junit.jupiter.api.Test;

/**
 * The contract every analysis stage keeps, as a JUnit 5 base class (after Lucene's {@code
 * BaseTokenStreamTestCase}): a stage's test extends it and supplies a {@link #pipeline()} that ends
 * with the stage under test. Each {@code @Test} method analyses one kind of hostile or unusual
 * input and checks, for every input:
 *
 * <ul>
 *   <li>the document keeps the input text unchanged and has every layer the pipeline provides;
 *   <li>every span of the structure, the document date and every layer ({@link Layer#spans()}) lies
 *       within the text, its covered text equals {@code text.substring(begin, end)}, and it neither
 *       begins nor ends between the two halves of a surrogate pair;
 *   <li>the output is deterministic: two analyses, run at the same time on two threads, give equal
 *       documents and equal JSON from {@link AnnalistJson};
 *   <li>if the input has no broken surrogate pair, nothing in the output has one either (a lemma,
 *       an id, a normalised name must not cut a character in half);
 *   <li>no exception escapes except an {@link AnnalistException} that names the document (see
 *       {@link #rejected}, which a stage that accepts every input overrides to fail);
 *   <li>items a stage skipped ({@link ItemFailure}, see {@link Stage}) name the document and have
 *       consistent spans (see {@link #degraded}, which a stage that should skip nothing on these
 *       inputs overrides to fail).
 * </ul>
 *
 * <p>A further test analyses a set of documents from eight threads at once and expects the
 * single-threaded results. The inputs are built from fixed seeds, so every run sees the same text.
 * The builders are {@code protected static} for stage tests that want the same inputs.
 *
 * <pre>{@code
 * class TextStageContractTest extends StageContract {
 *   private static final Pipeline PIPELINE =
 *       Pipeline.builder().add(TextStage.create(EnglishModels.load())).build();
 *
 *   @Override protected Pipeline pipeline() { return PIPELINE; }
 * }
 * }</pre>
 */
public abstract class StageContract {

  private static final AnnalistJson JSON = AnnalistJson.create();

  /** Threads used by {@link #concurrentAnalysisMatchesSingleThreaded()}. */
  protected static final int THREADS = 8;

  /**
   * A pipeline ending with the stage under test. Called by every test; return the same instance
   * each time (e.g. a static field) so models are loaded once per test class.
   */
  protected abstract Pipeline pipeline();

  /**
   * Called when an analysis throws an {@link AnnalistException}, which the contract allows; by
   * default checks that the exception names the document and explains itself. A stage that accepts
   * every input overrides this to fail.
   */
  protected void rejected(String id, String text, AnnalistException e) {
    assertThat(e.findDocumentId()).as("document id in %s", e).contains(id);
    assertThat(e.getMessage()).as("message of %s", e).isNotBlank();
  }

  /**
   * Called when an analysis returns a document with {@linkplain AnalyzedDocument#itemFailures()
   * item failures}, which the contract allows; by default checks that each names the document and
   * explains itself (its span is checked with the others). A stage that should skip no item of
   * these inputs overrides this to fail, so that the safety net does not hide its bugs.
   */
  protected void degraded(String id, String text, AnalyzedDocument document) {
    for (ItemFailure failure : document.itemFailures()) {
      assertThat(failure.message()).as("message of %s", failure).contains("document " + id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The inputs, one test each.

  @Test
  public void emptyText() {
    assertContract("empty", "");
  }

  @Test
  public void whitespaceOnly() {
    assertContract("whitespace", " \t\n\u00A0\r\n \u2003\u3000\t\t\n\n\u00A0 \u000B\f\u2028\u2029 ");
  }

  @Test
  public void largeArticle() {
    assertContract("large-article", newsArticle(2_000_000, 7));
  }

  @Test
  public void randomUnicode() {
    Random random = new Random(20231016);
    for (int i = 0; i < 12; i++) {
      String text = randomText(random, 500 + random.nextInt(6000));
      assertContract("random-" + i, text);
      // the same without its lone surrogates, so that the output must have none either
      assertContract("random-paired-" + i, withoutBrokenPairs(text));
    }
  }

  @Test
  public void combiningMarks() {
    assertContract("combining-marks", COMBINING_MARKS);
  }

  @Test
  public void rightToLeftText() {
    assertContract("rtl", RIGHT_TO_LEFT);
  }

  @Test
  public void controlCharacters() {
    assertContract("control-characters", CONTROL_CHARACTERS);
  }

  @Test
  public void unbalancedQuotes() {
    assertContract("unbalanced-quotes", UNBALANCED_QUOTES);
  }

  @Test
  public void windowsLineEndings() {
    assertContract("crlf", ARTICLE.replace("\n", "\r\n"));
  }

  @Test
  public void oldMacLineEndings() {
    assertContract("cr", ARTICLE.replace("\n", "\r"));
  }

  @Test
  public void mixedLineEndings() {
    assertContract("mixed-eol", ARTICLE.replace(".\n", ".\r\n").replace("\n\n", "\r\r"));
  }

  @Test
  public void longLineWithoutPunctuation() {
    assertContract("long-line", unpunctuatedLine(200_000, 11));
  }

  @Test
  public void repeatedCommaPhrase() {
    assertContract("comma-phrase", "A, ".repeat(100_000));
  }

  @Test
  public void capitalisedWordsInARow() {
    assertContract("capitalised", capitalisedWords(10_000, 13));
  }

  @Test
  public void longRunsWithoutWhitespace() {
    String run = "a.b,c;d:e!f?g-h'i\"j(k)l[m]n/o".repeat(2_000);
    String emoji = "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD.e\u0301".repeat(4_000);
    assertContract("long-runs", "Before the runs.\n\n" + run + "\n\nIn between " + emoji + " after.");
  }

  @Test
  public void astralCharactersInsideWords() {
    assertContract("astral", ASTRAL_IN_WORDS);
  }

  @Test
  public void shortArticle() {
    assertContract("article", ARTICLE);
  }

  @Test
  public void concurrentAnalysisMatchesSingleThreaded() throws Exception {
    Random random = new Random(42);
    List<String[]> inputs = new ArrayList<>();
    inputs.add(new String[] {"article", ARTICLE});
    inputs.add(new String[] {"article-crlf", ARTICLE.replace("\n", "\r\n")});
    inputs.add(new String[] {"news", newsArticle(12_000, 3)});
    inputs.add(new String[] {"quotes", UNBALANCED_QUOTES});
    inputs.add(new String[] {"rtl", RIGHT_TO_LEFT});
    inputs.add(new String[] {"marks", COMBINING_MARKS});
    for (int i = 0; i < 3; i++) {
      inputs.add(new String[] {"random-" + i, randomText(random, 2_000)});
    }
    List<Object> expected = new ArrayList<>();
    for (String[] input : inputs) {
      expected.add(outcome(input[0], input[1]));
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(
            executor.submit(
                () -> {
                  start.await(1, TimeUnit.MINUTES);
                  List<Object> results = new ArrayList<>(inputs.size());
                  for (int i = 0; i < inputs.size(); i++) {
                    results.add(null);
                  }
                  // Each thread visits the documents in a different order.
                  for (int k = 0; k < inputs.size(); k++) {
                    int i = (k + offset) % inputs.size();
                    results.set(i, outcome(inputs.get(i)[0], inputs.get(i)[1]));
                  }
                  return results;
                }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<Object> results;
        try {
          results = futures.get(t).get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError error) {
            throw error;
          }
          throw e;
        }
        for (int i = 0; i < inputs.size(); i++) {
          assertSameOutcome(
              "input '" + inputs.get(i)[0] + "' on thread " + t + " of " + THREADS,
              expected.get(i),
              results.get(i));
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The checks.

  /**
   * Analyses {@code text} twice at the same time on two threads and checks the contract; returns
   * the analysed document, or null if the pipeline rejected the input with an {@link
   * AnnalistException} (after calling {@link #rejected}).
   */
  protected final AnalyzedDocument assertContract(String id, String text) {
    Object first;
    Object second;
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      Future<Object> a = executor.submit(() -> outcome(id, text));
      Future<Object> b = executor.submit(() -> outcome(id, text));
      first = await(a, id);
      second = await(b, id);
    } finally {
      executor.shutdownNow();
    }
    if (first instanceof AnnalistException e) {
      rejected(id, text, e);
      assertSameOutcome("second analysis of '" + id + "'", first, second);
      return null;
    }
    AnalyzedDocument document = (AnalyzedDocument) first;
    assertConsistent(id, text, document);
    if (!hasBrokenPair(text)) {
      assertNoBrokenPair(id, JSON.write(document));
    }
    if (!document.isComplete()) {
      degraded(id, text, document);
    }
    assertSameOutcome("second analysis of '" + id + "' (run at the same time)", first, second);
    return document;
  }

  /** The document, or the {@link AnnalistException} the pipeline threw; fails on anything else. */
  private Object outcome(String id, String text) {
    try {
      return pipeline().analyze(id, text);
    } catch (AnnalistException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError(
          "input '" + id + "' (" + text.length() + " chars): " + e
              + " escaped; only AnnalistException subclasses may",
          e);
    }
  }

  private static Object await(Future<Object> future, String id) {
    try {
      return future.get(10, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError error) {
        throw error;
      }
      throw new AssertionError("analysis of '" + id + "' failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while analysing '" + id + "'", e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("analysis of '" + id + "' took more than 10 minutes", e);
    }
  }

  /** Text unchanged, every layer present, every span consistent with the text. */
  private void assertConsistent(String id, String text, AnalyzedDocument document) {
    assertThat(document.id()).isEqualTo(id);
    if (!document.text().equals(text)) {
      fail("input '" + id + "': the document's text differs from the input at offset "
          + firstDifference(text, document.text()));
    }
    for (LayerKey<?> key : pipeline().provides()) {
      assertThat(document.has(key)).as("input '%s' has its '%s' layer", id, key).isTrue();
    }
    for (StructureElement element : document.document().structure()) {
      assertSpan(id, text, "structure " + element.label(), element.span());
    }
    for (Span span : document.document().date().spans()) {
      assertSpan(id, text, "document date", span);
    }
    for (Layer layer : document.layers()) {
      String where = "layer '" + layer.key() + "'";
      try (Stream<Span> spans = layer.spans()) {
        spans.forEach(span -> assertSpan(id, text, where, span));
      }
    }
    for (ItemFailure failure : document.itemFailures()) {
      assertSpan(id, text, "item failure of stage '" + failure.stage() + "'", failure.span());
    }
  }

  /** The text with every lone surrogate replaced by U+FFFD. */
  protected static String withoutBrokenPairs(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int at = firstBrokenPair(text.substring(i));
      if (at < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, i + at).append('\uFFFD');
      i += at + 1;
    }
    return out.toString();
  }

  /** Whether the text has a lone high or low surrogate. */
  protected static boolean hasBrokenPair(String text) {
    return firstBrokenPair(text) >= 0;
  }

  private static int firstBrokenPair(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static void assertNoBrokenPair(String id, String json) {
    int at = firstBrokenPair(json);
    if (at >= 0) {
      fail("input '" + id + "' has no broken surrogate pair, but its JSON has one at offset " + at
          + ": \"" + abbreviate(json.substring(Math.max(0, at - 60), Math.min(json.length(), at + 20)))
          + "\"");
    }
  }

  private static void assertSpan(String id, String text, String where, Span span) {
    if (span.begin() < 0 || span.end() < span.begin() || span.end() > text.length()) {
      fail("input '" + id + "', " + where + ": span " + shorten(span)
          + " is outside the text of length " + text.length());
    }
    if (!text.regionMatches(span.begin(), span.text(), 0, span.text().length())
        || span.text().length() != span.end() - span.begin()) {
      fail("input '" + id + "', " + where + ": span " + shorten(span)
          + " does not cover its text; the text there is \""
          + abbreviate(text.substring(span.begin(), span.end())) + "\"");
    }
    if (insidePair(text, span.begin()) || insidePair(text, span.end())) {
      fail("input '" + id + "', " + where + ": span " + shorten(span)
          + " begins or ends inside a surrogate pair");
    }
  }

  private static boolean insidePair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }

  private static void assertSameOutcome(String what, Object expected, Object actual) {
    if (expected instanceof AnnalistException e) {
      if (!(actual instanceof AnnalistException other)
          || other.getClass() != e.getClass()
          || !Objects.equals(other.getMessage(), e.getMessage())) {
        fail(what + ": expected the same failure " + e + " but got " + describe(actual));
      }
      return;
    }
    if (!(actual instanceof AnalyzedDocument document)) {
      fail(what + ": expected a document but got " + describe(actual));
      return;
    }
    AnalyzedDocument reference = (AnalyzedDocument) expected;
    if (!reference.equals(document)) {
      fail(what + ": the documents differ (" + firstLayerDifference(reference, document) + ")");
    }
    String referenceJson = JSON.write(reference);
    String json = JSON.write(document);
    if (!referenceJson.equals(json)) {
      int at = firstDifference(referenceJson, json);
      fail(what + ": equal documents but different JSON at offset " + at + ": \""
          + abbreviate(referenceJson.substring(Math.max(0, at - 40),
              Math.min(referenceJson.length(), at + 40)))
          + "\" vs \""
          + abbreviate(json.substring(Math.max(0, at - 40), Math.min(json.length(), at + 40)))
          + "\"");
    }
  }

  private static String firstLayerDifference(AnalyzedDocument a, AnalyzedDocument b) {
    if (!a.document().equals(b.document())) {
      return "the parsed documents differ";
    }
    if (a.layers().size() != b.layers().size()) {
      return a.layers().size() + " layers vs " + b.layers().size();
    }
    for (int i = 0; i < a.layers().size(); i++) {
      if (!a.layers().get(i).equals(b.layers().get(i))) {
        return "layer '" + a.layers().get(i).key() + "' differs";
      }
    }
    return "unknown difference";
  }

  private static String describe(Object outcome) {
    return outcome instanceof AnalyzedDocument ? "a document" : String.valueOf(outcome);
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  private static String shorten(Span span) {
    return "[" + span.begin() + ", " + span.end() + ") \"" + abbreviate(span.text()) + "\"";
  }

  private static String abbreviate(String s) {
    String escaped = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    StringBuilder out = new StringBuilder();
    escaped.chars().forEach(c -> {
      if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The input builders.

  /** A short news article with headline, dateline, quotes, a caption-like line and boilerplate. */
  protected static final String ARTICLE =
      """
      Israel suspends defense sales to Colombia after row over Gaza

      SANTIAGO, Chile — The Israeli government has suspended sales of security equipment to \
      Colombia, the Foreign Ministry said on Sunday.

      President Gustavo Petro, who visited Bogotá’s main square on Monday, said: “If we must \
      suspend relations, then that is what we will do.” Officials didn’t comment.

      The ministry’s statement, released at 3 p.m., followed a heated exchange on X (formerly \
      Twitter) between Petro and Ambassador Gali Dagan.

      Sign up for our newsletter to get the latest defense news in your inbox.
      """;

  /** Text with combining marks: decomposed accents, stacked marks, marks opening paragraphs. */
  protected static final String COMBINING_MARKS =
      "Cafe\u0301 de\u0301ja\u0300 vu in Bogota\u0301: the re\u0301sume\u0301 was na\u0308ive.\n\n"
          + "\u0301\u0302 Marks open this paragraph. Z\u0351\u0354\u0300a\u0301\u0327\u0362l\u0315"
          + "\u0330g\u0336\u0334o\u0337 text, n\u0303 and a\u20DD (enclosed), "
          + "\u0915\u094D\u0937 and \u0E01\u0E34\u0E19.\n\n"
          + "Emoji: \uD83D\uDC4D\uD83C\uDFFD, \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and "
          + "\u2764\uFE0F; flags \uD83C\uDDE8\uD83C\uDDF4\uD83C\uDDEE\uD83C\uDDF1.\u0301\n";

  /**
   * Characters outside the Basic Multilingual Plane (two UTF-16 units each) glued to words a
   * stage changes or looks up: names, demonyms, plurals, dates, capitals, contractions.
   */
  protected static final String ASTRAL_IN_WORDS =
      "Israel\uD83D\uDE00 suspends sales to Colombia\uD83C\uDDE8\uD83C\uDDF4 after row\n\n"
          + "SANTIAGO, Chile \u2014 President Gustavo Petro\uD83D\uDE00 said the Israeli\uD83D"
          + "\uDE00 and Colombian\uD83D\uDC4D governments\uD83D\uDE00 met on Monday\uD83D\uDE00, "
          + "October 16\uD83D\uDE00, 2023. \uD83D\uDE00Petro visited \uD835\uDC01\uD835\uDC28"
          + "\uD835\uDC20\uD835\uDC28\uD835\uDC2D\uD835\uDC1A and the \uD801\uDC00\uD801\uDC01"
          + " Ministry\uD83D\uDE00 of Defense\uD83D\uDE00 in 2021\uD83D\uDE00. Officials didn"
          + "\uD83D\uDE00\u2019t comment; the ministries\uD83D\uDE00 were studying\uD83D\uDE00 "
          + "it. IAI\uD83D\uDE00 (Israel Aerospace Industries\uD83D\uDE00) and \uD83D\uDE00"
          + "\uD83D\uDE00 sold Kfirs\uD83D\uDE00 between 2019\uD83D\uDE00 and 2021.\n\n"
          + "\uD840\uDC00\uD840\uDC01 \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 ISRAEL\uD83D\uDE00"
          + " GAZA\uD83D\uDE00 Petro\uD83D\uDE00\u2019s Israelis\uD83D\uDE00.\n";

  /** Arabic and Hebrew with English, digits and explicit bidirectional controls. */
  protected static final String RIGHT_TO_LEFT =
      "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633 \u0625\u0646 \u0627\u0644\u0645"
          + "\u062D\u0627\u062F\u062B\u0627\u062A \u0633\u062A\u0633\u062A\u0645\u0631. \u0648"
          + "\u0641\u064A \u0639\u0627\u0645 2023 \u0632\u0627\u0631 Colombia.\n\n"
          + "\u05D4\u05DE\u05E9\u05DC\u05D7\u05EA \u05D0\u05DE\u05E8\u05D4 \u05E9-\u05D4\u05E9"
          + "\u05D9\u05D7\u05D5\u05EA \u05D9\u05D9\u05DE\u05E9\u05DB\u05D5 \u201C\u05DE\u05D7\u05E8"
          + "\u201D. The minister said \u202B\u05E9\u05DC\u05D5\u05DD\u202C and left.\n\n"
          + "\u200FRLM \u200ELRM \u202EOVERRIDE\u202C \u2067isolate\u2069 \u061C\u0661\u0662\u0663.";

  /** Control characters, including C0, C1, DEL, NEL and the Unicode line separators. */
  protected static final String CONTROL_CHARACTERS =
      "Start\u0000of\u0001text \u0007bell \u001B[31mred\u001B[0m and\bback.\n\n"
          + "Form\ffeed\u000Bvertical tab\u0085next line\u2028line sep\u2029para sep.\n\n"
          + "\u007F\u0080\u009F C1 controls\u0000. Zero\u200Bwidth \uFEFFBOM \uFFFD \uE000 "
          + "\uFFFE\uFFFF end\u0000";

  /** Quotes and brackets that never close (or close without opening). */
  protected static final String UNBALANCED_QUOTES =
      "“Unclosed double quote. He said, \"never closed. It's ‘half open.\n\n"
          + "( open paren [ open bracket { brace. ) close] only”’ »« ‹ ›\n\n"
          + "”Starts with a closing quote. ’Tis the season, ' and \" and “\n\n"
          + "“\n\n\"\n\n'\n\n(\n\n[ \n\n“”“”“”\"\"\"'''((([[[";

  /**
   * About {@code chars} characters of realistic news prose (headline, dateline, paragraphs with
   * quotes, numbers and dates), built from varied sentence templates with a fixed seed.
   */
  protected static String newsArticle(int chars, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(chars + 2_000);
    out.append("Ministers meet in Bogotá as talks on regional security resume\n\n");
    out.append("BOGOTÁ, Colombia — ");
    while (out.length() < chars) {
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        out.append(newsSentence(random));
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  private static final String[] PEOPLE = {
    "President Gustavo Petro", "Ambassador Gali Dagan", "Foreign Minister Álvaro Leyva",
    "Defense Minister Iván Velásquez", "Senator María Fernanda Cabal", "Mr. O’Neill",
    "the ministry’s spokeswoman", "Dr. Ana López", "Gen. Helder Giraldo", "analysts in Washington"
  };
  private static final String[] PLACES = {
    "Bogotá", "Santiago", "Tel Aviv", "Gaza", "Caracas", "Washington", "the U.S.", "Medellín",
    "the Colombian capital", "Jerusalem"
  };
  private static final String[] DAYS = {
    "on Monday", "on Tuesday", "last week", "on Oct. 16", "in 2012", "on April 24, 2012",
    "earlier this month", "two days later", "on Sunday night", "since January"
  };
  private static final String[] TEMPLATES = {
    "%1$s visited %2$s %3$s, meeting officials who described the talks as “productive.”",
    "“We will not accept this,” %1$s said in %2$s %3$s.",
    "%1$s didn’t reply to requests for comment %3$s, according to reporters in %2$s.",
    "The agreement, worth about $%4$d million, was signed in %2$s %3$s by %1$s.",
    "According to %1$s, at least %4$d people were detained in %2$s %3$s.",
    "Critics said the decision — announced %3$s — would hurt trade with %2$s.",
    "%1$s (who arrived in %2$s %3$s) told Reuters: “It’s a difficult moment.”",
    "Prices rose %4$d.%5$d%% in %2$s %3$s, %1$s said, citing U.N. figures.",
    "Was it a mistake? %1$s asked, before leaving %2$s %3$s.",
    "In %2$s, %1$s’s office said %4$d,%5$d03 documents had been reviewed %3$s."
  };

  private static String newsSentence(Random random) {
    return String.format(
        java.util.Locale.ROOT,
        TEMPLATES[random.nextInt(TEMPLATES.length)],
        PEOPLE[random.nextInt(PEOPLE.length)],
        PLACES[random.nextInt(PLACES.length)],
        DAYS[random.nextInt(DAYS.length)],
        1 + random.nextInt(900),
        random.nextInt(10));
  }

  /** One line of about {@code chars} characters: lower-case words and spaces, no punctuation. */
  protected static String unpunctuatedLine(int chars, long seed) {
    String[] words = {
      "the", "minister", "said", "that", "officials", "in", "capital", "would", "meet", "again",
      "after", "talks", "on", "security", "and", "trade", "had", "stalled", "for", "weeks",
      "while", "protesters", "gathered", "outside", "ministry", "buildings", "across", "country"
    };
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(chars + 20);
    while (out.length() < chars) {
      out.append(words[random.nextInt(words.length)]).append(' ');
    }
    return out.toString();
  }

  /** {@code count} capitalised words separated by single spaces, with no punctuation. */
  protected static String capitalisedWords(int count, long seed) {
    String[] words = {
      "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett",
      "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango"
    };
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(count * 8);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(words[random.nextInt(words.length)]);
    }
    return out.toString();
  }

  private static final String PUNCTUATION = ".,;:!?'\"()[]{}-—–…“”‘’«»/&%$#@*";

  /**
   * {@code length} UTF-16 units of random text mixing ASCII words and punctuation, whitespace and
   * blank lines, Latin-1, combining marks, CJK, Arabic and Hebrew, bidirectional controls, emoji
   * (with skin tones and zero-width joiners), astral letters and controls; always well-formed
   * UTF-16 (no lone surrogate: the parser rejects those).
   */
  protected static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder(length + 16);
    while (out.length() < length) {
      int kind = random.nextInt(100);
      if (kind < 30) {
        int n = 1 + random.nextInt(9);
        for (int i = 0; i < n; i++) {
          out.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
      } else if (kind < 45) {
        out.append(" \n\t\u00A0\r".charAt(random.nextInt(5)));
        if (random.nextInt(10) == 0) {
          out.append("\n\n");
        }
      } else if (kind < 55) {
        out.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
      } else if (kind < 60) {
        out.appendCodePoint(0x00C0 + random.nextInt(0x40));
      } else if (kind < 65) {
        out.appendCodePoint(0x0300 + random.nextInt(0x70));
      } else if (kind < 70) {
        out.appendCodePoint(0x4E00 + random.nextInt(0x5000));
      } else if (kind < 74) {
        out.appendCodePoint(0x0600 + random.nextInt(0xFF));
      } else if (kind < 77) {
        out.appendCodePoint(0x05D0 + random.nextInt(27));
      } else if (kind < 79) {
        int[] controls = {0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2069};
        out.appendCodePoint(controls[random.nextInt(controls.length)]);
      } else if (kind < 87) {
        out.appendCodePoint(0x1F300 + random.nextInt(0x300));
        int extra = random.nextInt(4);
        if (extra == 0) {
          out.appendCodePoint(0x1F3FB + random.nextInt(5));
        } else if (extra == 1) {
          out.append('\u200D').appendCodePoint(0x1F300 + random.nextInt(0x300));
        } else if (extra == 2) {
          out.append('\uFE0F');
        }
      } else if (kind < 91) {
        out.appendCodePoint(0x1D400 + random.nextInt(0x300));
      } else if (kind < 94) {
        out.appendCodePoint(random.nextInt(0x20));
      } else if (kind < 96) {
        out.appendCodePoint(0x0080 + random.nextInt(0x20));
      } else if (kind < 97) {
        // any supplementary code point, as a high and a low surrogate; a lone surrogate is not
        // well-formed text, rejected by the parser before any stage sees it
        out.appendCodePoint(0x10000 + random.nextInt(0x100000));
      } else {
        int c = random.nextInt(0x10000);
        out.appendCodePoint(Character.isSurrogate((char) c) ? 0xFFFD : c);
      }
    }
    return out.toString();
  }
}
