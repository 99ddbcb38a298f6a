package org.annalist.testcorpus.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.annalist.testcorpus.fuzz.Accounting.Expected;

/**
 * Generators of input files for {@code CorpusReader} and the CLI: file names (valid document ids,
 * and names that are not: spaces, non-ASCII, a leading {@code _} or {@code -}, a bare {@code .txt},
 * upper-case extensions, newlines), contents (articles, a BOM, empty and blank files, Latin-1,
 * truncated and corrupted UTF-8, random bytes), sidecar metadata (valid, with a wrong or invalid
 * id, an impossible date, broken, truncated, of the wrong type, not UTF-8), and JSON Lines (valid
 * lines, lone surrogates as {@code \\uD800} escapes, broken and blank lines, CRLF, empty files),
 * and {@linkplain Oddity oddities}: a directory entry named {@code .txt}, broken, looping and
 * duplicating symbolic links, a path given twice, a directory without {@code .txt} files, a sidecar
 * over 1 MiB.
 *
 * <p>An {@link InputTree} is written to a fresh temporary directory per try and says what a reader
 * must report for it ({@link Written#expected()}, checked by {@link Accounting}). Stateless and
 * thread-safe.
 */
public final class InputFiles {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper ASCII = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** The largest sidecar {@code CorpusReader} reads, as documented: 1 MiB. */
  static final int MAX_SIDECAR_BYTES = 1 << 20;

  /** A well-formed sidecar one byte too large to be read as metadata. */
  private static final byte[] OVERSIZED_SIDECAR = oversizedSidecar();

  private InputFiles() {}

  /** One file: a name (no directory) and its bytes. */
  public record InputFile(String name, byte[] bytes) {
    @Override
    public String toString() {
      return JsonChecks.quote(name) + " = " + describe(bytes);
    }
  }

  /**
   * Oddities of a run's inputs that {@code CorpusReader} must report as failures, each the reason
   * for an extra failure or a failure instead of a document.
   */
  public enum Oddity {
    /** The corpus directory holds a directory {@code ~folder.txt}. */
    SUBDIRECTORY,
    /** The corpus directory holds {@code ~broken.txt}, a symbolic link to nothing. */
    BROKEN_LINK,
    /** The corpus directory holds {@code ~loop.txt}, a symbolic link to itself. */
    LOOPING_LINK,
    /**
     * The corpus directory holds {@code ~link.txt}, a symbolic link to the first article file named
     * on its own (else to the directory's first {@code .txt} file): one file, read twice.
     */
    LINK_TO_ARTICLE,
    /** The first path is given again, last. */
    REPEATED_PATH;

    boolean inDirectory() {
      return this != REPEATED_PATH;
    }
  }

