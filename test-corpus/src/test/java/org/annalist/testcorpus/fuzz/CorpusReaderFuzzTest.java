package org.annalist.testcorpus.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.annalist.Annalist;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.Document;
import org.annalist.model.StructureElement;
import org.annalist.testcorpus.fuzz.InputFiles.InputFile;
import org.annalist.testcorpus.fuzz.InputFiles.InputTree;
import org.annalist.testcorpus.fuzz.InputFiles.Written;

/**
 * {@link CorpusReader} on generated file trees ({@link InputFiles}): reading never throws and
 * accounts for every input exactly as {@link Accounting} states (each {@code .txt} entry of a
 * directory, each file named, each non-blank JSON Lines line, each missing path, each time it is
 * given, as an article or a failure naming it; the failures that must be; no file read twice, no id
 * used twice); {@code readArticle} throws nothing but {@link InvalidInputException}; a corpus run
 * of what was read accounts for every input the same way; a UTF-8 byte order mark changes nothing
 * the parser finds.
 */
@AddLifecycleHook(FuzzSettings.class)
class CorpusReaderFuzzTest {

  private static Pipeline pipeline;
  private static final CorpusReader READER = CorpusReader.create();

  @BeforeContainer
  static void loadModels() {
    pipeline = Annalist.defaultPipeline();
  }

  @Provide
  Arbitrary<InputTree> anyTrees() {
    return InputFiles.trees(true, 8, 2);
  }

  @Provide
  Arbitrary<InputTree> smallTreesWithValidNames() {
    return InputFiles.trees(false, 2, 1, 2);
  }

  @Provide
  Arbitrary<List<InputFile>> singleFiles() {
    return InputFiles.singleFiles(true);
  }

  @Provide
  Arbitrary<String> wellFormedArticles() {
    return Texts.wellFormedArticles();
  }

  @Property
  void readingAccountsForEveryInput(@ForAll("anyTrees") InputTree tree) throws IOException {
    Path root = Files.createTempDirectory("fuzz-read");
    try {
      Written written = tree.write(root);
      Accounting.checkReading(written.expected(), READER.read(written.paths()));
    } finally {
      InputFiles.delete(root);
    }
  }

  @Property
  void readArticleThrowsOnlyInvalidInput(@ForAll("singleFiles") List<InputFile> files)
      throws IOException {
    Path root = Files.createTempDirectory("fuzz-article");
    try {
      for (InputFile f : files) {
        Files.write(root.resolve(f.name()), f.bytes());
      }
      try {
        ArticleSource article = READER.readArticle(root.resolve(files.get(0).name()));
        assertThat(article.text()).isNotBlank();
      } catch (InvalidInputException e) {
        // names the article file, or its sidecar when that is what is broken
        String name = files.get(0).name();
        assertThat(e.getMessage()).contains(name.substring(0, name.length() - ".txt".length()));
      }
    } finally {
      InputFiles.delete(root);
    }
  }

  @Property
  void corpusRunAccountsForEveryInput(@ForAll("smallTreesWithValidNames") InputTree tree)
      throws IOException {
    Path root = Files.createTempDirectory("fuzz-run");
    try {
      Written written = tree.write(root);
      CorpusResult result = pipeline.analyze(READER.read(written.paths()), 2);
      Accounting.checkRun(written.expected(),
          result.documents().stream().map(d -> d.document().id()).toList(),
          result.documents().stream().map(d -> d.document().text()).toList(),
          result.failures());
    } finally {
      InputFiles.delete(root);
    }
  }

  @Property
  void byteOrderMarkChangesNothingTheParserFinds(@ForAll("wellFormedArticles") String text)
      throws IOException {
    net.jqwik.api.Assume.that(!text.isBlank() && !text.startsWith("\uFEFF"));
    Path root = Files.createTempDirectory("fuzz-bom");
    try {
      Files.write(root.resolve("plain.txt"), text.getBytes(StandardCharsets.UTF_8));
      Files.write(root.resolve("bom.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
      ArticleParser parser = ArticleParser.standard();
      ArticleSource plain = READER.readArticle(root.resolve("plain.txt"));
      ArticleSource bom = READER.readArticle(root.resolve("bom.txt"));
      Document withoutMark = parser.parse(plain.text(), plain.metadata());
      Document withMark = parser.parse(bom.text(), plain.metadata());
      assertThat(describe(withMark)).isEqualTo(describe(withoutMark));
      assertThat(withMark.date().findExact()).isEqualTo(withoutMark.date().findExact());
    } finally {
      InputFiles.delete(root);
    }
  }

  /** The structure as labels and covered texts (offsets may shift by the mark). */
  private static List<String> describe(Document document) {
    return document.structure().stream()
        .map((StructureElement e) -> e.label() + " " + JsonChecks.quote(e.span().text()))
        .toList();
  }
}
