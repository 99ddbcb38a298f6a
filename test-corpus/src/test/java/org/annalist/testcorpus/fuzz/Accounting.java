package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.DocumentFailure;

/**
 * The accounting a corpus read must give for the inputs an {@link InputFiles.InputTree} wrote, as
 * {@code CorpusReader.read} documents it: every input it was given — each {@code .txt} entry of a
 * directory, each file named, each non-blank JSON Lines line, each missing path — is reported
 * exactly once, as a document or as a failure whose source names it, and each time it is given;
 * besides, a directory without {@code .txt} entries, an empty or unreadable JSON Lines file and a
 * JSON Lines file given twice are one failure each. Some inputs must be failures (an {@link
 * Expected} without a text): a non-regular {@code .txt} entry (a directory, a broken or looping
 * symbolic link), a file read a second time, a missing path, text that is not UTF-8 or is blank,
 * a sidecar over 1 MiB, a JSON Lines line that is not JSON or whose {@code "text"} is missing,
 * blank or has a lone surrogate. Of the others, any may fail (broken metadata, a duplicate id...);
 * those that do not are the documents, with their text unchanged. No file gives two documents, no
 * document id is used twice, and every failure has a message, well-formed UTF-16 (it is written
 * out).
 *
 * <p>Stateless and thread-safe.
 */
final class Accounting {

  private Accounting() {}

  /**
   * One record a reader must produce: a document or a failure naming {@code source}.
   *
   * @param source the input as a failure names it: a path, or a path, {@code :} and a line number
   * @param file what is read: the file a path leads to (a symbolic link and its target are one
   *     file), or the source of a JSON Lines line; at most one document per file
   * @param text the text a document of this input has, or {@code null} if it must be a failure
   * @param what what the input is, for reports
   */
  record Expected(String source, String file, String text, String what) {

    boolean canBeDocument() {
      return text != null;
    }

    /** The same input given again: now it must be a failure ("already read"). */
    Expected again() {
      return new Expected(source, file, null, what + ", given again");
    }

    @Override
    public String toString() {
      return source + " (" + what + (text == null ? ", must fail" : "") + ")";
    }
  }

  /**
   * Checks a {@code CorpusReader.read} result: its articles and failures name the expected sources
   * exactly, each article's text is its input's, and the documents obey {@link #checkRun}.
   */
  static void checkReading(List<Expected> expected, Corpus corpus) {
    List<String> problems = new ArrayList<>();
    List<String> given = new ArrayList<>();
    corpus.articles().forEach(a -> given.add(a.source()));
    corpus.failures().forEach(f -> given.add(f.source()));
    Map<String, Integer> want = counts(expected, Expected::source);
    Map<String, Integer> got = counts(given, s -> s);
    if (!want.equals(got)) {
      problems.add("sources of articles and failures " + got + " differ from the inputs given "
          + want);
    }
    for (ArticleSource article : corpus.articles()) {
      boolean matched = expected.stream().anyMatch(e -> e.source().equals(article.source())
          && article.text().equals(e.text()));
      if (!matched) {
        problems.add("article " + article.id() + " from " + article.source()
            + " is not the text of an input that can be a document: "
            + JsonChecks.quote(article.text()));
      }
    }
    problems.addAll(runProblems(expected,
        corpus.articles().stream().map(ArticleSource::id).toList(),
        corpus.articles().stream().map(ArticleSource::text).toList(),
        corpus.failures()));
    report(problems, expected, corpus.failures(), corpus.articles().size());
  }

  /**
   * Checks a corpus run or an {@code analyze} output, whose documents do not name their source:
   * every failure names an input, as often as it was given at most; the inputs no failure names
   * are exactly the documents (none of them an input that must fail, by their texts), at most one
   * per file; and no document id appears twice.
   */
  static void checkRun(List<Expected> expected, List<String> documentIds,
      List<String> documentTexts, List<DocumentFailure> failures) {
    report(runProblems(expected, documentIds, documentTexts, failures), expected, failures,
        documentIds.size());
  }

  private static List<String> runProblems(List<Expected> expected, List<String> documentIds,
      List<String> documentTexts, List<DocumentFailure> failures) {
    List<String> problems = new ArrayList<>();
    // the inputs no failure names: for an input given twice, a failure takes the must-fail one
    Map<String, List<Expected>> open = new LinkedHashMap<>();
    for (Expected e : expected) {
      open.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e);
    }
    open.values().forEach(l -> l.sort((a, b) -> Boolean.compare(a.canBeDocument(),
        b.canBeDocument())));
    for (DocumentFailure failure : failures) {
      List<Expected> candidates = open.get(failure.source());
      if (candidates == null || candidates.isEmpty()) {
        problems.add("a failure names " + failure.source()
            + ", which was not given (or not that often): " + failure.message());
      } else {
        candidates.remove(0);
      }
      if (failure.message().isBlank()) {
        problems.add("the failure of " + failure.source() + " has a blank message");
      }
      if (!Texts.isWellFormed(failure.message())) {
        problems.add("the failure of " + failure.source() + " has a lone surrogate in its message"
            + " (it cannot be written out unchanged): " + JsonChecks.quote(failure.message()));
      }
    }
    List<Expected> documents = open.values().stream().flatMap(List::stream).toList();
    for (Expected e : documents) {
      if (!e.canBeDocument()) {
        problems.add(e + ": must be a failure, but no failure names it");
      }
    }
    if (documents.size() != documentTexts.size()) {
      problems.add(documentTexts.size() + " documents, but " + documents.size()
          + " inputs that no failure names: " + documents);
    }
    Map<String, Integer> wantTexts = counts(documents.stream().filter(Expected::canBeDocument)
        .toList(), Expected::text);
    Map<String, Integer> gotTexts = counts(documentTexts, t -> t);
    if (!wantTexts.equals(gotTexts)) {
      problems.add("the documents' texts " + quoted(gotTexts) + " are not those of the inputs no "
          + "failure names " + quoted(wantTexts));
    }
    Set<String> files = new HashSet<>();
    for (Expected e : documents) {
      if (!files.add(e.file())) {
        problems.add(e + ": " + e.file() + " gave a second document (it was read twice)");
      }
    }
    Set<String> ids = new HashSet<>();
    for (String id : documentIds) {
      if (!ids.add(id)) {
        problems.add("document id " + id + " appears twice");
      }
    }
    return problems;
  }

  private static void report(List<String> problems, List<Expected> expected,
      List<DocumentFailure> failures, int documents) {
    assertThat(problems)
        .as("accounting of %s inputs %s, with %s documents and failures %s", expected.size(),
            expected, documents, failures.stream().map(DocumentFailure::toLine).toList())
        .isEmpty();
  }

  private static <T> Map<String, Integer> counts(List<T> items, Function<T, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    for (T item : items) {
      counts.merge(key.apply(item), 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Integer> quoted(Map<String, Integer> texts) {
    Map<String, Integer> quoted = new LinkedHashMap<>();
    texts.forEach((t, n) -> quoted.put(JsonChecks.quote(t), n));
    return quoted;
  }
}
