package org.annalist.extraction.clusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.core.io.Utf8;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable lookup from a word to the id of its word cluster, as learnt by {@link
 * ExchangeClusterer} or read from a cluster file.
 *
 * <p>The cluster file is UTF-8 text with one {@code word<TAB>clusterId} line per word, the id a
 * non-negative decimal integer; a word appears at most once. Empty lines are ignored. (OpenNLP's
 * {@code WordClusterDictionary} splits on a single space and cannot read these files.) The files
 * this project ships are under {@code
 * org/annalist/extraction/entities/} (see {@code CLUSTERS.md} there) and hold words in their
 * {@linkplain #normalize(String) normal form}.
 *
 * <p>{@link #find(String)} looks a word up as given and, if it is absent, in its normal form (every
 * digit {@code 0}, curly quotes straight), so raw tokens such as {@code 1996} or {@code ’s} find
 * the cluster learnt for {@code 0000} or {@code 's}. Callers that use OpenNLP's dictionary instead
 * must apply {@link #normalize(String)} themselves.
 *
 * <p>Immutable and thread-safe: share one instance between any number of threads.
 *
 * <pre>{@code
 * WordClusters clusters = WordClusters.fromResource(WordClusters.RESOURCE_256);
 * Optional<Integer> id = clusters.find("Germany");
 * }</pre>
 */
public final class WordClusters {

  /** Classpath resource of the 256-cluster file learnt from news text (see CLUSTERS.md). */
  public static final String RESOURCE_256 = "/org/annalist/extraction/entities/clusters-256.tsv";

  /** Classpath resource of the 1024-cluster file learnt from the same text (see CLUSTERS.md). */
  public static final String RESOURCE_1024 =
      "/org/annalist/extraction/entities/clusters-1024.tsv";

  private final String[] words;
  private final int[] ids;
  private final Map<String, Integer> index;

  private WordClusters(String[] words, int[] ids) {
    this.words = words;
    this.ids = ids;
    Map<String, Integer> map = new HashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], ids[i]);
    }
    this.index = map;
  }

  /**
   * Clusters with the given words and ids, in that order (the order {@link #write} keeps).
   *
   * @throws IllegalArgumentException naming the word if a word is empty, contains whitespace or
   *     appears twice, or an id is negative, or the lists differ in length
   */
  static WordClusters of(List<String> words, int[] ids) {
    if (words.size() != ids.length) {
      throw new IllegalArgumentException(
          words.size() + " words but " + ids.length + " cluster ids");
    }
    String[] w = words.toArray(new String[0]);
    Map<String, Boolean> seen = new HashMap<>(w.length * 2);
    for (int i = 0; i < w.length; i++) {
      checkWord(w[i]);
      if (ids[i] < 0) {
        throw new IllegalArgumentException("cluster id of '" + w[i] + "' is negative: " + ids[i]);
      }
      if (seen.put(w[i], Boolean.TRUE) != null) {
        throw new IllegalArgumentException("word '" + w[i] + "' appears twice");
      }
    }
    return new WordClusters(w, ids.clone());
  }

  private static void checkWord(String word) {
    Objects.requireNonNull(word, "word");
    if (word.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isWhitespace(word.charAt(i)) || Character.isSpaceChar(word.charAt(i))) {
        throw new IllegalArgumentException("word '" + word + "' contains whitespace");
      }
    }
  }

  /**
   * Reads a cluster file from {@code in} (not closed), naming it "input" in errors.
   *
   * @param in the file's bytes, UTF-8
   * @return the clusters
   * @throws IllegalArgumentException as {@link #load(InputStream, String)}
   * @throws UncheckedIOException as {@link #load(InputStream, String)}
   * @see #load(InputStream, String)
   */
  public static WordClusters load(InputStream in) {
    return load(in, "input");
  }

  /**
   * Reads a cluster file from {@code in}, which is not closed; {@code name} names it in errors.
   *
   * @param in the file's bytes, UTF-8
   * @param name the file's name, for messages
   * @return the clusters, in file order
   * @throws IllegalArgumentException naming the file, the line number and the line, if a line is
   *     not {@code word<TAB>id} with a non-negative integer id, or repeats a word
   * @throws UncheckedIOException naming the file, if it cannot be read or is not UTF-8
   */
  public static WordClusters load(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, Utf8.strictDecoder()));
    String[] words = new String[1024];
    int[] ids = new int[1024];
    int size = 0;
    Map<String, Integer> firstLine = new HashMap<>();
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isEmpty()) {
          continue;
        }
        int tab = line.indexOf('\t');
        String word = tab > 0 ? line.substring(0, tab) : "";
        String idText = tab > 0 ? line.substring(tab + 1) : "";
        int id = parseId(idText);
        if (tab <= 0 || id < 0 || hasWhitespace(word)) {
          throw new IllegalArgumentException(name + " line " + lineNumber
              + ": expected 'word<TAB>clusterId' with a non-negative integer id, got '"
              + abbreviate(line) + "'");
        }
        Integer previous = firstLine.putIfAbsent(word, lineNumber);
        if (previous != null) {
          throw new IllegalArgumentException(name + " line " + lineNumber + ": word '"
              + abbreviate(word) + "' already appeared on line " + previous);
        }
        if (size == words.length) {
          words = Arrays.copyOf(words, size * 2);
          ids = Arrays.copyOf(ids, size * 2);
        }
        words[size] = word;
        ids[size] = id;
        size++;
      }
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(
          name + " line " + (lineNumber + 1) + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    return new WordClusters(Arrays.copyOf(words, size), Arrays.copyOf(ids, size));
  }

  /**
   * Reads a cluster file.
   *
   * @param file a {@code word<TAB>id} file, UTF-8
   * @return the clusters, in file order
   * @throws IllegalArgumentException as {@link #load(InputStream, String)}
   * @throws UncheckedIOException naming the file, if it cannot be read
   */
  public static WordClusters load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a cluster file from the classpath, e.g. {@link #RESOURCE_256}; a name without a leading
   * {@code /} is relative to this class's package.
   *
   * @param resource the resource name
   * @return the clusters, in file order
   * @throws IllegalArgumentException naming the resource if it is not on the classpath, or as
   *     {@link #load(InputStream, String)}
   */
  public static WordClusters fromResource(String resource) {
    Objects.requireNonNull(resource, "resource");
    InputStream stream = WordClusters.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalArgumentException("cluster resource '" + resource
          + "' is not on the classpath");
    }
    try (InputStream in = stream) {
      return load(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The normal form in which words are clustered: every decimal digit (any script) becomes {@code
   * 0}; curly single quotes become {@code '}, curly double quotes and the doubled quotes {@code ``}
   * and {@code ''} become {@code "}. Case is kept.
   *
   * @param word a token
   * @return its normal form; {@code word} itself if nothing changes
   */
  public static String normalize(String word) {
    Objects.requireNonNull(word, "word");
    if (word.equals("``") || word.equals("''")) {
      return "\"";
    }
    StringBuilder b = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char m = normalChar(c);
      if (m != c && b == null) {
        b = new StringBuilder(word.length()).append(word, 0, i);
      }
      if (b != null) {
        b.append(m);
      }
    }
    return b == null ? word : b.toString();
  }

  private static char normalChar(char c) {
    if (c >= '0' && c <= '9') {
      return '0';
    }
    if (c < 128) {
      return c;
    }
    if (Character.isDigit(c)) {
      return '0';
    }
    return switch (c) {
      case '‘', '’', '‚', '‛' -> '\'';
      case '“', '”', '„', '‟' -> '"';
      default -> c;
    };
  }

  /**
   * {@return the cluster id of {@code word}, or of its normal form if the word itself is absent}
   *
   * @param word a token, as written
   */
  public Optional<Integer> find(String word) {
    Objects.requireNonNull(word, "word");
    Integer id = index.get(word);
    if (id == null) {
      String normal = normalize(word);
      if (!normal.equals(word)) {
        id = index.get(normal);
      }
    }
    return Optional.ofNullable(id);
  }

  /** {@return the number of words} */
  public int size() {
    return words.length;
  }

  /** {@return the number of distinct cluster ids} */
  public int clusterCount() {
    return (int) Arrays.stream(ids).distinct().count();
  }

  /** {@return the words in file order} */
  public List<String> words() {
    return List.of(words);
  }

  /**
   * Writes the clusters in the file format {@link #load} reads, one {@code word<TAB>id} line per
   * word in this object's order, with {@code \n} line ends. The writer is flushed, not closed.
   *
   * @param writer where to write
   * @throws IOException if writing fails
   */
  public void write(Writer writer) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int i = 0; i < words.length; i++) {
      line.setLength(0);
      line.append(words[i]).append('\t').append(ids[i]).append('\n');
      writer.write(line.toString());
    }
    writer.flush();
  }

  @Override
  public String toString() {
    return "WordClusters[" + words.length + " words, " + clusterCount() + " clusters]";
  }

  private static int parseId(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return -1;
    }
    int id = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }

  private static boolean hasWhitespace(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isWhitespace(word.charAt(i)) || Character.isSpaceChar(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
