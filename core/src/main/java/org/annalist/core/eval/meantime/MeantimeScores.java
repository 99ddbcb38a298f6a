package org.annalist.core.eval.meantime;

import java.util.Locale;
import java.util.Objects;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.EntityScores.Counts;

/**
 * The counts of {@link MeantimeScorer} per type ({@code PER}, {@code ORG}, {@code LOC}), under both
 * span conventions and both matchings: strict (same tokens, same type) and lenient (overlapping
 * tokens, same type, each name matched at most once). Immutable and thread-safe.
 *
 * <pre>{@code
 * double f1 = scores.of(Convention.NO_LEADING_THE, true).micro().f1();
 * System.out.print(scores.toTable());
 * }</pre>
 *
 * @param strict strict counts on MEANTIME's spans
 * @param lenient lenient counts on MEANTIME's spans
 * @param strictWithoutThe strict counts with a leading {@code the} stripped from every span
 * @param lenientWithoutThe lenient counts with a leading {@code the} stripped from every span
 */
public record MeantimeScores(EntityScores strict, EntityScores lenient,
    EntityScores strictWithoutThe, EntityScores lenientWithoutThe) {

  /** How gold and system spans are taken. Immutable and thread-safe. */
  public enum Convention {
    /** MEANTIME's spans, a leading determiner included ({@code the United States}). */
    MEANTIME("MEANTIME spans"),
    /** CoNLL's convention: a leading {@code the} or {@code The} stripped from every span. */
    NO_LEADING_THE("no leading the");

    private final String label;

    Convention(String label) {
      this.label = label;
    }

    /** {@return how the table names it} */
    public String label() {
      return label;
    }
  }

  /**
   * Checks the components.
   *
   * @param strict strict counts on MEANTIME's spans
   * @param lenient lenient counts on MEANTIME's spans
   * @param strictWithoutThe strict counts without a leading {@code the}
   * @param lenientWithoutThe lenient counts without a leading {@code the}
   */
  public MeantimeScores {
    Objects.requireNonNull(strict, "strict");
    Objects.requireNonNull(lenient, "lenient");
    Objects.requireNonNull(strictWithoutThe, "strictWithoutThe");
    Objects.requireNonNull(lenientWithoutThe, "lenientWithoutThe");
  }

  /**
   * {@return the counts under a convention and a matching}
   *
   * @param convention how spans are taken
   * @param strictMatching strict matching if true, lenient if false
   */
  public EntityScores of(Convention convention, boolean strictMatching) {
    Objects.requireNonNull(convention, "convention");
    if (convention == Convention.MEANTIME) {
      return strictMatching ? strict : lenient;
    }
    return strictMatching ? strictWithoutThe : lenientWithoutThe;
  }

  /**
   * A plain-text table: for each convention and matching, a line per type and the micro average;
   * columns gold, found, correct, P, R, F1 (in percent).
   *
   * @return the table, lines ending with {@code %n}
   */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-15s %-8s %-5s %6s %6s %7s %7s %7s %7s%n", "spans",
        "match", "type", "gold", "found", "correct", "P", "R", "F1"));
    for (Convention convention : Convention.values()) {
      for (boolean strictMatching : new boolean[] {true, false}) {
        EntityScores scores = of(convention, strictMatching);
        String match = strictMatching ? "strict" : "lenient";
        for (NameType type : NameType.values()) {
          row(b, convention, match, type.name(), scores.of(type.name()));
        }
        row(b, convention, match, "micro", scores.micro());
      }
    }
    return b.toString();
  }

  private static void row(StringBuilder b, Convention convention, String match, String label,
      Counts c) {
    b.append(String.format(Locale.ROOT, "%-15s %-8s %-5s %6d %6d %7d %7.2f %7.2f %7.2f%n",
        convention.label(), match, label, c.gold(), c.predicted(), c.truePositives(),
        100 * c.precision(), 100 * c.recall(), 100 * c.f1()));
  }
}
