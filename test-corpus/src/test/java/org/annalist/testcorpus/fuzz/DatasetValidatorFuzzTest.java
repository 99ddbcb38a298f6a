package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.annalist.Annalist;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.validation.DatasetValidator;
import org.annalist.core.validation.ValidationReport;
import org.annalist.core.validation.Violation;

/**
 * {@link DatasetValidator#validateFile} on generated dataset files: analysed documents of the
 * default pipeline (computed once for the class) as JSON, arrays, corpus results and JSON Lines,
 * then corrupted (a value replaced by one of the wrong type or range, a field removed, the file
 * truncated, bytes that are not UTF-8). It never throws — an unreadable file is a violation, as
 * documented — and when {@code k} spans are made not to match the document text, or {@code k}
 * confidences are set outside [0, 1], it reports at least {@code k} violations ("every violation
 * with its path").
 */
@AddLifecycleHook(FuzzSettings.class)
class DatasetValidatorFuzzTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static List<JsonNode> documents;
  private static DatasetValidator validator;

  @BeforeContainer
  static void analyse() throws IOException {
    Pipeline pipeline = Annalist.defaultPipeline();
    AnnalistJson json = AnnalistJson.create();
    documents = new ArrayList<>();
    List<String> texts = List.of(
        "SANTIAGO, Chile — The Israeli government has suspended all sales to Colombia on Monday.",
        "Petro cuts ties\n\nBOGOTA, Colombia — President Gustavo Petro said on Wednesday he would"
            + " cut ties with Israel. “We will not,” he said.",
        "date 2023-11-07\n\nU.S. Secretary of Defense Leon Panetta visited Colombia last week.",
        "Short 😀 text with İ and e\u0301.");
    for (int i = 0; i < texts.size(); i++) {
      documents.add(TREE.readTree(json.write(pipeline.analyze("doc-" + i, texts.get(i)))));
    }
    validator = DatasetValidator.create();
  }

  /** A dataset file: a name ending in .json or .jsonl and its bytes. */
  record DatasetFile(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name + " = " + InputFiles.describe(bytes);
    }
  }

  @Provide
  Arbitrary<DatasetFile> datasetFiles() {
    Arbitrary<Integer> doc = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 1_000_000);
    Arbitrary<JsonNode> replacement = Arbitraries.of(NODES.numberNode(-1), NODES.numberNode(0),
        NODES.numberNode(2147483648L), NODES.numberNode(new java.math.BigDecimal("1e400")),
        NODES.numberNode(0.5), NODES.numberNode(2.0), NODES.textNode("x"), NODES.textNode(""),
        NODES.textNode("\uD800"), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
        NODES.booleanNode(true), NODES.textNode("2023-02-30"), NODES.textNode("BOGUS"));
    Arbitrary<JsonNode> one = Combinators.combine(doc, where, replacement,
            Arbitraries.of(Edit.values()))
        .as((d, w, r, edit) -> edit.apply(documents.get(d).deepCopy(), w, r));
    Arbitrary<String> asJson = Arbitraries.frequencyOf(
        Tuple.of(3, one.map(JsonNode::toString)),
        Tuple.of(1, one.list().ofMinSize(0).ofMaxSize(3).map(l -> {
          ArrayNode array = NODES.arrayNode();
          l.forEach(array::add);
          return array.toString();
        })),
        Tuple.of(1, one.list().ofMaxSize(3).map(l -> {
          ObjectNode result = NODES.objectNode();
          l.forEach(result.putArray("documents")::add);
          result.putArray("failures");
          return result.toString();
        })));
    Arbitrary<String> asLines = one.list().ofMaxSize(4)
        .map(l -> String.join("\n", l.stream().map(JsonNode::toString).toList()) + "\n");
    Arbitrary<DatasetFile> file = Arbitraries.oneOf(
        asJson.map(s -> new DatasetFile("data.json", s.getBytes(StandardCharsets.UTF_8))),
        asLines.map(s -> new DatasetFile("data.jsonl", s.getBytes(StandardCharsets.UTF_8))));
    return Arbitraries.frequencyOf(
        Tuple.of(6, file),
        Tuple.of(2, Combinators.combine(file, where).as((f, w) ->
            new DatasetFile(f.name(), InputFiles.truncate(f.bytes(), w)))),
        Tuple.of(1, Combinators.combine(file, where, Arbitraries.bytes()).as((f, w, b) ->
            new DatasetFile(f.name(), InputFiles.corrupt(f.bytes(), List.of(w), List.of(b))))),
        Tuple.of(1, Texts.unicode().map(s -> new DatasetFile("data.json",
            s.getBytes(StandardCharsets.UTF_8)))));
  }

  /** One change to a JSON tree at the {@code where}-th node (modulo their number). */
  enum Edit {
    NONE, REPLACE, REMOVE;

    JsonNode apply(JsonNode root, int where, JsonNode replacement) {
      if (this == NONE) {
        return root;
      }
      List<Object[]> slots = new ArrayList<>();
      JsonChecks.walk(root, "$", (path, n) -> {
        if (n.isObject()) {
          n.fieldNames().forEachRemaining(name -> slots.add(new Object[] {n, name}));
        } else if (n.isArray()) {
          for (int i = 0; i < n.size(); i++) {
            slots.add(new Object[] {n, i});
          }
        }
      });
      Object[] slot = slots.get(where % slots.size());
      if (slot[0] instanceof ObjectNode o) {
        if (this == REMOVE) {
          o.remove((String) slot[1]);
        } else {
          o.set((String) slot[1], replacement);
        }
      } else if (slot[0] instanceof ArrayNode a) {
        if (this == REMOVE) {
          a.remove((Integer) slot[1]);
        } else {
          a.set((Integer) slot[1], replacement);
        }
      }
      return root;
    }
  }

  @Property
  void validateFileNeverThrows(@ForAll("datasetFiles") DatasetFile file) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-validate");
    try {
      Path path = dir.resolve(file.name());
      Files.write(path, file.bytes());
      ValidationReport report = validator.validateFile(path);
      for (Violation v : report.violations()) {
        assertThat(v.message()).isNotBlank();
        assertThat(v.source()).startsWith(path.toString());
      }
    } finally {
      InputFiles.delete(dir);
    }
  }

  @Property
  void reportsEverySpanThatDoesNotMatch(@ForAll("documentIndex") int doc,
      @ForAll("spanChoices") List<Integer> choices) throws IOException {
    JsonNode root = documents.get(doc).deepCopy();
    String text = root.get("document").get("text").asText();
    List<ObjectNode> spans = new ArrayList<>();
    JsonChecks.walk(root, "$", (path, n) -> {
      if (n.isObject() && n.path("begin").isInt() && n.path("end").isInt()
          && n.path("text").isTextual() && n.get("end").asInt() > n.get("begin").asInt()
          && !Character.isSurrogate(n.get("text").asText().charAt(0))) {
        // (a span starting with a surrogate pair is left alone: changing one half would make the
        // file unwritable as UTF-8)
        spans.add((ObjectNode) n);
      }
    });
    List<ObjectNode> broken = choices.stream().map(i -> spans.get(i % spans.size())).distinct().toList();
    for (ObjectNode span : broken) {
      String covered = span.get("text").asText();
      char first = covered.charAt(0) == 'x' ? 'y' : 'x';
      span.put("text", first + covered.substring(1));
    }
    assertThat(JsonChecks.spanProblems(root, text)).hasSize(broken.size());
    Path dir = Files.createTempDirectory("fuzz-spans");
    try {
      Path path = dir.resolve("gold.json");
      Files.writeString(path, root.toString(), StandardCharsets.UTF_8);
      ValidationReport report = validator.validateFile(path);
      assertThat(report.violations()).as("violations for %s broken spans", broken.size())
          .hasSizeGreaterThanOrEqualTo(broken.size());
    } finally {
      InputFiles.delete(dir);
    }
  }

  @Property
  void reportsEveryImpossibleValue(@ForAll("documentIndex") int doc,
      @ForAll("spanChoices") List<Integer> choices,
      @ForAll("impossibleConfidences") double confidence) throws IOException {
    JsonNode root = documents.get(doc).deepCopy();
    List<ObjectNode> holders = new ArrayList<>();
    JsonChecks.walk(root, "$", (path, n) -> {
      if (n.isObject() && n.path("confidence").isNumber()) {
        holders.add((ObjectNode) n);
      }
    });
    List<ObjectNode> broken = choices.stream().map(i -> holders.get(i % holders.size())).distinct()
        .toList();
    broken.forEach(h -> h.put("confidence", confidence));
    Path dir = Files.createTempDirectory("fuzz-values");
    try {
      Path path = dir.resolve("gold.json");
      Files.writeString(path, root.toString(), StandardCharsets.UTF_8);
      ValidationReport report = validator.validateFile(path);
      assertThat(report.violations()).as("violations for %s confidences of %s", broken.size(),
              confidence)
          .hasSizeGreaterThanOrEqualTo(broken.size());
    } finally {
      InputFiles.delete(dir);
    }
  }

  @Provide
  Arbitrary<Double> impossibleConfidences() {
    return Arbitraries.of(-1.0, -0.001, 1.001, 2.0, 100.0);
  }

  @Provide
  Arbitrary<Integer> documentIndex() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<List<Integer>> spanChoices() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(5);
  }
}
