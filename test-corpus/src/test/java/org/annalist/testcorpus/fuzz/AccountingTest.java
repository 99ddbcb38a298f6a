package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.DocumentMetadata;
import org.annalist.testcorpus.fuzz.Accounting.Expected;
import org.junit.jupiter.api.Test;

/** {@link Accounting} rejects each way a reader can lose, invent or double an input. */
class AccountingTest {

  private static final Expected A = new Expected("d/a.txt", "d/a.txt", "text a", "an article");
  private static final Expected B = new Expected("d/b.txt", "d/b.txt", "text b", "an article");
  private static final Expected LINK = new Expected("d/~link.txt", "d/a.txt", "text a", "a link");
  private static final Expected LOOP = new Expected("d/~loop.txt", "d/~loop.txt", null, "a loop");

  private static ArticleSource article(Expected e, String id) {
    return new ArticleSource(e.text(), DocumentMetadata.of(id), e.source());
  }

  private static DocumentFailure failure(String source) {
    return new DocumentFailure(source, null, "read", source + ": why");
  }

  @Test
  void acceptsEveryInputAccountedForOnce() {
    assertThatCode(() -> Accounting.checkReading(List.of(A, B, LINK, LOOP), new Corpus(
        List.of(article(A, "a"), article(B, "b")), List.of(failure(LINK.source()),
            failure(LOOP.source()))))).doesNotThrowAnyException();
    assertThatCode(() -> Accounting.checkRun(List.of(A, B, LINK, LOOP), List.of("link", "b"),
        List.of("text a", "text b"), List.of(failure(A.source()), failure(LOOP.source()))))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsAnInputNothingNames() {
    assertThatThrownBy(() -> Accounting.checkReading(List.of(A, LOOP),
        new Corpus(List.of(article(A, "a")), List.of())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("d/~loop.txt (a loop, must fail): must be a failure");
  }

  @Test
  void rejectsAFailureForAnInputNotGivenOrNotThatOften() {
    assertThatThrownBy(() -> Accounting.checkRun(List.of(A), List.of(), List.of(),
        List.of(failure(A.source()), failure(A.source()))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a failure names d/a.txt, which was not given (or not that often)");
  }

  @Test
  void rejectsAFileThatGaveTwoDocuments() {
    assertThatThrownBy(() -> Accounting.checkRun(List.of(A, LINK), List.of("a", "link"),
        List.of("text a", "text a"), List.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gave a second document");
  }

  @Test
  void rejectsADocumentIdUsedTwice() {
    assertThatThrownBy(() -> Accounting.checkReading(List.of(A, B),
        new Corpus(List.of(article(A, "x"), article(B, "x")), List.of())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("document id x appears twice");
  }

  @Test
  void rejectsADocumentWhoseTextIsNotItsInputs() {
    assertThatThrownBy(() -> Accounting.checkRun(List.of(A), List.of("a"), List.of("text ?"),
        List.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("are not those of the inputs");
  }
}
