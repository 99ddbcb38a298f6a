package org.annalist.extraction.entities.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The parameter average of perceptron models over the same outcomes: for every feature and
 * outcome, the mean of the models' weights (a weight a model lacks counts as 0). Since a
 * perceptron's score is linear in its weights, the average model scores every outcome with the
 * mean of the models' scores, so it tags like a score-averaging ensemble at the cost of one model.
 */
final class ModelAverage {

  private ModelAverage() {}

  /**
   * Averages perceptron models.
   *
   * @param models at least one perceptron model; all with the same outcomes, in any order
   * @return the average, a perceptron model
   * @throws IllegalArgumentException if a model is not a perceptron or the outcomes differ
   */
  static PerceptronModel of(List<MaxentModel> models) {
    Objects.requireNonNull(models, "models");
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    String[] outcomes = outcomes(models.get(0));
    Map<String, Integer> outcomeIndex = new LinkedHashMap<>();
    for (int o = 0; o < outcomes.length; o++) {
      outcomeIndex.put(outcomes[o], o);
    }
    // sorted, so the result does not depend on hash order
    Map<String, double[]> sums = new TreeMap<>();
    for (MaxentModel m : models) {
      String[] names = outcomes(m);
      if (names.length != outcomes.length) {
        throw new IllegalArgumentException("models with different outcomes: "
            + String.join(" ", outcomes) + " / " + String.join(" ", names));
      }
      int[] to = new int[names.length];
      for (int o = 0; o < names.length; o++) {
        Integer index = outcomeIndex.get(names[o]);
        if (index == null) {
          throw new IllegalArgumentException("outcome " + names[o] + " missing from the first "
              + "model's " + String.join(" ", outcomes));
        }
        to[o] = index;
      }
      @SuppressWarnings("unchecked")
      Map<String, Context> features = (Map<String, Context>) ((AbstractModel) m)
          .getDataStructures()[1];
      for (Map.Entry<String, Context> e : features.entrySet()) {
        double[] sum = sums.computeIfAbsent(e.getKey(), k -> new double[outcomes.length]);
        int[] os = e.getValue().getOutcomes();
        double[] ps = e.getValue().getParameters();
        for (int i = 0; i < os.length; i++) {
          sum[to[os[i]]] += ps[i];
        }
      }
    }
    String[] predicates = sums.keySet().toArray(String[]::new);
    Context[] params = new Context[predicates.length];
    int p = 0;
    for (double[] sum : sums.values()) {
      List<Integer> os = new ArrayList<>();
      for (int o = 0; o < sum.length; o++) {
        if (sum[o] != 0) {
          os.add(o);
        }
      }
      int[] outcomeIds = os.stream().mapToInt(Integer::intValue).toArray();
      double[] values = new double[outcomeIds.length];
      for (int i = 0; i < outcomeIds.length; i++) {
        values[i] = sum[outcomeIds[i]] / models.size();
      }
      params[p++] = new Context(outcomeIds, values);
    }
    return new PerceptronModel(params, predicates, outcomes);
  }

  private static String[] outcomes(MaxentModel model) {
    if (!(model instanceof AbstractModel m)
        || m.getModelType() != AbstractModel.ModelType.Perceptron) {
      throw new IllegalArgumentException("only perceptron models can be averaged, not "
          + model.getClass().getSimpleName());
    }
    String[] names = new String[m.getNumOutcomes()];
    for (int o = 0; o < names.length; o++) {
      names[o] = m.getOutcome(o);
    }
    return names;
  }
}
