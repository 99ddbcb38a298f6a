package org.annalist.core.validation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.model.ConsistentSpans;
import org.annalist.model.Span;

/**
 * Validates one JSON value against a model record type where it stands in the JSON tree, so that
 * every problem is found and reported with its exact JSON path ({@code
 * $.layers[0].tokens[12].span.begin}), instead of binding the whole value at once and stopping at
 * the first compact constructor that throws.
 *
 * <p>For each object in the tree, guided by the record components of its type: if it binds to its
 * record, Hibernate Validator checks the bound value (paths mapped to JSON paths); if not, each
 * component is checked on its own (scalars are converted and checked with {@link
 * Validator#validateValue}, objects and arrays recursively), unknown properties are reported, and
 * when no part is wrong the record's own message (a check that relates its parts, such as a span's
 * text length) is reported at the object. Independently, every span is compared with the
 * document's text at its offsets, with the span's path (what the model's {@link ConsistentSpans}
 * reports only per layer).
 *
 * <p>One instance checks one value: not thread-safe, never shared.
 */
final class TreeValidator {

  private final Validator validator;
  private final ObjectMapper mapper;
  private final String source;
  private final String documentId;
  private final List<Violation> violations = new ArrayList<>();
  private String documentText;

  TreeValidator(Validator validator, ObjectMapper mapper, String source, String documentId) {
    this.validator = validator;
    this.mapper = mapper;
    this.source = source;
    this.documentId = documentId;
  }

  /** Every violation in {@code node} as a {@code type}, in document order of their paths. */
  List<Violation> check(JsonNode node, Class<?> type, String path, String text) {
    this.documentText = text;
    walk(node, type, path);
    return List.copyOf(violations);
  }

  private void add(String path, String message) {
    violations.add(new Violation(source, documentId, path, message));
  }

