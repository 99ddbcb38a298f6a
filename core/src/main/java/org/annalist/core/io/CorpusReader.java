package org.annalist.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.annalist.core.InvalidInputException;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.DocumentMetadata;

/**
 * Reads articles from files: a directory of {@code .txt} files (each with an optional sidecar
 * {@code <name>.json} holding {@link DocumentMetadata}), a single {@code .txt} file, or a JSON Lines
 * file whose lines are {@code {"text": "...", "metadata": {...}}} (or {@code {"id": "...", "text":
 * "..."}}). A document's id is its metadata id, else the file name without {@code .txt}.
 *
 * <p>Text must be UTF-8 and not blank. In {@link #read(List)} every input that cannot be read
 * becomes a {@link DocumentFailure} naming the file (and line, or byte offset) and the others are
 * still read; {@link #readArticle(Path)} throws {@link InvalidInputException} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Corpus corpus = CorpusReader.create().read(List.of(Path.of("articles")));
 * }</pre>
 */
public final class CorpusReader {

  private final AnnalistJson json;

  private CorpusReader(AnnalistJson json) {
    this.json = json;
  }

  public static CorpusReader create() {
    return new CorpusReader(AnnalistJson.create());
  }

  /**
   * Reads every given path: directories (their {@code .txt} files, by name, not recursively), JSON
   * Lines files ({@code .jsonl}) and article files (anything else).
   */
  public Corpus read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    List<ArticleSource> articles = new ArrayList<>();
    List<DocumentFailure> failures = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : articleFiles(path, failures)) {
          readInto(file, articles, failures);
        }
      } else if (path.getFileName() != null && lowerName(path).endsWith(".jsonl")) {
        readJsonLines(path, articles, failures);
      } else {
        readInto(path, articles, failures);
      }
    }
    return new Corpus(articles, failures);
  }

  /**
   * Reads one article file and its optional sidecar metadata.
   *
   * @throws InvalidInputException naming the file if it is missing, empty, not UTF-8, or its
   *     sidecar JSON is broken
   */
  public ArticleSource readArticle(Path file) {
    String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? fileName.substring(0, fileName.length() - 4)
        : fileName;
    String text = Utf8.read(file, stem);
    if (text.isBlank()) {
      throw new InvalidInputException(stem, file + ": the file is empty (no text to analyse)");
    }
    Path sidecar = file.resolveSibling(stem + ".json");
    DocumentMetadata metadata =
        Files.isRegularFile(sidecar) && !sidecar.equals(file)
            ? readMetadata(sidecar, stem)
            : DocumentMetadata.of(stem);
    return new ArticleSource(text, metadata, file.toString());
  }

  private static List<Path> articleFiles(Path dir, List<DocumentFailure> failures) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && lowerName(p).endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      failures.add(new DocumentFailure(dir.toString(), null, "read", "cannot list directory: " + e));
      return List.of();
    }
  }

  private void readInto(Path file, List<ArticleSource> articles, List<DocumentFailure> failures) {
    try {
      articles.add(readArticle(file));
    } catch (InvalidInputException e) {
      failures.add(
          new DocumentFailure(file.toString(), e.findDocumentId().orElse(null), "read", e.getMessage()));
    }
  }

  private void readJsonLines(Path file, List<ArticleSource> articles, List<DocumentFailure> failures) {
    String content;
    try {
      content = Utf8.read(file, null);
    } catch (InvalidInputException e) {
      failures.add(new DocumentFailure(file.toString(), null, "read", e.getMessage()));
      return;
    }
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String source = file + ":" + (i + 1);
      try {
        articles.add(parseJsonLine(lines[i], source));
      } catch (InvalidInputException e) {
        failures.add(new DocumentFailure(source, e.findDocumentId().orElse(null), "read", e.getMessage()));
      }
    }
  }

  private ArticleSource parseJsonLine(String line, String source) {
    JsonNode node;
    try {
      node = json.read(line, JsonNode.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(null, source + ": not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new InvalidInputException(null, source + ": the line has no non-blank \"text\" string");
    }
    DocumentMetadata metadata;
    JsonNode meta = node.get("metadata");
    try {
      if (meta != null && meta.isObject()) {
        metadata = json.mapper().treeToValue(meta, DocumentMetadata.class);
      } else if (node.hasNonNull("id")) {
        metadata = DocumentMetadata.of(node.get("id").asText());
      } else {
        throw new InvalidInputException(null, source + ": the line has neither \"metadata\" nor \"id\"");
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(null, source + ": bad metadata: " + AnnalistJson.describe(e));
    }
    return new ArticleSource(text.asText(), metadata, source);
  }

  private DocumentMetadata readMetadata(Path sidecar, String stem) {
    String content = Utf8.read(sidecar, stem);
    try {
      JsonNode node = json.read(content, JsonNode.class);
      if (!node.isObject()) {
        throw new InvalidInputException(stem, sidecar + ": metadata must be a JSON object");
      }
      if (!node.hasNonNull("id")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("id", stem);
      }
      return json.mapper().treeToValue(node, DocumentMetadata.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(stem, sidecar + ": broken metadata JSON: " + AnnalistJson.describe(e), e);
    }
  }

  private static String lowerName(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
