package org.annalist.extraction.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.ItemFailure;
import org.annalist.model.TextLayer;

/**
 * The sentences the entity stage skipped on one document (the {@code Stage} contract): an
 * exception in the work on one sentence leaves that sentence without mentions, and is recorded
 * here once, with the first cause. One instance per analysis; not thread-safe.
 */
final class SkippedSentences {

  private final Map<Integer, String> causes = new TreeMap<>();

  /** Records that sentence {@code sentence} is skipped, unless it already is. */
  void add(int sentence, String cause) {
    causes.putIfAbsent(sentence, cause);
  }

  /** Records that sentence {@code sentence} is skipped because of {@code error}. */
  void add(int sentence, String step, RuntimeException error) {
    add(sentence, step + ": " + error);
  }

  boolean contains(int sentence) {
    return causes.containsKey(sentence);
  }

  boolean isEmpty() {
    return causes.isEmpty();
  }

  /** The failures, in text order, with the sentences' spans from the text layer. */
  List<ItemFailure> failures(String documentId, String stage, TextLayer layer) {
    List<ItemFailure> out = new ArrayList<>(causes.size());
    for (Map.Entry<Integer, String> e : causes.entrySet()) {
      out.add(ItemFailure.of(documentId, stage, "sentence",
          layer.sentences().get(e.getKey()).span(), e.getValue()));
    }
    return List.copyOf(out);
  }
}
