package org.annalist.core.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.Utf8;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentMetadata;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates Annalist values and dataset files with Hibernate Validator, reporting each violation
 * with its path instead of stopping at the first.
 *
 * <p>A file may hold one JSON value, an array of values, an object with a {@code "documents"}
 * array (a corpus result), or JSON Lines ({@code .jsonl}); each value is an {@link AnalyzedDocument}
 * (has {@code "document"}), a {@link Document} (has {@code "text"}) or a {@link DocumentMetadata}.
 * A file's values are checked as JSON trees, each problem where it is, so that one value can have
 * many violations and each has its exact JSON path: a negative offset at {@code
 * $.layers[0].tokens[12].span.begin}, a confidence of 1.5 at {@code ...provenance.confidence}, an
 * unknown property, a value of the wrong type, a span whose text is not the document's text at its
 * offsets at {@code $.structure[3].span}. Parts that can be built as model records are checked with
 * Hibernate Validator against the model's constraints; a record's own checks that relate its parts
 * (structure in text order, a sentence's token range) are reported at the record when its parts are
 * right. A file that is missing, empty, not UTF-8 or not JSON is one violation (with the line and
 * column of a JSON syntax error).
 *
 * <p>{@link #validate(Object)} checks an in-memory value with Hibernate Validator alone (it was
 * built, so its records' own checks passed); its paths are property paths ({@code
 * structure[2].span}).
 *
 * <p>Logging: Hibernate Validator logs one INFO line ({@code HV000001}) through jboss-logging when
 * it is first used. This class changes no logging configuration (no system property, no logger
 * level): an embedding application's own logging decides, e.g. {@code
 * -Dorg.jboss.logging.provider=slf4j}. The {@code annalist} command routes it to SLF4J's no-op
 * binding.
 *
 * <p>Immutable and thread-safe; create once and share. Messages are in English whatever the
 * default locale.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.create().validateFile(Path.of("gold.json"));
 * report.violations().forEach(v -> System.err.println(v.toLine()));
 * }</pre>
 */
public final class DatasetValidator {

  private static final String MEMORY = "<memory>";

  private final Validator validator;
  private final ObjectMapper mapper;

  private DatasetValidator(Validator validator, ObjectMapper mapper) {
    this.validator = validator;
    this.mapper = mapper;
  }

  /**
   * {@return a validator with English messages}; building one starts Hibernate Validator, so create
   * one and share it
   */
  public static DatasetValidator create() {
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();
    return new DatasetValidator(validator, AnnalistJson.create().mapper());
  }

  /**
   * Validates one in-memory value against the model's constraints.
   *
   * @param value a document, analysed document, metadata or any model record
   * @return every violation, with property paths and source {@code "<memory>"}; empty if valid
   */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    return validate(value, MEMORY);
  }

  /**
   * Validates every value in a dataset file.
   *
   * @param file a {@code .json} or {@code .jsonl} file
   * @return a report; an unreadable, empty or malformed file is one violation naming the file
   *     (and the line and column of malformed JSON), not an exception
   */
  public ValidationReport validateFile(Path file) {
    Objects.requireNonNull(file, "file");
    String content;
    try {
      content = Utf8.read(file, null);
    } catch (InvalidInputException e) {
      return single(file.toString(), e.getMessage());
    }
    if (content.isBlank()) {
      return single(file.toString(), "the file is empty: nothing to validate");
    }
    List<Violation> violations = new ArrayList<>();
    int checked = 0;
    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      String[] lines = content.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          checked++;
          violations.addAll(validateJson(lines[i], file + ":" + (i + 1)));
        }
      }
      return new ValidationReport(checked, violations);
    }
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (JsonProcessingException e) {
      return single(file.toString(), "not valid JSON: " + describeSyntax(e, true));
    }
    List<JsonNode> items = new ArrayList<>();
    String prefix = "$";
    if (root.isArray()) {
      root.forEach(items::add);
    } else if (root.has("documents") && root.get("documents").isArray()) {
      root.get("documents").forEach(items::add);
      prefix = "$.documents";
    } else {
      items.add(root);
    }
    for (int i = 0; i < items.size(); i++) {
      String itemPath = !root.isArray() && prefix.equals("$") ? "$" : prefix + "[" + i + "]";
      violations.addAll(validateNode(items.get(i), file.toString(), itemPath));
      checked++;
    }
    return new ValidationReport(checked, violations);
  }

  private List<Violation> validateJson(String json, String source) {
    try {
      return validateNode(mapper.readTree(json), source, "$");
    } catch (JsonProcessingException e) {
      // the source names the line; the column is where in it
      return List.of(new Violation(source, null, "$", "not valid JSON: " + describeSyntax(e, false)));
    }
  }

  /**
   * Jackson's message for JSON that does not parse, with the line and column where they are
   * known (never the {@code -1} Jackson uses for "unknown").
   */
  static String describeSyntax(JsonProcessingException e, boolean withLine) {
    String message = String.valueOf(e.getOriginalMessage()).replace('\n', ' ');
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return message;
    }
    String column = at.getColumnNr() < 1 ? "" : "column " + at.getColumnNr();
    return message + " (" + (withLine ? "line " + at.getLineNr() + (column.isEmpty() ? "" : ", ")
        : "") + column + ")";
  }

  /**
   * Every problem of one value, each where it is: see {@link TreeValidator}. The value's own
   * records are built only to run Hibernate Validator on the parts that can be built.
   */
  private List<Violation> validateNode(JsonNode node, String source, String path) {
    Class<?> type = typeOf(node);
    String documentId = documentIdOf(node);
    if (type == null) {
      return List.of(
          new Violation(source, documentId, path,
              "not an Annalist value: expected an analysed document, document or metadata object"));
    }
    JsonNode text = type == AnalyzedDocument.class ? node.path("document").path("text")
        : node.path("text");
    return new TreeValidator(validator, mapper, source, documentId)
        .check(node, type, path, text.isTextual() ? text.asText() : null);
  }

  private List<Violation> validate(Object value, String source) {
    String documentId = documentIdOf(value);
    return validator.validate(value).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage))
        .map(v -> new Violation(source, documentId, pathOf(v), v.getMessage()))
        .toList();
  }

  private static String pathOf(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.isEmpty() ? "(document)" : path;
  }

  private static Class<?> typeOf(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    if (node.has("document")) {
      return AnalyzedDocument.class;
    }
    if (node.has("text")) {
      return Document.class;
    }
    return node.has("id") ? DocumentMetadata.class : null;
  }

  private static String documentIdOf(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode holder = node.has("document") ? node.get("document") : node;
    JsonNode id = holder.get("id");
    return id != null && id.isTextual() ? id.asText() : null;
  }

  private static String documentIdOf(Object value) {
    if (value instanceof AnalyzedDocument analyzed) {
      return analyzed.id();
    }
    if (value instanceof Document document) {
      return document.id();
    }
    return value instanceof DocumentMetadata metadata ? metadata.id() : null;
  }

  private static ValidationReport single(String source, String message) {
    return new ValidationReport(0, List.of(new Violation(source, null, "$", message)));
  }
}