  /**
   * Inputs of one run: files in a directory (articles and sidecars), article files named on their
   * own (with optional sidecars beside them), at most one JSON Lines file, paths that do not exist,
   * and oddities.
   */
  public record InputTree(List<InputFile> directory, List<InputFile> singles, InputFile jsonLines,
      int missing, Set<Oddity> oddities) {

    /** Whether a corpus directory is written and given. */
    boolean hasDirectory() {
      return !directory.isEmpty() || oddities.stream().anyMatch(Oddity::inDirectory);
    }

    /**
     * Writes the tree under {@code root}: the paths to give the reader, in order, and what the
     * reader must report for them.
     */
    public Written write(Path root) {
      try {
        List<Path> paths = new ArrayList<>();
        List<List<Expected>> perPath = new ArrayList<>();
        Path firstArticle = null;
        if (!singles.isEmpty()) {
          Path dir = Files.createDirectories(root.resolve("single"));
          for (InputFile f : singles) {
            Files.write(dir.resolve(f.name()), f.bytes());
          }
          for (InputFile f : singles) {
            if (!isSidecar(f)) {
              Path file = dir.resolve(f.name());
              firstArticle = firstArticle == null ? file : firstArticle;
              paths.add(file);
              perPath.add(List.of(article(file, file, f.bytes(), sidecarOf(f.name(), singles))));
            }
          }
        }
        if (hasDirectory()) {
          Path dir = Files.createDirectories(root.resolve("corpus"));
          List<Expected> entries = new ArrayList<>();
          for (InputFile f : directory) {
            Files.write(dir.resolve(f.name()), f.bytes());
          }
          for (InputFile f : directory) {
            if (isArticleName(f.name())) {
              Path file = dir.resolve(f.name());
              firstArticle = firstArticle == null ? file : firstArticle;
              entries.add(article(file, file, f.bytes(), sidecarOf(f.name(), directory)));
            }
          }
          if (oddities.contains(Oddity.SUBDIRECTORY)) {
            Path sub = Files.createDirectories(dir.resolve("~folder.txt"));
            entries.add(mustFail(sub, "a directory named .txt"));
          }
          if (oddities.contains(Oddity.BROKEN_LINK)) {
            Path link = Files.createSymbolicLink(dir.resolve("~broken.txt"), dir.resolve("nowhere"));
            entries.add(mustFail(link, "a broken symbolic link"));
          }
          if (oddities.contains(Oddity.LOOPING_LINK)) {
            Path link = dir.resolve("~loop.txt");
            Files.createSymbolicLink(link, link.getFileName());
            entries.add(mustFail(link, "a symbolic link to itself"));
          }
          if (oddities.contains(Oddity.LINK_TO_ARTICLE) && firstArticle != null) {
            Path link = Files.createSymbolicLink(dir.resolve("~link.txt"), firstArticle);
            // the link has no sidecar of its own
            entries.add(article(link, firstArticle, Files.readAllBytes(firstArticle), null));
          }
          if (entries.isEmpty()) {
            entries.add(mustFail(dir, "a directory with no .txt file"));
          }
          // the directory first, as before the singles
          paths.add(0, dir);
          perPath.add(0, entries);
        }
        if (jsonLines != null) {
          Path dir = Files.createDirectories(root.resolve("lines"));
          Path file = dir.resolve(jsonLines.name());
          Files.write(file, jsonLines.bytes());
          paths.add(file);
          perPath.add(jsonLinesRecords(file, jsonLines.bytes()));
        }
        for (int i = 0; i < missing; i++) {
          Path file = root.resolve("missing-" + i + (i % 2 == 0 ? ".txt" : ".jsonl"));
          paths.add(file);
          perPath.add(List.of(mustFail(file, "a missing path")));
        }
        if (oddities.contains(Oddity.REPEATED_PATH) && !paths.isEmpty()) {
          Path again = paths.get(0);
          paths.add(again);
          // a JSON Lines file read again is one failure, not one per line
          boolean jsonLinesFirst = !hasDirectory() && singles.isEmpty() && jsonLines != null;
          perPath.add(jsonLinesFirst
              ? List.of(mustFail(again, "a JSON Lines file, given again"))
              : perPath.get(0).stream().map(Expected::again).toList());
        }
        return new Written(paths, perPath.stream().flatMap(List::stream).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return "InputTree[directory=" + directory + ", singles=" + singles + ", jsonLines="
          + jsonLines + ", missing=" + missing + ", oddities=" + oddities + "]";
    }
  }

  /** A written tree: the paths to give, in order, and what the reader must report for them. */
  public record Written(List<Path> paths, List<Expected> expected) {}

  /** An article file {@code source} (reading {@code file}), and the sidecar beside it or null. */
  static Expected article(Path source, Path file, byte[] bytes, byte[] sidecar) {
    String text = readerText(bytes);
    String what = "an article file";
    if (text == null) {
      what = "an article file that is not UTF-8";
    } else if (text.isBlank()) {
      text = null;
      what = "a blank article file";
    } else if (sidecar != null && sidecar.length > MAX_SIDECAR_BYTES) {
      text = null;
      what = "an article file with a sidecar over 1 MiB";
    }
    return new Expected(source.toString(), file.toString(), text, what);
  }

  static Expected mustFail(Path path, String what) {
    return new Expected(path.toString(), path.toString(), null, what);
  }

  /** The records of a JSON Lines file: one per non-blank line, or one if it has none or is not UTF-8. */
  static List<Expected> jsonLinesRecords(Path file, byte[] bytes) {
    String content = readerText(bytes);
    if (content == null) {
      return List.of(mustFail(file, "a JSON Lines file that is not UTF-8"));
    }
    if (content.isBlank()) {
      return List.of(mustFail(file, "a blank JSON Lines file"));
    }
    List<Expected> records = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        String source = file + ":" + (i + 1);
        String text = lineText(lines[i]);
        records.add(new Expected(source, source, text, text == null
            ? "a JSON Lines line without a well-formed, non-blank \"text\"" : "a JSON Lines line"));
      }
    }
    return records;
  }

