package org.annalist.extraction.entities.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.core.eval.conll.Chunks;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.EntityScorer;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.core.eval.conll.TypedSpan;

/**
 * Tags CoNLL-2003 documents with a {@link NameFinderRecognizer}, keeping their tokenisation, and
 * scores the result against their gold tags.
 *
 * <p>Stateless and thread-safe. Documents are tagged in parallel on the common fork-join pool.
 *
 * <pre>{@code
 * List<ConllDocument> predicted = ConllEvaluation.tag(ner, dev, TagScheme.IOB1);
 * EntityScores scores = ConllEvaluation.score(dev, predicted);
 * }</pre>
 */
public final class ConllEvaluation {

  /** The three types usually reported together: PER, ORG and LOC. */
  public static final List<String> PER_ORG_LOC = List.of("PER", "ORG", "LOC");

  private ConllEvaluation() {}

  /**
   * Copies of {@code documents} whose tags are the recogniser's, written in {@code scheme}, with
   * CoNLL type names ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}). Each document is
   * recognised as a whole ({@link NameFinderRecognizer#recognizeDocument}), in parallel.
   *
   * @param recognizer the name model
   * @param documents CoNLL documents; their own tags are ignored
   * @param scheme the tag scheme to write
   * @return the tagged copies, in input order
   */
  public static List<ConllDocument> tag(NameFinderRecognizer recognizer,
      List<ConllDocument> documents, TagScheme scheme) {
    Objects.requireNonNull(recognizer, "recognizer");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(scheme, "scheme");
    return documents.parallelStream().map(d -> tag(recognizer, d, scheme)).toList();
  }

  private static ConllDocument tag(NameFinderRecognizer recognizer, ConllDocument document,
      TagScheme scheme) {
    List<List<String>> sentences = document.sentences().stream().map(ConllSentence::texts)
        .toList();
    List<List<RecognizedName>> names = recognizer.recognizeDocument(sentences);
    List<ConllSentence> tagged = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      List<TypedSpan> spans = names.get(i).stream()
          .map(n -> new TypedSpan(n.start(), n.end(), NameFinderRecognizer.conllType(n.type())))
          .toList();
      ConllSentence sentence = document.sentences().get(i);
      tagged.add(sentence.withTags(Chunks.encode(spans, sentence.size(), scheme)));
    }
    return new ConllDocument(tagged);
  }

  /**
   * Entity-level scores of {@code predicted} against {@code gold}, sentence by sentence.
   *
   * @param gold the gold documents
   * @param predicted the same documents with predicted tags
   * @return the counts per type
   * @throws IllegalArgumentException if the documents or sentences do not correspond
   */
  public static EntityScores score(List<ConllDocument> gold, List<ConllDocument> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold documents but " + predicted.size()
          + " predicted");
    }
    EntityScorer scorer = EntityScorer.create();
    for (int d = 0; d < gold.size(); d++) {
      List<ConllSentence> g = gold.get(d).sentences();
      List<ConllSentence> p = predicted.get(d).sentences();
      if (g.size() != p.size()) {
        throw new IllegalArgumentException("document " + d + ": " + g.size()
            + " gold sentences but " + p.size() + " predicted");
      }
      for (int s = 0; s < g.size(); s++) {
        scorer.addTags(g.get(s).tags(), p.get(s).tags());
      }
    }
    return scorer.scores();
  }
}
