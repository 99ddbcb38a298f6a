package org.annalist.core.eval.meantime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatEntityMention;
import org.annalist.core.eval.cat.CatToken;

/**
 * A MEANTIME document ready for scoring: its CAT source, the annotated region and the gold names in
 * it. Immutable and thread-safe.
 *
 * <p>MEANTIME annotates entities only in the first sentences of each article: in the 30 Apple
 * articles every mention with a syntactic type lies in sentences 0 to 5 (sentence 0 the title,
 * sentence 1 the date line, which carries no entity); the mentions beyond, a few per article, are
 * untyped cross-document annotations ({@code syntactic_type} absent). The annotated region is
 * therefore the tokens of sentences 0 to {@link #LAST_ANNOTATED_SENTENCE}, and only names there are
 * scored, the gold's and the system's.
 *
 * <p>The gold names are the region's entity mentions of syntactic type {@code NAM} (with {@link
 * Names#NAM_AND_PRE_NAM}, also {@code PRE.NAM}: a name modifying a noun, {@code Apple} in {@code
 * Apple CEO Steve Jobs}) that refer to a {@code PER}, {@code ORG} or {@code LOC} instance, each as
 * the tokens from its first to its last anchor (no MEANTIME name is discontinuous; one would be
 * scored as its hull), a repeated span and type counted once. Mentions without a {@code REFERS_TO}
 * to an instance have no type and are not names. Every other entity mention of the region (other
 * types, other syntactic types) is kept in {@link #others()}, for the error classes of {@link
 * MeantimeErrorClassifier}. Gold names nest ({@code California} inside {@code San Francisco ,
 * California}); each is scored.
 *
 * <pre>{@code
 * MeantimeDocument doc = MeantimeDocument.of(CatReader.create().read(file));
 * doc.gold(); // [MeantimeMention[begin=0, end=1, type=ORG], ...]
 * }</pre>
 *
 * @param source the CAT document
 * @param regionEnd the index in {@code source.tokens()} after the region's last token
 * @param gold the gold names in the region, sorted by position, then type
 * @param others the region's other entity mentions, in file order
 */
public record MeantimeDocument(CatDocument source, int regionEnd, List<MeantimeMention> gold,
    List<CatEntityMention> others) {

  /** The last sentence MEANTIME annotates: the title (0), the date line (1) and four more. */
  public static final int LAST_ANNOTATED_SENTENCE = 5;

  /** Which syntactic types of mention are gold names. Immutable and thread-safe. */
  public enum Names {
    /** Proper names alone ({@code NAM}), the default. */
    NAM,
    /** Proper names and names modifying a noun ({@code PRE.NAM}). */
    NAM_AND_PRE_NAM;

    boolean includes(String syntacticType) {
      return syntacticType.equals("NAM")
          || this == NAM_AND_PRE_NAM && syntacticType.equals("PRE.NAM");
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param source the CAT document
   * @param regionEnd the index after the region's last token
   * @param gold the gold names in the region
   * @param others the region's other entity mentions
   * @throws IllegalArgumentException naming the document if the region is out of the document or
   *     a gold name out of the region
   */
  public MeantimeDocument {
    Objects.requireNonNull(source, "source");
    gold = List.copyOf(Objects.requireNonNull(gold, "gold of document " + source.id()));
    others = List.copyOf(Objects.requireNonNull(others, "others of document " + source.id()));
    if (regionEnd < 0 || regionEnd > source.tokens().size()) {
      throw new IllegalArgumentException("document " + source.id() + ": region end " + regionEnd
          + " is not within its " + source.tokens().size() + " tokens");
    }
    for (MeantimeMention m : gold) {
      if (m.end() > regionEnd) {
        throw new IllegalArgumentException("document " + source.id() + ": gold name " + m
            + " ends after the region's " + regionEnd + " tokens");
      }
    }
  }

  /**
   * {@return the document with its {@code NAM} names}
   *
   * @param source a CAT document with its entity mentions
   */
  public static MeantimeDocument of(CatDocument source) {
    return of(source, Names.NAM);
  }

  /**
   * {@return the document with the names of the syntactic types {@code names} says}
   *
   * @param source a CAT document with its entity mentions
   * @param names which syntactic types are names
   */
  public static MeantimeDocument of(CatDocument source, Names names) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(names, "names");
    List<CatToken> tokens = source.tokens();
    int regionEnd = 0;
    while (regionEnd < tokens.size()
        && tokens.get(regionEnd).sentence() <= LAST_ANNOTATED_SENTENCE) {
      regionEnd++;
    }
    Set<MeantimeMention> gold = new LinkedHashSet<>();
    List<CatEntityMention> others = new ArrayList<>();
    for (CatEntityMention m : source.entityMentions()) {
      int begin = source.indexOf(m.first());
      int end = source.indexOf(m.last()) + 1;
      if (end > regionEnd) {
        continue;
      }
      var type = m.findEntityType().flatMap(NameType::find);
      if (type.isPresent() && names.includes(m.syntacticType())) {
        gold.add(new MeantimeMention(begin, end, type.get()));
      } else {
        others.add(m);
      }
    }
    List<MeantimeMention> sorted = new ArrayList<>(gold);
    sorted.sort(MeantimeScorer.ORDER);
    return new MeantimeDocument(source, regionEnd, sorted, others);
  }

  /** {@return the document's id} */
  public String id() {
    return source.id();
  }

  /**
   * {@return the mentions that lie in the region, sorted by position then type, each once}
   *
   * @param mentions a system's mentions of this document
   */
  public List<MeantimeMention> inRegion(List<MeantimeMention> mentions) {
    return mentions.stream().filter(m -> m.end() <= regionEnd).distinct()
        .sorted(MeantimeScorer.ORDER).toList();
  }

  /**
   * {@return the text of a mention's tokens, joined by single spaces}
   *
   * @param mention a mention of this document
   * @throws IndexOutOfBoundsException if it ends after the document
   */
  public String text(MeantimeMention mention) {
    return source.tokens().subList(mention.begin(), mention.end()).stream()
        .map(CatToken::text).collect(Collectors.joining(" "));
  }

  /**
   * {@return the mention without a leading {@code the} or {@code The}}; itself when it has none or
   * is that one word
   *
   * @param mention a mention of this document
   */
  public MeantimeMention withoutLeadingThe(MeantimeMention mention) {
    String first = source.tokens().get(mention.begin()).text();
    if (mention.length() > 1 && (first.equals("the") || first.equals("The"))) {
      return mention.withSpan(mention.begin() + 1, mention.end());
    }
    return mention;
  }
}
