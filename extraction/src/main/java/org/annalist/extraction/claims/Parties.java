package org.annalist.extraction.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annalist.extraction.claims.ClaimLexicon.Describes;
import org.annalist.model.ClaimParty;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.PartyResolution;
import org.annalist.model.Span;

/**
 * Resolves the words that name a claim's source or addressee to an entity of the document.
 *
 * <ol>
 *   <li>A span holding a person's mention is that person ({@code mention-person}).
 *   <li>A definite description ({@code the ministry}, {@code Colombia’s president}) whose head noun
 *       the lexicon knows resolves to an earlier compatible entity: for a person noun, the latest
 *       earlier person one of whose roles has the noun (and the place named in the description, if
 *       any), else the previous claim's source if it is a person, else the latest earlier person;
 *       for an organisation noun or a document ({@code an official statement}, indefinite too),
 *       the first organisation or place of the clause, else the previous claim's source if it is one,
 *       else the latest earlier organisation whose name has the noun, else the latest earlier
 *       organisation or place. Indefinite person descriptions ({@code a source}, {@code officials})
 *       are anonymous and stay unresolved.
 *   <li>A span holding any other mention is that mention's entity (or the one it stands for:
 *       {@code Bogota} for Colombia's government).
 *   <li>{@code he}, {@code she}: the previous claim's source if it is a person, else the latest
 *       person mentioned before; {@code it}, {@code they}: the same with organisations and places;
 *       {@code who}, {@code which}: the entity mentioned right before, in the same sentence.
 * </ol>
 *
 * <p>Anything else keeps its span, unresolved. One per document; not shared between threads.
 */
