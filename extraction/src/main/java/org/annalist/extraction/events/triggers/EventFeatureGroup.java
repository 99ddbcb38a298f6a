package org.annalist.extraction.events.triggers;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of features the event model sees for each token, computed by the project (not by
 * OpenNLP feature generators, so a model loads without any global property). A model stores the
 * groups it was trained with and computes exactly those when it recognises.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Set<EventFeatureGroup> noClusters = EventFeatureGroup.allBut(EventFeatureGroup.CLUSTERS);
 * }</pre>
 */
public enum EventFeatureGroup {
  /** The token lower-cased, and whether it is capitalised inside the sentence. */
  WORD,
  /** The lemma, and the lemma with the UPOS tag. */
  LEMMA,
  /** The UPOS tag. */
  POS,
  /** Words, lemmas and tags of the two tokens either side, and tag bigrams. */
  WINDOW,
  /** Suffixes of 2 to 4 characters, and how the form differs from the lemma (-ed, -ing, -s). */
  SUFFIX,
  /**
   * The verb group to the left: auxiliaries, modals, {@code to}, negation, and whether {@code to}
   * or {@code that} follows.
   */
  VERB_GROUP,
  /** A determiner, possessive or preposition before the token, {@code of} after it. */
  PRECEDING,
  /** Word-cluster ids (256 and 1,024 clusters) of the token, its lemma and its neighbours. */
  CLUSTERS;

  /** {@return the group's name on a command line, such as {@code verb-group}} */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the group named {@code name} on a command line ({@link #cliName()}, any case), if
   * any}
   *
   * @param name a group name, such as {@code clusters}
   */
  public static Optional<EventFeatureGroup> find(String name) {
    for (EventFeatureGroup g : values()) {
      if (g.cliName().equalsIgnoreCase(name) || g.name().equalsIgnoreCase(name)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** {@return every group: the default feature set} */
  public static Set<EventFeatureGroup> all() {
    return EnumSet.allOf(EventFeatureGroup.class);
  }

  /**
   * {@return every group but {@code removed}}
   *
   * @param removed the group left out
   */
  public static Set<EventFeatureGroup> allBut(EventFeatureGroup removed) {
    Set<EventFeatureGroup> set = EnumSet.allOf(EventFeatureGroup.class);
    set.remove(removed);
    return set;
  }
}
