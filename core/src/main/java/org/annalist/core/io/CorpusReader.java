package org.annalist.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.annalist.core.InvalidInputException;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Utf16;

/**
 * Reads articles from files: a directory of {@code .txt} files (each with an optional sidecar
 * {@code <name>.json} holding {@link DocumentMetadata}), a single {@code .txt} file, or a JSON Lines
 * file whose lines are {@code {"text": "...", "metadata": {...}}} (or {@code {"id": "...", "text":
 * "..."}}). A document's id is its metadata id, else {@linkplain DocumentIds#fromFileStem derived}
 * from the file name without {@code .txt}.
 *
 * <p>Text must be UTF-8 and not blank. In {@link #read(List)} every input that cannot be read
 * becomes a {@link DocumentFailure} naming the file (and line, or byte offset) and the others are
 * still read; {@link #readArticle(Path)} throws {@link InvalidInputException} instead. A failure's
 * message is well-formed UTF-16, so that it can be written out: a lone surrogate it quotes from the
 * input is spelled as an escape (a backslash, {@code u}, four hex digits).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Corpus corpus = CorpusReader.create().read(List.of(Path.of("articles")));
 * }</pre>
 */
public final class CorpusReader {

  /** Sidecar metadata is a few fields; a larger file is not metadata. */
  static final long MAX_SIDECAR_BYTES = 1 << 20;

  private final AnnalistJson json;

  private CorpusReader(AnnalistJson json) {
    this.json = json;
  }

  /** {@return a reader with the standard JSON mapping} */
  public static CorpusReader create() {
    return new CorpusReader(AnnalistJson.create());
  }

