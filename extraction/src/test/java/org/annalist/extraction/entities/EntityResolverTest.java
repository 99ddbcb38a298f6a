package org.annalist.extraction.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.extraction.text.TextStage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.CanonicalEntity;
import org.annalist.model.Document;
import org.annalist.model.DocumentDate;
import org.annalist.model.DocumentMetadata;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(TextStage.create(EnglishModels.load()))
      .add(EntityStage.create(EntityModels.rulesOnly()))
      .build();

  private static final List<AnalyzedDocument> DOCS = List.of(
      PIPELINE.analyze("a", "Colombian President Gustavo Petro met NATO officials."),
      PIPELINE.analyze("b", "Petro said Colombia would leave. Preto is not mentioned again."),
      PIPELINE.analyze("c", "Minister Juan Carlos Pinzón visited Colombia with President Petro."));

  private static CanonicalEntity find(List<CanonicalEntity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in "
            + entities.stream().map(CanonicalEntity::id).toList()));
  }

  @Test
  void mergesSameIdsAndSurnamesAcrossDocuments() {
    List<CanonicalEntity> entities = EntityResolver.create().resolve(DOCS);
    CanonicalEntity petro = find(entities, "person:gustavo-petro");
    assertThat(petro.name()).isEqualTo("Gustavo Petro");
    assertThat(petro.documentIds()).containsExactly("a", "b", "c");
    assertThat(petro.aliases()).contains("Petro", "President Petro");
    assertThat(petro.roles()).containsExactly("President of Colombia");
    assertThat(petro.evidence()).allSatisfy(ev -> assertThat(ev.spans()).hasSize(1));
    assertThat(entities.stream().map(CanonicalEntity::id)).doesNotContain("person:petro");
    CanonicalEntity colombia = find(entities, "location:colombia");
    assertThat(colombia.documentIds()).containsExactly("a", "b", "c");
    assertThat(entities).extracting(CanonicalEntity::id).isSorted();
  }

  @Test
  void orderOfDocumentsAndPartitionsDoesNotMatter() {
    EntityResolver resolver = EntityResolver.create();
    List<CanonicalEntity> all = resolver.resolve(DOCS);
    List<AnalyzedDocument> reversed = new ArrayList<>(DOCS);
    Collections.reverse(reversed);
    assertThat(resolver.resolve(reversed)).isEqualTo(all);
    List<CanonicalEntity> left = resolver.resolve(DOCS.subList(0, 1));
    List<CanonicalEntity> right = resolver.resolve(DOCS.subList(1, 3));
    assertThat(resolver.merge(left, right)).isEqualTo(all);
    assertThat(resolver.merge(right, left)).isEqualTo(all);
    assertThat(resolver.merge(resolver.merge(left, resolver.resolve(DOCS.subList(1, 2))),
        resolver.resolve(DOCS.subList(2, 3)))).isEqualTo(all);
  }

  @Test
  void documentWithoutEntitiesIsNamed() {
    Document bare = new Document("bare", DocumentMetadata.of("bare"), "", List.of(),
        DocumentDate.unknown());
    assertThatThrownBy(() -> EntityResolver.create().resolve(List.of(AnalyzedDocument.of(bare))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bare");
  }
}
