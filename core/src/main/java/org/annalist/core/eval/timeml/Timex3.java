package org.annalist.core.eval.timeml;

import java.util.Objects;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;

/**
 * One TimeML TIMEX3 annotation inside a document's TEXT: its span in the TEXT string and its
 * attributes. Only {@code span}, {@code type} and {@code value} are required; the other attributes
 * are {@code null} when absent. {@code tid} may be {@code null} for a system annotation that has not
 * been numbered yet ({@link TimemlWriter} numbers them).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Timex3 friday = Timex3.builder(Span.of(text, 120, 126), TimexType.DATE, "1998-08-07").build();
 * Timex3 approx = friday.toBuilder().mod(TimexMod.APPROX).build();
 * }</pre>
 *
 * @param tid the TimeML id ({@code t1}), or {@code null} if not assigned
 * @param span the characters covered, in TEXT coordinates; never empty
 * @param type the TIMEX3 type
 * @param value the normalised value ({@code 1998-08-07}, {@code P3D}, {@code PAST_REF})
 * @param mod the modifier, or {@code null}
 * @param anchorTimeId the {@code anchorTimeID} attribute, or {@code null}
 * @param beginPoint the {@code beginPoint} attribute, or {@code null}
 * @param endPoint the {@code endPoint} attribute, or {@code null}
 * @param quant the {@code quant} attribute of a SET, or {@code null}
 * @param freq the {@code freq} attribute of a SET, or {@code null}
 * @param temporalFunction the {@code temporalFunction} attribute as written ({@code "true"} or
 *     {@code "false"}), or {@code null}
 * @param functionInDocument the {@code functionInDocument} attribute ({@code NONE}, {@code
 *     CREATION_TIME}, {@code PUBLICATION_TIME}...), or {@code null}
 */
