package org.annalist.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

class TextStageTest {

  private static final EnglishModels MODELS = EnglishModels.load();
  private static final TextStage STAGE = TextStage.create(MODELS);

  private static final String ARTICLE =
      """
      Petro visits Israel as talks resume

      BOGOTÁ, Colombia — President Gustavo Petro visited Colombia’s embassy in Tel Aviv on \
      Monday. “We didn’t come to argue,” he told reporters. Officials said the meeting lasted \
      two hours.

      The ministry’s spokeswoman declined to comment.

      Sign up for our newsletter to get the latest defense news in your inbox.
      """;

  private static Document parse(String id, String text) {
    return ArticleParser.standard().parse(id, text);
  }

  private static TextLayer annotate(String id, String text) {
    return STAGE.apply(AnalyzedDocument.of(parse(id, text))).expect(TextLayer.KEY);
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  private static Token token(TextLayer layer, String text) {
    return layer.tokens().stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token \"" + text + "\" in " + texts(layer.tokens())));
  }

  @Test
  void describesItself() {
    assertThat(STAGE.name()).isEqualTo("text");
    assertThat(STAGE.requires()).isEmpty();
    assertThat(STAGE.provides()).isEqualTo(TextLayer.KEY);
    assertThat(MODELS.fileNames())
        .containsExactly(
            "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");
    assertThatThrownBy(() -> TextStage.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("models");
  }

  @Test
  void splitsTagsAndLemmatisesAnArticle() {
    TextLayer layer = annotate("petro-visit", ARTICLE);

    assertThat(layer.stage()).isEqualTo("text");
    assertThat(layer.models()).isEqualTo(MODELS.fileNames());
    assertThat(layer.sentences())
        .extracting(s -> s.span().text())
        .containsExactly(
            "Petro visits Israel as talks resume",
            "BOGOTÁ, Colombia —",
            "President Gustavo Petro visited Colombia’s embassy in Tel Aviv on Monday.",
            "“We didn’t come to argue,” he told reporters.",
            "Officials said the meeting lasted two hours.",
            "The ministry’s spokeswoman declined to comment.");
    assertThat(layer.sentences())
        .extracting(Sentence::section)
        .containsExactly(
            StructureLabel.HEADLINE,
            StructureLabel.DATELINE,
            StructureLabel.BODY_PARAGRAPH,
            StructureLabel.BODY_PARAGRAPH,
            StructureLabel.BODY_PARAGRAPH,
            StructureLabel.BODY_PARAGRAPH);
    assertThat(texts(layer.tokens(layer.sentences().get(2))))
        .containsExactly(
            "President", "Gustavo", "Petro", "visited", "Colombia’s", "embassy", "in", "Tel",
            "Aviv", "on", "Monday", ".");

    Token visited = token(layer, "visited");
    assertThat(visited.pos()).isEqualTo("VERB");
    assertThat(visited.lemma()).isEqualTo("visit");
    assertThat(token(layer, "Colombia").pos()).isEqualTo("PROPN");
    assertThat(token(layer, "told").lemma()).isEqualTo("tell");
    assertThat(token(layer, "hours").lemma()).isEqualTo("hour");
    assertThat(token(layer, "said").pos()).isEqualTo("VERB");

    // Sentences and their token ranges tile the tokens in order.
    int next = 0;
    for (Sentence sentence : layer.sentences()) {
      assertThat(sentence.firstToken()).isEqualTo(next);
      assertThat(sentence.tokenCount()).isPositive();
      assertThat(sentence.span().begin()).isEqualTo(layer.tokens().get(next).span().begin());
      next = sentence.endToken();
      assertThat(sentence.span().end()).isEqualTo(layer.tokens().get(next - 1).span().end());
      assertThat(sentence.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(next).isEqualTo(layer.tokens().size());
    assertThat(layer.tokens()).allSatisfy(t -> assertThat(t.confidence()).isBetween(0.0, 1.0));
    // A sentence with a detected end is scored by the detector; one without is 1.0, as in OpenNLP.
    assertThat(layer.sentences().get(2).confidence()).isGreaterThan(0.5).isLessThan(1.0);
    assertThat(layer.sentences().get(0).confidence()).isEqualTo(1.0);
  }

  @Test
  void leavesBoilerplateAlone() {
    Document document = parse("petro-visit", ARTICLE);
    StructureElement boilerplate =
        document.findFirst(StructureLabel.BOILERPLATE).orElseThrow();
    assertThat(boilerplate.span().text()).startsWith("Sign up for our newsletter");

    TextLayer layer = STAGE.apply(AnalyzedDocument.of(document)).expect(TextLayer.KEY);

    assertThat(layer.tokens())
        .noneMatch(t -> t.span().isWithin(boilerplate.span()))
        .noneMatch(t -> t.text().equals("newsletter"));
    assertThat(layer.sentences()).noneMatch(s -> s.section() == StructureLabel.BOILERPLATE);
  }

  @Test
  void neverSplitsARunOfCapitals() {
    String text = "The SDK will allow it (SDK). CANNOT and cannot.";
    TextLayer layer = annotate("caps", text);
    assertThat(layer.tokens()).extracting(Token::text)
        .containsSubsequence("SDK", "will", "(", "SDK", ")")
        .contains("CANNOT")
        .doesNotContain("SD", "K", "CAN", "NOT");
  }

  @Test
  void keepsCurlyQuotesAndApostrophesInExactSpans() {
    String text = ARTICLE;
    TextLayer layer = annotate("petro-visit", text);

    Token open = token(layer, "“");
    assertThat(open.span()).isEqualTo(Span.of(text, text.indexOf('“'), text.indexOf('“') + 1));
    assertThat(open.pos()).isEqualTo("PUNCT");
    Token close = token(layer, "”");
    assertThat(close.span().begin()).isEqualTo(text.indexOf('”'));

    // The model keeps contractions whole and tags them as the UD multiword token they stand for;
    // read with ASCII apostrophes, as it was trained, it knows "didn’t" as "did not".
    Token didnt = token(layer, "didn’t");
    assertThat(didnt.span().text()).isEqualTo(text.substring(didnt.span().begin(), didnt.span().end()));
    assertThat(didnt.pos()).isEqualTo("AUX+PART");
    assertThat(didnt.lemma()).isEqualTo("do+not");
    assertThat(token(layer, "ministry’s").pos()).isEqualTo("NOUN+PART");

    for (Token t : layer.tokens()) {
      assertThat(t.span().matches(text)).as("span of %s", t).isTrue();
      assertThat(t.text()).isEqualTo(t.text().strip());
    }
  }

  @Test
  void tagsAndLemmasEqualOpenNlpsOwnTaggerAndLemmatizer() {
    String text =
        """
        Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to \
        December, from $639m a year earlier. The firm, which is now one of the biggest \
        investors in Google, benefited from sales of high-speed internet connections. Its \
        profits were buoyed by one-off gains which offset a profit dip at Warner Bros.

        "We are hopeful," said the chairman, who has been running the company since 2001. \
        Shares fell 2.5% in early trading on Wednesday; analysts had expected the results.
        """;
    TextLayer layer = annotate("profits", text);
    String view = TextStage.modelView(text);
    POSTaggerME tagger = new POSTaggerME(MODELS.posModel());
    LemmatizerME lemmatizer = new LemmatizerME(MODELS.lemmatizerModel());
    int compared = 0;
    for (Sentence sentence : layer.sentences()) {
      List<Token> tokens = layer.tokens(sentence);
      String[] words =
          tokens.stream().map(t -> view.substring(t.span().begin(), t.span().end()))
              .toArray(String[]::new);
      String[] tags = tagger.tag(words);
      double[] probabilities = tagger.probs();
      String[] lemmas = lemmatizer.lemmatize(words, tags);
      for (int i = 0; i < words.length; i++) {
        Token token = tokens.get(i);
        assertThat(token.pos()).as("tag of %s", token).isEqualTo(tags[i]);
        assertThat(token.confidence()).as("confidence of %s", token).isEqualTo(probabilities[i]);
        String lemma = lemmas[i].equals("_") ? words[i].toLowerCase(Locale.ROOT) : lemmas[i];
        assertThat(token.lemma()).as("lemma of %s", token).isEqualTo(lemma);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(80);
  }

  /**
   * Regression: the lemmatizer's edit scripts count UTF-16 units, so one learnt on "Israeli" could
   * cut the emoji of "Israel😀" in half (lemma "israel\uDE00"). A lemma keeps every character the
   * word has whole, or falls back to the lower-cased word.
   */
  @Test
  void lemmasNeverCutACharacterInHalf() {
    String emoji = "\uD83D\uDE00";
    String text = "Israel" + emoji + " defense sales to Colombia\n\nHe met Israel" + emoji
        + " and Colombian officials. The Israelis" + emoji + " left. Ministers" + emoji
        + " were studying" + emoji + " \uD835\uDC00\uD835\uDC01s plans.";
    TextLayer layer = annotate("astral-lemmas", text);
    Token adjective = layer.tokens().get(0);
    assertThat(adjective.text()).isEqualTo("Israel" + emoji);
    assertThat(adjective.pos()).isEqualTo("ADJ");
    assertThat(layer.tokens()).allSatisfy(t -> {
      assertThat(wellFormed(t.lemma())).as("lemma of %s: %s", t, escaped(t.lemma())).isTrue();
      assertThat(t.lemma().codePoints().filter(Character::isSupplementaryCodePoint).count())
          .as("astral characters kept in the lemma of %s", t)
          .isLessThanOrEqualTo(t.text().codePoints().filter(Character::isSupplementaryCodePoint)
              .count());
    });
    assertThat(adjective.lemma()).isEqualTo("israel" + emoji);
    assertThat(token(layer, "Israelis" + emoji).lemma()).isEqualTo("israelis" + emoji);
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return b.toString();
  }

  @Test
  void neverSplitsSurrogatePairsOrClusters() {
    String text =
        "I \u2764\uFE0F NY \uD83D\uDE00\uD83D\uDE00 and \uD835\uDCB3\uD835\uDCB4 text.\uD83D\uDE00. "
            + "Next \uD83D\uDC4D\uD83C\uDFFDone. \u201C\u2019\uD835\uDCB3\uD83D\uDE00.)\u0301 "
            + "\uD835\uDCB3\uD835\uDCB3\"\"-\u2019\uD835\uDCB3 "
            + "fam\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67ily (e\u0301)";
    TextLayer layer = annotate("emoji", text);

    for (Token t : layer.tokens()) {
      assertThat(TextStage.insidePair(text, t.span().begin())).as("begin of %s", t).isFalse();
      assertThat(TextStage.insidePair(text, t.span().end())).as("end of %s", t).isFalse();
      assertThat(Character.getType(t.text().codePointAt(0)))
          .as("%s starts with a combining mark", t)
          .isNotEqualTo((int) Character.NON_SPACING_MARK);
    }
    // Every non-whitespace character is in exactly one token.
    int covered = layer.tokens().stream().mapToInt(t -> t.span().length()).sum();
    assertThat(covered).isEqualTo(text.replaceAll("\\s", "").length());
    assertThat(texts(layer.tokens())).contains("\uD83D\uDE00", ")\u0301");
    assertThat(layer.tokens())
        .noneMatch(t -> t.text().equals("\uD83C\uDFFDone") || t.text().startsWith("\u200D"));
  }

  @Test
  void splitsOverlongSentencesAndRuns() {
    String commas = "A, ".repeat(1_000);
    TextLayer layer = annotate("commas", commas);
    assertThat(layer.tokens()).hasSize(2_000);
    assertThat(layer.sentences()).hasSize(7);
    assertThat(layer.sentences())
        .allSatisfy(s -> assertThat(s.tokenCount()).isLessThanOrEqualTo(TextStage.MAX_SENTENCE_TOKENS));
    // Forced breaks are not sentence ends the detector found.
    assertThat(layer.sentences().subList(0, 6)).allSatisfy(s -> assertThat(s.confidence()).isZero());
    assertThat(layer.sentences().get(6).confidence()).isEqualTo(1.0);

    String run = "ab.".repeat(300);
    String text = "Before. " + run + " After.";
    Span runSpan = Span.of(text, text.indexOf(run), text.indexOf(run) + run.length());
    TextLayer runs = annotate("run", text);
    List<Sentence> pieces =
        runs.sentences().stream().filter(s -> s.span().isWithin(runSpan)).toList();
    assertThat(pieces).hasSize(4);
    assertThat(pieces.stream().mapToInt(s -> s.span().length()).sum()).isEqualTo(run.length());
    assertThat(pieces)
        .allSatisfy(s -> {
          assertThat(s.span().length()).isLessThanOrEqualTo(TextStage.MAX_RUN_CHARS);
          assertThat(s.confidence()).isZero();
        });
    assertThat(runs.sentences().get(0).span().text()).isEqualTo("Before.");
    assertThat(runs.sentences().get(runs.sentences().size() - 1).span().text()).isEqualTo("After.");
  }

  @Test
  void handlesEmptyAndBlankDocuments() {
    assertThat(annotate("empty", "").sentences()).isEmpty();
    TextLayer blank = annotate("blank", " \n\u00A0\t\r\n ");
    assertThat(blank.sentences()).isEmpty();
    assertThat(blank.tokens()).isEmpty();
    assertThat(blank.models()).isEqualTo(MODELS.fileNames());
  }

  @Test
  void refusesADocumentThatAlreadyHasATextLayer() {
    AnalyzedDocument once = STAGE.apply(AnalyzedDocument.of(parse("twice", "One sentence.")));
    assertThatThrownBy(() -> STAGE.apply(once))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice")
        .hasMessageContaining("text");
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    Pipeline pipeline = Pipeline.builder().add(STAGE).build();
    List<String> texts =
        List.of(
            ARTICLE,
            ARTICLE.replace("\n", "\r\n"),
            "“Unclosed quote. (And [brackets. \uD83D\uDC4D\uD83C\uDFFD didn’t close",
            "A, ".repeat(700),
            ARTICLE.repeat(5));
    List<AnalyzedDocument> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      expected.add(pipeline.analyze("doc-" + i, texts.get(i)));
    }
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<AnalyzedDocument>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(
            executor.submit(
                () -> {
                  start.await(1, TimeUnit.MINUTES);
                  List<AnalyzedDocument> results =
                      new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
                  for (int k = 0; k < texts.size(); k++) {
                    int i = (k + offset) % texts.size();
                    results.set(i, pipeline.analyze("doc-" + i, texts.get(i)));
                  }
                  return results;
                }));
      }
      for (Future<List<AnalyzedDocument>> future : futures) {
        assertThat(future.get(5, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
