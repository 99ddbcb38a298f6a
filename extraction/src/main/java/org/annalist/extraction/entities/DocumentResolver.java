package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.extraction.entities.Gazetteer.Entry;
import org.annalist.extraction.entities.Words.Word;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.MentionKind;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;

/**
 * Clusters the mentions of one document into entities: gazetteer names and demonyms to their
 * place or organisation, surnames and shorter forms to the full name of a person, one-slip typos
 * to the person they misspell, acronyms to the organisation they abbreviate (defined in the text
 * or by initials), an organisation's first word to the organisation, plurals of products to the
 * product, generic organisation names to the country's organisation; and marks capitals standing
 * for their governments.
 *
 * <p>Every step looks mentions up in hash indexes (by key, last word, first word, initials,
 * deletion neighbourhood), so resolution is linear in the number of mentions. One instance serves
 * one document on one thread.
 */
final class DocumentResolver {

  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "across", "around", "from", "into", "to", "via", "through",
      "of", "visited", "visit", "visiting", "toward", "towards", "inside", "within", "throughout",
      "between", "left", "reached", "arrived", "flew", "travelled", "traveled", "on", "for",
      "over", "under", "by", "with", "against", "beyond");

  private static final Set<String> RELATIONAL = Set.of(
      "relations", "ties", "relationship", "talks", "negotiations", "dialogue", "cooperation",
      "agreement", "deal", "deals", "alliance", "sales", "exports", "shipments", "aid", "support",
      "pressure", "dispute", "rift", "row", "tensions", "contacts", "links", "diplomacy", "trade",
      "sanctions", "break", "rupture");

  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "and", "but", "while", "as", "since", "because", "that", "when", "after", "before", "so",
      "yet", "although", "though", "whereas", "if");

  private static final Set<String> OBJECT_STARTERS = Set.of(
      "to", "the", "a", "an", "that", "its", "his", "her", "their", "all", "no", "it", "on", "for");

  private static final Set<String> NAME_CONNECTORS = Set.of(
      "of", "the", "and", "for", "de", "del", "la", "&", "on", "in", "y");

  private final Gazetteer gazetteer;
  private final Words words;
  private final String text;
  private final List<Candidate> candidates;

  // Per candidate (index into candidates).
  private final String[] surface;
  private final String[] key;
  private final List<String>[] nameWords;
  private final String[] cluster;
  private final MentionKind[] kind;
  private final String[] how;

  /** What each cluster is. */
  private final Map<String, ClusterInfo> clusters = new LinkedHashMap<>();

  private record ClusterInfo(EntityType type, String canonical) {}

  @SuppressWarnings("unchecked")
  DocumentResolver(Gazetteer gazetteer, Words words, String text, List<Candidate> candidates) {
    this.gazetteer = gazetteer;
    this.words = words;
    this.text = text;
    this.candidates = candidates;
    int n = candidates.size();
    surface = new String[n];
    key = new String[n];
    nameWords = new List[n];
    cluster = new String[n];
    kind = new MentionKind[n];
    how = new String[n];
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      surface[i] = Names.collapseSpaces(
          text.substring(words.get(c.start).begin(), words.get(c.end - 1).end()));
      key[i] = Names.key(surface[i]);
      List<String> ws = new ArrayList<>(c.length());
      for (int k = c.start; k < c.end; k++) {
        Word word = words.get(k);
        if (!word.punct()) {
          ws.add(Names.key(word.text()));
        }
      }
      nameWords[i] = ws;
    }
  }

  /** Resolves the mentions and builds the layer. */
  EntityLayer resolve(String stage, List<String> models) {
    gazetteerLinks();
    persons();
    organizations();
    products();
    remaining();
    return build(stage, models);
  }

  // ---------------------------------------------------------------------------------------------
  // Steps.

  private boolean open(int i) {
    return cluster[i] == null;
  }

  private void assign(int i, String clusterKey, EntityType type, String canonical,
      MentionKind mentionKind, String step) {
    clusters.putIfAbsent(clusterKey, new ClusterInfo(type, canonical));
    cluster[i] = clusterKey;
    kind[i] = mentionKind;
    how[i] = step;
    Candidate c = candidates.get(i);
    if (c.type == null || (c.type != type && !(mentionKind == MentionKind.DEMONYM))) {
      c.type = type;
    }
  }

  private static String gazetteerKey(Entry e) {
    return "G|" + e.entityType() + "|" + e.canonical();
  }

  /** Gazetteer names, aliases and demonyms go to their entry's entity. */
  private void gazetteerLinks() {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      Entry e = c.entry;
      if (e == null || c.type != e.mentionType()) {
        continue;
      }
      MentionKind k;
      if (e.kind() == Gazetteer.Kind.DEMONYM) {
        k = MentionKind.DEMONYM;
      } else if (e.isName() || Names.key(e.canonical()).equals(key[i])) {
        k = MentionKind.NAME;
      } else if (Names.isAllCaps(surface[i]) && surface[i].length() <= 8) {
        k = MentionKind.ACRONYM;
      } else {
        k = MentionKind.ALIAS;
      }
      assign(i, gazetteerKey(e), e.entityType(), e.canonical(), k, null);
      if (e.standsForGovernment() && standsForGovernment(c)) {
        Entry country = new Entry(e.country(), EntityType.LOCATION, EntityType.LOCATION,
            Gazetteer.Kind.COUNTRY, true, null, "countries");
        String countryKey = gazetteerKey(country);
        clusters.putIfAbsent(countryKey, new ClusterInfo(EntityType.LOCATION, e.country()));
        c.standsFor = countryKey;
        how[i] = "metonymy";
      }
    }
  }

  /** Whether a capital's mention stands for its government ({@code Bogota plans to...}). */
  private boolean standsForGovernment(Candidate c) {
    int s = words.get(c.start).sentence();
    StructureLabel section = words.sections.get(s);
    if (section == StructureLabel.DATELINE || section == StructureLabel.BYLINE
        || section == StructureLabel.CAPTION || section == StructureLabel.BOILERPLATE) {
      return false;
    }
    int s0 = words.sentenceStart(s);
    int s1 = words.sentenceEnd(s);
    String prev = c.start > s0 ? words.get(c.start - 1).lower() : null;
    if (prev != null && (prev.equals("with") || prev.equals("to") || prev.equals("against")
        || prev.equals("toward") || prev.equals("towards"))) {
      return c.start - 2 >= s0 && RELATIONAL.contains(words.get(c.start - 2).lower());
    }
    if (prev != null && LOCATIVE.contains(prev)) {
      return false;
    }
    if (c.end + 1 < s1 && words.get(c.end).text().equals(",")) {
      return false; // "Bogota, Colombia" or an aside: not a clause's subject
    }
    boolean clauseStart = prev == null
        || (words.get(c.start - 1).punct() && !words.get(c.start - 1).isPossessive())
        || CLAUSE_OPENERS.contains(prev);
    return clauseStart && c.end < s1 && looksLikeVerb(c.end, s1);
  }

  private boolean looksLikeVerb(int j, int s1) {
    Word word = words.get(j);
    if (word.punct() || Names.isCapitalised(word.text())) {
      return false;
    }
    String pos = word.pos();
    if (pos.equals("VERB") || pos.equals("AUX")) {
      return true;
    }
    String l = word.lower();
    if (l.endsWith("ed")) {
      return true;
    }
    return l.endsWith("s") && j + 1 < s1 && OBJECT_STARTERS.contains(words.get(j + 1).lower());
  }

  /** Full names, shorter forms of them, and typos of their surnames. */
  private void persons() {
    // Full names (two words or more): the longest form of each is its root.
    Map<String, List<Integer>> fullByKey = new LinkedHashMap<>();
    Set<String> nameParts = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!open(i)) {
        continue;
      }
      List<String> ws = nameWords[i];
      if (ws.size() >= 2) {
        nameParts.addAll(ws);
      }
      if (c.type == EntityType.PERSON && ws.size() >= 2) {
        fullByKey.computeIfAbsent(String.join(" ", ws), k -> new ArrayList<>()).add(i);
      }
    }
    // A shorter full name that ends a longer one ("Manuel Santos", "Juan Manuel Santos") is the
    // longer one's when only one longer name ends with it. Indexed by every proper suffix of two
    // words or more, so this is linear in the number of names.
    Map<String, Set<String>> bySuffix = new HashMap<>();
    for (String full : fullByKey.keySet()) {
      String[] ws = full.split(" ");
      for (int j = 1; j + 2 <= ws.length; j++) {
        String suffix = String.join(" ", java.util.Arrays.copyOfRange(ws, j, ws.length));
        Set<String> longer = bySuffix.computeIfAbsent(suffix, k -> new TreeSet<>());
        if (longer.size() < 2) {
          longer.add(full);
        }
      }
    }
    Map<String, String> root = new HashMap<>();
    for (String full : fullByKey.keySet()) {
      Set<String> longer = bySuffix.get(full);
      root.put(full, longer != null && longer.size() == 1 ? longer.iterator().next() : full);
    }
    Map<String, Set<String>> rootsByLast = new HashMap<>();
    Map<String, Set<String>> rootsByFirst = new HashMap<>();
    Map<String, Integer> rootCount = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : fullByKey.entrySet()) {
      String r = root.get(e.getKey());
      String[] ws = r.split(" ");
      rootsByLast.computeIfAbsent(ws[ws.length - 1], k -> new TreeSet<>()).add(r);
      rootsByFirst.computeIfAbsent(ws[0], k -> new TreeSet<>()).add(r);
      for (int i : e.getValue()) {
        String clusterKey = "P|" + r;
        assign(i, clusterKey, EntityType.PERSON, null,
            r.equals(e.getKey()) ? MentionKind.NAME : MentionKind.ALIAS,
            r.equals(e.getKey()) ? null : "shorter-name");
        rootCount.merge(ws[ws.length - 1], 1, Integer::sum);
      }
    }
    // Single words: a surname or given name of one of the full names.
    Map<String, String> lastSeen = new HashMap<>();
    Map<String, Integer> singleCount = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (nameWords[i].size() == 1) {
        singleCount.merge(nameWords[i].get(0), 1, Integer::sum);
      }
    }
    List<Integer> unresolved = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!open(i)) {
        if (cluster[i].startsWith("P|") && kind[i] == MentionKind.NAME) {
          String[] ws = cluster[i].substring(2).split(" ");
          lastSeen.put(ws[ws.length - 1], cluster[i].substring(2));
        }
        continue;
      }
      if (nameWords[i].size() != 1 || !mayBePerson(c)) {
        continue;
      }
      String w = nameWords[i].get(0);
      String r = pick(rootsByLast.get(w), lastSeen.get(w));
      if (r == null && rootsByLast.get(w) == null) {
        r = pick(rootsByFirst.get(w), null);
      }
      if (r != null) {
        assign(i, "P|" + r, EntityType.PERSON, null, MentionKind.ALIAS, "surname");
      } else {
        unresolved.add(i);
      }
    }
    // Typos: one slip away from a surname seen more often, same initial, not a word or name part.
    Map<String, List<String>> deletions = new HashMap<>();
    for (String last : rootsByLast.keySet()) {
      if (last.length() >= 4) {
        for (String d : deletionsOf(last)) {
          deletions.computeIfAbsent(d, k -> new ArrayList<>()).add(last);
        }
      }
    }
    for (int i : unresolved) {
      Candidate c = candidates.get(i);
      String w = nameWords[i].get(0);
      if (w.length() >= 4 && !gazetteer.isWord(w) && !gazetteer.isGivenName(surface[i])
          && !nameParts.contains(w) && c.entry == null && !c.product) {
        Set<String> targets = new TreeSet<>();
        for (String d : deletionsOf(w)) {
          for (String last : deletions.getOrDefault(d, List.of())) {
            if (last.charAt(0) == w.charAt(0) && Names.oneEdit(w, last)
                && rootCount.getOrDefault(last, 0) + singleCount.getOrDefault(last, 0)
                    > singleCount.getOrDefault(w, 0)) {
              targets.add(last);
            }
          }
        }
        if (targets.size() == 1) {
          String r = pick(rootsByLast.get(targets.iterator().next()), null);
          if (r != null) {
            assign(i, "P|" + r, EntityType.PERSON, null, MentionKind.VARIANT, "typo");
            c.confidence = Math.min(c.confidence, 0.7);
          }
        }
      }
      // Otherwise left open: it may still be an organisation's short name.
    }
  }

  /** The one root of a set, or the one seen last among several; null if there is no choice. */
  private static String pick(Set<String> roots, String lastSeen) {
    if (roots == null || roots.isEmpty()) {
      return null;
    }
    if (roots.size() == 1) {
      return roots.iterator().next();
    }
    return lastSeen != null && roots.contains(lastSeen) ? lastSeen : null;
  }

  /**
   * Whether a single-word mention may be re-read as a person by resolution (a surname after the
   * full name): untyped or a person, or typed otherwise by a weak rule or by the model without
   * confidence; a gazetteer entry or a product keeps its type.
   */
  private static boolean mayBePerson(Candidate c) {
    return c.type == null || c.type == EntityType.PERSON
        || (c.entry == null && !c.product && c.priority <= Candidate.MODEL_SURE
            && (!c.fromModel || c.confidence < UNSURE_MODEL));
  }

  /** Below this probability a model's type yields to a surname match in the document. */
  private static final double UNSURE_MODEL = 0.5;

  /** The word itself and the word with each one character deleted. */
  private static List<String> deletionsOf(String w) {
    List<String> out = new ArrayList<>(w.length() + 1);
    out.add(w);
    for (int k = 0; k < w.length(); k++) {
      out.add(w.substring(0, k) + w.substring(k + 1));
    }
    return out;
  }

  /** Organisation names, their acronyms, their short first-word names, generic names. */
  private void organizations() {
    Map<String, Set<String>> byInitials = new HashMap<>();
    Map<String, Set<String>> byFirst = new HashMap<>();
    Set<String> personWords = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (cluster[i] != null && cluster[i].startsWith("P|")) {
        personWords.addAll(nameWords[i]);
      }
    }
    // Full organisation names, qualified by their country when generic; names of several words
    // first, so that a one-word name that starts one of them is its short name ("made by Rafael"
    // after "Rafael Advanced Defense Systems"), not a name of its own.
    Map<String, Set<String>> qualifiedByBase = new HashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (!open(i) || c.type != EntityType.ORGANIZATION || isAcronym(surface[i])
            || (nameWords[i].size() == 1) != (pass == 1)) {
          continue;
        }
        String shortOf = pass == 1 ? shortNameOf(i, byFirst, personWords) : null;
        if (shortOf != null) {
          assign(i, shortOf, EntityType.ORGANIZATION, null, MentionKind.ALIAS, "short-name");
          continue;
        }
        String canonical = surface[i];
        if (c.qualifier != null) {
          Gazetteer.Country country = gazetteer.country(c.qualifier);
          String adjective = country == null ? c.qualifier : country.adjective();
          String base = genericBase(i, adjective);
          if (base != null) {
            canonical = adjective + " " + base;
            qualifiedByBase.computeIfAbsent(Names.key(base), k -> new TreeSet<>())
                .add(Names.key(canonical));
          }
        }
        String clusterKey = "O|" + Names.key(canonical);
        assign(i, clusterKey, EntityType.ORGANIZATION, null, MentionKind.NAME, null);
        if (nameWords[i].size() >= 2) {
          byInitials.computeIfAbsent(initials(i), k -> new TreeSet<>()).add(clusterKey);
          byFirst.computeIfAbsent(nameWords[i].get(0), k -> new TreeSet<>()).add(clusterKey);
        }
      }
    }
    // An unqualified generic name joins the one qualified organisation of that name.
    for (int i = 0; i < candidates.size(); i++) {
      if (cluster[i] == null || !cluster[i].startsWith("O|") || candidates.get(i).qualifier != null) {
        continue;
      }
      Set<String> qualified = qualifiedByBase.get(key[i]);
      if (qualified != null && qualified.size() == 1) {
        cluster[i] = "O|" + qualified.iterator().next();
        kind[i] = MentionKind.ALIAS;
        how[i] = "generic-name";
      }
    }
    // Acronyms: defined in parentheses, or the initials of a name in the document.
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!open(i) || !isAcronym(surface[i]) || c.entry != null || c.product) {
        continue;
      }
      String target = definedBy(i);
      String step = "acronym-definition";
      if (target == null) {
        Set<String> matches = byInitials.get(surface[i].replace(".", ""));
        target = matches != null && matches.size() == 1 ? matches.iterator().next() : null;
        step = "initials";
      }
      if (target != null) {
        assign(i, target, EntityType.ORGANIZATION, null, MentionKind.ACRONYM, step);
      } else if (c.type == EntityType.ORGANIZATION) {
        assign(i, "O|" + key[i], EntityType.ORGANIZATION, null, MentionKind.NAME, null);
      }
    }
    // A lone first word of an organisation's name ("made by Rafael") is the organisation.
    for (int i = 0; i < candidates.size(); i++) {
      String target = open(i) ? shortNameOf(i, byFirst, personWords) : null;
      if (target != null) {
        assign(i, target, EntityType.ORGANIZATION, null, MentionKind.ALIAS, "short-name");
      }
    }
  }

  /**
   * The one organisation of several words whose first word candidate i is, if i is a single
   * word that no gazetteer, product, title or strong rule claims, nor a common word or a person's
   * name word in the document; or null.
   */
  private String shortNameOf(int i, Map<String, Set<String>> byFirst, Set<String> personWords) {
    Candidate c = candidates.get(i);
    if (nameWords[i].size() != 1 || c.entry != null || c.product || c.hasTitle
        || (c.type != null && c.priority > Candidate.MODEL_SURE)
        || (c.fromModel && c.type != EntityType.ORGANIZATION && c.type != EntityType.PERSON)) {
      return null;
    }
    String w = nameWords[i].get(0);
    Set<String> orgs = byFirst.get(w);
    return orgs != null && orgs.size() == 1 && !gazetteer.isWord(w) && !gazetteer.isPhraseWord(w)
        && !personWords.contains(w) ? orgs.iterator().next() : null;
  }

  /**
   * The generic part of organisation i that a country qualifies: the whole name ({@code Air
   * Force}), or the name after the country's adjective the model took in ({@code Colombian Air
   * Force}); or null if the name is not generic.
   */
  private String genericBase(int i, String adjective) {
    List<String> ws = nameWords[i];
    if (isGeneric(ws)) {
      return surface[i];
    }
    if (ws.size() > 1 && ws.get(0).equalsIgnoreCase(adjective)
        && isGeneric(ws.subList(1, ws.size()))) {
      return surface[i].substring(surface[i].indexOf(' ') + 1);
    }
    return null;
  }

  private boolean isGeneric(List<String> ws) {
    for (String w : ws) {
      if (!gazetteer.isWord(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String s) {
    String letters = s.replace(".", "");
    if (letters.length() < 2 || letters.length() > 8) {
      return false;
    }
    for (int k = 0; k < letters.length(); k++) {
      char c = letters.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The initials of an organisation name's words, skipping small connectors. */
  private String initials(int i) {
    StringBuilder b = new StringBuilder();
    Candidate c = candidates.get(i);
    for (int k = c.start; k < c.end; k++) {
      Word word = words.get(k);
      if (word.punct() || NAME_CONNECTORS.contains(word.lower())) {
        continue;
      }
      for (String part : word.text().split("-")) {
        if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
          b.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
        }
      }
    }
    return b.toString();
  }

  /**
   * The organisation an acronym is defined as in the text: {@code Name (ACR)} or {@code ACR
   * (Name)}.
   */
  private String definedBy(int i) {
    Candidate c = candidates.get(i);
    if (c.start >= 2 && c.end < words.size() && words.get(c.start - 1).text().equals("(")
        && words.get(c.end).text().equals(")") && i > 0) {
      int prev = i - 1;
      Candidate p = candidates.get(prev);
      if (p.end == c.start - 1 && cluster[prev] != null && cluster[prev].startsWith("O|")) {
        return cluster[prev];
      }
    }
    if (c.end + 1 < words.size() && words.get(c.end).text().equals("(") && i + 1 < candidates.size()) {
      Candidate n = candidates.get(i + 1);
      if (n.start == c.end + 1 && cluster[i + 1] != null && cluster[i + 1].startsWith("O|")
          && n.end < words.size() && words.get(n.end).text().equals(")")) {
        return cluster[i + 1];
      }
    }
    return null;
  }

  /** Products and other miscellaneous names; a plural joins its singular ({@code Kfirs}). */
  private void products() {
    for (EntityType type : List.of(EntityType.PRODUCT, EntityType.MISC)) {
      String prefix = type == EntityType.PRODUCT ? "R|" : "M|";
      Map<String, String> singular = new HashMap<>();
      for (int i = 0; i < candidates.size(); i++) {
        if (open(i) && candidates.get(i).type == type && !key[i].endsWith("s")) {
          String clusterKey = prefix + key[i];
          assign(i, clusterKey, type, null, MentionKind.NAME, null);
          singular.putIfAbsent(key[i], clusterKey);
        }
      }
      for (int i = 0; i < candidates.size(); i++) {
        if (open(i) && candidates.get(i).type == type) {
          String one = singular.get(key[i].substring(0, key[i].length() - 1));
          if (one != null) {
            assign(i, one, type, null, MentionKind.ALIAS, "plural");
          } else {
            assign(i, prefix + key[i], type, null, MentionKind.NAME, null);
          }
        }
      }
    }
  }

  /** Places and anything else typed get an entity of their own name; untyped words are dropped. */
  private void remaining() {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (open(i) && c.type != null) {
        String prefix = switch (c.type) {
          case PERSON -> "P|";
          case ORGANIZATION -> "O|";
          case LOCATION -> "L|";
          case MISC -> "M|";
          case PRODUCT -> "R|";
        };
        assign(i, prefix + key[i], c.type, null, MentionKind.NAME, null);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The layer.

  private EntityLayer build(String stage, List<String> models) {
    // Mentions in text order; entities by cluster.
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (cluster[i] != null) {
        kept.add(i);
      }
    }
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (int i : kept) {
      members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
      Candidate c = candidates.get(i);
      if (c.standsFor != null) {
        members.computeIfAbsent(c.standsFor, k -> new ArrayList<>()).add(i);
      }
    }
    // Names and ids; clusters with the same id are one entity.
    Map<String, String> idOf = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    Map<String, EntityType> typeOf = new HashMap<>();
    Map<String, List<String>> clustersOfId = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
      ClusterInfo info = clusters.get(e.getKey());
      String name = info.canonical() != null ? info.canonical() : canonicalName(e.getValue(),
          e.getKey());
      String id = Names.id(info.type(), name);
      idOf.put(e.getKey(), id);
      clustersOfId.computeIfAbsent(id, k -> new ArrayList<>()).add(e.getKey());
      if (!nameOf.containsKey(id) || better(name, nameOf.get(id))) {
        nameOf.put(id, name);
      }
      typeOf.put(id, info.type());
    }
    int[] index = new int[candidates.size()];
    List<EntityMention> mentions = new ArrayList<>(kept.size());
    for (int i : kept) {
      Candidate c = candidates.get(i);
      index[i] = mentions.size();
      String id = idOf.get(cluster[i]);
      EntityType entityType = typeOf.get(id);
      EntityType mentionType = kind[i] == MentionKind.DEMONYM ? c.type : entityType;
      MentionKind k = kind[i];
      if (k == MentionKind.NAME && !Names.key(nameOf.get(id)).equals(key[i])) {
        k = isAcronym(surface[i]) ? MentionKind.ACRONYM : MentionKind.ALIAS;
      }
      String rule = how[i] == null ? c.rule : c.rule + "/" + how[i];
      Span span = Span.of(text, words.get(c.start).begin(), words.get(c.end - 1).end());
      mentions.add(new EntityMention(span, mentionType, k, id,
          c.standsFor == null ? null : idOf.get(c.standsFor),
          new Provenance(stage, rule, clamp(c.confidence))));
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : clustersOfId.entrySet()) {
      String id = e.getKey();
      String name = nameOf.get(id);
      TreeSet<Integer> mentionIndexes = new TreeSet<>();
      Set<String> aliases = new TreeSet<>();
      Set<String> roles = new TreeSet<>();
      double missing = 1.0;
      for (String clusterKey : e.getValue()) {
        for (int i : members.get(clusterKey)) {
          if (mentionIndexes.add(index[i])) {
            Candidate c = candidates.get(i);
            if (cluster[i].equals(clusterKey)) {
              aliases.add(surface[i]);
              if (c.titled != null) {
                aliases.add(c.titled);
              }
              roles.addAll(c.roles);
            }
            missing *= 1 - clamp(c.confidence);
          }
        }
      }
      aliases.remove(name);
      entities.add(new Entity(id, name, typeOf.get(id), List.copyOf(aliases), prune(roles),
          List.copyOf(mentionIndexes), clamp(1 - missing)));
    }
    entities.sort(Comparator.comparingInt((Entity en) -> en.mentions().get(0))
        .thenComparing(Entity::id));
    return new EntityLayer(stage, models, mentions, entities);
  }

  /** The canonical name of a cluster without a gazetteer name: its longest full form. */
  private String canonicalName(List<Integer> members, String clusterKey) {
    if (clusterKey.startsWith("O|")) {
      // A qualified generic organisation: rebuild the "Colombian Air Force" form.
      for (int i : members) {
        Candidate c = candidates.get(i);
        if (c.qualifier != null && isGeneric(nameWords[i])
            && cluster[i].equals(clusterKey)) {
          Gazetteer.Country country = gazetteer.country(c.qualifier);
          return (country == null ? c.qualifier : country.adjective()) + " " + surface[i];
        }
      }
    }
    String best = null;
    boolean bestIsName = false;
    for (int i : members) {
      if (!cluster[i].equals(clusterKey)) {
        continue;
      }
      boolean isName = kind[i] == MentionKind.NAME;
      boolean acronym = isAcronym(surface[i]);
      if (best == null
          || (isName && !bestIsName)
          || (isName == bestIsName && !acronym && isAcronym(best))
          || (isName == bestIsName && acronym == isAcronym(best) && better(surface[i], best))) {
        best = surface[i];
        bestIsName = isName;
      }
    }
    return best;
  }

  /** Whether {@code a} is a better canonical form than {@code b}: more words, longer, smaller. */
  static boolean better(String a, String b) {
    int wa = a.split(" ").length;
    int wb = b.split(" ").length;
    if (wa != wb) {
      return wa > wb;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return a.compareTo(b) < 0;
  }

  /** The roles, without a bare title when a fuller one is present ({@code President}). */
  static List<String> prune(Set<String> roles) {
    List<String> out = new ArrayList<>();
    for (String role : roles) {
      boolean covered = false;
      for (String other : roles) {
        if (!other.equals(role) && other.startsWith(role + " ")) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(role);
      }
    }
    return out;
  }

  private static double clamp(double confidence) {
    return Math.max(0.0, Math.min(1.0, confidence));
  }
}
