package org.annalist.extraction.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventParticipant;
import org.annalist.model.ParticipantRole;

/**
 * Finds an event's participants among the entity mentions of its clause, by position and the
 * prepositions that introduce them. Each resolves to the mention's entity, or to the entity the
 * mention stands for ({@code Bogota} for Colombia, rule suffix {@code /stands-for}).
 *
 * <ul>
 *   <li>Agent of an active verb ({@code subject}): the nearest mention to the left inside the
 *       clause that is not the object of a preposition or of another verb; failing that a {@code
 *       he} or {@code she} opening the clause, resolved to the nearest earlier person ({@code
 *       pronoun}).
 *   <li>Agent of a passive verb or a nominal ({@code by-agent}): the mention after {@code by}; of a
 *       nominal also the mention right before it ({@code prenominal}: {@code Colombia’s recall},
 *       {@code the Hamas raid}). The subject of a passive verb is its patient ({@code
 *       passive-subject}).
 *   <li>Object ({@code object}): a mention right after a verb (after particles and determiners) is
 *       the location of a visit when it is a place, otherwise the target; a noun phrase there that
 *       names no entity is the patient ({@code its ambassador}). After a nominal, the {@code of}
 *       phrase is the patient ({@code of-object}).
 *   <li>Prepositions ({@code prep:to}...): a mention after {@code to}, {@code against}, {@code
 *       with}, {@code on}, {@code toward}, {@code from} is the target (the location of a visit when
 *       {@code to} a place); after {@code in}, {@code at} a place is the location.
 * </ul>
 *
 * <p>The searches stop at hard punctuation and at clause-opening words, and reach at most {@value
 * #LEFT} tokens left and {@value #RIGHT} right, so each event costs a bounded amount of work.
 */
final class Participants {

