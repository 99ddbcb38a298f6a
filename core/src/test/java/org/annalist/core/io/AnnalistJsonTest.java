package org.annalist.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.annalist.core.parse.ArticleParser;
import org.annalist.core.pipeline.CorpusResult;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Document;
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
  void jsonLinesHaveOneDocumentPerLine() {
    AnalyzedDocument a = AnalyzedDocument.of(ArticleParser.standard().parse("a", "First.\nLine."));
    AnalyzedDocument b = AnalyzedDocument.of(ArticleParser.standard().parse("b", "Second."));
    StringWriter out = new StringWriter();
    json.writeJsonLines(new CorpusResult(List.of(a, b), List.of()), out);
    assertThat(out.toString().split("\n")).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"document\""));
  }
}
