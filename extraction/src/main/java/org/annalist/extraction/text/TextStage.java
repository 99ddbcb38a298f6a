package org.annalist.extraction.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.model.BaseModel;
import org.annalist.core.AnalysisException;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.LayerKey;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;
import org.annalist.model.TextLayer;
import org.annalist.model.Token;

/**
 * The {@code "text"} stage: splits every content part of a document (every {@link
 * StructureElement} but boilerplate) into sentences and tokens, and gives each token a Universal
 * Dependencies part-of-speech tag and a lemma, with OpenNLP's English UD-EWT models.
 *
 * <p>What it produces, in a {@link TextLayer} whose {@code models} are {@link
 * EnglishModels#fileNames()}:
 *
 * <ul>
 *   <li>Sentences never cross a structure element; each carries its element's label as {@code
 *       section} and, as confidence, the sentence detector's probability for the break that ends it
 *       (1.0 when the element ends without a detected break, as OpenNLP reports it).
 *   <li>Tokens carry the tagger's probability for their tag as confidence. The tags are the model's
 *       UD tags; contractions the model keeps whole get a compound tag, e.g. {@code didn't} is one
 *       token tagged {@code AUX+PART} with lemma {@code do+not}. Lemmas are lower case, as the model
 *       was trained; a lemma the model cannot give (an unusable edit script, one that would cut a
 *       character outside the Basic Multilingual Plane in half, an empty lemma or {@code _}) falls
 *       back to the token lower-cased with {@link Locale#ROOT}.
 *   <li>Every span is trimmed of whitespace (OpenNLP's definition: Java whitespace and the Unicode
 *       space separators such as U+00A0) and covers exactly the original characters. The models see
 *       a copy of the text of the same length in which curly quotes and apostrophes ({@code ‘ ’ ‚ ‛
 *       “ ” „ ‟}) are replaced by their ASCII forms, as in their training data; offsets are
 *       unaffected and spans still hold the original characters.
 *   <li>No span begins or ends inside a surrogate pair. A token boundary the tokenizer puts inside a
 *       character cluster (before a combining mark, variation selector, emoji modifier or
 *       zero-width-joined character, or between the halves of a surrogate pair) is moved to the end
 *       of the cluster.
 * </ul>
 *
 * <p>Bounds that keep the time linear in the length of the text (OpenNLP's sentence detector and
 * tokenizer are quadratic in the length of a whitespace-free run, and its beam search in the
 * length of a sentence):
 *
 * <ul>
 *   <li>A run of more than {@value #MAX_RUN_CHARS} characters without whitespace (not prose: encoded
 *       data, junk, very long URLs) is cut every {@value #MAX_RUN_CHARS} characters, at a cluster
 *       boundary; each piece is a sentence of its own with confidence 0.
 *   <li>A sentence of more than {@value #MAX_SENTENCE_TOKENS} tokens is split into consecutive
 *       sentences of at most {@value #MAX_SENTENCE_TOKENS} tokens, tagged and lemmatised
 *       separately. The pieces that end at such a forced break have confidence 0; the last keeps
 *       the detector's confidence.
 * </ul>
 *
 * <p>Tagging and lemmatisation run OpenNLP's maxent models through a reimplementation of its beam
 * search that returns exactly what {@link POSTaggerME} and {@link LemmatizerME} return (the same
 * tags, tag probabilities and lemmas; the tests compare them), but without their per-step copying
 * of the sequence so far, and remembering, within one call, the tokenizer's split of each distinct
 * word and the lemmatizer's candidates for each (word, tag, previous outcome). That makes the stage
 * several times faster on news text.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads. OpenNLP's
 * objects that are not thread-safe (the {@code *ME} classes, context generators) and the caches
 * are created inside each call. The output depends on the document alone.
 *
 * <pre>{@code
 * EnglishModels models = EnglishModels.load();
 * Pipeline pipeline = Pipeline.builder().add(TextStage.create(models)).build();
 * TextLayer text = pipeline.analyze("doc-1", articleText).expect(TextLayer.KEY);
 * for (Sentence s : text.sentences()) {
 *   text.tokens(s).forEach(t -> System.out.println(t.text() + "/" + t.pos() + "/" + t.lemma()));
 * }
 * }</pre>
 */
public final class TextStage implements Stage {