  /** The "text" of a JSON Lines line if a document can have it: a non-blank, well-formed string. */
  private static String lineText(String line) {
    try {
      JsonNode text = PLAIN.readTree(line).path("text");
      return text.isTextual() && !text.asText().isBlank() && Texts.isWellFormed(text.asText())
          ? text.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A file's text as the reader documents it: strict UTF-8 without a leading BOM, or null. */
  static String readerText(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The sidecar the reader takes for the article {@code name} among {@code files}, or null. */
  private static byte[] sidecarOf(String name, List<InputFile> files) {
    String sidecar = name.substring(0, name.length() - ".txt".length()) + ".json";
    return files.stream().filter(f -> f.name().equals(sidecar)).map(InputFile::bytes).findFirst()
        .orElse(null);
  }

  /**
   * Input trees of at most {@code maxFiles} directory entries, {@code maxSingles} files named on
   * their own and {@code maxFiles} JSON Lines lines. With {@code anyNames}, file names need not be
   * valid document ids; without, every article file is named by a valid id (so that the name
   * defect does not hide others).
   */
  public static Arbitrary<InputTree> trees(boolean anyNames, int maxFiles, int maxSingles) {
    return trees(anyNames, maxFiles, maxSingles, maxFiles);
  }

  /** Input trees as above, with at most {@code maxLines} JSON Lines lines. */
  public static Arbitrary<InputTree> trees(boolean anyNames, int maxFiles, int maxSingles,
      int maxLines) {
    Arbitrary<List<InputFile>> directory = directoryFiles(anyNames, maxFiles);
    Arbitrary<List<InputFile>> singles = singleFiles(anyNames).list().ofMaxSize(maxSingles)
        .map(l -> l.stream().flatMap(List::stream).toList())
        .filter(InputFiles::uniqueNames);
    Arbitrary<InputFile> lines = jsonLinesFile(maxLines).injectNull(0.5);
    Arbitrary<Integer> missing = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(2, 1), Tuple.of(1, 2));
    Arbitrary<Set<Oddity>> oddities = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Set.<Oddity>of())),
        Tuple.of(1, Arbitraries.subsetOf(Oddity.values())));
    // at least one path to give, so that a run is never a usage error
    return Combinators.combine(directory, singles, lines, missing, oddities).as(InputTree::new)
        .filter(t -> t.hasDirectory() || !t.singles().isEmpty() || t.jsonLines() != null
            || t.missing() > 0);
  }

  /** Files of a directory: articles with names, some with sidecars, and stray files. */
  static Arbitrary<List<InputFile>> directoryFiles(boolean anyNames, int maxFiles) {
    Arbitrary<List<InputFile>> article = Combinators.combine(
            anyNames ? anyStems() : validStems(), articleExtensions(), contents(),
            sidecar().injectNull(0.6))
        .as((stem, ext, bytes, meta) -> {
          List<InputFile> files = new ArrayList<>();
          files.add(new InputFile(stem + ext, bytes));
          if (meta != null) {
            files.add(new InputFile(stem + ".json", meta));
          }
          return files;
        });
    Arbitrary<List<InputFile>> stray = Combinators.combine(
            anyNames ? anyStems() : validStems(), Arbitraries.of(".md", ".jsonl", "", ".json", ".txt~"),
            contents())
        .as((stem, ext, bytes) -> List.of(new InputFile(stem + ext, bytes)));
    return Arbitraries.frequencyOf(Tuple.of(5, article), Tuple.of(1, stray))
        .list().ofMaxSize(maxFiles)
        .map(l -> l.stream().flatMap(List::stream).toList())
        .filter(InputFiles::uniqueNames)
        .filter(l -> l.stream().allMatch(f -> isWritableName(f.name())));
  }

  /** One article file named on the command line, with or without a sidecar beside it. */
  static Arbitrary<List<InputFile>> singleFiles(boolean anyNames) {
    return Combinators.combine(anyNames ? anyStems() : validStems(), articleExtensions(), contents(),
            sidecar().injectNull(0.5))
        .as((stem, ext, bytes, meta) -> {
          List<InputFile> files = new ArrayList<>();
          files.add(new InputFile(stem + ext, bytes));
          if (meta != null) {
            files.add(new InputFile(stem + ".json", meta));
          }
          return files;
        })
        .filter(l -> l.stream().allMatch(f -> isWritableName(f.name())));
  }

  /** Stems that are valid document ids ({@code [A-Za-z0-9][A-Za-z0-9._-]*}). */
  static Arbitrary<String> validStems() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars("._-").ofMaxLength(12);
    return Combinators.combine(first, rest).as((c, r) -> c + r);
  }

  /** Stems of any kind: valid ids and names with spaces, non-ASCII letters, odd leading characters. */
  static Arbitrary<String> anyStems() {
    Arbitrary<String> odd = Arbitraries.of("", " ", "a b", "_x", "_", "-x", ".hidden", "café",
        "cafe\u0301", "北京", "😀", "\u202Eevil", "tab\tname", "new\nline", "x.json", "UPPER",
        "a%20b", "ü", "İ", "\u00A0", "x..y", "#1", "(1)", "[a]", "a'b", "a\"b", "*");
    return Arbitraries.frequencyOf(
        Tuple.of(3, validStems()),
        Tuple.of(3, odd),
        Tuple.of(2, Combinators.combine(validStems(), odd).as(String::concat)),
        Tuple.of(1, Combinators.combine(odd, validStems()).as(String::concat)));
  }

  static Arbitrary<String> articleExtensions() {
    return Arbitraries.frequency(Tuple.of(10, ".txt"), Tuple.of(1, ".TXT"), Tuple.of(1, ".Txt"));
  }

  /** Article file contents: mostly articles, sometimes blank, badly encoded or corrupted bytes. */
  static Arbitrary<byte[]> contents() {
    Arbitrary<String> text = Texts.wellFormedArticles();
    Arbitrary<byte[]> utf8 = text.map(t -> t.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        Tuple.of(10, utf8),
        Tuple.of(2, text.map(t -> ("\uFEFF" + t).getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, Arbitraries.of("", " ", "\n\n", " \t\r\n", "\u00A0", "\uFEFF")
            .map(t -> t.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, text.map(t -> ("café " + t).getBytes(StandardCharsets.ISO_8859_1))),
        Tuple.of(2, Combinators.combine(utf8, Arbitraries.integers().between(0, 10_000))
            .as(InputFiles::truncate)),
        Tuple.of(2, Combinators.combine(utf8, Arbitraries.integers().between(0, 10_000).list()
            .ofMinSize(1).ofMaxSize(3), Arbitraries.bytes().list().ofSize(3)).as(InputFiles::corrupt)),
        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)));
  }

  /** Sidecar metadata: valid, wrong, broken or not UTF-8. */
  static Arbitrary<byte[]> sidecar() {
    // lone surrogates go into the JSON as \\uD800 escapes (see json)
    Arbitrary<String> id = Arbitraries.frequencyOf(Tuple.of(3, validStems()),
        Tuple.of(1, Arbitraries.of("", " ", "bad id", "_x", "café", "a/b", "\uD800", "a\uDC00")));
    Arbitrary<String> date = Arbitraries.of("2023-11-07", "2024-02-29", "2023-02-30", "yesterday",
        "2023-11-07T10:00:00Z", "", "\uDBFF");
    Arbitrary<String> valid = Combinators.combine(id.injectNull(0.3), date.injectNull(0.5),
            Texts.wellFormedUnicode().injectNull(0.5))
        .as((i, d, title) -> {
          ObjectNode node = PLAIN.createObjectNode();
          if (i != null) {
            node.put("id", i);
          }
          if (d != null) {
            node.put("publicationDate", d);
          }
          if (title != null) {
            node.put("title", title);
          }
          return json(node);
        });
    Arbitrary<String> broken = Arbitraries.of("{broken", "", "[]", "null", "42", "\"id\"",
        "{\"id\": 5}", "{\"id\": null}", "{\"authors\": \"x\"}", "{\"authors\": [1, {}]}",
        "{\"id\": \"a\"} {\"id\": \"b\"}", "{\"language\": 7}", "{\"url\": []}", "{\"id\": \"a\",}",
        "\uFEFF{\"title\": \"BOM\"}");
    Arbitrary<byte[]> text = Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(2, broken))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    // rarely an oversized one: each is 1 MiB to write
    return Arbitraries.frequencyOf(
        Tuple.of(24, text),
        Tuple.of(4, Combinators.combine(text, Arbitraries.integers().between(0, 200))
            .as(InputFiles::truncate)),
        Tuple.of(4, Arbitraries.just(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"',
            (byte) 0xE9, '"', '}'})),
        Tuple.of(1, Arbitraries.just(OVERSIZED_SIDECAR)));
  }

  /** A JSON Lines file of up to {@code maxLines} lines, sometimes corrupted as a whole. */
  static Arbitrary<InputFile> jsonLinesFile(int maxLines) {
    Arbitrary<String> name = Combinators.combine(validStems(), Arbitraries.of(".jsonl", ".JSONL"))
        .as(String::concat);
    Arbitrary<String> body = Combinators.combine(jsonLine().list().ofMaxSize(maxLines),
            Arbitraries.of("\n", "\r\n"), Arbitraries.of(true, false))
        .as((lines, eol, finalEol) -> String.join(eol, lines) + (finalEol ? eol : ""));
    Arbitrary<byte[]> bytes = Arbitraries.frequencyOf(
        Tuple.of(8, body.map(s -> s.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, Combinators.combine(body.map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.integers().between(0, 10_000)).as(InputFiles::truncate)),
        Tuple.of(1, body.map(s -> s.getBytes(StandardCharsets.ISO_8859_1))));
    return Combinators.combine(name, bytes).as(InputFile::new);
  }

  /** One line of a JSON Lines file: a document, a broken line or a blank one. */
  static Arbitrary<String> jsonLine() {
    Arbitrary<String> id = Arbitraries.frequencyOf(Tuple.of(4, validStems()),
        Tuple.of(1, Arbitraries.of("", "bad id", "_x", "café", "\uD800", "a\uDC00")));
    // lone surrogates cannot be written as UTF-8: they go into JSON as \\uD800 escapes
    Arbitrary<String> withId = Combinators.combine(id, Texts.articles())
        .as((i, t) -> json(PLAIN.createObjectNode().put("id", i).put("text", t)));
    Arbitrary<String> withMetadata = Combinators.combine(id, Texts.articles(),
            Arbitraries.of("2023-11-07", "2023-02-30", "\uDBFF").injectNull(0.5))
        .as((i, t, d) -> {
          ObjectNode node = PLAIN.createObjectNode().put("text", t);
          ObjectNode meta = node.putObject("metadata").put("id", i);
          if (d != null) {
            meta.put("publicationDate", d);
          }
          return json(node);
        });
    Arbitrary<String> broken = Arbitraries.of("{", "not json", "{\"text\": 5, \"id\": \"a\"}",
        "{\"text\": \"   \", \"id\": \"a\"}", "{\"text\": \"no id\"}", "[1, 2]", "\"text\"",
        "{\"id\": \"a\", \"text\": \"x\"} trailing", "{\"id\": \"a\", \"text\": \"x\", \"metadata\": 3}",
        "{\"text\": \"x\", \"metadata\": {\"id\": 7}}", "{\"text\": \"x\", \"metadata\": {}}",
        "{\"id\": \"a\", \"text\": \"\\uD800\"}", "{\"id\": \"a\", \"text\": \"x\\u0000y\"}");
    Arbitrary<String> blank = Arbitraries.of("", " ", "\t");
    Arbitrary<String> truncated = Combinators.combine(withId, Arbitraries.integers().between(1, 400))
        .as((line, at) -> line.substring(0, Math.min(line.length(), at)));
    return Arbitraries.frequencyOf(Tuple.of(6, withId), Tuple.of(2, withMetadata),
        Tuple.of(2, broken), Tuple.of(1, blank), Tuple.of(1, truncated));
  }

  /** JSON of a node, escaping all non-ASCII when the text has lone surrogates (else plain UTF-8). */
  private static String json(ObjectNode node) {
    try {
      boolean wellFormed = Stream.of(node.toString()).allMatch(Texts::isWellFormed);
      return (wellFormed && node.hashCode() % 2 == 0 ? PLAIN : ASCII).writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of generated text in a file: UTF-8, except that a lone surrogate, which UTF-8 cannot
   * encode ({@code getBytes} would make it {@code ?}, {@code Files.writeString} throws), is written
   * as the three bytes a lax encoder gives it ({@code ED A0 80} for U+D800), which a strict UTF-8
   * reader must reject; so a generated text always makes a file, and still a bad one.
   */
  static byte[] bytesOf(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      } else {
        out.writeBytes(text.substring(i, i + n).getBytes(StandardCharsets.UTF_8));
      }
      i += n;
    }
    return out.toByteArray();
  }

  static byte[] truncate(byte[] bytes, int at) {
    return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : at % (bytes.length + 1));
  }

  static byte[] corrupt(byte[] bytes, List<Integer> positions, List<Byte> values) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < positions.size() && copy.length > 0; i++) {
      copy[positions.get(i) % copy.length] = values.get(i);
    }
    return copy;
  }

  static boolean isSidecar(InputFile f) {
    return f.name().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** Whether the reader takes a directory entry of this name for an article: it ends in .txt. */
  static boolean isArticleName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static byte[] oversizedSidecar() {
    String head = "{\"title\": \"";
    String tail = "\"}";
    return (head + "x".repeat(MAX_SIDECAR_BYTES + 1 - head.length() - tail.length()) + tail)
        .getBytes(StandardCharsets.US_ASCII);
  }

  static boolean uniqueNames(List<InputFile> files) {
    return files.stream().map(InputFile::name).distinct().count() == files.size();
  }

  /** Whether the file system can hold a file of this name (given how the JVM encodes names). */
  static boolean isWritableName(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\0') >= 0 || !Texts.isWellFormed(name)) {
      return false;
    }
    Charset jnu = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    return jnu.newEncoder().canEncode(name) && name.getBytes(jnu).length <= 200;
  }

  /** Bytes for a report: their UTF-8 text with escapes, or hex if they are not UTF-8. */
  static String describe(byte[] bytes) {
    try {
      return JsonChecks.quote(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      StringBuilder hex = new StringBuilder("bytes[");
      for (int i = 0; i < bytes.length && i < 120; i++) {
        hex.append(String.format("%02x", bytes[i]));
      }
      return hex.append(bytes.length > 120 ? "...]" : "]").toString();
    }
  }

  /** Deletes a temporary tree, deepest first. */
  static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
