package org.annalist.core.eval.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.core.io.Utf8;

/**
 * Reads CoNLL-2003 named-entity files into {@link ConllDocument}s.
 *
 * <p>Format: UTF-8 text; one token per line with whitespace-separated columns, a blank line after
 * each sentence, and a line whose first column is {@code -DOCSTART-} before each document (a file
 * without such lines is one document). Columns: {@code token POS chunk tag} (more than four columns:
 * the first three and the last are used), {@code token POS tag}, or {@code token tag}. Tags are
 * kept as written, IOB1 ({@code I-PER I-PER}, {@code B-} only between two adjacent names of one
 * type, as in {@code eng.train}) or IOB2/BIO ({@code B-PER I-PER}); decode them with {@code
 * org.annalist.core.eval.conll.Chunks}, which reads both. Anything else is a {@link
 * ConllFormatException} naming the source and the line.
 *
 * <p>Input without a single token (an empty file, or only blank and {@code -DOCSTART-} lines) is
 * not an error here: it reads as no documents, or as documents without sentences. A caller for
 * which that is a mistake (nothing to train on or to score) checks {@link
 * ConllDocument#tokenCount()} and says so, naming the file.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<ConllDocument> train = ConllReader.create().read(Path.of("eng.train"));
 * }</pre>
 */
public final class ConllReader {

  /** The first column of a document separator line. */
  public static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /** {@return a reader; it holds no state} */
  public static ConllReader create() {
    return new ConllReader();
  }

  /**
   * Reads the file at {@code path}.
   *
   * @param path a CoNLL-2003 file, UTF-8
   * @return its documents, in file order
   * @throws ConllFormatException naming the file and line, for malformed input or invalid UTF-8
   * @throws UncheckedIOException naming the file, if it is missing, a directory or unreadable
   */
  public List<ConllDocument> read(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      throw new UncheckedIOException(path + ": is a directory, not a CoNLL file",
          new IOException(path + ": is a directory"));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(path + ": no such file", e);
    } catch (IOException e) {
      String reason = e instanceof FileSystemException fs && fs.getReason() != null
          ? fs.getReason() : e.getMessage();
      throw new UncheckedIOException(path + ": cannot read: " + reason, e);
    }
  }

  /**
   * Reads UTF-8 CoNLL text from {@code in}, which is not closed; {@code name} names it in errors.
   * The whole stream is decoded first, so that bytes that are not UTF-8 are reported with the
   * line and byte offset where they are (a streaming decoder fails a buffer ahead of the line).
   *
   * @param in the file's bytes
   * @param name the file's name, for messages
   * @return its documents, in file order
   * @throws ConllFormatException naming {@code name}, the line and the byte offset for invalid
   *     UTF-8, or the line for malformed input
   * @throws UncheckedIOException naming {@code name}, if reading fails
   * @see #read(Reader, String)
   */
  public List<ConllDocument> read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = Utf8.strictDecoder().decode(buffer).toString();
    } catch (CharacterCodingException e) {
      // the decoder stops at the first byte it cannot decode; '\n' is never part of a sequence
      int offset = buffer.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ConllFormatException(name, line,
          "not valid UTF-8 (malformed byte at offset " + offset + ")");
    }
    return read(new StringReader(text), name);
  }

  /**
   * Reads CoNLL text from {@code reader}, which is not closed; {@code name} names it in errors.
   *
   * @param reader the file's characters
   * @param name the file's name, for messages
   * @return its documents, in file order
   * @throws ConllFormatException naming {@code name} and the line, for malformed input
   * @throws UncheckedIOException naming {@code name}, if reading fails
   */
  public List<ConllDocument> read(Reader reader, String name) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<ConllDocument> documents = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<ConllToken> tokens = new ArrayList<>();
    boolean sawDocstart = false;
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
          endSentence(tokens, sentences);
          continue;
        }
        String[] columns = stripped.split("\\s+");
        if (columns[0].equals(DOCSTART)) {
          endSentence(tokens, sentences);
          if (sawDocstart || !sentences.isEmpty()) {
            documents.add(new ConllDocument(sentences));
          }
          sentences.clear();
          sawDocstart = true;
          continue;
        }
        tokens.add(parseToken(columns, name, lineNumber, line));
      }
    } catch (CharacterCodingException e) {
      throw new ConllFormatException(name, lineNumber + 1, "not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
    endSentence(tokens, sentences);
    if (sawDocstart || !sentences.isEmpty()) {
      documents.add(new ConllDocument(sentences));
    }
    return List.copyOf(documents);
  }

  private static ConllToken parseToken(String[] columns, String name, int lineNumber,
      String line) {
    if (columns.length < 2) {
      throw new ConllFormatException(name, lineNumber,
          "expected 'token POS chunk tag' (or 'token tag'), got '" + abbreviate(line) + "'");
    }
    String tag = columns[columns.length - 1];
    if (!ConllToken.isValidTag(tag)) {
      throw new ConllFormatException(name, lineNumber, "not a named-entity tag: '"
          + abbreviate(tag) + "' (expected O or I-, B-, E-, L-, S-, U- and a type) in '"
          + abbreviate(line) + "'");
    }
    String pos = columns.length >= 3 ? columns[1] : "";
    String chunk = columns.length >= 4 ? columns[2] : "";
    try {
      return new ConllToken(columns[0], pos, chunk, tag);
    } catch (IllegalArgumentException e) {
      // a space that is not a column separator (U+00A0, U+001C...) inside a column
      throw new ConllFormatException(name, lineNumber, e.getMessage() + " in '" + abbreviate(line) + "'");
    }
  }

  private static void endSentence(List<ConllToken> tokens, List<ConllSentence> sentences) {
    if (!tokens.isEmpty()) {
      sentences.add(new ConllSentence(tokens));
      tokens.clear();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
