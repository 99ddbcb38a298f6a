package org.annalist.core.eval.meantime;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annalist.core.eval.meantime.MeantimeError.Category;

/**
 * The errors of a system's names over a corpus, from {@link MeantimeErrorClassifier}, in document
 * order and, within a document, by category. Immutable and thread-safe.
 *
 * <pre>{@code
 * MeantimeErrors errors = MeantimeErrorClassifier.create().classify(gold, system);
 * errors.count(Category.MISSED_HEADLINE_INITIAL);
 * System.out.print(errors.toTable(3));
 * }</pre>
 *
 * @param errors every error
 */
public record MeantimeErrors(List<MeantimeError> errors) {

  /**
   * Copies the list.
   *
   * @param errors every error
   */
  public MeantimeErrors {
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /**
   * {@return how many errors are of a category}
   *
   * @param category the category
   */
  public int count(Category category) {
    return (int) errors.stream().filter(e -> e.category() == category).count();
  }

  /** {@return how many errors each category has, every category listed} */
  public Map<Category, Integer> counts() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      counts.put(category, count(category));
    }
    return counts;
  }

  /** {@return the wrong-type errors by gold and system type, {@code ORG→PER}, sorted} */
  public Map<String, Integer> wrongTypes() {
    Map<String, Integer> pairs = new TreeMap<>();
    for (MeantimeError e : errors) {
      if (e.category() == Category.WRONG_TYPE) {
        pairs.merge(typeOf(e.gold()) + "→" + typeOf(e.system()), 1, Integer::sum);
      }
    }
    return pairs;
  }

  /**
   * {@return the first errors of a category}
   *
   * @param category the category
   * @param limit how many at most
   */
  public List<MeantimeError> examples(Category category, int limit) {
    return errors.stream().filter(e -> e.category() == category).limit(limit).toList();
  }

  /**
   * A plain-text table: each category's count, the wrong-type pairs under it, and up to {@code
   * examples} of its errors, one line each.
   *
   * @param examples how many examples per category, 0 for none
   * @return the table, lines ending with {@code %n}
   * @throws IllegalArgumentException if {@code examples} is negative
   */
  public String toTable(int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be >= 0, got " + examples);
    }
    StringBuilder b = new StringBuilder();
    for (Category category : Category.values()) {
      b.append(String.format(Locale.ROOT, "%-55s %5d%n", category.label(), count(category)));
      if (category == Category.WRONG_TYPE) {
        wrongTypes().forEach((pair, n) ->
            b.append(String.format(Locale.ROOT, "  %-53s %5d%n", pair, n)));
      }
      for (MeantimeError e : examples(category, examples)) {
        b.append("    ").append(e.toLine()).append(String.format("%n"));
      }
    }
    return b.toString();
  }

  private static String typeOf(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
