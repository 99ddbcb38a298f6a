package org.annalist.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.StructureElement;
import org.annalist.model.StructureLabel;

/**
 * Labels the blocks (non-blank lines) of one article. It works in two passes: the first cuts each
 * block into items (date line, byline, captions, boilerplate sentences, plain text), the second
 * decides what the plain text is from its place in the article (headline, dateline, section
 * heading, body paragraph). One instance serves one {@link #scan} call; not thread-safe, and not
 * meant to be shared: {@link ArticleParser} creates one per document.
 */
final class StructureScanner {

  static final String STAGE = "article-parser";

  /** Blocks at the top that may hold a date line or a byline. */
  private static final int FRONT_BLOCKS = 5;
  /** Blocks at the end where author biographies and unqualified plugs are looked for. */
  private static final int END_BLOCKS = 5;
  /** Blocks at the top that may be the headline. */
  private static final int HEADLINE_BLOCKS = 3;
  /** Body paragraphs at the top that may open with a dateline. */
  private static final int DATELINE_PARAGRAPHS = 2;
  /** Captions cut from one block at most (glued scraped captions). */
  private static final int MAX_CAPTIONS_PER_BLOCK = 8;

  private static final double BODY_CONFIDENCE = 0.9;

  /** Where an item's text came from, which limits what it can be. */
  private enum Origin {
    /** A whole block. */
    BLOCK,
    /** What follows a date line on its line: always body text. */
    AFTER_DATE_LINE,
    /** What follows a caption glued to it: classified like a block. */
    AFTER_CAPTION,
    /** Part of a block that also holds boilerplate. */
    BESIDE_BOILERPLATE,
    /** What follows a dateline: always body text. */
    AFTER_DATELINE
  }

  /** A piece of the text with its label once it is decided ({@code null} while undecided). */
  private static final class Item {
    Segment segment;
    final int block;
    final Origin origin;
    StructureLabel label;
    String rule;
    double confidence;

    Item(Segment segment, int block, Origin origin) {
      this.segment = segment;
      this.block = block;
      this.origin = origin;
    }

    Item label(StructureLabel label, String rule, double confidence) {
      this.label = label;
      this.rule = rule;
      this.confidence = confidence;
      return this;
    }

    boolean isPlain() {
      return label == null;
    }
  }

  /** A date stated in the text, with the full rule name that found it. */
  record StatedDate(DateFinder.Match match, String rule) {}

  /** The labelled structure in text order, and the first stated date. */
  record Result(List<StructureElement> structure, Optional<StatedDate> date) {}

  private final String text;
  private final List<Item> items = new ArrayList<>();
  private StatedDate date;

  StructureScanner(String text) {
    this.text = text;
  }

  Result scan() {
    List<Segment> blocks = Segmenter.lines(text);
    for (int i = 0; i < blocks.size(); i++) {
      cutBlock(blocks.get(i), i, i >= blocks.size() - END_BLOCKS);
    }
    findHeadline();
    List<Item> resolved = splitDatelines();
    labelHeadings(resolved);
    List<StructureElement> structure = new ArrayList<>(resolved.size());
    for (Item item : resolved) {
      if (item.isPlain()) {
        item.label(StructureLabel.BODY_PARAGRAPH, "body-paragraph", BODY_CONFIDENCE);
      }
      structure.add(
          new StructureElement(
              item.label,
              Span.of(text, item.segment.begin(), item.segment.end()),
              new Provenance(STAGE, item.rule, item.confidence)));
    }
    return new Result(structure, Optional.ofNullable(date));
  }

  // ---- first pass: cut each block into items

