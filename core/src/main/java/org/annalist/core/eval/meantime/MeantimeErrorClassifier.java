package org.annalist.core.eval.meantime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.core.eval.cat.CatEntityMention;
import org.annalist.core.eval.cat.CatToken;
import org.annalist.core.eval.meantime.MeantimeError.Category;

/**
 * Classifies the errors of a system's names against MEANTIME's, on MEANTIME's spans and in the
 * annotated region, pairing the names as {@link MeantimeScorer} does: same span and type first
 * (correct, no error), then same type and overlapping, then overlapping with another type, each
 * name paired at most once. Every name not correctly matched is one error:
 *
 * <ul>
 *   <li>a pair of the same type but other spans is a <b>boundary</b> error, {@link
 *       Category#BOUNDARY_LEADING_THE} when the spans are equal once a leading {@code the} or
 *       {@code The} is stripped from both, {@link Category#BOUNDARY_OTHER} otherwise;
 *   <li>a pair of other types is a <b>wrong type</b> ({@link Category#WRONG_TYPE}, counted by gold
 *       and system type, {@code ORG→PER});
 *   <li>a system name left over that overlaps a gold name (matched to another system name) is
 *       {@link Category#SPURIOUS_OVERLAPPING_MATCHED}; one that overlaps no gold name is
 *       <b>spurious</b>: {@link Category#SPURIOUS_IN_OTHER_MENTION} if it overlaps another gold
 *       entity mention of the region (a product name such as {@code Boeing 747}, a {@code PRE.NAM},
 *       a nominal), else {@link Category#SPURIOUS_UPPER_CASE} if it is one token of at least two
 *       letters, none lower-case ({@code CEO}, {@code PST}, {@code USD}), else {@link
 *       Category#SPURIOUS_OTHER};
 *   <li>a gold name left over that a system name overlaps (one matched to another gold name) is
 *       {@link Category#MISSED_OVERLAPPED}; one that no system name overlaps is <b>missed</b>:
 *       {@link Category#MISSED_HEADLINE_INITIAL} if it starts at the first token of the title
 *       (sentence 0), else {@link Category#MISSED_SURNAME_ALONE} if it is one token, the last token
 *       of a gold PER name of two tokens or more that starts earlier in the document ({@code Jobs}
 *       after {@code Steve Jobs}), else {@link Category#MISSED_OTHER}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * MeantimeErrors errors = MeantimeErrorClassifier.create().classify(gold, system);
 * }</pre>
 */
public final class MeantimeErrorClassifier {

  private static final Comparator<MeantimeError> IN_DOCUMENT =
      Comparator.comparing(MeantimeError::category);

  private MeantimeErrorClassifier() {}

  /** {@return a classifier} */
  public static MeantimeErrorClassifier create() {
    return new MeantimeErrorClassifier();
  }

  /**
   * Classifies the errors of a corpus.
   *
   * @param gold the gold documents
   * @param system the system's names of each document, by document id; a document without an
   *     entry has none
   * @return the errors, in the order of the gold documents
   * @throws IllegalArgumentException as {@link MeantimeScorer#score}
   */
  public MeantimeErrors classify(List<MeantimeDocument> gold,
      Map<String, List<MeantimeMention>> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    MeantimeScorer.requireDistinctIds(gold);
    List<MeantimeError> errors = new ArrayList<>();
    for (MeantimeDocument doc : gold) {
      List<MeantimeError> found = classify(doc, MeantimeScorer.systemIn(doc, system));
      found.sort(IN_DOCUMENT); // stable: by category, then position
      errors.addAll(found);
    }
    return new MeantimeErrors(errors);
  }

