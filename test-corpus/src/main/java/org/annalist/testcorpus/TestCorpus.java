package org.annalist.testcorpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.model.DocumentMetadata;

/**
 * The five bundled articles, read from this artifact's classpath resources under {@value #ROOT}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * CorpusResult result = Annalist.defaultPipeline().analyze(TestCorpus.corpus(), 2);
 * }</pre>
 */
public final class TestCorpus {

  /** The resource folder holding {@code <id>.txt} and {@code <id>.json}. */
  public static final String ROOT = "annalist-test-corpus";

  /** The document ids, which are the articles' file names. */
  public static final List<String> IDS =
      List.of(
          "000_0992c36e7527908a",
          "001_fa503946337120b6",
          "002_929fabcdb719644e",
          "003_23f886cc65bb6d3e",
          "004_2548ac03265b6e4d");

  private TestCorpus() {}

  /** {@return all five articles, in id order, read from the classpath on each call} */
  public static Corpus corpus() {
    return Corpus.of(IDS.stream().map(TestCorpus::article).toList());
  }

  /**
   * One article with its sidecar metadata.
   *
   * @param id one of {@link #IDS}
   * @return the article, with source {@code classpath:...}
   * @throws IllegalArgumentException if {@code id} is not one of {@link #IDS}
   */
  public static ArticleSource article(String id) {
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("no bundled article '" + id + "'; ids are " + IDS);
    }
    String text = resource(id + ".txt");
    DocumentMetadata metadata;
    try {
      metadata = AnnalistJson.create().read(resource(id + ".json"), DocumentMetadata.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("broken bundled metadata for " + id, e);
    }
    return new ArticleSource(text, metadata, "classpath:" + ROOT + "/" + id + ".txt");
  }

  /**
   * {@return the raw text of a resource of this corpus}, as UTF-8
   *
   * @param name a file name such as {@code 004_2548ac03265b6e4d.txt}
   * @throws IllegalStateException if there is no such resource
   */
  public static String resource(String name) {
    String path = ROOT + "/" + name;
    try (InputStream in = TestCorpus.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
