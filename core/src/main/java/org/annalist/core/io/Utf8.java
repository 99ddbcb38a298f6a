package org.annalist.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.annalist.core.InvalidInputException;

/**
 * Strict UTF-8, the only encoding Annalist reads: a malformed byte is an error naming the file and
 * the byte offset, never a replacement character. A leading byte-order mark ({@code EF BB BF}) is
 * not part of the text: it is dropped, so offsets count from the first character after it (byte
 * offsets in error messages still count from the start of the file). Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = Utf8.read(Path.of("article.txt"), "article");
 * }</pre>
 */
public final class Utf8 {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private Utf8() {}

  /** {@return a new decoder that reports malformed and unmappable input instead of replacing it} */
  public static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reads a whole file as strict UTF-8, without a leading byte-order mark.
   *
   * @param file the file
   * @param documentId the document the file holds, for the exception, or {@code null}
   * @throws InvalidInputException naming the file: missing, unreadable, or not UTF-8 (with the
   *     offset of the first bad byte)
   * @return the text
   */
  public static String read(Path file, String documentId) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(documentId, file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(documentId, file + ": cannot read: " + e.getMessage(), e);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = strictDecoder().decode(buffer).toString();
      return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      // the decoder stops at the first byte it cannot decode
      throw new InvalidInputException(
          documentId, file + ": not UTF-8: malformed byte at offset " + buffer.position(), e);
    }
  }
}
