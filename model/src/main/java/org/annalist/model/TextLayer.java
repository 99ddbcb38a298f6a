package org.annalist.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Sentences, tokens, part-of-speech tags and lemmas of a document's content (everything but
 * boilerplate), in text order. Each sentence refers to its tokens by index range.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage that produced the layer
 * @param models the models (or rules) used, e.g. the OpenNLP model file names; at least one
 * @param sentences the sentences, in text order
 * @param tokens the tokens of all sentences, in text order
 */
public record TextLayer(
    @NotBlank String stage,
    @NotEmpty List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull Sentence> sentences,
    @NotNull List<@Valid @NotNull Token> tokens)
    implements Layer {

  /** The key of the text layer. */
  public static final LayerKey<TextLayer> KEY = new LayerKey<>("text", TextLayer.class);

  /**
   * Checks and copies the components.
   *
   * @param stage the stage that produced the layer
   * @param models the models (or rules) used, e.g. the OpenNLP model file names; at least one
   * @param sentences the sentences, in text order
   * @param tokens the tokens of all sentences, in text order
   * @throws IllegalArgumentException if the stage is blank or a sentence refers to a token the
   *     layer lacks
   */
  public TextLayer {
    Provenance.requireText(stage, "stage");
    models = List.copyOf(Objects.requireNonNull(models, "models"));
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    for (Sentence sentence : sentences) {
      if (sentence.endToken() > tokens.size()) {
        throw new IllegalArgumentException(
            "sentence " + sentence.span() + " refers to token " + (sentence.endToken() - 1)
                + " but the layer has " + tokens.size() + " tokens");
      }
    }
  }

  /**
   * {@return the sentence that covers the character at {@code offset}, if any} A binary search:
   * the sentences are in text order.
   *
   * @param offset a UTF-16 offset into the document's text
   */
  public java.util.Optional<Sentence> findSentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span span = sentences.get(mid).span();
      if (span.end() <= offset) {
        lo = mid + 1;
      } else if (span.begin() > offset) {
        hi = mid - 1;
      } else {
        return java.util.Optional.of(sentences.get(mid));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * {@return the tokens of one sentence, a view of {@link #tokens()}}
   *
   * @param sentence a sentence of this layer
   * @throws IndexOutOfBoundsException if the sentence's token range is not within this layer
   */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  @Override
  public LayerKey<TextLayer> key() {
    return KEY;
  }

  @Override
  public Stream<Span> spans() {
    return Stream.concat(sentences.stream().map(Sentence::span), tokens.stream().map(Token::span));
  }
}
