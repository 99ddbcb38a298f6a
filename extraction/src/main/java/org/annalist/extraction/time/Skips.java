package org.annalist.extraction.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annalist.model.ItemFailure;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;

/**
 * The items the time stage skipped on one document, as {@link ItemFailure}s (the {@code Stage}
 * contract): a sentence in which the recognition rules threw (its expressions are left out, the
 * next sentence is read as usual), or an expression whose resolution threw (the others are kept).
 * One instance per analysis; not thread-safe.
 */
final class Skips implements Grammar.Recovery {

  private final String documentId;
  private final Words words;
  private final TextLayer text;
  private final List<ItemFailure> failures = new ArrayList<>();

  Skips(String documentId, Words words, TextLayer text) {
    this.documentId = documentId;
    this.words = words;
    this.text = text;
  }

  /**
   * Skips the sentence of the word where the rules threw; a word outside every sentence (in
   * boilerplate, say) is skipped alone.
   */
  @Override
  public Grammar.Skip skip(int word, RuntimeException error) {
    int offset = words.begin[word];
    Sentence sentence = text.findSentenceAt(offset).orElse(null);
    if (sentence == null) {
      failures.add(ItemFailure.of(documentId, Resolver.STAGE, "word",
          Span.of(words.text, offset, words.end[word]), error));
      return new Grammar.Skip(word, word + 1);
    }
    failures.add(ItemFailure.of(documentId, Resolver.STAGE, "sentence", sentence.span(),
        "reading the time expression at offset " + offset + ": " + error));
    int from = Math.min(word, words.wordAt(sentence.span().begin()));
    int to = Math.max(word + 1, words.wordAt(sentence.span().end()));
    return new Grammar.Skip(from, to);
  }

  /** Skips an expression whose resolution threw. */
  void expression(Grammar.Match match, RuntimeException error) {
    failures.add(ItemFailure.of(documentId, Resolver.STAGE, "expression",
        Resolver.span(words, match), error));
  }

  /** Skips an expression for the reason given. */
  void expression(Grammar.Match match, String reason) {
    failures.add(ItemFailure.of(documentId, Resolver.STAGE, "expression",
        Resolver.span(words, match), reason));
  }

  /** What was skipped, in text order. */
  List<ItemFailure> failures() {
    List<ItemFailure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(ItemFailure::span));
    return List.copyOf(sorted);
  }
}
