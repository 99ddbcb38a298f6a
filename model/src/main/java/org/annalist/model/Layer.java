package org.annalist.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.stream.Stream;

/**
 * One stage's output on one document: sentences and tokens, entities, time expressions, claims,
 * events. Implementations are immutable records; in JSON each layer carries its name in the
 * {@code "layer"} property. A layer type defined outside this module must be registered with the
 * JSON mapper as a named subtype. Implementations must be immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "layer")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TextLayer.class, name = "text"),
  @JsonSubTypes.Type(value = EntityLayer.class, name = "entities"),
  @JsonSubTypes.Type(value = TimeLayer.class, name = "time"),
  @JsonSubTypes.Type(value = ClaimLayer.class, name = "claims"),
  @JsonSubTypes.Type(value = QuantityLayer.class, name = "quantities"),
  @JsonSubTypes.Type(value = EventLayer.class, name = "events")
})
public interface Layer {

  /** {@return this layer's key, the same for every layer of a type} */
  LayerKey<?> key();

  /** {@return every span in this layer, for consistency checks against the document text} */
  Stream<Span> spans();
}
