package org.annalist.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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

  /** The standard mapping. */
  public static AnnalistJson create() {
    return new AnnalistJson(
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build());
  }

  /**
   * A copy of the underlying mapper, for callers that register their own layer types with {@code
   * registerSubtypes}.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /** Compact JSON of any model value. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** Indented JSON of any model value. */
  public String writePretty(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** Writes the documents of a corpus run as JSON Lines, one document per line. */
  public void writeJsonLines(CorpusResult result, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      for (AnalyzedDocument document : result.documents()) {
        out.write(write(document));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One line saying why JSON could not be read or mapped: the model record's own message when its
   * compact constructor rejected a value (Jackson wraps it), else Jackson's message, followed by
   * the line and column where they are known.
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
            ? " (line " + jpe.getLocation().getLineNr() + ", column "
                + jpe.getLocation().getColumnNr() + ")"
            : "";
    return String.valueOf(message).replace('\n', ' ') + where;
  }

  /**
   * Reads a value.
   *
   * @throws JsonProcessingException with the line, column and JSON path of the problem
   */
  public <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return mapper.readValue(json, type);
  }
}
