package org.annalist.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.core.InvalidInputException;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Utf16;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir Path dir;

  private final CorpusReader reader = CorpusReader.create();

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsADirectoryWithSidecarMetadataInNameOrder() throws IOException {
    write("b.txt", "Second article.");
    write("a.txt", "First article.");
    write("a.json", "{\"title\": \"First\", \"publicationDate\": \"2024-05-02\", \"authors\": [\"X Y\"]}");
    write("notes.md", "not an article");
    Corpus corpus = reader.read(List.of(dir));
    assertThat(corpus.failures()).isEmpty();
    assertThat(corpus.articles()).extracting(ArticleSource::id).containsExactly("a", "b");
    assertThat(corpus.articles().get(0).metadata().title()).isEqualTo("First");
    assertThat(corpus.articles().get(0).metadata().publicationDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(corpus.articles().get(1).metadata().title()).isNull();
  }

  @Test
  void everyBadInputIsAFailureNamingTheFileAndTheOthersAreStillRead() throws IOException {
    write("good.txt", "A good article.");
    write("empty.txt", "  \n ");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'A', 'b', (byte) 0xE9, 'c'});
    write("broken.txt", "Text with broken metadata.");
    write("broken.json", "{\"title\": ");
    Corpus corpus = reader.read(List.of(dir, dir.resolve("missing.txt")));
    assertThat(corpus.articles()).extracting(ArticleSource::id).containsExactly("good");
    assertThat(corpus.failures()).extracting(DocumentFailure::toLine)
        .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"))
        .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("not UTF-8").contains("offset 2"))
        .anySatisfy(l -> assertThat(l).contains("broken.json").contains("broken metadata JSON"))
        .anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"));
    assertThat(corpus.failures()).hasSize(4);
  }

  @Test
  void readArticleThrowsForASingleBadFile() throws IOException {
    Path empty = write("empty.txt", "");
    assertThatThrownBy(() -> reader.readArticle(empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty.txt");
  }

  @Test
  void sidecarWithAConflictingOrInvalidIdIsAFailure() throws IOException {
    write("c.txt", "Article.");
    write("c.json", "{\"id\": \"bad id!\"}");
    Corpus corpus = reader.read(List.of(dir.resolve("c.txt")));
    assertThat(corpus.failures()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("c.json").contains("bad id!"));
  }

  @Test
  void readsJsonLinesReportingBadLinesByNumber() throws IOException {
    Path jsonl = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"one\", \"text\": \"First.\"}",
        "",
        "{\"text\": \"Second.\", \"metadata\": {\"id\": \"two\", \"publisher\": \"P\"}}",
        "{\"id\": \"three\"}",
        "not json",
        "{\"text\": \"No id.\"}"));
    Corpus corpus = reader.read(List.of(jsonl));
    assertThat(corpus.articles()).extracting(ArticleSource::id).containsExactly("one", "two");
    assertThat(corpus.articles().get(1).metadata().publisher()).isEqualTo("P");
    assertThat(corpus.articles().get(1).source()).endsWith("corpus.jsonl:3");
    assertThat(corpus.failures()).extracting(DocumentFailure::source)
        .containsExactly(jsonl + ":4", jsonl + ":5", jsonl + ":6");
  }

  @Test
  void keepsTheTextByteForByteButForALeadingByteOrderMark() throws IOException {
    String text = "Line one\r\nLine two \u00A0\uFEFF\r\n\uD83D\uDE00";
    write("raw.txt", "\uFEFF" + text);
    write("plain.txt", text);
    assertThat(reader.readArticle(dir.resolve("raw.txt")).text()).isEqualTo(text);
    assertThat(reader.readArticle(dir.resolve("plain.txt")).text()).isEqualTo(text);
  }

  @Test
  void aByteOrderMarkDoesNotBreakTheFirstJsonLine() throws IOException {
    Path jsonl = write("bom.jsonl", "\uFEFF{\"id\": \"one\", \"text\": \"First.\"}\n");
    assertThat(reader.read(List.of(jsonl)).articles()).extracting(ArticleSource::id).containsExactly("one");
  }

  @Test
  void fileNamesThatAreNotIdsGetDerivedIdsAndTheRunGoesOn() throws IOException {
    for (String name : List.of("my file.txt", "_x.txt", ".txt", "Bogotá informe.txt", "ok.txt", "-.txt")) {
      write(name, "Some text in " + name + ".");
    }
    Corpus corpus = reader.read(List.of(dir));
    assertThat(corpus.failures()).isEmpty();
    assertThat(corpus.articles()).hasSize(6).extracting(ArticleSource::id)
        .allSatisfy(id -> assertThat(id).matches(DocumentMetadata.ID_PATTERN))
        .doesNotHaveDuplicates()
        .contains("ok")
        .anySatisfy(id -> assertThat(id).startsWith("my-file-"))
        .anySatisfy(id -> assertThat(id).startsWith("Bogota-informe-"))
        .anySatisfy(id -> assertThat(id).startsWith("doc-"));
    assertThat(reader.read(List.of(dir)).articles()).isEqualTo(corpus.articles());
  }

  @Test
  void derivedIdsAreStableAndKeepValidNames() {
    assertThat(DocumentIds.fromFileStem("004_2548ac03265b6e4d")).isEqualTo("004_2548ac03265b6e4d");
    assertThat(DocumentIds.fromFileStem("my file")).isEqualTo(DocumentIds.fromFileStem("my file"))
        .isNotEqualTo(DocumentIds.fromFileStem("my  file")).isNotEqualTo(DocumentIds.fromFileStem("my_file"));
    assertThat(DocumentIds.fromFileStem("")).matches("doc-[0-9a-f]{12}");
    assertThat(DocumentIds.fromFileStem("日本語")).matches("doc-[0-9a-f]{12}");
    assertThat(DocumentIds.fromFileStem("\uD800")).matches(DocumentMetadata.ID_PATTERN);
  }

  @Test
  void aFileGivenTwiceOrReachedThroughALinkIsReportedNotReadTwice() throws IOException {
    Path a = write("a.txt", "First article.");
    Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
    Corpus corpus = reader.read(List.of(dir, a, link));
    assertThat(corpus.articles()).extracting(ArticleSource::id).containsExactly("a");
    assertThat(corpus.failures()).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("already read"));
    Files.delete(link);
  }

  @Test
  void aDuplicateIdFromAnotherFileIsReported() throws IOException {
    write("a.txt", "First article.");
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.writeString(other.resolve("a.txt"), "Another article.");
    Path jsonl = write("more.jsonl", "{\"id\": \"a\", \"text\": \"Third.\"}\n");
    Corpus corpus = reader.read(List.of(dir, other, jsonl));
    assertThat(corpus.articles()).extracting(ArticleSource::source).containsExactly(dir.resolve("a.txt").toString());
    assertThat(corpus.failures()).extracting(DocumentFailure::toLine).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("duplicate document id \"a\""));
  }

  @Test
  void emptyDirectoriesAndEntriesThatAreNotFilesAreReported() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path odd = Files.createDirectory(dir.resolve("odd"));
    Files.createSymbolicLink(odd.resolve("loop.txt"), odd.resolve("loop.txt"));
    Files.createSymbolicLink(odd.resolve("broken.txt"), odd.resolve("nowhere"));
    Files.createDirectory(odd.resolve("folder.txt"));
    Path emptyLines = write("empty.jsonl", "\n\n");
    Corpus corpus = reader.read(List.of(empty, odd, emptyLines));
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.failures()).extracting(DocumentFailure::toLine).hasSize(5)
        .anySatisfy(l -> assertThat(l).contains("empty").contains("no .txt files"))
        .anySatisfy(l -> assertThat(l).contains("loop.txt").contains("not a regular file"))
        .anySatisfy(l -> assertThat(l).contains("broken.txt").contains("not a regular file"))
        .anySatisfy(l -> assertThat(l).contains("folder.txt").contains("a directory"))
        .anySatisfy(l -> assertThat(l).contains("empty.jsonl").contains("empty"));
  }

  @Test
  void aHugeSidecarIsAFailureNotAnOutOfMemoryError() throws IOException {
    write("a.txt", "First article.");
    write("a.json", "{\"title\": \"" + "x".repeat((int) CorpusReader.MAX_SIDECAR_BYTES) + "\"}");
    Corpus corpus = reader.read(List.of(dir));
    assertThat(corpus.failures()).singleElement()
        .satisfies(f -> assertThat(f.toLine()).contains("a.json").contains("too large"));
  }

  @Test
  void aLoneSurrogateInJsonLinesIsRejectedWithItsOffset() throws IOException {
    Path jsonl = write("lone.jsonl", "{\"id\": \"x\", \"text\": \"Hi \\ud800 there\"}\n");
    Corpus corpus = reader.read(List.of(jsonl));
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.failures()).singleElement().satisfies(f -> assertThat(f.toLine())
        .contains("lone.jsonl:1").contains("document x").contains("U+D800 at offset 3"));
  }

  /**
   * Found by CliFuzzTest.analyzeKeepsEveryInvariantOnCorruptedFilesSidecarsAndJsonLines: a bad id
   * or date with a lone surrogate was echoed into the failure's message, which then came out as
   * half a pair in the JSON output and as {@code ?} on standard error.
   */
  @Test
  void aFailureMessageSpellsTheLoneSurrogatesItQuotes() throws IOException {
    Path jsonl = write("bad.jsonl", "{\"id\": \"\\uD800\", \"text\": \"x\"}\n"
        + "{\"metadata\": {\"id\": \"d\", \"publicationDate\": \"\\uDBFF\"}, \"text\": \"x\"}\n"
        + "{\"id\": \"a\\uDC00\", \"text\": \"\\uD83D\\uDE00 kept\"}\n");
    write("s.txt", "Donate now.");
    write("s.json", "{\"id\": \"\\uD800\"}");
    Corpus corpus = reader.read(List.of(jsonl, dir.resolve("s.txt")));
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.failures()).extracting(DocumentFailure::message)
        .allSatisfy(m -> assertThat(Utf16.findLoneSurrogate(m)).isEmpty())
        .satisfiesExactly(
            m -> assertThat(m).startsWith(jsonl + ":1: ").endsWith("was \"\\uD800\""),
            m -> assertThat(m).startsWith(jsonl + ":2: ").contains("String \"\\uDBFF\""),
            m -> assertThat(m).startsWith(jsonl + ":3: ").endsWith("was \"a\\uDC00\""),
            m -> assertThat(m).contains("s.json").endsWith("was \"\\uD800\""));
  }

  @Test
  void writableKeepsPairsAndSpellsOnlyLoneSurrogates() {
    assertThat(Utf16.escapeLoneSurrogates("plain 😀")).isEqualTo("plain 😀");
    assertThat(Utf16.escapeLoneSurrogates("a\uD800b\uDE00\uD83D\uDE00\uDBFF"))
        .isEqualTo("a\\uD800b\\uDE00\uD83D\uDE00\\uDBFF");
  }
}
