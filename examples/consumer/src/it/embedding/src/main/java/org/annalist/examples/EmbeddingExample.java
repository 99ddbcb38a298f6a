package org.annalist.examples;

import org.annalist.Annalist;
import org.annalist.core.io.AnnalistJson;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Sentence;
import org.annalist.model.TextLayer;

/**
 * The README's embedding example, as a user's program: its imports and the lines between the
 * markers are the README's code block ({@code EmbeddingExampleTest} checks it). Run it with no
 * arguments.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  public static void main(String[] args) {
    // README example: begin
    Pipeline pipeline = Annalist.defaultPipeline(); // loads the models: build once, share
    AnalyzedDocument doc = pipeline.analyze("example-1",
        "BOGOTA, Colombia — President Gustavo Petro spoke on Sunday. He said relations would end.");
    TextLayer text = doc.expect(TextLayer.KEY);
    for (Sentence sentence : text.sentences()) {
      System.out.println(sentence.span().begin() + "-" + sentence.span().end() + " "
          + sentence.section() + ": " + sentence.span().text());
    }
    System.out.println(AnnalistJson.create().write(doc));
    // prints e.g. "19-59 BODY_PARAGRAPH: President Gustavo Petro spoke on Sunday."
    // README example: end
  }
}
