package org.annalist.extraction.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class ModelAverageTest {

  private static PerceptronModel model(String[] outcomes, String[] features, Context... params) {
    return new PerceptronModel(params, features, outcomes);
  }

  @Test
  void weightsAreMeansMatchedByNameAndMissingWeightsCountAsZero() {
    MaxentModel a = model(new String[] {"x", "y"}, new String[] {"f", "g"},
        new Context(new int[] {0, 1}, new double[] {2, 4}),
        new Context(new int[] {1}, new double[] {6}));
    // the same outcomes in the other order, and a feature the first model lacks
    MaxentModel b = model(new String[] {"y", "x"}, new String[] {"f", "h"},
        new Context(new int[] {0, 1}, new double[] {2, 4}),
        new Context(new int[] {0}, new double[] {-2}));

    PerceptronModel mean = ModelAverage.of(List.of(a, b));

    assertThat(weight(mean, "f", "x")).isEqualTo(3.0);
    assertThat(weight(mean, "f", "y")).isEqualTo(3.0);
    assertThat(weight(mean, "g", "x")).isEqualTo(0.0);
    assertThat(weight(mean, "g", "y")).isEqualTo(3.0);
    assertThat(weight(mean, "h", "x")).isEqualTo(0.0);
    assertThat(weight(mean, "h", "y")).isEqualTo(-1.0);
    // so it ranks as the mean of the two models' scores: h counts against y
    double[] h = mean.eval(new String[] {"h"});
    assertThat(h[mean.getIndex("x")]).isGreaterThan(h[mean.getIndex("y")]);
  }

  private static double weight(PerceptronModel model, String feature, String outcome) {
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
    Context c = features.get(feature);
    int o = model.getIndex(outcome);
    for (int i = 0; i < c.getOutcomes().length; i++) {
      if (c.getOutcomes()[i] == o) {
        return c.getParameters()[i];
      }
    }
    return 0.0;
  }

  @Test
  void differentOutcomesAreRejected() {
    MaxentModel a = model(new String[] {"x", "y"}, new String[] {"f"},
        new Context(new int[] {0}, new double[] {1}));
    MaxentModel b = model(new String[] {"x", "z"}, new String[] {"f"},
        new Context(new int[] {0}, new double[] {1}));
    assertThatThrownBy(() -> ModelAverage.of(List.of(a, b))).hasMessageContaining("outcome z");
    assertThatThrownBy(() -> ModelAverage.of(List.of())).hasMessageContaining("no models");
  }
}
