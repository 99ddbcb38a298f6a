package org.annalist.extraction.entities.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Beam-search decoding of an OpenNLP averaged-perceptron name-finder model, giving the tags
 * {@code NameFinderME} gives (same features, same scores, same search) in about a third of the
 * time: OpenNLP computes every feature of a token again for each sequence in the beam, and
 * looks each up in the model again, while only four of them ({@code po}, {@code pow}, {@code
 * powf}, {@code ppo}) depend on the sequence. This decoder sums the weights of the others once
 * per token and adds those four per sequence. Scores may differ from OpenNLP's in the last bits
 * (the sums are added in another order), so a tie may rarely be broken differently.
 *
 * <p>Only perceptron models ({@link #find} is empty for others). Immutable and thread-safe; a
 * {@link Session} (one per document, holding OpenNLP's adaptive feature data) is not.
 */
final class NameDecoder {

  /** OpenNLP's outcome for "outside", also its previous outcome at a sentence start. */
  private static final String OTHER = "other";

  /** OpenNLP's lower bound on a sequence's score (its {@code BeamSearch} "zeroLog"). */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final TokenNameFinderFactory factory;
  private final SequenceCodec<String> codec;
  private final int beam;

  @SuppressWarnings("unchecked")
  private NameDecoder(AbstractModel model, TokenNameFinderFactory factory,
      SequenceCodec<String> codec, int beam) {
    Object[] data = model.getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.factory = factory;
    this.codec = codec;
    this.beam = beam;
  }

  /**
   * A decoder for {@code model}, if it is a perceptron model.
   *
   * @param model the trained model
   * @param factory the factory of its feature generators
   * @param codec its outcome codec
   * @param beam the beam size
   */
  static Optional<NameDecoder> of(MaxentModel model, TokenNameFinderFactory factory,
      SequenceCodec<String> codec, int beam) {
    Objects.requireNonNull(factory, "factory");
    if (model instanceof AbstractModel m
        && m.getModelType() == AbstractModel.ModelType.Perceptron) {
      return Optional.of(new NameDecoder(m, factory, codec, beam));
    }
    return Optional.empty();
  }

  /** {@return a session for one document} */
  Session session() {
    return new Session();
  }

  /** Decodes the sentences of one document in order; not thread-safe. */
  final class Session {
    private final NameContextGenerator generator = factory.createContextGenerator();
    private final AdditionalContextFeatureGenerator additional =
        new AdditionalContextFeatureGenerator();
    private final SequenceValidator<String> validator = codec.createSequenceValidator();
    private final int n = outcomes.length;

    private Session() {
      // as NameFinderME and OpenNLP's training event stream add it
      generator.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
    }

    /**
     * The names in one sentence, with OpenNLP's probabilities (the mean of the tags'); updates
     * the document's adaptive data (previous-outcome map) as {@code NameFinderME.find} does.
     */
    Span[] find(String[] tokens, String[][] context) {
      additional.setCurrentContext(context);
      List<Node> current = new ArrayList<>();
      current.add(new Node(null, -1, 1, 0));
      double[] base = new double[n];
      double[] scores = new double[n];
      Map<Long, double[]> dynamic = new HashMap<>();
      for (int i = 0; i < tokens.length; i++) {
        Arrays.fill(base, 0);
        for (String feature : generator.getContext(i, tokens, null, context)) {
          add(base, feature);
        }
        String token = tokens[i];
        String shape = FeatureGeneratorUtil.tokenFeature(token);
        dynamic.clear();
        List<Node> next = new ArrayList<>();
        for (Node top : current) {
          int po = top.outcome;
          int ppo = top.parent == null ? -1 : top.parent.outcome;
          double[] extra = dynamic.computeIfAbsent((long) po * 1024 + ppo + 1,
              k -> previousOutcomeSums(token, shape, po, ppo));
          for (int o = 0; o < n; o++) {
            scores[o] = base[o] + extra[o];
          }
          normalise(scores);
          double[] sorted = scores.clone();
          Arrays.sort(sorted);
          double min = sorted[Math.max(0, n - beam)];
          String[] path = top.path(outcomes);
          for (int p = 0; p < n; p++) {
            if (scores[p] >= min && validator.validSequence(i, tokens, path, outcomes[p])) {
              Node node = new Node(top, p, scores[p], top.score + StrictMath.log(scores[p]));
              if (node.score > MIN_SEQUENCE_SCORE) {
                next.add(node);
              }
            }
          }
          if (next.isEmpty()) {
            for (int p = 0; p < n; p++) {
              if (validator.validSequence(i, tokens, path, outcomes[p])) {
                Node node = new Node(top, p, scores[p], top.score + StrictMath.log(scores[p]));
                if (node.score > MIN_SEQUENCE_SCORE) {
                  next.add(node);
                }
              }
            }
          }
        }
        // stable: among equal scores the earlier candidate first
        next.sort((a, b) -> Double.compare(b.score, a.score));
        current = next.size() > beam ? new ArrayList<>(next.subList(0, beam)) : next;
        if (current.isEmpty()) {
          break;
        }
      }
      String[] tags = new String[tokens.length];
      double[] probs = new double[tokens.length];
      Node best = current.isEmpty() ? null : current.get(0);
      if (best == null || best.index != tokens.length - 1) {
        Arrays.fill(tags, OTHER);
      } else {
        for (Node node = best; node.parent != null; node = node.parent) {
          tags[node.index] = outcomes[node.outcome];
          probs[node.index] = node.prob;
        }
      }
      generator.updateAdaptiveData(tokens, tags);
      Span[] spans = codec.decode(Arrays.asList(tags));
      for (int s = 0; s < spans.length; s++) {
        double p = 0;
        for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
          p += probs[t];
        }
        spans[s] = new Span(spans[s], p / spans[s].length());
      }
      return spans;
    }

    private double[] previousOutcomeSums(String token, String shape, int po, int ppo) {
      String p = po < 0 ? OTHER : outcomes[po];
      String pp = ppo < 0 ? OTHER : outcomes[ppo];
      double[] sums = new double[n];
      add(sums, "po=" + p);
      add(sums, "pow=" + p + "," + token);
      add(sums, "powf=" + p + "," + shape);
      add(sums, "ppo=" + pp);
      return sums;
    }

    private void add(double[] sums, String feature) {
      Context c = weights.get(feature);
      if (c != null) {
        int[] which = c.getOutcomes();
        double[] w = c.getParameters();
        for (int a = 0; a < which.length; a++) {
          sums[which[a]] += w[a];
        }
      }
    }

    /** OpenNLP's perceptron normalisation: {@code exp(score / max(1, max |score|))}, to sum 1. */
    private void normalise(double[] scores) {
      double max = 1;
      for (double s : scores) {
        if (max < StrictMath.abs(s)) {
          max = StrictMath.abs(s);
        }
      }
      double sum = 0;
      for (int o = 0; o < scores.length; o++) {
        scores[o] = StrictMath.exp(scores[o] / max);
        sum += scores[o];
      }
      for (int o = 0; o < scores.length; o++) {
        scores[o] /= sum;
      }
    }
  }

  /** One step of a candidate sequence, linked to its parent (the root has none). */
  private static final class Node {
    private final Node parent;
    private final int outcome;
    private final double prob;
    private final double score;
    /** The token this step tags: 0 for the first, -1 for the root. */
    private final int index;

    Node(Node parent, int outcome, double prob, double score) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = score;
      this.index = parent == null ? -1 : parent.index + 1;
    }

    /** The outcomes up to and including this step, as OpenNLP's validator wants them. */
    String[] path(String[] names) {
      String[] path = new String[index + 1];
      for (Node node = this; node.parent != null; node = node.parent) {
        path[node.index] = names[node.outcome];
      }
      return path;
    }
  }
}
