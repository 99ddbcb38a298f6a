package org.annalist.extraction.events.triggers;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A log-linear (maximum-entropy) classifier in a compact form: one weight per (feature, outcome),
 * stored as floats; the probability of each outcome is the softmax of the summed weights of the
 * active features, exactly as OpenNLP's maxent models compute it. Converted from an OpenNLP model
 * after training, written and read by the project (so loading needs neither OpenNLP's model
 * reader nor any global property, and takes a few tens of milliseconds). Immutable and
 * thread-safe.
 */
final class LinearModel {

  /** Features whose weights are all smaller than this in absolute value are dropped. */
  static final double PRUNE = 1e-3;

  private final String[] outcomes;
  private final Map<String, Integer> index;
  private final float[] weights;

  private LinearModel(String[] outcomes, Map<String, Integer> index, float[] weights) {
    this.outcomes = outcomes;
    this.index = index;
    this.weights = weights;
  }

  /** {@return the model's parameters, features with only tiny weights dropped} */
  static LinearModel of(AbstractModel model) {
    Object[] data = model.getDataStructures();
    // OpenNLP 2.5: {Context[] parameters, Map<String, Context> by feature, String[] outcomes}
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = ((String[]) data[2]).clone();
    int n = outcomes.length;
    List<String> kept = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (Map.Entry<String, Context> e : new java.util.TreeMap<>(pmap).entrySet()) {
      float[] row = new float[n];
      int[] o = e.getValue().getOutcomes();
      double[] w = e.getValue().getParameters();
      double max = 0;
      for (int k = 0; k < o.length; k++) {
        row[o[k]] = (float) w[k];
        max = Math.max(max, Math.abs(w[k]));
      }
      if (max >= PRUNE) {
        kept.add(e.getKey());
        rows.add(row);
      }
    }
    Map<String, Integer> index = new HashMap<>(kept.size() * 2);
    float[] weights = new float[kept.size() * n];
    for (int p = 0; p < kept.size(); p++) {
      index.put(kept.get(p), p);
      System.arraycopy(rows.get(p), 0, weights, p * n, n);
    }
    return new LinearModel(outcomes, index, weights);
  }

  int outcomeCount() {
    return outcomes.length;
  }

  String outcome(int k) {
    return outcomes[k];
  }

  int featureCount() {
    return index.size();
  }

  /** {@return the index of {@code outcome}, or -1} */
  int indexOf(String outcome) {
    for (int k = 0; k < outcomes.length; k++) {
      if (outcomes[k].equals(outcome)) {
        return k;
      }
    }
    return -1;
  }

  /** {@return the probability of each outcome given the active features} */
  double[] eval(String[] context) {
    int n = outcomes.length;
    double[] sums = new double[n];
    for (String c : context) {
      Integer p = index.get(c);
      if (p != null) {
        int base = p * n;
        for (int k = 0; k < n; k++) {
          sums[k] += weights[base + k];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : sums) {
      max = Math.max(max, s);
    }
    double total = 0;
    for (int k = 0; k < n; k++) {
      sums[k] = Math.exp(sums[k] - max);
      total += sums[k];
    }
    for (int k = 0; k < n; k++) {
      sums[k] /= total;
    }
    return sums;
  }

  /** Writes the outcomes, the feature names (one UTF-8 block) and the weights (one block). */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(outcomes.length);
    for (String o : outcomes) {
      out.writeUTF(o);
    }
    String[] names = new String[index.size()];
    index.forEach((name, p) -> names[p] = name);
    byte[] text = String.join("\n", names).getBytes(StandardCharsets.UTF_8);
    out.writeInt(names.length);
    out.writeInt(text.length);
    out.write(text);
    ByteBuffer buffer = ByteBuffer.allocate(weights.length * Float.BYTES);
    buffer.asFloatBuffer().put(weights);
    out.write(buffer.array());
  }

  /** Reads what {@link #write} wrote; {@link IOException} if it is inconsistent. */
  static LinearModel read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 2 || n > 64) {
      throw new IOException("bad outcome count " + n);
    }
    String[] outcomes = new String[n];
    for (int k = 0; k < n; k++) {
      outcomes[k] = in.readUTF();
    }
    int count = in.readInt();
    int length = in.readInt();
    if (count < 0 || length < 0 || length > (1 << 28) || (long) count * n > (1 << 26)) {
      throw new IOException("bad feature count " + count + " or length " + length);
    }
    byte[] text = new byte[length];
    in.readFully(text);
    String all = new String(text, StandardCharsets.UTF_8);
    Map<String, Integer> index = new HashMap<>(count * 2);
    int start = 0;
    for (int p = 0; p < count; p++) {
      int end = all.indexOf('\n', start);
      if (end < 0) {
        end = all.length();
      }
      if (start > all.length() || (p == count - 1) != (end == all.length())) {
        throw new IOException("feature names do not match the count " + count);
      }
      index.put(all.substring(start, end), p);
      start = end + 1;
    }
    if (count > 0 && index.size() != count) {
      throw new IOException("duplicate feature names");
    }
    byte[] raw = new byte[count * n * Float.BYTES];
    in.readFully(raw);
    float[] weights = new float[count * n];
    ByteBuffer.wrap(raw).asFloatBuffer().get(weights);
    for (float w : weights) {
      if (!Float.isFinite(w)) {
        throw new IOException("a weight is not finite");
      }
    }
    return new LinearModel(outcomes, index, weights);
  }
}
