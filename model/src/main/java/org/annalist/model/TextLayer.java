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
 * @param models the models (or rules) used, e.g. the OpenNLP model file names
 */
public record TextLayer(
    @NotBlank String stage,
    @NotEmpty List<@NotBlank String> models,
    @NotNull List<@Valid @NotNull Sentence> sentences,
    @NotNull List<@Valid @NotNull Token> tokens)
    implements Layer {

  /** The key of the text layer. */
  public static final LayerKey<TextLayer> KEY = new LayerKey<>("text", TextLayer.class);

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

  /** The sentence that covers the character at {@code offset}, if any (sentences are in text order). */
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

  /** The tokens of one sentence. */
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
