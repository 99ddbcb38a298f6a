package org.annalist.core.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
 * Values that cannot even be constructed (a negative offset, a confidence of 2) are reported with
 * their JSON path and line.
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

  public static DatasetValidator create() {
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();
    return new DatasetValidator(validator, AnnalistJson.create().mapper());
  }

  /** Validates one in-memory value (a document, analysed document, metadata or any model record). */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    return validate(value, MEMORY);
  }

  /**
   * Validates every value in a dataset file.
   *
   * @return a report; an unreadable file is one violation naming the file, not an exception
   */
  public ValidationReport validateFile(Path file) {
    Objects.requireNonNull(file, "file");
    String content;
    try {
      content = Utf8.read(file, null);
    } catch (InvalidInputException e) {
      return single(file.toString(), e.getMessage());
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
      return single(file.toString(), "not valid JSON: " + AnnalistJson.describe(e));
    }
    List<JsonNode> items = new ArrayList<>();
    String prefix = "$";
    if (root != null && root.isArray()) {
      root.forEach(items::add);
    } else if (root != null && root.has("documents") && root.get("documents").isArray()) {
      root.get("documents").forEach(items::add);
      prefix = "$.documents";
    } else if (root != null) {
      items.add(root);
    }
    for (int i = 0; i < items.size(); i++) {
      String itemPath = items.size() == 1 && !root.isArray() && prefix.equals("$") ? "$" : prefix + "[" + i + "]";
      violations.addAll(validateNode(items.get(i), file.toString(), itemPath));
      checked++;
    }
    return new ValidationReport(checked, violations);
  }

  private List<Violation> validateJson(String json, String source) {
    try {
      return validateNode(mapper.readTree(json), source, "$");
    } catch (JsonProcessingException e) {
      return List.of(new Violation(source, null, "$", "not valid JSON: " + e.getOriginalMessage()));
    }
  }

  private List<Violation> validateNode(JsonNode node, String source, String path) {
    Class<?> type = typeOf(node);
    String documentId = documentIdOf(node);
    if (type == null) {
      return List.of(
          new Violation(source, documentId, path,
              "not an Annalist value: expected an analysed document, document or metadata object"));
    }
    Object value;
    try {
      value = mapper.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return List.of(new Violation(source, documentId, path + jsonPath(e), "cannot be constructed: " + AnnalistJson.describe(e)));
    }
    return validate(value, source).stream()
        .map(v -> new Violation(v.source(), v.documentId(), path + "." + v.path(), v.message()))
        .toList();
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

  private static String jsonPath(Exception e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static ValidationReport single(String source, String message) {
    return new ValidationReport(0, List.of(new Violation(source, null, "$", message)));
  }
}
