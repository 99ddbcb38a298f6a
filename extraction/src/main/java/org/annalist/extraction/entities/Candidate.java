package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.EntityType;

/**
 * A possible mention found by a rule or the model: words {@code [start, end)} of the document, a
 * type (null while unknown: a capitalised word kept only if resolution links it to a name), the
 * strength of the rule that found it and its confidence. One instance belongs to one analysis.
 */
final class Candidate {

  /** Priorities: a higher one wins an overlap; equal ones go to the longer span. */
  static final int PRODUCT = 6;
  static final int STRUCTURE = 5;
  static final int GAZETTEER = 4;
  static final int MODEL_SURE = 3;
  static final int MODEL = 2;
  static final int FALLBACK = 1;

  final int start;
  final int end;
  EntityType type;
  int priority;
  double confidence;
  String rule;
  Gazetteer.Entry entry;
  final List<String> roles = new ArrayList<>(1);
  /** The name with the title directly before it, e.g. {@code President Petro}; or null. */
  String titled;
  /** For a generic organisation name ({@code Air Force}), the country it belongs to; or null. */
  String qualifier;
  /** Whether a product rule (not the model) made this a MISC product name. */
  boolean product;
  /** Whether a rule found a name made into an adjective ({@code Intel-based}): no mention. */
  boolean adjective;
  /** Whether the name came with a title or honorific (strong evidence of a person). */
  boolean hasTitle;
  /** Whether the name model proposed it (the model's reading is the default). */
  boolean fromModel;
  /**
   * Whether a rule's evidence may overrule the model's reading (a product code, noun or shape, a
   * title with a given name, complement, country or apposition, an organisation head word, a
   * known organisation of several words); {@code MentionFinder.overrules} says against what.
   */
  boolean strong;
  /** Set by resolution. */
  String standsFor;

  Candidate(int start, int end, EntityType type, int priority, double confidence, String rule) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.priority = priority;
    this.confidence = confidence;
    this.rule = rule;
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") " + type + " p" + priority + " " + rule;
  }
}