  private void walk(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return; // whether null is allowed is the containing record's business
    }
    if (isPolymorphic(raw)) {
      Class<?> subtype = subtype(node, raw, path);
      if (subtype != null) {
        walk(node, subtype, path);
      }
      return;
    }
    if (!raw.isRecord()) {
      return;
    }
    if (!node.isObject()) {
      add(path, "expected " + describe(raw) + ", was " + kind(node));
      return;
    }
    Object bound;
    Exception failure = null;
    try {
      bound = mapper.treeToValue(node, raw);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      bound = null;
      failure = e;
    }
    if (bound != null) {
      report(validator.validate(bound), path);
      checkSpans(node, raw, path);
      return;
    }
    int before = violations.size();
    checkProperties(node, raw, path);
    for (RecordComponent component : raw.getRecordComponents()) {
      checkComponent(node.get(component.getName()), raw, component, path + "." + component.getName());
    }
    if (violations.size() == before) {
      // every part is right on its own: the record's check relates them
      add(path, reason(failure));
    }
  }

  private void checkComponent(JsonNode child, Class<?> record, RecordComponent component,
      String path) {
    Type type = component.getGenericType();
    Class<?> raw = raw(type);
    String name = component.getName();
    if (child == null || child.isMissingNode() || child.isNull()) {
      if (raw.isPrimitive() && child != null && child.isNull()) {
        add(path, "must not be null (" + describe(raw) + ")");
      }
      // a missing value may be defaulted by the record (authors, language): its own check says
      return;
    }
    if (raw.isRecord() || isPolymorphic(raw)) {
      walk(child, type, path);
      return;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type element = elementType(type);
      Class<?> elementRaw = raw(element);
      if (elementRaw.isRecord() || isPolymorphic(elementRaw)) {
        if (!child.isArray()) {
          add(path, "expected an array of " + describe(elementRaw) + ", was " + kind(child));
          return;
        }
        if (child.isEmpty()) {
          report(validator.validateValue(cast(record), name, List.of()), parent(path, name));
        }
        for (int i = 0; i < child.size(); i++) {
          JsonNode item = child.get(i);
          if (item.isNull()) {
            add(path + "[" + i + "]", "must not be null");
          } else {
            walk(item, element, path + "[" + i + "]");
          }
        }
        return;
      }
    }
    Object value;
    try {
      JavaType javaType = mapper.constructType(type);
      value = mapper.treeToValue(child, javaType.isPrimitive()
          ? mapper.constructType(box(raw)) : javaType);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      add(path, "expected " + describe(raw) + ", was " + abbreviate(child.toString()));
      return;
    }
    report(validator.validateValue(cast(record), name, value), parent(path, name));
  }

  /** Properties the record does not have (Jackson would reject the object for them). */
  private void checkProperties(JsonNode node, Class<?> raw, String path) {
    BeanDescription description =
        mapper.getDeserializationConfig().introspect(mapper.constructType(raw));
    Set<String> known = new LinkedHashSet<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      known.add(component.getName());
    }
    for (BeanPropertyDefinition property : description.findProperties()) {
      known.add(property.getName());
    }
    Set<String> ignorable = new LinkedHashSet<>(description.getIgnoredPropertyNames());
    String tag = typeTag(raw);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name) && !ignorable.contains(name) && !name.equals(tag)) {
        add(path + "." + name, "unknown property of " + describe(raw) + " (known: "
            + String.join(", ", known) + ")");
      }
    }
  }

  /** Compares every span under {@code node} (a {@code type}) with the document text. */
  private void checkSpans(JsonNode node, Type type, String path) {
    if (documentText == null || node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    Class<?> raw = raw(type);
    if (isPolymorphic(raw)) {
      Class<?> subtype = subtypeOf(node, raw);
      if (subtype != null) {
        checkSpans(node, subtype, path);
      }
      return;
    }
    if (raw == Span.class) {
      checkSpan(node, path);
      return;
    }
    if (!raw.isRecord() || !node.isObject()) {
      return;
    }
    for (RecordComponent component : raw.getRecordComponents()) {
      JsonNode child = node.get(component.getName());
      Type componentType = component.getGenericType();
      String childPath = path + "." + component.getName();
      if (child == null) {
        continue;
      }
      if (Collection.class.isAssignableFrom(raw(componentType)) && child.isArray()) {
        Type element = elementType(componentType);
        for (int i = 0; i < child.size(); i++) {
          checkSpans(child.get(i), element, childPath + "[" + i + "]");
        }
      } else {
        checkSpans(child, componentType, childPath);
      }
    }
  }

  private void checkSpan(JsonNode span, String path) {
    JsonNode begin = span.get("begin");
    JsonNode end = span.get("end");
    JsonNode text = span.get("text");
    if (begin == null || !begin.canConvertToExactIntegral() || end == null
        || !end.canConvertToExactIntegral() || text == null || !text.isTextual()) {
      return; // malformed: reported where it is
    }
    int b = begin.asInt();
    int e = end.asInt();
    String covered = text.asText();
    if (b < 0 || e < b || covered.length() != e - b) {
      return; // an impossible span: reported where it is
    }
    if (e > documentText.length()) {
      add(path, "span [" + b + ", " + e + ") \"" + abbreviate(covered) + "\" is beyond the end"
          + " of the document text (length " + documentText.length() + ")");
    } else if (!documentText.regionMatches(b, covered, 0, covered.length())) {
      add(path, "span [" + b + ", " + e + ") \"" + abbreviate(covered)
          + "\" does not match the document text, which has \""
          + abbreviate(documentText.substring(b, e)) + "\"");
    }
  }

  /**
   * Adds Hibernate Validator's violations, their property paths turned into JSON paths under
   * {@code path}; span consistency is left to {@link #checkSpans}, which names each span.
   */
  private void report(Set<? extends ConstraintViolation<?>> found, String path) {
    found.stream()
        .filter(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof ConsistentSpans))
        .map(v -> Map.entry(path + jsonPath(v.getPropertyPath()), message(v)))
        .sorted(Map.Entry.<String, String>comparingByKey(TreeValidator::comparePaths)
            .thenComparing(Map.Entry.comparingByValue()))
        .forEach(e -> add(e.getKey(), e.getValue()));
  }

  private static String message(ConstraintViolation<?> violation) {
    Object value = violation.getInvalidValue();
    String shown = value instanceof String s ? "\"" + abbreviate(s) + "\""
        : value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
            || value instanceof LocalDate ? String.valueOf(value) : null;
    return violation.getMessage() + (shown == null ? "" : ", was " + shown);
  }

  /** {@code layers[0].tokens[3].span.begin} → {@code .layers[0].tokens[3].span.begin}. */
  static String jsonPath(Path path) {
    StringBuilder json = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        json.append('[').append(node.getIndex() != null ? node.getIndex()
            : node.getKey() != null ? "\"" + node.getKey() + "\"" : "").append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT
          && node.getKind() != ElementKind.BEAN) {
        json.append('.').append(node.getName());
      }
    }
    return json.toString();
  }

  /** Orders JSON paths as a reader does: {@code tokens[5]} before {@code tokens[12]}. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        int byNumber = new java.math.BigInteger(a.substring(i, endA))
            .compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The path of the record holding property {@code name}, given the property's path. */
  private static String parent(String path, String name) {
    return path.substring(0, path.length() - name.length() - 1);
  }

  /** The record's own reason for refusing the value, without Jackson's (unknown) location. */
  static String reason(Exception e) {
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage()
        : String.valueOf(e.getMessage());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof NullPointerException) {
        message = "missing or null: " + cause.getMessage();
      } else if (cause instanceof IllegalArgumentException
          || cause instanceof IndexOutOfBoundsException) {
        message = cause.getMessage();
      }
    }
    return "cannot be constructed: " + String.valueOf(message).replace('\n', ' ');
  }

  private static boolean isPolymorphic(Class<?> raw) {
    return raw.isInterface() && raw.isAnnotationPresent(JsonSubTypes.class);
  }

  /** The type tag property of a polymorphic type ({@code "layer"}), or null. */
  private static String typeTag(Class<?> raw) {
    for (Class<?> type : raw.getInterfaces()) {
      JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
      if (info != null) {
        return info.property();
      }
    }
    return null;
  }

  private Class<?> subtype(JsonNode node, Class<?> raw, String path) {
    JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
    String tag = info == null ? "@type" : info.property();
    Map<String, Class<?>> names = subtypes(raw);
    if (!node.isObject()) {
      add(path, "expected " + describe(raw) + ", was " + kind(node));
      return null;
    }
    JsonNode name = node.get(tag);
    if (name == null || !name.isTextual()) {
      add(path + "." + tag, "missing: the type of " + describe(raw) + ", one of "
          + String.join(", ", names.keySet()));
      return null;
    }
    Class<?> subtype = names.get(name.asText());
    if (subtype == null) {
      add(path + "." + tag, "unknown " + tag + " \"" + abbreviate(name.asText())
          + "\" (known: " + String.join(", ", names.keySet()) + ")");
    }
    return subtype;
  }

  private static Class<?> subtypeOf(JsonNode node, Class<?> raw) {
    JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
    JsonNode name = info == null ? null : node.get(info.property());
    return name == null ? null : subtypes(raw).get(name.asText());
  }

  private static Map<String, Class<?>> subtypes(Class<?> raw) {
    Map<String, Class<?>> names = new LinkedHashMap<>();
    for (JsonSubTypes.Type t : raw.getAnnotation(JsonSubTypes.class).value()) {
      names.put(t.name(), t.value());
    }
    return names;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type elementType(Type collection) {
    return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
        : Object.class;
  }

  private static Class<?> box(Class<?> primitive) {
    return primitive == int.class ? Integer.class
        : primitive == double.class ? Double.class
        : primitive == long.class ? Long.class
        : primitive == boolean.class ? Boolean.class
        : primitive == float.class ? Float.class
        : primitive;
  }

  @SuppressWarnings("unchecked")
  private static Class<Object> cast(Class<?> type) {
    return (Class<Object>) type;
  }

  /** How a type is named in messages. */
  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    String name = type.getSimpleName();
    return (name.matches("^[AEIOU].*") ? "an " : "a ") + name;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "the string " + "\"" + abbreviate(node.asText()) + "\"";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
