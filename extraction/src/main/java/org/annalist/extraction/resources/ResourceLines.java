package org.annalist.extraction.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the line-based word lists the stages ship as class-path resources (gazetteers, lexicons):
 * UTF-8, one entry per line, blank lines and comments ({@code #} and a space, then anything)
 * skipped; a {@code #} without the space is an entry. A line the caller cannot use fails the whole load with the resource, the line number
 * and the line, so a broken resource is found when the stage is built, not in a result.
 *
 * <p>Not part of the library's user-facing API: the stages' resource loaders share it. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * ResourceLines.read(MyLexicon.class, "/org/annalist/extraction/x/words.tsv", "my lexicon",
 *     line -> words.add(line.strip()));
 * }</pre>
 */
public final class ResourceLines {

  private ResourceLines() {}

  /**
   * Hands every entry line of a resource to {@code entry}.
   *
   * @param owner the class whose class loader finds the resource
   * @param path the resource's absolute path
   * @param what what the resource is, for messages ({@code "claims lexicon"})
   * @param entry takes each line that is neither blank nor a comment, as written; a
   *     {@link RuntimeException} it throws rejects the line
   * @throws IllegalStateException if the resource is missing, or naming the resource, the line
   *     number and the line that {@code entry} rejected
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static void read(Class<?> owner, String path, String what, Consumer<String> entry) {
    InputStream stream = owner.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException(what + " " + path + " is not on the classpath");
    }
    int number = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("# ")) {
          continue;
        }
        try {
          entry.accept(line);
        } catch (RuntimeException e) {
          throw new IllegalStateException(what + " " + path + " line " + number + ": "
              + e.getMessage() + ": '" + line + "'", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + path, e);
    }
  }
}
