package org.annalist.core.chronology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimLayer;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityType;
import org.annalist.model.EntryClaim;
import org.annalist.model.EntryEvidence;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.EvidenceParticipant;
import org.annalist.model.ParticipantRole;

/**
 * Turns one analysed document's events into reports ({@link EntryEvidence}): the event with its
 * participants named as entities, the entities they act for, its scope and the claim that holds it.
 * Stateless.
 */
final class Reports {

  /** The shortest location name whose adjective ({@code Israeli}, {@code Colombian}) counts. */
  private static final int MIN_ADJECTIVE_STEM = 4;

  private Reports() {}

  static List<EntryEvidence> of(AnalyzedDocument document, boolean includeUntyped, Scopes scopes) {
    EventLayer events = document.find(EventLayer.KEY).orElse(null);
    if (events == null) {
      throw new IllegalArgumentException("document " + document.id()
          + " has no events layer: analyse it with a pipeline that ends with the events stage");
    }
    EntityLayer entities = document.find(EntityLayer.KEY).orElse(null);
    ClaimLayer claims = document.find(ClaimLayer.KEY).orElse(null);
    String text = document.text();
    List<EntryEvidence> reports = new ArrayList<>();
    for (int i = 0; i < events.events().size(); i++) {
      Event e = events.events().get(i);
      if (e.isOther() && !includeUntyped) {
        continue;
      }
      List<EvidenceParticipant> participants = new ArrayList<>();
      EventParticipant patient = null;
      for (EventParticipant p : e.participants()) {
        participants.add(participant(p, entities));
        if (p.role() == ParticipantRole.PATIENT && patient == null) {
          patient = p;
        }
      }
      Scopes.Found scope = scopes.find(text, e.sentence(), e.trigger(),
          patient == null ? null : patient.span());
      reports.add(new EntryEvidence(document.id(), i, e.sentence(), e.trigger(), e.type(),
          e.cameo(), e.factuality(), e.time(), participants,
          scope == null ? null : scope.scope(), scope == null ? null : scope.cue(),
          claim(e, claims), e.provenance()));
    }
    return reports;
  }

  private static EvidenceParticipant participant(EventParticipant p, EntityLayer entities) {
    Entity entity = p.entityId() == null || entities == null
        ? null : entities.findEntity(p.entityId()).orElse(null);
    if (entity == null) {
      return new EvidenceParticipant(p.role(), p.span(), null, null, null, List.of());
    }
    return new EvidenceParticipant(p.role(), p.span(), entity.id(), entity.name(), entity.type(),
        actsFor(entity, entities));
  }

  /**
   * The places a person or organisation acts for: a person whose role names a place of the
   * document ({@code President of Colombia}), an organisation whose name holds a place's name or
   * its adjective ({@code Colombian Foreign Ministry}, {@code Israeli Air Force}).
   */
  static List<String> actsFor(Entity entity, EntityLayer entities) {
    if (entity.type() == EntityType.LOCATION) {
      return List.of();
    }
    Set<String> places = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(entity.roles());
    if (entity.type() == EntityType.ORGANIZATION) {
      texts.add(entity.name());
    }
    for (Entity place : entities.entities()) {
      if (place.type() != EntityType.LOCATION || place.id().equals(entity.id())) {
        continue;
      }
      for (String t : texts) {
        if (names(t, place.name())) {
          places.add(place.id());
        }
      }
    }
    return List.copyOf(places);
  }

  /** Whether {@code text} holds {@code place} as a word, or as the stem of a word. */
  private static boolean names(String text, String place) {
    String t = text.toLowerCase(Locale.ROOT);
    String p = place.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = t.indexOf(p, from);
      if (at < 0) {
        return false;
      }
      boolean startsWord = at == 0 || !Character.isLetter(t.charAt(at - 1));
      int end = at + p.length();
      boolean endsWord = end == t.length() || !Character.isLetter(t.charAt(end));
      if (startsWord && (endsWord || adjective(t, end) && p.length() >= MIN_ADJECTIVE_STEM)) {
        return true;
      }
      from = at + 1;
    }
  }

  /** Whether the word goes on from {@code end} with an adjective ending: -i, -n, -an, -ian. */
  private static boolean adjective(String t, int end) {
    int stop = end;
    while (stop < t.length() && Character.isLetter(t.charAt(stop))) {
      stop++;
    }
    String rest = t.substring(end, stop);
    return rest.equals("i") || rest.equals("n") || rest.equals("an") || rest.equals("ian");
  }

  private static EntryClaim claim(Event e, ClaimLayer claims) {
    if (e.claim() == null || claims == null || e.claim() >= claims.claims().size()) {
      return null;
    }
    Claim c = claims.claims().get(e.claim());
    return new EntryClaim(e.claim(),
        c.source() == null ? null : c.source().span(),
        c.source() == null ? null : c.source().entityId(),
        c.cue() == null ? null : c.cue().span(),
        c.channel() == null ? null : c.channel().type());
  }
}
