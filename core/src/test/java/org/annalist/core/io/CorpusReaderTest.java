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
  void keepsTheTextByteForByte() throws IOException {
    String text = "\uFEFFLine one\r\nLine two \u00A0\r\n\uD83D\uDE00";
    write("raw.txt", text);
    assertThat(reader.readArticle(dir.resolve("raw.txt")).text()).isEqualTo(text);
  }
}
