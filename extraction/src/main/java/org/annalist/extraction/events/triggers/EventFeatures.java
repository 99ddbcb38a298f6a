package org.annalist.extraction.events.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.extraction.clusters.WordClusters;
import org.annalist.model.Token;

/**
 * Computes the context strings of each token of a sentence for the event model, the same in
 * training and in recognition. Every token's features look at most four tokens away, so a sentence
 * costs time linear in its length. Immutable and thread-safe.
 */
final class EventFeatures {

  /** Version of the feature computation; a model records it and refuses another. */
  static final int VERSION = 1;

  private static final String BOUNDARY = "<s>";

  private final Set<EventFeatureGroup> groups;
  private final WordClusters clusters256;
  private final WordClusters clusters1024;

  EventFeatures(Set<EventFeatureGroup> groups, WordClusters clusters256,
      WordClusters clusters1024) {
    this.groups = Set.copyOf(groups);
    this.clusters256 = clusters256;
    this.clusters1024 = clusters1024;
  }

  Set<EventFeatureGroup> groups() {
    return groups;
  }

  /** The per-sentence view the features read: lower-cased forms, lemmas, tags. */
  static final class Sentence {
    final String[] forms;
    final String[] lower;
    final String[] lemmas;
    final String[] tags;

    Sentence(List<Token> tokens) {
      int n = tokens.size();
      forms = new String[n];
      lower = new String[n];
      lemmas = new String[n];
      tags = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        forms[i] = WordClusters.normalize(t.text());
        lower[i] = forms[i].toLowerCase(Locale.ROOT);
        lemmas[i] = t.lemma();
        tags[i] = t.pos();
      }
    }

    int size() {
      return forms.length;
    }

    String lower(int i) {
      return i < 0 || i >= forms.length ? BOUNDARY : lower[i];
    }

    String lemma(int i) {
      return i < 0 || i >= forms.length ? BOUNDARY : lemmas[i];
    }

    String tag(int i) {
      return i < 0 || i >= forms.length ? BOUNDARY : tags[i];
    }
  }

  /** {@return the context strings of token {@code i} of {@code s}} */
  String[] contexts(Sentence s, int i) {
    List<String> f = new ArrayList<>(48);
    String lower = s.lower[i];
    String lemma = s.lemmas[i];
    String tag = s.tags[i];
    if (groups.contains(EventFeatureGroup.WORD)) {
      f.add("w=" + lower);
      if (i > 0 && Character.isUpperCase(s.forms[i].charAt(0))) {
        f.add("cap");
      }
    }
    if (groups.contains(EventFeatureGroup.LEMMA)) {
      f.add("l=" + lemma);
      f.add("pl=" + tag + "|" + lemma);
    }
    if (groups.contains(EventFeatureGroup.POS)) {
      f.add("p=" + tag);
    }
    if (groups.contains(EventFeatureGroup.WINDOW)) {
      f.add("w-1=" + s.lower(i - 1));
      f.add("w+1=" + s.lower(i + 1));
      f.add("l-2=" + s.lemma(i - 2));
      f.add("l+2=" + s.lemma(i + 2));
      f.add("p-1=" + s.tag(i - 1));
      f.add("p+1=" + s.tag(i + 1));
      f.add("p-2=" + s.tag(i - 2));
      f.add("p+2=" + s.tag(i + 2));
      f.add("pp=" + s.tag(i - 1) + "|" + tag);
      f.add("pn=" + tag + "|" + s.tag(i + 1));
      f.add("ppn=" + s.tag(i - 1) + "|" + tag + "|" + s.tag(i + 1));
    }
    if (groups.contains(EventFeatureGroup.SUFFIX)) {
      for (int k = 2; k <= 4; k++) {
        if (lower.length() > k + 1) {
          f.add("s" + k + "=" + lower.substring(lower.length() - k));
        }
      }
      f.add("infl=" + inflection(lower, lemma));
    }
    if (groups.contains(EventFeatureGroup.VERB_GROUP)) {
      verbGroup(s, i, f);
    }
    if (groups.contains(EventFeatureGroup.PRECEDING)) {
      preceding(s, i, f);
    }
    if (groups.contains(EventFeatureGroup.CLUSTERS)) {
      f.add("c256=" + cluster(clusters256, s, i));
      f.add("c1k=" + cluster(clusters1024, s, i));
      f.add("c256-1=" + cluster(clusters256, s, i - 1));
      f.add("c256+1=" + cluster(clusters256, s, i + 1));
      f.add("c1k|p=" + cluster(clusters1024, s, i) + "|" + tag);
      if (!lemma.equals(lower)) {
        f.add("c1kl=" + clusters1024.find(lemma).map(String::valueOf).orElse("none"));
      }
    }

    return f.toArray(String[]::new);
  }

  /** How the form differs from the lemma: same, ing, ed, s, or other. */
  static String inflection(String lower, String lemma) {
    if (lower.equals(lemma)) {
      return "same";
    }
    if (lower.endsWith("ing")) {
      return "ing";
    }
    if (lower.endsWith("ed")) {
      return "ed";
    }
    if (lower.endsWith("s")) {
      return "s";
    }
    return "other";
  }

  private static void verbGroup(Sentence s, int i, List<String> f) {
    int seen = 0;
    for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
      String tag = s.tags[j];
      String lemma = s.lemmas[j];
      if (tag.startsWith("AUX")) {
        String word = VerbGroup.auxWord(s.lower[j], lemma);
        f.add("aux=" + word);
        if (seen == 0) {
          f.add("aux0=" + word);
        }
        if (tag.contains("PART")) {
          f.add("neg");
        }
        seen++;
      } else if (tag.equals("PART")) {
        if (lemma.equals("to")) {
          f.add("to");
        } else if (VerbGroup.isNegation(s.lower[j], lemma)) {
          f.add("neg");
        } else {
          break;
        }
        seen++;
      } else if (tag.equals("ADV")) {
        if (VerbGroup.isNegation(s.lower[j], lemma)) {
          f.add("neg");
        }
      } else {
        break;
      }
    }
    if (seen == 0) {
      f.add("noaux");
    }
    String next = s.lemma(i + 1);
    if (next.equals("to") || next.equals("that")) {
      f.add("next=" + next);
    }
  }

  private static void preceding(Sentence s, int i, List<String> f) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      String tag = s.tags[j];
      if (tag.equals("DET")) {
        f.add("det=" + s.lemmas[j]);
        break;
      }
      if (tag.equals("ADP")) {
        f.add("adp=" + s.lemmas[j]);
        break;
      }
      if (tag.equals("PART") && s.lower[j].equals("'s")) {
        f.add("poss");
        break;
      }
      if (!tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("PROPN")
          && !tag.equals("NUM")) {
        break;
      }
    }
    if (s.lemma(i + 1).equals("of")) {
      f.add("of+1");
    }
  }

  private static String cluster(WordClusters clusters, Sentence s, int i) {
    if (i < 0 || i >= s.size()) {
      return BOUNDARY;
    }
    Optional<Integer> id = clusters.find(s.forms[i]);
    if (id.isEmpty()) {
      id = clusters.find(s.lower[i]);
    }
    return id.map(String::valueOf).orElse("none");
  }
}