  static final int LEFT = 15;
  static final int RIGHT = 25;
  private static final int PRONOUN_REACH = 120;
  private static final int NP_REACH = 6;
  private static final int BY_REACH = 6;
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of("to", "against", "with", "on", "toward", "towards", "from", "into");
  private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "into", "to");
  private static final Set<String> PARTICLES = Set.of("off", "out", "up", "down", "back", "away");

  private final Words w;
  private final List<EntityMention> mentions;

  Participants(Words w, List<EntityMention> mentions) {
    this.w = w;
    this.mentions = mentions;
  }

  List<EventParticipant> find(int k, int last, String type, int first, int end) {
    List<EventParticipant> found = new ArrayList<>();
    boolean visit = type.equals("visit");
    boolean nominal = w.isNoun(k);
    boolean passive = !nominal && isPassive(k, first);
    if (nominal) {
      int before = k - 1;
      while (before >= first && w.pos[before].equals("ADJ")) {
        before--;
      }
      if (before >= first && w.lower[before].equals("'s")) {
        before--;
      }
      if (before >= first && w.mention[before] >= 0) {
        add(found, ParticipantRole.AGENT, w.mention[before], "prenominal", 0.7);
      }
    } else {
      int subject = subject(k, first);
      if (subject >= 0) {
        add(found, passive ? ParticipantRole.PATIENT : ParticipantRole.AGENT, subject,
            passive ? "passive-subject" : "subject", 0.7);
      } else if (!passive) {
        pronoun(k, first).ifPresent(found::add);
      }
    }
    boolean target = false;
    boolean location = false;
    boolean agent = found.stream().anyMatch(p -> p.role() == ParticipantRole.AGENT);
    boolean statement = type.equals("make-statement");
    int j = last + 1;
    if (!nominal) {
      int o = j;
      while (o < end && (PARTICLES.contains(w.lower[o]) || w.pos[o].equals("ADV"))) {
        o++;
      }
      int phrase = o;
      o = nameAt(o, end);
      boolean possessive = o < end && w.mention[o] >= 0
          && Words.runEnd(w.mention, o) + 1 < end
          && w.lower[Words.runEnd(w.mention, o) + 1].equals("'s");
      if (statement) {
        if (!agent && o < end && w.mention[o] >= 0 && phrase == last + 1) {
          // an inverted speaker: "said Pinzón last week"
          add(found, ParticipantRole.AGENT, w.mention[o], "inverted-subject", 0.7);
          agent = true;
        }
      } else if (o < end && w.mention[o] >= 0 && !w.isAdposition(o) && !possessive) {
        EntityMention m = mentions.get(w.mention[o]);
        boolean place = m.type() == EntityType.LOCATION;
        if (visit && place) {
          add(found, ParticipantRole.LOCATION, w.mention[o], "object", 0.7);
          location = true;
        } else if (m.type() == EntityType.PRODUCT) {
          // a product named as the object is what the event is done to (bought Kfir jets)
          add(found, ParticipantRole.PATIENT, w.mention[o], "object", 0.6);
        } else {
          add(found, ParticipantRole.TARGET, w.mention[o], "object", 0.6);
          target = true;
        }
      } else if (o < end && !type.equals(Event.OTHER) && (w.isNoun(o) || possessive)) {
        patient(phrase, end, "object").ifPresent(found::add);
      }
    } else if (j < end && w.lower[j].equals("of")) {
      int o = nameAt(j + 1, end);
      if (o < end && w.mention[o] >= 0) {
        add(found, ParticipantRole.PATIENT, w.mention[o], "of-object", 0.6);
      } else {
        patient(j + 1, end, "of-object").ifPresent(found::add);
      }
    }
    for (; j < Math.min(end, last + 1 + RIGHT); j++) {
      if (w.isClauseBreak(j) && !participleAfterComma(j, last, end)) {
        break;
      }
      if (j > last + 1 && (w.isVerb(j) || w.isAux(j)) && !participleAfterComma(j - 1, last, end)) {
        break;
      }
      String word = w.lower[j];
      if (!w.isAdposition(j) && !word.equals("to")) {
        continue;
      }
      int o = nameAt(j + 1, end);
      if (o >= end || w.mention[o] < 0) {
        continue;
      }
      EntityMention m = mentions.get(w.mention[o]);
      boolean place = m.type() == EntityType.LOCATION;
      if (word.equals("by") && (passive || nominal) && !agent && j - last <= BY_REACH) {
        add(found, ParticipantRole.AGENT, w.mention[o], "by-agent", 0.8);
        agent = true;
      } else if (!location && place && LOCATION_PREPOSITIONS.contains(word)
          && (visit || !word.equals("to"))) {
        add(found, ParticipantRole.LOCATION, w.mention[o], "prep:" + word, 0.6);
        location = true;
      } else if (!target && TARGET_PREPOSITIONS.contains(word)) {
        add(found, ParticipantRole.TARGET, w.mention[o], "prep:" + word, 0.6);
        target = true;
      }
      j = Words.runEnd(w.mention, o);
    }
    found.sort(Comparator.comparing(EventParticipant::span));
    return found;
  }

  /** The first token of a name at {@code o}, past determiners and up to two title words. */
  private int nameAt(int o, int end) {
    while (o < end && w.isDeterminer(o)) {
      o++;
    }
    for (int t = o; t < Math.min(end, o + 3); t++) {
      if (w.mention[t] >= 0) {
        return t;
      }
      if (!w.isNoun(t) || !Character.isUpperCase(w.tokens.get(t).text().codePointAt(0))) {
        break;
      }
    }
    return o;
  }

  /** Whether {@code j} is the comma of "the attack, carried out by": a participle after it. */
  private boolean participleAfterComma(int j, int last, int end) {
    return j == last + 1 && w.lower[j].equals(",") && j + 1 < end && w.isVerb(j + 1)
        && w.lower[j + 1].endsWith("ed");
  }

  /** Whether a verb is passive: a form of {@code be} in its verb group, or {@code by} after it. */
  private boolean isPassive(int k, int first) {
    if (w.lower[k].endsWith("ing")) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(first, k - 3); j--) {
      if (w.lemma[j].equals("be") || w.lemma[j].equals("get")) {
        return true;
      }
      // "was first announced": the tagger reads some adverbs as adjectives
      if (!w.pos[j].equals("ADV") && !w.pos[j].equals("PART") && !w.pos[j].equals("ADJ")) {
        break;
      }
    }
    // a participle after its noun: "the attack, carried out by Hamas"
    return k > first && (w.isNoun(k - 1) || w.lower[k - 1].equals(","))
        && k + 2 < w.size() && (w.lower[k + 1].equals("by") || w.lower[k + 2].equals("by"));
  }

  /** The index of the subject mention left of a verb, or -1. */
  private int subject(int k, int first) {
    for (int j = k - 1; j >= Math.max(first, k - LEFT); j--) {
      if (w.isHard(j) || (w.isClauseBreak(j) && !w.lower[j].equals(","))) {
        return -1;
      }
      if (w.mention[j] < 0) {
        continue;
      }
      int start = Words.runStart(w.mention, j);
      int before = start - 1;
      while (before >= first && w.isDeterminer(before)) {
        before--;
      }
      boolean object = before >= first && (w.isAdposition(before) || w.isVerb(before)
          || w.lower[before].equals("to")) && !w.isSubordinator(before);
      boolean possessive = Words.runEnd(w.mention, j) + 1 < k
          && w.lower[Words.runEnd(w.mention, j) + 1].equals("'s");
      if (!object && !possessive) {
        return w.mention[start];
      }
      j = start;
    }
    return -1;
  }

  /** A {@code he} or {@code she} subject, resolved to the nearest earlier person. */
  private Optional<EventParticipant> pronoun(int k, int first) {
    int p = -1;
    for (int j = k - 1; j >= Math.max(first, k - 4); j--) {
      if (w.lower[j].equals("he") || w.lower[j].equals("she")) {
        p = j;
        break;
      }
      if (!w.isAux(j) && !w.pos[j].equals("ADV") && !w.pos[j].equals("PART")) {
        break;
      }
    }
    if (p < 0) {
      return Optional.empty();
    }
    for (int j = p - 1; j >= Math.max(0, p - PRONOUN_REACH); j--) {
      if (w.mention[j] >= 0 && mentions.get(w.mention[j]).type() == EntityType.PERSON) {
        EntityMention m = mentions.get(w.mention[j]);
        return Optional.of(new EventParticipant(ParticipantRole.AGENT,
            w.span(p, p), entity(m), "pronoun", 0.5));
      }
    }
    return Optional.empty();
  }

  /** The noun phrase from {@code from}: up to the last noun of its first run, at most a few words. */
  private Optional<EventParticipant> patient(int from, int end, String rule) {
    int head = -1;
    for (int j = from; j < Math.min(end, from + NP_REACH); j++) {
      if (w.isNoun(j)) {
        head = j;
      } else if (!(w.isDeterminer(j) || w.pos[j].equals("ADJ") || w.pos[j].equals("NUM")
          || w.lower[j].equals("'s")) || head >= 0) {
        break;
      }
    }
    if (head < 0) {
      return Optional.empty();
    }
    String entity = w.mention[head] >= 0 ? entity(mentions.get(w.mention[head])) : null;
    return Optional.of(
        new EventParticipant(ParticipantRole.PATIENT, w.span(from, head), entity, rule, 0.5));
  }

  private void add(List<EventParticipant> found, ParticipantRole role, int mention, String rule,
      double confidence) {
    EntityMention m = mentions.get(mention);
    String suffix = m.standsFor() != null ? "/stands-for" : "";
    if (role == ParticipantRole.AGENT && m.type() == EntityType.PRODUCT) {
      // a product does not act: in its subject's place it is what the event is about
      role = ParticipantRole.PATIENT;
      suffix += "/product";
    }
    found.add(new EventParticipant(role, m.span(), entity(m), rule + suffix, confidence));
  }

  private static String entity(EntityMention m) {
    return m.standsFor() != null ? m.standsFor() : m.entityId();
  }
}
