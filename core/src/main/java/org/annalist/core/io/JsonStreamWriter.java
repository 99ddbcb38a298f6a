package org.annalist.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes JSON to a stream piece by piece, so that a large output (a corpus run of many documents,
 * or one huge document) is never built as one string in memory: either one JSON object whose array
 * fields get one element at a time, or JSON Lines, one value per line. The bytes are exactly those
 * {@link AnnalistJson#write} (or {@link AnnalistJson#writePretty}) gives for the whole value.
 *
 * <p>Every write fails with {@link UncheckedIOException} when the stream does (a full disk, a closed
 * pipe). {@link #close()} flushes but does not close the stream. Not thread-safe: one writer per
 * output.
 *
 * <pre>{@code
 * try (JsonStreamWriter w = AnnalistJson.create().streamObject(out, false)) {
 *   w.beginArray("documents");
 *   for (AnalyzedDocument d : documents) w.element(d);
 *   w.endArray();
 *   w.field("failures", failures);
 * }
 * }</pre>
 */
public final class JsonStreamWriter implements Closeable, Flushable {

  private final ObjectMapper mapper;
  private final JsonGenerator generator;
  private final boolean lines;

  JsonStreamWriter(ObjectMapper mapper, JsonGenerator generator, boolean lines) {
    this.mapper = mapper;
    this.generator = generator;
    this.lines = lines;
    if (!lines) {
      run(generator::writeStartObject);
    }
  }

  /**
   * Starts an array field of the object.
   *
   * @param name the field's name
   * @return this writer
   * @throws IllegalStateException if this writer writes JSON Lines
   */
  public JsonStreamWriter beginArray(String name) {
    Objects.requireNonNull(name, "name");
    requireObject("beginArray");
    run(() -> {
      generator.writeFieldName(name);
      generator.writeStartArray();
    });
    return this;
  }

  /**
   * Writes one element of the open array, or one line of JSON Lines.
   *
   * @param value a model value
   * @return this writer
   */
  public JsonStreamWriter element(Object value) {
    Objects.requireNonNull(value, "value");
    run(() -> {
      mapper.writeValue(generator, value);
      if (lines) {
        generator.writeRaw('\n');
      }
    });
    return this;
  }

  /**
   * Ends the open array.
   *
   * @return this writer
   * @throws IllegalStateException if this writer writes JSON Lines
   */
  public JsonStreamWriter endArray() {
    requireObject("endArray");
    run(generator::writeEndArray);
    return this;
  }

  /**
   * Writes a whole field of the object.
   *
   * @param name the field's name
   * @param value its value, any model value or {@code null}
   * @return this writer
   * @throws IllegalStateException if this writer writes JSON Lines
   */
  public JsonStreamWriter field(String name, Object value) {
    Objects.requireNonNull(name, "name");
    requireObject("field");
    run(() -> {
      generator.writeFieldName(name);
      mapper.writeValue(generator, value);
    });
    return this;
  }

  @Override
  public void flush() {
    run(generator::flush);
  }

  /** Ends the object (and its line) and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    run(() -> {
      if (!lines) {
        generator.writeEndObject();
        generator.writeRaw('\n');
      }
      generator.close();
    });
  }

  private void requireObject(String operation) {
    if (lines) {
      throw new IllegalStateException(operation + " is for an object writer, not JSON Lines");
    }
  }

  private void run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
