package org.annalist.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.Objects;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.model.AnalyzedDocument;

/**
 * The JSON mapping of Annalist's model: dates as ISO strings, fields in declaration order, map keys
 * sorted, so the same value always gives the same bytes; reading back gives an equal value.
 *
 * <p>Immutable and thread-safe once created; create one and share it.
 *
 * <pre>{@code
 * AnnalistJson json = AnnalistJson.create();
 * String text = json.write(analyzed);
 * AnalyzedDocument back = json.read(text, AnalyzedDocument.class);
 * }</pre>
 */
public final class AnnalistJson {

  private final ObjectMapper mapper;

  private AnnalistJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@return the standard mapping; each call builds a new mapper, so create one and share it} */
  public static AnnalistJson create() {
    return new AnnalistJson(
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // streamed UTF-8 writes a supplementary character as its 4 bytes, as write() does
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build());
  }

  /**
   * {@return a copy of the underlying mapper}, for callers that register their own layer types
   * with {@code registerSubtypes}; changing it does not change this mapping
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * {@return compact JSON of any model value}
   *
   * @param value a model record, a list of them, or a {@link CorpusResult}
   * @throws IllegalArgumentException if Jackson cannot write the value
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * {@return indented JSON of any model value}
   *
   * @param value a model record, a list of them, or a {@link CorpusResult}
   * @throws IllegalArgumentException if Jackson cannot write the value
   */
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Writes the documents of a corpus run as JSON Lines, one document per line; the failures are not
   * written. Flushes {@code out} but does not close it.
   *
   * @param result the corpus run
   * @param out where to write, as UTF-8
   * @throws UncheckedIOException if writing fails
   */
  public void writeJsonLines(CorpusResult result, OutputStream out) {
    Objects.requireNonNull(result, "result");
    try (JsonStreamWriter lines = streamLines(out)) {
      result.documents().forEach(lines::element);
    }
  }

  /**
   * {@return a writer of one JSON object onto {@code out} (UTF-8), field by field and array element
   * by element, ended by a line break when closed}
   *
   * @param out where to write; not closed by the writer
   * @param pretty whether to indent as {@link #writePretty} does
   * @throws UncheckedIOException if the object cannot be started
   */
  public JsonStreamWriter streamObject(OutputStream out, boolean pretty) {
    JsonGenerator generator = open(out);
    if (pretty) {
      generator.useDefaultPrettyPrinter();
    }
    return new JsonStreamWriter(mapper, generator, false);
  }

  /**
   * {@return a writer of JSON Lines onto {@code out} (UTF-8): each element is one compact line}
   *
   * @param out where to write; not closed by the writer
   */
  public JsonStreamWriter streamLines(OutputStream out) {
    JsonGenerator generator = open(out);
    generator.setRootValueSeparator(null);
    return new JsonStreamWriter(mapper, generator, true);
  }

  private JsonGenerator open(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * {@return one line saying why JSON could not be read or mapped}: the model record's own message
   * when its compact constructor rejected a value (Jackson wraps it), else Jackson's message,
   * followed by the line and column where they are known
   *
   * @param e what reading threw, usually a {@link JsonProcessingException}
   */
  public static String describe(Exception e) {
    String message =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException || cause instanceof IndexOutOfBoundsException
          || cause instanceof NullPointerException) {
        message = cause.getMessage();
      }
    }
    String where =
        e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                && jpe.getLocation().getLineNr() > 0
            ? " (line " + jpe.getLocation().getLineNr() + ", column "
                + jpe.getLocation().getColumnNr() + ")"
            : "";
    return String.valueOf(message).replace('\n', ' ') + where;
  }

  /**
   * {@return the value read from {@code json}}, equal to the one that was written
   *
   * @param json the JSON text
   * @param type the model type to read, such as {@code AnalyzedDocument.class}
   * @param <T> the model type
   * @throws JsonProcessingException with the line, column and JSON path of the problem
   */
  public <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }
}
