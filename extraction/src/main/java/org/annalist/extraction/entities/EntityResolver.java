package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.CanonicalEntity;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Evidence;

/**
 * Resolves the entities of a corpus: merges the entities of every document's {@link EntityLayer}
 * that share an id (ids are derived from type and canonical name, so the same name means the same
 * id in every document), and a person known only by a one-word name ({@code Petro}) with the one
 * person of the corpus whose full name ends (or else starts) with it, when there is exactly one.
 * Each {@link CanonicalEntity} has the best canonical name seen (most words, then longest), every
 * other name and alias, the roles seen, and one {@link Evidence} per mention in every document.
 *
 * <p>The output is ordered by id and does not depend on the order of the documents. {@link
 * #merge} combines partial results (from partitions of a corpus) into what one pass over all the
 * documents gives; it is commutative and associative, except that a one-word person merged into a
 * full name in one partition stays merged even if another partition adds a second candidate.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * CorpusResult result = Annalist.defaultPipeline().analyze(corpus, 2);
 * List<CanonicalEntity> entities = EntityResolver.create().resolve(result.documents());
 * }</pre>
 */
public final class EntityResolver {

  private EntityResolver() {}

  /** {@return a resolver; it holds no state} */
  public static EntityResolver create() {
    return new EntityResolver();
  }

  /**
   * The canonical entities of the documents, ordered by id.
   *
   * @param documents analysed documents with an entity layer, in any order
   * @return one canonical entity per distinct entity, with evidence from every document
   * @throws IllegalArgumentException naming the document if one has no entity layer
   */
  public List<CanonicalEntity> resolve(List<AnalyzedDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<CanonicalEntity> all = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      Objects.requireNonNull(document, "document");
      EntityLayer layer = document.find(EntityLayer.KEY).orElseThrow(() ->
          new IllegalArgumentException("document " + document.id() + " has no '"
              + EntityLayer.KEY + "' layer; analyse it with the entity stage first"));
      for (Entity entity : layer.entities()) {
        List<Evidence> evidence = new ArrayList<>(entity.mentions().size());
        for (EntityMention mention : layer.mentionsOf(entity)) {
          evidence.add(new Evidence(document.id(), List.of(mention.span()),
              mention.provenance()));
        }
        all.add(new CanonicalEntity(entity.id(), entity.name(), entity.type(), entity.aliases(),
            entity.roles(), evidence));
      }
    }
    return combine(all);
  }

  /**
   * {@return two partial results merged into one, ordered by id}
   *
   * @param a the entities resolved from some documents
   * @param b the entities resolved from other documents
   */
  public List<CanonicalEntity> merge(List<CanonicalEntity> a, List<CanonicalEntity> b) {
    List<CanonicalEntity> all = new ArrayList<>(Objects.requireNonNull(a, "a"));
    all.addAll(Objects.requireNonNull(b, "b"));
    return combine(all);
  }

  private static List<CanonicalEntity> combine(List<CanonicalEntity> all) {
    Map<String, List<CanonicalEntity>> byId = new TreeMap<>();
    for (CanonicalEntity e : all) {
      byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
    }
    Map<String, CanonicalEntity> merged = new TreeMap<>();
    for (Map.Entry<String, List<CanonicalEntity>> e : byId.entrySet()) {
      merged.put(e.getKey(), join(e.getKey(), e.getValue()));
    }
    // One-word persons join the one full name of the corpus that ends (or starts) with the word.
    Map<String, Set<String>> byLast = new HashMap<>();
    Map<String, Set<String>> byFirst = new HashMap<>();
    for (CanonicalEntity e : merged.values()) {
      String[] words = Names.key(e.name()).split(" ");
      if (e.type() == EntityType.PERSON && words.length >= 2) {
        byLast.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(e.id());
        byFirst.computeIfAbsent(words[0], k -> new TreeSet<>()).add(e.id());
      }
    }
    Map<String, List<CanonicalEntity>> joined = new TreeMap<>();
    for (CanonicalEntity e : merged.values()) {
      String target = e.id();
      String key = Names.key(e.name());
      if (e.type() == EntityType.PERSON && !key.contains(" ")) {
        Set<String> full = byLast.getOrDefault(key, byFirst.get(key));
        if (full != null && full.size() == 1) {
          target = full.iterator().next();
        }
      }
      joined.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
    }
    List<CanonicalEntity> out = new ArrayList<>(joined.size());
    for (Map.Entry<String, List<CanonicalEntity>> e : joined.entrySet()) {
      out.add(e.getValue().size() == 1 ? e.getValue().get(0) : join(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static final Comparator<Evidence> EVIDENCE_ORDER =
      Comparator.comparing(Evidence::documentId)
          .thenComparingInt(ev -> ev.spans().get(0).begin())
          .thenComparingInt(ev -> ev.spans().get(0).end())
          .thenComparing(ev -> ev.provenance().rule())
          .thenComparingDouble(ev -> ev.provenance().confidence());

  /** One entity with id {@code id} from several with that id or merged into it. */
  private static CanonicalEntity join(String id, List<CanonicalEntity> parts) {
    CanonicalEntity head = null;
    for (CanonicalEntity part : parts) {
      if (part.id().equals(id) && (head == null || DocumentResolver.better(part.name(),
          head.name()))) {
        head = part;
      }
    }
    if (head == null) {
      head = parts.get(0);
    }
    Set<String> aliases = new TreeSet<>();
    Set<String> roles = new TreeSet<>();
    Set<Evidence> evidence = new LinkedHashSet<>();
    for (CanonicalEntity part : parts) {
      aliases.add(part.name());
      aliases.addAll(part.aliases());
      roles.addAll(part.roles());
      evidence.addAll(part.evidence());
    }
    aliases.remove(head.name());
    List<Evidence> sorted = new ArrayList<>(evidence);
    sorted.sort(EVIDENCE_ORDER);
    return new CanonicalEntity(id, head.name(), head.type(), List.copyOf(aliases),
        DocumentResolver.prune(roles), sorted);
  }
}