  private void cutBlock(Segment block, int index, boolean nearEnd) {
    Segment rest = block;
    Origin origin = Origin.BLOCK;
    if (index < FRONT_BLOCKS) {
      Optional<FrontMatterDetector.DateLine> dateLine = findDateLine(block, index);
      if (dateLine.isPresent()) {
        int end = dateLine.get().end();
        rest = Segmenter.trim(text, end, block.end());
        boolean whole = rest.isEmpty();
        add(Segmenter.trim(text, block.begin(), end), index, Origin.BLOCK)
            .label(StructureLabel.DATE_LINE, whole ? "date-line" : "date-line-prefix", 0.9);
        state(dateLine.get().date(), "date-line-");
        if (whole) {
          return;
        }
        origin = Origin.AFTER_DATE_LINE;
      } else {
        Optional<FrontMatterDetector.Byline> byline = FrontMatterDetector.findByline(text, block);
        if (byline.isPresent()) {
          add(block, index, Origin.BLOCK)
              .label(StructureLabel.BYLINE, byline.get().rule(), byline.get().confidence());
          byline.get().date().ifPresent(match -> state(match, "byline-date-"));
          return;
        }
      }
    }
    for (int n = 0; n < MAX_CAPTIONS_PER_BLOCK && !rest.isEmpty(); n++) {
      Optional<CaptionDetector.Caption> caption = CaptionDetector.find(text, rest);
      if (caption.isEmpty()) {
        break;
      }
      add(Segmenter.trim(text, rest.begin(), caption.get().end()), index, origin)
          .label(StructureLabel.CAPTION, caption.get().rule(), caption.get().confidence());
      rest = Segmenter.trim(text, caption.get().end(), rest.end());
      origin = Origin.AFTER_CAPTION;
    }
    if (!rest.isEmpty()) {
      cutBoilerplate(block, rest, index, origin, nearEnd);
    }
  }

  private Optional<FrontMatterDetector.DateLine> findDateLine(Segment block, int index) {
    if (index == 0) {
      return FrontMatterDetector.findDateLine(text, block, false);
    }
    Optional<FrontMatterDetector.DateLine> whole = FrontMatterDetector.findWholeDateLine(text, block);
    if (whole.isPresent() || index >= HEADLINE_BLOCKS) {
      return whole;
    }
    return FrontMatterDetector.findDateLine(text, block, true);
  }

  /**
   * Classifies each sentence of {@code rest} as boilerplate or not; adjacent boilerplate sentences
   * of one rule become one item, and runs of other sentences stay together as plain text.
   */
  private void cutBoilerplate(Segment block, Segment rest, int index, Origin origin, boolean nearEnd) {
    List<Segment> sentences = Segmenter.sentences(text, rest);
    int plainBegin = -1;
    int plainEnd = -1;
    Item lastBoilerplate = null;
    for (int k = 0; k < sentences.size(); k++) {
      Segment sentence = sentences.get(k);
      boolean firstInBlock = sentence.begin() == block.begin();
      Optional<BoilerplateDetector.Verdict> verdict =
          BoilerplateDetector.classify(
              text, sentence, new BoilerplateDetector.Position(nearEnd, firstInBlock, block.length()));
      if (verdict.isEmpty()) {
        if (plainBegin < 0) {
          plainBegin = sentence.begin();
        }
        plainEnd = sentence.end();
        lastBoilerplate = null;
        continue;
      }
      if (plainBegin >= 0) {
        add(new Segment(plainBegin, plainEnd), index, Origin.BESIDE_BOILERPLATE);
        plainBegin = -1;
      }
      if (lastBoilerplate != null && lastBoilerplate.rule.equals(verdict.get().rule())) {
        lastBoilerplate.segment = new Segment(lastBoilerplate.segment.begin(), sentence.end());
      } else {
        lastBoilerplate =
            add(sentence, index, origin)
                .label(StructureLabel.BOILERPLATE, verdict.get().rule(), verdict.get().confidence());
      }
    }
    if (plainBegin >= 0) {
      boolean whole = plainBegin == rest.begin() && plainEnd == rest.end();
      add(new Segment(plainBegin, plainEnd), index, whole ? origin : Origin.BESIDE_BOILERPLATE);
    }
  }

  private Item add(Segment segment, int block, Origin origin) {
    Item item = new Item(segment, block, origin);
    items.add(item);
    return item;
  }

  private void state(DateFinder.Match match, String rulePrefix) {
    if (date == null) {
      date = new StatedDate(match, rulePrefix + match.rule());
    }
  }

