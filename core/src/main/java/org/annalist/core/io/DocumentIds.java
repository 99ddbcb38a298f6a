package org.annalist.core.io;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import org.annalist.model.DocumentMetadata;

/**
 * Document ids for files that carry none in their metadata: the file name without {@code .txt}
 * when that is already a valid id ({@link DocumentMetadata#ID_PATTERN}), else a derived one.
 *
 * <p>The derived id keeps what it can of the name, so a reader recognises it: accents are
 * dropped ({@code Bogotá} → {@code Bogota}), every run of other characters that an id may not
 * hold becomes one {@code -}, leading punctuation is dropped, and an empty result becomes {@code
 * doc}; then a {@code -} and the first 12 hex digits of the SHA-256 of the whole original name
 * (UTF-8) are appended. So {@code "my file"} gives {@code
 * my-file-<hash>} and the bare name {@code ".txt"} gives {@code doc-<hash>}. The id depends on the
 * name alone (stable across runs and machines), and two different names give different ids except
 * with negligible probability; a valid name can never collide with a derived id of a different
 * name unless it ends in the same 12 hex digits. The corpus reader reports any remaining duplicate.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * DocumentIds.fromFileStem("004_2548ac03265b6e4d");  // "004_2548ac03265b6e4d"
 * DocumentIds.fromFileStem("Informe de prensa");     // "Informe-de-prensa-" + 12 hex digits
 * }</pre>
 */
public final class DocumentIds {

  private static final int HASH_DIGITS = 12;

  private DocumentIds() {}

  /**
   * {@return the id for a file whose name without {@code .txt} is {@code stem}}
   *
   * @param stem the file name without {@code .txt}
   */
  public static String fromFileStem(String stem) {
    Objects.requireNonNull(stem, "stem");
    if (stem.matches(DocumentMetadata.ID_PATTERN)) {
      return stem;
    }
    String folded = Normalizer.normalize(stem, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+", "");
    if (slug.isEmpty()) {
      slug = "doc";
    }
    if (!slug.endsWith("-")) {
      slug += "-";
    }
    String hash = Hashing.sha256().hashString(stem, StandardCharsets.UTF_8).toString();
    return slug + hash.substring(0, HASH_DIGITS);
  }
}