  /**
   * Reads every given path: directories (their {@code .txt} files, by name, not recursively), JSON
   * Lines files ({@code .jsonl}) and article files (anything else).
   *
   * <p>Nothing is dropped without a word: besides unreadable files, these are failures too: a
   * directory with no {@code .txt} file, a {@code .txt} entry that is not a regular file (a
   * directory, or a symbolic link that is broken or loops), a file read a second time (given twice,
   * or reached through a symbolic link), and a document id already used by an earlier input of the
   * same call.
   *
   * @param paths directories, {@code .jsonl} files and article files, read in this order
   * @return the articles read and a failure for each input that could not be (a directory that
   *     cannot be listed too), both in input order; never throws for bad input
   */
  public Corpus read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    Reading reading = new Reading();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        readDirectory(path, reading);
      } else if (path.getFileName() != null && lowerName(path).endsWith(".jsonl")) {
        if (reading.firstTime(path)) {
          readJsonLines(path, reading);
        }
      } else if (reading.firstTime(path)) {
        readInto(path, reading);
      }
    }
    return new Corpus(reading.articles, reading.failures);
  }

  /**
   * Reads one article file and its optional sidecar metadata. The document id is the sidecar's
   * {@code id}, else {@link DocumentIds#fromFileStem} of the file name without {@code .txt}.
   *
   * @param file an article file, with its sidecar {@code <name>.json} beside it if there is one
   * @return the article, not yet parsed
   * @throws InvalidInputException naming the file if it is missing, empty, not UTF-8, or its
   *     sidecar JSON is broken
   */
  public ArticleSource readArticle(Path file) {
    String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
        ? fileName.substring(0, fileName.length() - 4)
        : fileName;
    String id = DocumentIds.fromFileStem(stem);
    String text = Utf8.read(file, id);
    if (text.isBlank()) {
      throw new InvalidInputException(id, file + ": the file is empty (no text to analyse)");
    }
    Path sidecar = file.resolveSibling(stem + ".json");
    DocumentMetadata metadata =
        Files.isRegularFile(sidecar) && !sidecar.equals(file)
            ? readMetadata(sidecar, id)
            : DocumentMetadata.of(id);
    return new ArticleSource(text, metadata, file.toString());
  }

  private void readDirectory(Path dir, Reading reading) {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(dir)) {
      entries = listing.filter(p -> lowerName(p).endsWith(".txt")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      reading.fail(dir.toString(), null, "cannot list the directory: " + e.getMessage());
      return;
    }
    if (entries.isEmpty()) {
      reading.fail(dir.toString(), null, "the directory has no .txt files (nothing to analyse)");
    }
    for (Path entry : entries) {
      if (Files.isRegularFile(entry)) {
        if (reading.firstTime(entry)) {
          readInto(entry, reading);
        }
      } else if (Files.isDirectory(entry)) {
        reading.fail(entry.toString(), null, "a directory, not an article file (directories are not read recursively)");
      } else {
        reading.fail(entry.toString(), null, "not a regular file (a broken symbolic link, or a loop of them)");
      }
    }
  }

  private void readInto(Path file, Reading reading) {
    try {
      reading.add(readArticle(file));
    } catch (InvalidInputException e) {
      reading.fail(file.toString(), e.findDocumentId().orElse(null), e.getMessage());
    } catch (OutOfMemoryError e) {
      reading.fail(file.toString(), null, "out of memory reading this file");
    }
  }

  /** Per-call state of {@link #read}: what was read, what failed, which files and ids were seen. */
  private static final class Reading {
    final List<ArticleSource> articles = new ArrayList<>();
    final List<DocumentFailure> failures = new ArrayList<>();
    private final Map<Path, String> files = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    /** Whether {@code file} is read for the first time; records a failure when it is not. */
    boolean firstTime(Path file) {
      Path key;
      try {
        key = file.toRealPath();
      } catch (IOException e) {
        return true; // missing or unreadable: reading it reports why
      }
      String earlier = files.putIfAbsent(key, file.toString());
      if (earlier != null) {
        fail(file.toString(), null, "this file was already read (as " + earlier
            + "); it is not read twice");
        return false;
      }
      return true;
    }

    void add(ArticleSource article) {
      String earlier = ids.putIfAbsent(article.id(), article.source());
      if (earlier != null) {
        fail(article.source(), article.id(), "duplicate document id \"" + article.id()
            + "\": already used by " + earlier + " (give one of them an \"id\" in its metadata)");
      } else {
        articles.add(article);
      }
    }

    void fail(String source, String documentId, String message) {
      failures.add(new DocumentFailure(source, documentId, "read", message));
    }
  }

  private void readJsonLines(Path file, Reading reading) {
    String content;
    try {
      content = Utf8.read(file, null);
    } catch (InvalidInputException e) {
      reading.fail(file.toString(), null, e.getMessage());
      return;
    }
    if (content.isBlank()) {
      reading.fail(file.toString(), null, "the file is empty (no documents to analyse)");
      return;
    }
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String source = file + ":" + (i + 1);
      try {
        reading.add(parseJsonLine(lines[i], source));
      } catch (InvalidInputException e) {
        reading.fail(source, e.findDocumentId().orElse(null), e.getMessage());
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
    OptionalInt lone = Utf16.findLoneSurrogate(text.asText());
    if (lone.isPresent()) {
      throw new InvalidInputException(metadata.id(), source + ": document " + metadata.id()
          + ": the \"text\" has a lone surrogate " + Utf16.describeAt(text.asText(), lone.getAsInt())
          + " (not well-formed UTF-16, so it could not be written out unchanged)");
    }
    return new ArticleSource(text.asText(), metadata, source);
  }

  private DocumentMetadata readMetadata(Path sidecar, String id) {
    long size = sizeOf(sidecar, id);
    if (size > MAX_SIDECAR_BYTES) {
      throw new InvalidInputException(id, sidecar + ": " + size + " bytes is too large for sidecar"
          + " metadata (at most " + MAX_SIDECAR_BYTES + "); is it an output file?");
    }
    String content = Utf8.read(sidecar, id);
    try {
      JsonNode node = json.read(content, JsonNode.class);
      if (!node.isObject()) {
        throw new InvalidInputException(id, sidecar + ": metadata must be a JSON object");
      }
      if (!node.hasNonNull("id")) {
        ((ObjectNode) node).put("id", id);
      }
      return json.mapper().treeToValue(node, DocumentMetadata.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidInputException(id, sidecar + ": broken metadata JSON: " + AnnalistJson.describe(e), e);
    }
  }

  private static long sizeOf(Path file, String id) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new InvalidInputException(id, file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String lowerName(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