  private static List<MeantimeError> classify(MeantimeDocument doc,
      List<MeantimeMention> system) {
    List<MeantimeError> errors = new ArrayList<>();
    Alignment a = Alignment.of(doc.gold(), system);
    for (Alignment.Pair p : a.lenient) {
      boolean onlyThe = doc.withoutLeadingThe(p.gold()).sameSpan(doc.withoutLeadingThe(p.system()));
      errors.add(error(doc, onlyThe ? Category.BOUNDARY_LEADING_THE : Category.BOUNDARY_OTHER,
          p.gold(), p.system(), ""));
    }
    for (Alignment.Pair p : a.wrongType) {
      errors.add(error(doc, Category.WRONG_TYPE, p.gold(), p.system(),
          p.gold().sameSpan(p.system()) ? "" : "overlapping span"));
    }
    for (MeantimeMention s : a.unpairedSystem) {
      if (doc.gold().stream().anyMatch(s::overlaps)) {
        errors.add(error(doc, Category.SPURIOUS_OVERLAPPING_MATCHED, null, s, ""));
        continue;
      }
      CatEntityMention other = findOther(doc, s);
      if (other != null) {
        String type = other.findEntityType().orElse("untyped");
        String syntactic = other.syntacticType().isEmpty() ? "" : other.syntacticType() + " ";
        errors.add(error(doc, Category.SPURIOUS_IN_OTHER_MENTION, null, s,
            "in " + syntactic + type + " \"" + other.text() + "\""));
      } else if (s.length() == 1 && isUpperCase(doc.source().tokens().get(s.begin()).text())) {
        errors.add(error(doc, Category.SPURIOUS_UPPER_CASE, null, s, ""));
      } else {
        errors.add(error(doc, Category.SPURIOUS_OTHER, null, s, ""));
      }
    }
    for (MeantimeMention g : a.unpairedGold) {
      Category category;
      if (system.stream().anyMatch(g::overlaps)) {
        category = Category.MISSED_OVERLAPPED;
      } else if (g.begin() == 0 && doc.source().tokens().get(0).sentence() == 0) {
        category = Category.MISSED_HEADLINE_INITIAL;
      } else if (isSurnameAlone(doc, g)) {
        category = Category.MISSED_SURNAME_ALONE;
      } else {
        category = Category.MISSED_OTHER;
      }
      errors.add(error(doc, category, g, null, ""));
    }
    errors.sort(Comparator.comparingInt(MeantimeErrorClassifier::position));
    return errors;
  }

  /** The first other gold mention of the region that a system name overlaps, or null. */
  private static CatEntityMention findOther(MeantimeDocument doc, MeantimeMention system) {
    for (CatEntityMention m : doc.others()) {
      int begin = doc.source().indexOf(m.first());
      int end = doc.source().indexOf(m.last()) + 1;
      if (begin < system.end() && system.begin() < end) {
        return m;
      }
    }
    return null;
  }

  /** One token, the last of an earlier gold PER name of two tokens or more. */
  private static boolean isSurnameAlone(MeantimeDocument doc, MeantimeMention gold) {
    if (gold.length() != 1) {
      return false;
    }
    List<CatToken> tokens = doc.source().tokens();
    String word = tokens.get(gold.begin()).text();
    return doc.gold().stream().anyMatch(m -> m.type() == NameType.PER && m.length() > 1
        && m.begin() < gold.begin() && tokens.get(m.end() - 1).text().equals(word));
  }

  /** At least two letters and no lower-case one: {@code CEO}, {@code PST}, {@code USD}. */
  static boolean isUpperCase(String token) {
    long letters = token.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && token.codePoints().noneMatch(Character::isLowerCase);
  }

  private static MeantimeError error(MeantimeDocument doc, Category category,
      MeantimeMention gold, MeantimeMention system, String detail) {
    return new MeantimeError(category, doc.id(), describe(doc, gold), describe(doc, system),
        detail, gold == null ? system.begin() : gold.begin());
  }

  private static String describe(MeantimeDocument doc, MeantimeMention mention) {
    return mention == null ? "" : mention.type() + " \"" + doc.text(mention) + "\"";
  }

  private static int position(MeantimeError error) {
    return error.position();
  }
}