final class Parties {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "them");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some", "two",
      "three", "several", "many", "other", "senior", "unnamed", "anonymous");

  /** How far back (in mentions) an antecedent is looked for: keeps resolution linear. */
  private static final int LOOK_BACK = 400;

  /**
   * The resolved source of the previous claim and where that claim ends.
   *
   * @param entityId the source's entity
   * @param end the offset where the previous claim ends
   */
  record Previous(String entityId, int end) {}

  private final ClaimLexicon lexicon;
  private final Tokens words;
  private final List<EntityMention> mentions;
  private final Map<String, Entity> entities = new HashMap<>();

  Parties(ClaimLexicon lexicon, Tokens words, EntityLayer layer) {
    this.lexicon = lexicon;
    this.words = words;
    this.mentions = layer == null ? List.of() : layer.mentions();
    if (layer != null) {
      layer.entities().forEach(e -> entities.put(e.id(), e));
    }
  }

  /**
   * The party named by tokens {@code [first, end)}.
   *
   * @param clauseBegin the offset where the claim's clause begins (for a document's issuer)
   * @param previous the source of the previous claim, or null
   */
  ClaimParty resolve(int first, int end, int clauseBegin, Previous previous) {
    Span span = Span.of(words.text, words.begin(first), words.end(end - 1));
    int headToken = head(first, end);
    Optional<EntityMention> named = mentionAt(words.begin(headToken), span);
    if (named.isPresent()) {
      return party(span, target(named.get()), PartyResolution.MENTION,
          named.get().type() == EntityType.PERSON ? "mention-person" : "mention");
    }
    Optional<EntityMention> person = mentionIn(span, EntityType.PERSON);
    if (person.isPresent() && lexicon.findDescription(words.lemma(headToken)).isEmpty()) {
      // "Emilio Meneses, an analyst based in Santiago": the name, not the place
      return party(span, person.get().entityId(), PartyResolution.MENTION, "mention-person");
    }
    String head = words.lemma(headToken);
    String firstWord = words.lower(first);
    if (end - first == 1 && PERSON_PRONOUNS.contains(firstWord)) {
      return byPronoun(span, previous, true);
    }
    if (end - first == 1 && GROUP_PRONOUNS.contains(firstWord)) {
      return byPronoun(span, previous, false);
    }
    if (end - first == 1 && RELATIVES.contains(firstWord)) {
      return relative(span, first);
    }
    Optional<Describes> described = lexicon.findDescription(head);
    if (described.isPresent() && words.is(headToken, "NOUN")) {
      return byDescription(span, first, headToken + 1, described.get(), clauseBegin, previous);
    }
    Optional<EntityMention> any = mentionIn(span, null);
    if (any.isPresent()) {
      return party(span, target(any.get()), PartyResolution.MENTION, "mention");
    }
    return unresolved(span, "no-entity");
  }

  private ClaimParty byPronoun(Span span, Previous previous, boolean person) {
    int since = previous == null ? 0 : previous.end();
    Optional<String> named = latestBetween(since, span.begin(), id -> fits(id, person));
    if (named.isPresent()) {
      return party(span, named.get(), PartyResolution.PRONOUN, "pronoun-latest-entity");
    }
    if (previous != null && fits(previous.entityId(), person)) {
      return party(span, previous.entityId(), PartyResolution.PRONOUN, "pronoun-previous-source");
    }
    Optional<String> latest = latestBefore(span.begin(), id -> fits(id, person), null);
    return latest.map(id -> party(span, id, PartyResolution.PRONOUN, "pronoun-latest-entity"))
        .orElseGet(() -> unresolved(span, "pronoun-without-antecedent"));
  }

  /** The latest entity that passes, mentioned in {@code [from, to)}. */
  private Optional<String> latestBetween(int from, int to, Predicate<String> test) {
    for (int i = mentionsBefore(to) - 1; i >= 0 && i >= mentionsBefore(to) - LOOK_BACK; i--) {
      EntityMention m = mentions.get(i);
      if (m.span().begin() < from) {
        break;
      }
      if (test.test(target(m))) {
        return Optional.of(target(m));
      }
    }
    return Optional.empty();
  }

  /** The head of a noun phrase: its last word before a preposition, a comma or a parenthesis. */
  private int head(int first, int end) {
    for (int k = first; k < end; k++) {
      String word = words.lower(k);
      if (k > first && (word.equals(",") || word.equals("(") || word.equals("of")
          || word.equals("in") || word.equals("at") || word.equals("for"))) {
        return k - 1;
      }
    }
    return end - 1;
  }

  /** The mention that covers the offset, within the span. */
  private Optional<EntityMention> mentionAt(int offset, Span span) {
    for (int i = mentionsBefore(offset + 1) - 1; i >= 0; i--) {
      EntityMention m = mentions.get(i);
      if (m.span().end() <= offset) {
        break;
      }
      if (m.span().begin() >= span.begin() && m.span().end() <= span.end()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private ClaimParty relative(Span span, int token) {
    int sentenceStart = token;
    while (sentenceStart > 0 && !words.isFinalPunct(sentenceStart - 1)) {
      sentenceStart--;
    }
    int before = mentionsBefore(span.begin());
    if (before > 0 && mentions.get(before - 1).span().begin() >= words.begin(sentenceStart)) {
      return party(span, target(mentions.get(before - 1)), PartyResolution.PRONOUN,
          "relative-pronoun");
    }
    return unresolved(span, "relative-without-antecedent");
  }

  private ClaimParty byDescription(Span span, int first, int end, Describes describes,
      int clauseBegin, Previous previous) {
    boolean bare = !words.is(first, "DET") && !hasPossessive(first, end);
    boolean plural = !words.lower(end - 1).equals(words.lemma(end - 1));
    boolean indefinite = INDEFINITE.contains(words.lower(first)) || (bare && plural);
    if (describes == Describes.PERSON) {
      if (indefinite) {
        return unresolved(span, "anonymous-source");
      }
      String noun = words.lemma(end - 1);
      Optional<EntityMention> place = mentionIn(span, null);
      Optional<String> byRole = latestBefore(span.begin(), id -> fits(id, true)
          && hasRole(id, noun, place.map(m -> m.span().text()).orElse(null)), null);
      if (byRole.isPresent()) {
        return party(span, byRole.get(), PartyResolution.DESCRIPTION, "description-role");
      }
      if (previous != null && fits(previous.entityId(), true)) {
        return party(span, previous.entityId(), PartyResolution.DESCRIPTION,
            "description-previous-source");
      }
      if (place.isPresent()) {
        return unresolved(span, "no-person-with-role");
      }
      return latestBefore(span.begin(), id -> fits(id, true), null)
          .map(id -> party(span, id, PartyResolution.DESCRIPTION, "description-latest-person"))
          .orElseGet(() -> unresolved(span, "no-compatible-entity"));
    }
    Optional<EntityMention> named = mentionIn(span, null)
        .filter(m -> m.type() != EntityType.PERSON);
    if (named.isPresent() && describes == Describes.ORGANIZATION) {
      // "Colombia's Defense Ministry" names its organisation through the place, when the
      // organisation itself is no mention
      return party(span, target(named.get()), PartyResolution.MENTION, "mention");
    }
    if (indefinite && describes != Describes.DOCUMENT) {
      return unresolved(span, "indefinite-organization");
    }
    Optional<String> subject = firstGroupIn(clauseBegin, span.begin());
    if (subject.isPresent()) {
      return party(span, subject.get(), PartyResolution.DESCRIPTION, "description-clause-subject");
    }
    if (previous != null && fits(previous.entityId(), false)) {
      return party(span, previous.entityId(), PartyResolution.DESCRIPTION,
          "description-previous-source");
    }
    String noun = words.lower(end - 1);
    Optional<String> byName = latestBefore(span.begin(), id -> fits(id, false), noun);
    if (byName.isPresent()) {
      return party(span, byName.get(), PartyResolution.DESCRIPTION, "description-name");
    }
    return latestBefore(span.begin(), id -> fits(id, false), null)
        .map(id -> party(span, id, PartyResolution.DESCRIPTION, "description-latest-organization"))
        .orElseGet(() -> unresolved(span, "no-compatible-entity"));
  }

  private boolean hasPossessive(int first, int end) {
    for (int k = first; k < end; k++) {
      if (words.isPossessive(k) || words.lower(k).equals("its") || words.lower(k).equals("his")
          || words.lower(k).equals("her") || words.lower(k).equals("their")) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRole(String id, String noun, String place) {
    Entity e = entities.get(id);
    if (e == null) {
      return false;
    }
    for (String role : e.roles()) {
      String r = role.toLowerCase(Locale.ROOT);
      if (r.contains(noun) && (place == null || r.contains(place.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity with this id (which may be null) is an organisation. */
  boolean isOrganization(String id) {
    Entity e = id == null ? null : entities.get(id);
    return e != null && e.type() == EntityType.ORGANIZATION;
  }

  /** Whether the entity is a person (or, with {@code person} false, an organisation or place). */
  private boolean fits(String id, boolean person) {
    Entity e = entities.get(id);
    if (e == null) {
      return false;
    }
    return person ? e.type() == EntityType.PERSON
        : e.type() == EntityType.ORGANIZATION || e.type() == EntityType.LOCATION;
  }

  private Optional<String> firstGroupIn(int begin, int end) {
    for (int i = mentionsBefore(begin); i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      if (m.span().begin() >= end) {
        break;
      }
      String id = target(m);
      if (fits(id, false)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The latest entity mentioned before {@code offset} that passes, whose name has {@code word}. */
  private Optional<String> latestBefore(int offset, Predicate<String> test, String word) {
    int before = mentionsBefore(offset);
    for (int i = before - 1; i >= 0 && i >= before - LOOK_BACK; i--) {
      String id = target(mentions.get(i));
      if (test.test(id) && (word == null
          || entities.get(id).name().toLowerCase(Locale.ROOT).contains(word))) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The number of mentions that begin before {@code offset} (mentions are in text order). */
  private int mentionsBefore(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first mention inside the span of the given type, or (if null) the longest of any type. */
  private Optional<EntityMention> mentionIn(Span span, EntityType type) {
    EntityMention best = null;
    for (int i = mentionsBefore(span.begin()); i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      if (m.span().begin() >= span.end()) {
        break;
      }
      if (m.span().end() <= span.end() && (type == null || m.type() == type)) {
        if (type != null) {
          return Optional.of(m);
        }
        if (best == null || m.span().length() > best.span().length()) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static String target(EntityMention m) {
    return m.standsFor() != null ? m.standsFor() : m.entityId();
  }

  private static ClaimParty party(Span span, String id, PartyResolution how, String rule) {
    return new ClaimParty(span, id, how, rule);
  }

  private static ClaimParty unresolved(Span span, String rule) {
    return new ClaimParty(span, null, PartyResolution.UNRESOLVED, rule);
  }
}
