package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The claims of a document, ordered by their first content span: attributed statements (direct,
 * indirect and mixed speech) and the article's own assertions ({@link
 * ClaimKind#REPORTED_BY_ARTICLE}). A claim's {@code source} and {@code addressee} name entities of
 * the document's {@link EntityLayer}, and its {@code time} an expression of its {@link TimeLayer}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimLayer claims = analyzed.expect(ClaimLayer.KEY);
 * claims.attributed().forEach(c -> System.out.println(c.kind() + " " + c.content()));
 * }</pre>
 *
 * @param stage the producing stage
 * @param models the lexicons and rule sets used
 * @param claims the claims, ordered by their first content span
 */
public record ClaimLayer(
    @NotBlank String stage,
    @NotNull List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull Claim> claims)
    implements Layer {

  /** The key of the claim layer. */
  public static final LayerKey<ClaimLayer> KEY = new LayerKey<>("claims", ClaimLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the producing stage
   * @param models the lexicons and rule sets used
   * @param claims the claims, ordered by their first content span
   * @throws IllegalArgumentException if a component is missing or impossible (naming it)
   */
  public ClaimLayer {
    Provenance.requireText(stage, "stage");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    for (int i = 1; i < claims.size(); i++) {
      Span previous = claims.get(i - 1).content().get(0);
      Span current = claims.get(i).content().get(0);
      if (current.compareTo(previous) < 0) {
        throw new IllegalArgumentException(
            "claims must be ordered by their first content span, but " + current + " follows "
                + previous);
      }
    }
  }

  /**
   * The claims attributed to someone other than the article (every kind but {@link
   * ClaimKind#REPORTED_BY_ARTICLE}), in order.
   *
   * @return a stream of this layer's attributed claims
   */
  public Stream<Claim> attributed() {
    return claims.stream().filter(c -> c.kind() != ClaimKind.REPORTED_BY_ARTICLE);
  }

  @Override
  public LayerKey<ClaimLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return claims.stream().flatMap(Claim::spans);
  }
}
