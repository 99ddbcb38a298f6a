package org.annalist.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
import org.annalist.model.ItemFailure;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class AnnalistJsonTest {

  private final AnnalistJson json = AnnalistJson.create();

  @Test
  void analyzedDocumentsAndCorpusResultsRoundTripByteForByte() throws Exception {
    Document doc = ArticleParser.standard().parse("d1",
        "Headline here\n\nNazih Richani 4/24/2012\n\nThe minister visited on Monday.\n");
    AnalyzedDocument analyzed = AnalyzedDocument.of(doc);
    String text = json.write(analyzed);
    assertThat(json.read(text, AnalyzedDocument.class)).isEqualTo(analyzed);
    CorpusResult result = new CorpusResult(List.of(analyzed),
        List.of(new DocumentFailure("x.txt", "x", "read", "x.txt: the file is empty")));
    String corpus = json.writePretty(result);
    assertThat(json.write(json.read(corpus, CorpusResult.class))).isEqualTo(json.write(result));
  }

  @Test
  void itemFailuresRoundTripByteForByteInAFixedShape() throws Exception {
    String text = "Donate now.\nThe war lasted between 2019 and 2021.\n";
    Document doc = ArticleParser.standard().parse("d2", text);
    int at = text.indexOf("2019");
    AnalyzedDocument degraded = new AnalyzedDocument(doc, List.of(), List.of(ItemFailure.of("d2",
        "time", "expression", Span.of(text, at, at + 4),
        new IndexOutOfBoundsException("Index 2 out of bounds for length 2"))));
    String written = json.write(degraded);
    assertThat(written).endsWith(",\"layers\":[],\"itemFailures\":[{\"stage\":\"time\","
        + "\"item\":\"expression\",\"span\":{\"begin\":" + at + ",\"end\":" + (at + 4)
        + ",\"text\":\"2019\"},\"message\":\"document d2, offset " + at + ": stage 'time' "
        + "skipped the expression at [" + at + ", " + (at + 4) + "): "
        + "java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2\"}]}");
    AnalyzedDocument back = json.read(written, AnalyzedDocument.class);
    assertThat(back).isEqualTo(degraded);
    assertThat(json.write(back)).isEqualTo(written);
    assertThat(json.read(json.write(AnalyzedDocument.of(doc)).replace(",\"itemFailures\":[]", ""),
        AnalyzedDocument.class)).isEqualTo(AnalyzedDocument.of(doc));
  }

  @Test
  void jsonLinesHaveOneDocumentPerLine() {
    AnalyzedDocument a = AnalyzedDocument.of(ArticleParser.standard().parse("a", "First.\nLine."));
    AnalyzedDocument b = AnalyzedDocument.of(ArticleParser.standard().parse("b", "Second."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeJsonLines(new CorpusResult(List.of(a, b), List.of()), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(json.write(a) + "\n" + json.write(b) + "\n");
  }

  @Test
  void aStreamedObjectHasTheBytesOfTheWholeValue() {
    AnalyzedDocument a = AnalyzedDocument.of(ArticleParser.standard().parse("a", "First 😀.\nLine."));
    AnalyzedDocument b = AnalyzedDocument.of(ArticleParser.standard().parse("b", "Second."));
    DocumentFailure failure = new DocumentFailure("x.txt", "x", "read", "x.txt: the file is empty");
    CorpusResult whole = new CorpusResult(List.of(a, b), List.of(failure));
    for (boolean pretty : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonStreamWriter writer = json.streamObject(out, pretty)) {
        writer.beginArray("documents").element(a).element(b).endArray();
        writer.field("failures", List.of(failure));
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo((pretty ? json.writePretty(whole) : json.write(whole)) + "\n");
    }
  }

  @Test
  void aStreamThatCannotBeWrittenFailsLoudly() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    AnalyzedDocument a = AnalyzedDocument.of(ArticleParser.standard().parse("a", "First."));
    assertThatThrownBy(() -> json.writeJsonLines(new CorpusResult(List.of(a), List.of()), full))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device");
  }
}