  // ---- second pass: decide what the plain text is

  /**
   * The headline is the first item of the article, after any date line, byline or boilerplate,
   * when it is a whole block near the top, is shaped like a title, is not a dateline, and more text
   * follows. A bare name right after it is taken, with low confidence, for the byline.
   */
  private void findHeadline() {
    int first = 0;
    while (first < items.size() && isFrontMatter(items.get(first))) {
      first++;
    }
    if (first >= items.size()) {
      return;
    }
    Item candidate = items.get(first);
    if (!candidate.isPlain()
        || candidate.origin != Origin.BLOCK
        || candidate.block >= HEADLINE_BLOCKS
        || !hasPlainAfter(first)
        || !BlockShape.isHeadlineLike(text, candidate.segment)
        || FrontMatterDetector.findDateline(text, candidate.segment).isPresent()) {
      return;
    }
    candidate.label(StructureLabel.HEADLINE, "headline", 0.75);
    if (first + 1 < items.size()) {
      Item next = items.get(first + 1);
      if (next.isPlain()
          && next.origin == Origin.BLOCK
          && next.block < FRONT_BLOCKS
          && hasPlainAfter(first + 1)
          && FrontMatterDetector.isBareNames(text, next.segment)) {
        next.label(StructureLabel.BYLINE, "byline-bare-name", 0.55);
      }
    }
  }

  private static boolean isFrontMatter(Item item) {
    return item.label == StructureLabel.DATE_LINE
        || item.label == StructureLabel.BYLINE
        || item.label == StructureLabel.BOILERPLATE;
  }

  private boolean hasPlainAfter(int index) {
    for (int j = index + 1; j < items.size(); j++) {
      if (items.get(j).isPlain()) {
        return true;
      }
    }
    return false;
  }

  /** Cuts a dateline off the first one or two paragraphs of plain text that open with one. */
  private List<Item> splitDatelines() {
    List<Item> resolved = new ArrayList<>(items.size() + 2);
    int paragraphs = 0;
    for (Item item : items) {
      if (!item.isPlain() || paragraphs >= DATELINE_PARAGRAPHS) {
        resolved.add(item);
        continue;
      }
      paragraphs++;
      Optional<Integer> end = FrontMatterDetector.findDateline(text, item.segment);
      if (end.isEmpty()) {
        resolved.add(item);
        continue;
      }
      Segment dateline = Segmenter.trim(text, item.segment.begin(), end.get());
      resolved.add(
          new Item(dateline, item.block, item.origin).label(StructureLabel.DATELINE, "dateline", 0.85));
      Segment rest = Segmenter.trim(text, end.get(), item.segment.end());
      if (!rest.isEmpty()) {
        resolved.add(new Item(rest, item.block, Origin.AFTER_DATELINE));
      }
      paragraphs = DATELINE_PARAGRAPHS;
    }
    return resolved;
  }

  /**
   * A section heading is plain text shaped like a short title, not the first item, with body text
   * somewhere after it. Runs of such items next to each other are a list, not headings.
   */
  private void labelHeadings(List<Item> resolved) {
    int n = resolved.size();
    boolean[] candidate = new boolean[n];
    for (int j = 1; j < n; j++) {
      Item item = resolved.get(j);
      candidate[j] =
          item.isPlain()
              && item.origin != Origin.AFTER_DATE_LINE
              && item.origin != Origin.AFTER_DATELINE
              && BlockShape.isHeadingLike(text, item.segment);
    }
    boolean bodyAfter = false;
    for (int j = n - 1; j >= 0; j--) {
      Item item = resolved.get(j);
      if (!item.isPlain()) {
        continue;
      }
      boolean inList = j > 0 && candidate[j - 1] || j + 1 < n && candidate[j + 1];
      if (candidate[j] && !inList && bodyAfter) {
        item.label(StructureLabel.SECTION_HEADING, "section-heading", 0.7);
      } else {
        bodyAfter = true;
      }
    }
  }
}
