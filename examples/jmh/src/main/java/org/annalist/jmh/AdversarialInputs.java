package org.annalist.jmh;

import java.util.Locale;

/**
 * Deterministic adversarial articles for {@link ScalingBenchmark}, each built from a size {@code n}
 * so that doubling {@code n} doubles the text:
 *
 * <ul>
 *   <li>{@code numbers}: {@code n} numbers in sentences of ten, in many formats ({@code 1,300},
 *       {@code 4.25}, {@code 96%}, {@code $12}, {@code 7 million}, years, fractions);
 *   <li>{@code names}: {@code n} sentences naming the same few people, places and organisations
 *       again and again, with titles, surnames alone and a typo;
 *   <li>{@code relativeDates}: {@code n} sentences of relative dates ({@code last week}, {@code two
 *       days later}, {@code the next Monday}, {@code a year ago}...) that resolve against each other;
 *   <li>{@code noSpaces}: one line of {@code n} characters without a space (letters, digits and
 *       punctuation);
 *   <li>{@code quotations}: {@code n} paragraphs with quotation marks in each, balanced and not,
 *       curly, straight and doubled apostrophes, and cues inside and outside them.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class AdversarialInputs {

  /** The sizes N of the benchmark's 1× inputs, per kind; 2× doubles them. */
  public static int baseSize(String kind) {
    return switch (kind) {
      case "numbers" -> 100_000;
      case "names" -> 2_000;
      case "relativeDates" -> 2_000;
      case "noSpaces" -> 100_000;
      case "quotations" -> 1_000;
      case "verbs" -> 10_000;
      default -> throw new IllegalArgumentException("unknown input kind '" + kind + "'");
    };
  }

  private static final String[] NAME_SENTENCES = {
      "President Gustavo Petro met Benjamin Netanyahu in Bogota.",
      "Petro said Colombia would cut ties with Israel.",
      "Israeli Prime Minister Netanyahu called Preto's remarks antisemitic.",
      "Defense Secretary Leon Panetta visited Colombia and Brazil.",
      "Panetta spoke with Israel Aerospace Industries and IAI executives.",
      "The United Nations and the U.N. Security Council met in New York.",
  };

  private static final String[] DATE_SENTENCES = {
      "Last week the talks stalled.", "Two days later they resumed.",
      "The next Monday the minister resigned.", "A year ago the deal was signed.",
      "On Friday, three weeks after that, the army withdrew.", "The day before, it rained.",
      "Earlier this month, in May, the vote failed.", "Since then, every Tuesday, they protest.",
  };

  private static final String[] QUOTED_PARAGRAPHS = {
      "“We will act now, and we will act together,” the minister said on Monday.",
      "The \"talks\" continued, officials said, while “the army waited.",
      "He said: ''It is over,'' and then “it began again” — “never, he added.",
      "“Open and never closed, said Petro, who wrote on X that ”nothing” had changed.",
  };

  private static final String[] VERBS = {
      "suspended", "attacked", "visited", "recalled", "threatened", "would", "not", "signed",
      "to", "break", "if", "announced", "killed", "halted",
  };

  private AdversarialInputs() {}

  /** The article of the given kind and size, with a headline line first. */
  public static String text(String kind, int n) {
    StringBuilder b = new StringBuilder("Adversarial input\n\n");
    switch (kind) {
      case "numbers" -> {
        for (int i = 0; i < n; i++) {
          b.append(i % 10 == 0 ? "Figures: " : ", ").append(number(i));
          if (i % 10 == 9 || i == n - 1) {
            b.append(".\n");
          }
        }
      }
      case "names" -> {
        for (int i = 0; i < n; i++) {
          b.append(NAME_SENTENCES[i % NAME_SENTENCES.length]).append(i % 5 == 4 ? "\n\n" : " ");
        }
      }
      case "relativeDates" -> {
        for (int i = 0; i < n; i++) {
          b.append(DATE_SENTENCES[i % DATE_SENTENCES.length]).append(i % 5 == 4 ? "\n\n" : " ");
        }
      }
      case "quotations" -> {
        for (int i = 0; i < n; i++) {
          b.append(QUOTED_PARAGRAPHS[i % QUOTED_PARAGRAPHS.length]).append("\n\n");
        }
      }
      case "verbs" -> {
        // one sentence of verbs in a row, each a trigger of the event lexicon
        for (int i = 0; i < n; i++) {
          b.append(VERBS[i % VERBS.length]).append(' ');
        }
        b.append("it.\n");
      }
      case "noSpaces" -> {
        String pattern = "abc123,Petro.2021-05-01;x/y_z";
        for (int i = 0; i < n; i++) {
          b.append(pattern.charAt(i % pattern.length()));
        }
        b.append('\n');
      }
      default -> throw new IllegalArgumentException("unknown input kind '" + kind + "'");
    }
    return b.toString();
  }

  private static String number(int i) {
    int v = (int) ((i * 7919L) % 100_000);
    return switch (i % 8) {
      case 0 -> Integer.toString(v);
      case 1 -> String.format(Locale.ROOT, "%,d", v * 13);
      case 2 -> String.format(Locale.ROOT, "%d.%02d", v % 1000, v % 100);
      case 3 -> (v % 100) + "%";
      case 4 -> "$" + (v % 500);
      case 5 -> (v % 90 + 1) + " million";
      case 6 -> Integer.toString(1900 + v % 130);
      default -> (v % 9 + 1) + "/" + (v % 7 + 2);
    };
  }
}
