package org.annalist.testcorpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.annalist.model.CanonicalEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Evidence;
import org.annalist.model.Span;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a corpus-level {@link CanonicalEntity}:
 *
 * <pre>{@code
 * assertThat(entity).isNamed("Gustavo Petro").hasType(PERSON).hasAliases("Petro", "Preto")
 *     .hasRole("President of Colombia").isMentionedIn("000_...", "001_...")
 *     .hasEvidenceIn(texts);
 * }</pre>
 */
final class CanonicalEntityAssert extends AbstractAssert<CanonicalEntityAssert, CanonicalEntity> {

  private CanonicalEntityAssert(CanonicalEntity actual) {
    super(actual, CanonicalEntityAssert.class);
  }

  static CanonicalEntityAssert assertThat(CanonicalEntity actual) {
    return new CanonicalEntityAssert(actual);
  }

  /** The entity with this id among {@code entities}, failing with the ids present if absent. */
  static CanonicalEntity entity(List<CanonicalEntity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
        new AssertionError("no canonical entity " + id + "; the corpus has "
            + entities.stream().map(CanonicalEntity::id).toList()));
  }

  CanonicalEntityAssert isNamed(String name) {
    isNotNull();
    if (!actual.name().equals(name)) {
      failWithMessage("expected %s to be named \"%s\" but it is \"%s\"", actual.id(), name,
          actual.name());
    }
    return this;
  }

  CanonicalEntityAssert hasType(EntityType type) {
    isNotNull();
    if (actual.type() != type) {
      failWithMessage("expected %s to be a %s but it is a %s", actual.id(), type, actual.type());
    }
    return this;
  }

  /** The aliases include these (others may be present). */
  CanonicalEntityAssert hasAliases(String... aliases) {
    isNotNull();
    List<String> missing =
        Arrays.stream(aliases).filter(a -> !actual.aliases().contains(a)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("expected %s to have the aliases %s but it lacks %s; its aliases are %s",
          actual.id(), List.of(aliases), missing, actual.aliases());
    }
    return this;
  }

  CanonicalEntityAssert hasRole(String role) {
    isNotNull();
    if (!actual.roles().contains(role)) {
      failWithMessage("expected %s to have the role \"%s\" but its roles are %s", actual.id(),
          role, actual.roles());
    }
    return this;
  }

  /** Evidence comes from exactly these documents. */
  CanonicalEntityAssert isMentionedIn(String... documentIds) {
    isNotNull();
    List<String> expected = Arrays.stream(documentIds).sorted().toList();
    List<String> present = actual.documentIds().stream().sorted().toList();
    if (!present.equals(expected)) {
      failWithMessage("expected %s to be mentioned in %s but it is mentioned in %s", actual.id(),
          expected, present);
    }
    return this;
  }

  /** Some evidence in the document covers exactly {@code text}. */
  CanonicalEntityAssert hasMention(String documentId, String text) {
    isNotNull();
    boolean found = actual.evidence().stream().anyMatch(ev -> ev.documentId().equals(documentId)
        && ev.spans().stream().anyMatch(s -> s.text().equals(text)));
    if (!found) {
      failWithMessage("expected %s to have a mention \"%s\" in %s but its mentions there are %s",
          actual.id(), text, documentId, actual.evidence().stream()
              .filter(ev -> ev.documentId().equals(documentId))
              .flatMap(ev -> ev.spans().stream()).map(Span::text).toList());
    }
    return this;
  }

  /** Every evidence span covers exactly its document's text there; provenance names the stage. */
  CanonicalEntityAssert hasEvidenceIn(Map<String, String> texts) {
    isNotNull();
    for (Evidence ev : actual.evidence()) {
      String text = texts.get(ev.documentId());
      if (text == null) {
        failWithMessage("%s has evidence from an unknown document %s", actual.id(),
            ev.documentId());
        return this;
      }
      for (Span span : ev.spans()) {
        if (!span.matches(text)) {
          failWithMessage("%s: evidence span %s does not match the text of %s", actual.id(),
              span, ev.documentId());
        }
      }
      if (!ev.provenance().stage().equals("entities")) {
        failWithMessage("%s: evidence from stage %s", actual.id(), ev.provenance().stage());
      }
    }
    return this;
  }
}