  /** The stage's name, used in provenance and as the layer's {@code stage}. */
  public static final String NAME = "text";

  /** Longest run of non-whitespace characters given to OpenNLP as one piece. */
  public static final int MAX_RUN_CHARS = 256;

  /** Most tokens in one sentence; longer sentences are split. */
  public static final int MAX_SENTENCE_TOKENS = 300;

  private final EnglishModels models;

  private TextStage(EnglishModels models) {
    this.models = models;
  }

  /**
   * {@return a text stage using {@code models}, which it shares and never changes}
   *
   * @param models the loaded OpenNLP models
   */
  public static TextStage create(EnglishModels models) {
    return new TextStage(Objects.requireNonNull(models, "models"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public LayerKey<?> provides() {
    return TextLayer.KEY;
  }

  /**
   * Adds the text layer.
   *
   * @throws NullPointerException if {@code document} is null
   * @throws IllegalArgumentException if the document already has a text layer
   * @throws AnalysisException naming the document, the stage and the offset, if OpenNLP fails on
   *     the text (not expected on any input; it would be a defect)
   */
  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    Objects.requireNonNull(document, "document");
    if (document.has(TextLayer.KEY)) {
      throw new IllegalArgumentException(
          "document " + document.id() + " already has a '" + TextLayer.KEY + "' layer");
    }
    return document.with(annotate(document.document()));
  }

  /** The text layer of {@code document}; see {@link #apply}. */
  TextLayer annotate(Document document) {
    Annotator annotator = null;
    try {
      annotator = new Annotator(models, document.text());
      for (StructureElement element : document.structure()) {
        if (element.label().isContent()) {
          annotator.element(element);
        }
      }
      return new TextLayer(NAME, models.fileNames(), annotator.sentences, annotator.tokens);
    } catch (RuntimeException e) {
      throw new AnalysisException(
          document.id(),
          NAME,
          new IllegalStateException(
              "failed near offset " + (annotator == null ? 0 : annotator.position) + " of "
                  + document.text().length() + ": " + e,
              e));
    }
  }

  @Override
  public String toString() {
    return "TextStage" + models.fileNames();
  }

  /** Whitespace as OpenNLP's sentence detector and tokenizer define it. */
  private static boolean isSpace(char c) {
    return StringUtil.isWhitespace(c);
  }

  /** Whether {@code i} falls between the two halves of a surrogate pair. */
  static boolean insidePair(String s, int i) {
    return i > 0
        && i < s.length()
        && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  /**
   * The text as the models see it: curly quotes and apostrophes replaced by ASCII ones, which the
   * UD-EWT models were trained on, one character for one so that offsets are unchanged.
   */
  static String modelView(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement =
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
            default -> c;
          };
      if (replacement != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = replacement;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static double probability(double p) {
    if (!(p >= 0.0)) {
      return 0.0;
    }
    return Math.min(p, 1.0);
  }

  /**
   * The per-call state: OpenNLP's non-thread-safe tools and the layer being built. One instance
   * annotates one document on one thread.
   */
  private static final class Annotator {

    // How far past a cut a cluster may extend it before we settle for not splitting a pair.
    private static final int MAX_CLUSTER_EXTENSION = 32;
    private static final int ZWJ = 0x200D;
    // Bounds the memory of the per-call cache of word cuts.
    private static final int CACHE_LIMIT = 1 << 15;
    private static final Object[] NO_CONTEXT = {};

    private final String text;
    private final String view;
    private final SentenceDetectorME detector;
    private final TokenizerME tokenizer;
    private final Beam tagger;
    private final Beam lemmatizer;
    private final Beam.KeyFunction lemmaKeys;
    // Cuts inside each distinct word already tokenised in this call (relative offsets).
    private final Map<String, int[]> cuts = new HashMap<>();

    final List<Sentence> sentences = new ArrayList<>();
    final List<Token> tokens = new ArrayList<>();

    // Token boundaries of the current sentence: begin at 2k, end at 2k + 1.
    private int[] bounds = new int[64];
    private int boundCount;
    private StructureLabel section;
    private int lastSentenceEnd;
    int position;

    Annotator(EnglishModels models, String text) {
      this.text = text;
      this.view = modelView(text);
      this.detector = new SentenceDetectorME(models.sentenceModel());
      this.tokenizer = new TokenizerME(models.tokenizerModel());
      // The same parts, built the same way, as POSTaggerME and LemmatizerME use.
      POSModel pos = models.posModel();
      int posWidth = beamWidth(pos, POSTaggerME.DEFAULT_BEAM_SIZE);
      this.tagger =
          new Beam(
              models.posMaxent(),
              posWidth,
              pos.getFactory().getPOSContextGenerator(posWidth),
              pos.getFactory().getSequenceValidator());
      LemmatizerModel lemmas = models.lemmatizerModel();
      LemmatizerContextGenerator lemmaContexts = lemmas.getFactory().getContextGenerator();
      this.lemmatizer =
          new Beam(
              models.lemmatizerMaxent(),
              beamWidth(lemmas, LemmatizerME.DEFAULT_BEAM_SIZE),
              lemmaContexts,
              lemmas.getFactory().getSequenceValidator());
      // The default lemmatizer context is a function of word, tag and previous outcome only, so
      // those can key the cache; for any other generator, do not cache.
      this.lemmaKeys =
          lemmaContexts.getClass() == DefaultLemmatizerContextGenerator.class
              ? (i, words, extra, previous) ->
                  new LemmaKey(words[i], ((String[]) extra[0])[i], previous)
              : null;
    }

    private static int beamWidth(BaseModel model, int defaultWidth) {
      String width = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      return width == null ? defaultWidth : Integer.parseInt(width);
    }

    /** Sentences of one element, in text order. */
    void element(StructureElement element) {
      section = element.label();
      int begin = element.span().begin();
      int end = element.span().end();
      if (insidePair(text, begin)) {
        begin++;
      }
      if (insidePair(text, end)) {
        end--;
      }
      int stretch = begin;
      int i = begin;
      while (i < end) {
        while (i < end && isSpace(view.charAt(i))) {
          i++;
        }
        int word = i;
        while (i < end && !isSpace(view.charAt(i))) {
          i++;
        }
        if (i - word > MAX_RUN_CHARS) {
          detect(stretch, word);
          cutRun(word, i);
          stretch = i;
        }
      }
      detect(stretch, end);
    }

    /** Runs the sentence detector on a stretch whose whitespace-free runs are all short. */
    private void detect(int from, int to) {
      while (from < to && isSpace(view.charAt(from))) {
        from++;
      }
      if (from >= to) {
        return;
      }
      position = from;
      opennlp.tools.util.Span[] found = detector.sentPosDetect(view.substring(from, to));
      // The spans carry their probabilities, except the single sentence of a text in which the
      // detector finds no break; probs() has it (1.0) in every case.
      double[] probabilities = detector.probs();
      for (int k = 0; k < found.length; k++) {
        double probability =
            probabilities.length == found.length ? probabilities[k] : found[k].getProb();
        sentence(from + found[k].getStart(), from + found[k].getEnd(), probability);
      }
    }

    /** Cuts an over-long whitespace-free run into pieces, each a sentence of confidence 0. */
    private void cutRun(int from, int to) {
      int piece = from;
      while (piece < to) {
        int cut = to - piece <= MAX_RUN_CHARS ? to : snap(piece + MAX_RUN_CHARS, to);
        sentence(piece, cut, 0.0);
        piece = cut;
      }
    }

    private void sentence(int from, int to, double confidence) {
      // OpenNLP returns sentences in order; this guards the layer's order should it not.
      from = Math.max(from, lastSentenceEnd);
      to = Math.min(to, view.length());
      while (from < to && isSpace(view.charAt(from))) {
        from++;
      }
      while (to > from && isSpace(view.charAt(to - 1))) {
        to--;
      }
      if (from >= to) {
        return;
      }
      position = from;
      lastSentenceEnd = to;
      tokenize(from, to);
      int count = boundCount / 2;
      for (int first = 0; first < count; first += MAX_SENTENCE_TOKENS) {
        int last = Math.min(count, first + MAX_SENTENCE_TOKENS);
        int firstToken = tokens.size();
        tag(first, last);
        Span span = Span.of(text, bounds[2 * first], bounds[2 * last - 1]);
        double sentenceConfidence = last < count ? 0.0 : probability(confidence);
        sentences.add(new Sentence(span, section, firstToken, tokens.size(), sentenceConfidence));
      }
    }

    /** Fills {@link #bounds} with the tokens of {@code [from, to)}. */
    private void tokenize(int from, int to) {
      boundCount = 0;
      int i = from;
      while (i < to) {
        while (i < to && isSpace(view.charAt(i))) {
          i++;
        }
        if (i >= to) {
          break;
        }
        int word = i;
        while (i < to && !isSpace(view.charAt(i))) {
          i++;
        }
        splitWord(word, i);
      }
    }

    /**
     * Splits one whitespace-free word with the tokenizer. The tokenizer only looks inside the word,
     * so calling it word by word gives what it gives on the whole sentence. Its token starts become
     * cuts, moved out of character clusters; the word is always covered entirely.
     */
    private void splitWord(int word, int end) {
      if (end - word == 1) {
        addToken(word, end);
        return;
      }
      position = word;
      String w = view.substring(word, end);
      int[] inside = cuts.get(w);
      if (inside == null) {
        inside = cut(w, word, end);
        if (cuts.size() < CACHE_LIMIT) {
          cuts.put(w, inside);
        }
      }
      int start = word;
      for (int cut : inside) {
        addToken(start, word + cut);
        start = word + cut;
      }
      addToken(start, end);
    }

    /**
     * The cuts the tokenizer makes inside word {@code w} at {@code [word, end)}, moved out of
     * character clusters, relative to the word. They depend on the word's characters alone.
     */
    private int[] cut(String w, int word, int end) {
      opennlp.tools.util.Span[] parts = tokenizer.tokenizePos(w);
      int[] inside = new int[parts.length];
      int count = 0;
      int start = word;
      for (opennlp.tools.util.Span part : parts) {
        int cut = word + part.getStart();
        if (cut <= start || cut >= end) {
          continue;
        }
        cut = snap(cut, end);
        if (cut >= end) {
          break;
        }
        if (Character.isUpperCase(text.codePointBefore(cut))
            && Character.isUpperCase(text.codePointAt(cut))) {
          continue; // the model splits some acronyms ("SD" "K"); a capital run is one word
        }
        inside[count++] = cut - word;
        start = cut;
      }
      return Arrays.copyOf(inside, count);
    }

    private void addToken(int begin, int end) {
      if (boundCount + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[boundCount++] = begin;
      bounds[boundCount++] = end;
    }

    /** Tags and lemmatises tokens {@code [first, last)} of the current sentence. */
    private void tag(int first, int last) {
      position = bounds[2 * first];
      String[] words = new String[last - first];
      for (int k = 0; k < words.length; k++) {
        words[k] = view.substring(bounds[2 * (first + k)], bounds[2 * (first + k) + 1]);
      }
      tagger.decode(words, NO_CONTEXT, null);
      String[] tags = tagger.outcomes;
      double[] probabilities = tagger.probabilities;
      lemmatizer.decode(words, new Object[] {tags}, lemmaKeys);
      String[] scripts = lemmatizer.outcomes;
      if (tags.length != words.length
          || probabilities.length != words.length
          || scripts.length != words.length) {
        throw new IllegalStateException(
            "OpenNLP returned " + tags.length + " tags, " + probabilities.length
                + " probabilities and " + scripts.length + " lemmas for " + words.length
                + " tokens");
      }
      for (int k = 0; k < words.length; k++) {
        int begin = bounds[2 * (first + k)];
        int end = bounds[2 * (first + k) + 1];
        tokens.add(
            new Token(
                Span.of(text, begin, end),
                tags[k],
                lemma(words[k], scripts[k]),
                probability(probabilities[k])));
      }
    }

    /**
     * Decodes a lemma from the lemmatizer's edit script; "O" means "unchanged", and a script that
     * does not fit the word, or yields nothing or "_", falls back to the lower-cased word. Lower-casing
     * uses {@link Locale#ROOT}, so that the result does not depend on the default locale.
     *
     * <p>An edit script addresses UTF-16 units, and was learnt on words without characters outside
     * the Basic Multilingual Plane: on {@code Israel😀} the script of {@code Israeli} deletes half
     * of the emoji. A lemma with a lone surrogate the word does not have does not fit the word
     * either.
     */
    private static String lemma(String word, String script) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (script == null || script.equals("O")) {
        return lower;
      }
      String lemma;
      try {
        lemma = StringUtil.decodeShortestEditScript(lower, script);
      } catch (IndexOutOfBoundsException | NumberFormatException e) {
        // The model's script addresses characters this word does not have.
        lemma = lower;
      }
      if (loneSurrogates(lemma) > loneSurrogates(lower)) {
        lemma = lower;
      }
      // "_" is what the model predicts when it knows no lemma (CoNLL-U's "unspecified").
      if (lemma.isBlank() || (lemma.equals("_") && !word.equals("_"))) {
        return lower.isBlank() ? word : lower;
      }
      return lemma;
    }

    /** The number of surrogates in {@code s} that are not half of a pair. */
    private static int loneSurrogates(String s) {
      int lone = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          lone++;
        }
      }
      return lone;
    }

    /**
     * Moves a cut at {@code cut} forward, not past {@code limit}, until it no longer falls inside a
     * character cluster; if the cluster is absurdly long, only out of a surrogate pair.
     */
    private int snap(int cut, int limit) {
      int j = cut;
      while (j < limit && j - cut < MAX_CLUSTER_EXTENSION && continuesCluster(j)) {
        j++;
      }
      if (j < limit && continuesCluster(j)) {
        j = cut;
      }
      if (j < limit && insidePair(text, j)) {
        j++;
      }
      return j;
    }

    /** Whether the character at {@code i} belongs to the same cluster as the one before it. */
    private boolean continuesCluster(int i) {
      if (i <= 0 || i >= text.length()) {
        return false;
      }
      if (insidePair(text, i)) {
        return true;
      }
      if (text.codePointBefore(i) == ZWJ) {
        return true;
      }
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || cp == ZWJ
          || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
          || (cp >= 0x1F3FB && cp <= 0x1F3FF) // emoji skin-tone modifiers
          || (cp >= 0xE0020 && cp <= 0xE007F) // tag characters (subdivision flags)
          || (cp >= 0xE0100 && cp <= 0xE01EF); // variation selectors supplement
    }
  }

  /**
   * OpenNLP's {@code BeamSearch.bestSequence}, as {@link POSTaggerME} and {@link LemmatizerME} call
   * it, reimplemented to give the same result (same model, context generator, validator, beam
   * width, score arithmetic, candidate threshold and tie-breaking, since candidates enter a {@link
   * PriorityQueue} in the same order) with less work: a candidate is a node pointing to its parent
   * rather than a copy of the whole sequence so far (which made OpenNLP's search quadratic in the
   * sentence length and very slow when many outcomes tie), the threshold is found without sorting
   * every outcome, and, when given a cache key, the candidates of a context already seen in this
   * call are reused. One instance serves one call on one thread.
   */
  private static final class Beam {

    // BeamSearch's floor for sequence scores (its private "zeroLog").
    private static final double MIN_SEQUENCE_SCORE = -100000;
    // Bounds the memory of the per-call cache; contexts beyond it are evaluated every time.
    private static final int CACHE_LIMIT = 1 << 15;

    private final MaxentModel model;
    private final int width;
    private final BeamSearchContextGenerator<String> contexts;
    private final SequenceValidator<String> validator;
    private final Map<Object, Candidates> cache = new HashMap<>();

    // The result of the last decode.
    String[] outcomes;
    double[] probabilities;

    Beam(
        MaxentModel model,
        int width,
        BeamSearchContextGenerator<String> contexts,
        SequenceValidator<String> validator) {
      this.model = model;
      this.width = width;
      this.contexts = contexts;
      this.validator = validator;
    }

    /** A cache key for position {@code i} after {@code previous}, or null for no caching. */
    interface KeyFunction {
      Object key(int i, String[] words, Object[] extra, String previous);
    }

    /**
     * Decodes the best sequence for {@code words} into {@link #outcomes} and {@link
     * #probabilities}.
     */
    void decode(String[] words, Object[] extra, KeyFunction keys) {
      PriorityQueue<Node> previous = new PriorityQueue<>(width);
      PriorityQueue<Node> next = new PriorityQueue<>(width);
      previous.add(new Node(null, null, 1.0, 0.0));
      for (int i = 0; i < words.length; i++) {
        int tops = Math.min(width, previous.size());
        for (int k = 0; !previous.isEmpty() && k < tops; k++) {
          Node top = previous.remove();
          String[] prior = top.outcomes(i);
          Object key = keys == null ? null : keys.key(i, words, extra, i == 0 ? null : prior[i - 1]);
          Candidates best = key == null ? null : cache.get(key);
          String[] context = null;
          if (best == null) {
            context = contexts.getContext(i, words, prior, extra);
            best = candidates(model.eval(context));
            if (key != null && cache.size() < CACHE_LIMIT) {
              cache.put(key, best);
            }
          }
          for (int c = 0; c < best.outcomes().length; c++) {
            extend(next, top, i, words, prior, best.outcomes()[c], best.scores()[c]);
          }
          if (next.isEmpty()) {
            // As BeamSearch does when no candidate survives: advance every valid outcome.
            if (context == null) {
              context = contexts.getContext(i, words, prior, extra);
            }
            double[] scores = model.eval(context);
            for (int p = 0; p < scores.length; p++) {
              extend(next, top, i, words, prior, p, scores[p]);
            }
          }
        }
        previous.clear();
        PriorityQueue<Node> swap = previous;
        previous = next;
        next = swap;
      }
      Node best = previous.poll();
      outcomes = new String[words.length];
      probabilities = new double[words.length];
      for (Node node = best; node != null && node.parent != null; node = node.parent) {
        outcomes[node.length - 1] = node.outcome;
        probabilities[node.length - 1] = node.probability;
      }
    }

    private void extend(
        PriorityQueue<Node> next,
        Node top,
        int i,
        String[] words,
        String[] prior,
        int outcome,
        double probability) {
      String name = model.getOutcome(outcome);
      if (validator.validSequence(i, words, prior, name)) {
        Node extended = new Node(top, name, probability, top.score + StrictMath.log(probability));
        if (extended.score > MIN_SEQUENCE_SCORE) {
          next.add(extended);
        }
      }
    }

    /**
     * The outcomes BeamSearch considers for a context: those scoring at least the beam width's
     * highest score (counting ties), in outcome order.
     */
    private Candidates candidates(double[] scores) {
      double min = threshold(scores, width);
      int count = 0;
      for (double score : scores) {
        if (score >= min) {
          count++;
        }
      }
      int[] outcomes = new int[count];
      double[] kept = new double[count];
      for (int p = 0, c = 0; p < scores.length; p++) {
        if (scores[p] >= min) {
          outcomes[c] = p;
          kept[c++] = scores[p];
        }
      }
      return new Candidates(outcomes, kept);
    }

    /**
     * {@code sorted(scores)[max(0, length - k)]}, BeamSearch's threshold, without sorting: the
     * k-th highest score counting ties, or the lowest if there are no more than k.
     */
    private static double threshold(double[] scores, int k) {
      if (scores.length == 0) {
        return Double.POSITIVE_INFINITY;
      }
      if (scores.length <= k) {
        double min = scores[0];
        for (double score : scores) {
          min = Math.min(min, score);
        }
        return min;
      }
      double[] top = new double[k];
      Arrays.fill(top, Double.NEGATIVE_INFINITY);
      for (double score : scores) {
        if (score > top[k - 1]) {
          int j = k - 1;
          while (j > 0 && top[j - 1] < score) {
            top[j] = top[j - 1];
            j--;
          }
          top[j] = score;
        }
      }
      return top[k - 1];
    }

    private record Candidates(int[] outcomes, double[] scores) {}

    /** A partial sequence: its last outcome, and the rest through its parent. */
    private static final class Node implements Comparable<Node> {
      final Node parent;
      final String outcome;
      final double probability;
      final double score;
      final int length;

      Node(Node parent, String outcome, double probability, double score) {
        this.parent = parent;
        this.outcome = outcome;
        this.probability = probability;
        this.score = score;
        this.length = parent == null ? 0 : parent.length + 1;
      }

      /** The outcomes so far, as the context generator and validator expect them. */
      String[] outcomes(int count) {
        String[] out = new String[count];
        for (Node node = this; node != null && node.parent != null; node = node.parent) {
          out[node.length - 1] = node.outcome;
        }
        return out;
      }

      // As opennlp.tools.util.Sequence: higher scores first.
      @Override
      public int compareTo(Node other) {
        return Double.compare(other.score, score);
      }
    }
  }

  /**
   * What OpenNLP's default lemmatizer context depends on: the word, its tag and the previous
   * outcome (null at the start of a sentence).
   */
  private record LemmaKey(String word, String tag, String previous) {}
}