public record Timex3(
    String tid,
    Span span,
    TimexType type,
    String value,
    TimexMod mod,
    String anchorTimeId,
    String beginPoint,
    String endPoint,
    String quant,
    String freq,
    String temporalFunction,
    String functionInDocument) {

  /** The {@code functionInDocument} value of the document creation time. */
  public static final String CREATION_TIME = "CREATION_TIME";

  /** TimeML ids: letters, digits and {@code - . _ :} (the TempEval-3 schema's pattern). */
  static final Pattern ID = Pattern.compile("[-._:A-Za-z0-9]+");

  /**
   * Checks the components.
   *
   * @param tid the TimeML id ({@code t1}), or {@code null} if not assigned
   * @param span the characters covered, in TEXT coordinates; never empty
   * @param type the TIMEX3 type
   * @param value the normalised value ({@code 1998-08-07}, {@code P3D}, {@code PAST_REF})
   * @param mod the modifier, or {@code null}
   * @param anchorTimeId the {@code anchorTimeID} attribute, or {@code null}
   * @param beginPoint the {@code beginPoint} attribute, or {@code null}
   * @param endPoint the {@code endPoint} attribute, or {@code null}
   * @param quant the {@code quant} attribute of a SET, or {@code null}
   * @param freq the {@code freq} attribute of a SET, or {@code null}
   * @param temporalFunction the {@code temporalFunction} attribute as written ({@code "true"} or
   *     {@code "false"}), or {@code null}
   * @param functionInDocument the {@code functionInDocument} attribute ({@code NONE}, {@code
   *     CREATION_TIME}, {@code PUBLICATION_TIME}...), or {@code null}
   * @throws IllegalArgumentException naming the span if it is empty or an id attribute does not
   *     match the TimeML id pattern
   * @throws NullPointerException if the span, type or value is {@code null}
   */
  public Timex3 {
    Objects.requireNonNull(span, "span of a TIMEX3");
    if (span.length() == 0) {
      throw new IllegalArgumentException("a TIMEX3 cannot be empty, at offset " + span.begin());
    }
    Objects.requireNonNull(type, "type of TIMEX3 " + span);
    Objects.requireNonNull(value, "value of TIMEX3 " + span);
    requireId(tid, "tid", span);
    requireId(anchorTimeId, "anchorTimeID", span);
    requireId(beginPoint, "beginPoint", span);
    requireId(endPoint, "endPoint", span);
  }

  private static void requireId(String id, String name, Span span) {
    if (id != null && !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          name + " of TIMEX3 " + span + " must match " + ID + ", was \"" + id + "\"");
    }
  }

  /**
   * {@return a builder for a TIMEX3 over {@code span} with the required attributes}
   *
   * @param span the characters covered, in TEXT coordinates
   * @param type the TIMEX3 type
   * @param value the normalised value
   */
  public static Builder builder(Span span, TimexType type, String value) {
    return new Builder(span, type, value);
  }

  /** {@return a new builder holding every attribute of this annotation} */
  public Builder toBuilder() {
    return new Builder(span, type, value)
        .tid(tid)
        .mod(mod)
        .anchorTimeId(anchorTimeId)
        .beginPoint(beginPoint)
        .endPoint(endPoint)
        .quant(quant)
        .freq(freq)
        .temporalFunction(temporalFunction)
        .functionInDocument(functionInDocument);
  }

  /** {@return whether this is marked as the document creation time} */
  public boolean isCreationTime() {
    return CREATION_TIME.equals(functionInDocument);
  }

  /**
   * {@return whether the spans of the two annotations share at least one character}
   *
   * @param other another annotation of the same text
   */
  public boolean overlaps(Timex3 other) {
    return span.begin() < other.span.end() && other.span.begin() < span.end();
  }

  /** {@return a one-line description: {@code [120, 126) "Friday" DATE 1998-08-07}} */
  public String describe() {
    return span + " " + type + " " + value + (mod == null ? "" : " mod=" + mod);
  }

  /** Builds a {@link Timex3}; not thread-safe. */
  public static final class Builder {
    private final Span span;
    private final TimexType type;
    private final String value;
    private String tid;
    private TimexMod mod;
    private String anchorTimeId;
    private String beginPoint;
    private String endPoint;
    private String quant;
    private String freq;
    private String temporalFunction;
    private String functionInDocument;

    private Builder(Span span, TimexType type, String value) {
      this.span = span;
      this.type = type;
      this.value = value;
    }

    /**
     * Sets {@code tid}.
     *
     * @param v the TimeML id, or {@code null}
     * @return this builder
     */
    public Builder tid(String v) {
      this.tid = v;
      return this;
    }

    /**
     * Sets {@code mod}.
     *
     * @param v the modifier, or {@code null}
     * @return this builder
     */
    public Builder mod(TimexMod v) {
      this.mod = v;
      return this;
    }

    /**
     * Sets {@code anchorTimeId}.
     *
     * @param v the {@code anchorTimeID}, or {@code null}
     * @return this builder
     */
    public Builder anchorTimeId(String v) {
      this.anchorTimeId = v;
      return this;
    }

    /**
     * Sets {@code beginPoint}.
     *
     * @param v the {@code beginPoint}, or {@code null}
     * @return this builder
     */
    public Builder beginPoint(String v) {
      this.beginPoint = v;
      return this;
    }

    /**
     * Sets {@code endPoint}.
     *
     * @param v the {@code endPoint}, or {@code null}
     * @return this builder
     */
    public Builder endPoint(String v) {
      this.endPoint = v;
      return this;
    }

    /**
     * Sets {@code quant}.
     *
     * @param v the {@code quant} of a SET, or {@code null}
     * @return this builder
     */
    public Builder quant(String v) {
      this.quant = v;
      return this;
    }

    /**
     * Sets {@code freq}.
     *
     * @param v the {@code freq} of a SET, or {@code null}
     * @return this builder
     */
    public Builder freq(String v) {
      this.freq = v;
      return this;
    }

    /**
     * Sets {@code temporalFunction}.
     *
     * @param v {@code "true"}, {@code "false"} or {@code null}
     * @return this builder
     */
    public Builder temporalFunction(String v) {
      this.temporalFunction = v;
      return this;
    }

    /**
     * Sets {@code functionInDocument}.
     *
     * @param v such as {@link #CREATION_TIME}, or {@code null}
     * @return this builder
     */
    public Builder functionInDocument(String v) {
      this.functionInDocument = v;
      return this;
    }

    /**
     * {@return the annotation}
     *
     * @throws IllegalArgumentException as {@link Timex3}'s constructor does
     */
    public Timex3 build() {
      return new Timex3(
          tid, span, type, value, mod, anchorTimeId, beginPoint, endPoint, quant, freq,
          temporalFunction, functionInDocument);
    }
  }
}
