package org.annalist.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.ItemFailure;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.StructureLabel;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TextLayer;
import org.junit.jupiter.api.Test;

/**
 * The time stage's half of the {@code Stage} contract: an exception while reading one sentence or
 * resolving one expression skips that item, records it, and keeps the rest. The failures are
 * injected through the grammar's part-of-speech lookup and through broken meanings, since the
 * stage's rules no longer fail on any input we know of.
 */
class TimeSkipsTest {

  private static TextLayer sentences(String text, int... bounds) {
    List<Sentence> sentences = new ArrayList<>();
    for (int k = 0; k < bounds.length; k += 2) {
      sentences.add(new Sentence(Span.of(text, bounds[k], bounds[k + 1]),
          StructureLabel.BODY_PARAGRAPH, 0, 0, 1.0));
    }
    return new TextLayer("text", List.of("test"), sentences, List.of());
  }

  @Test
  void aSentenceWhoseRulesThrowIsSkippedAndTheNextIsRead() {
    String text = "On Monday sales fell in 2019 sharply. Talks resumed on Friday. In 2020 they left.";
    int second = text.indexOf("Talks");
    int third = text.indexOf("In 2020");
    Words words = Words.scan(text, 0, text.length());
    Skips skips = new Skips("d1", words, sentences(text, 0, second - 1, second, third - 1, third,
        text.length()));
    int poisoned = text.indexOf("sharply");
    Grammar grammar = new Grammar(words, offset -> {
      if (offset == poisoned) {
        throw new IllegalStateException("no tag at " + offset);
      }
      return null;
    });
    List<Grammar.Match> matches = grammar.find(offset -> false, skips);
    assertThat(matches).extracting(m -> Resolver.span(words, m).text())
        .containsExactly("Friday", "2020"); // "Monday", found before the failure, goes too
    assertThat(skips.failures()).singleElement().satisfies(f -> {
      assertThat(f.stage()).isEqualTo("time");
      assertThat(f.item()).isEqualTo("sentence");
      assertThat(f.span().text()).isEqualTo("On Monday sales fell in 2019 sharply.");
      assertThat(f.message()).startsWith("document d1, offset 0: stage 'time' skipped the "
          + "sentence at [0, 37): reading the time expression at offset ")
          .endsWith("java.lang.IllegalStateException: no tag at " + poisoned);
    });
  }

  @Test
  void anExpressionWhoseResolutionThrowsIsSkippedAndAnchorsFollow() {
    String text = "In 2019 X happened, and two years later it ended.";
    Words words = Words.scan(text, 0, text.length());
    List<Grammar.Match> found = new Grammar(words, offset -> null).find();
    assertThat(found).extracting(m -> Resolver.span(words, m).text())
        .containsExactly("2019", "two years later");
    int x = words.wordAt(text.indexOf("X"));
    Sem broken = Sem.of(Sem.Kind.ABSOLUTE, "broken"); // no year: resolving it throws
    List<Grammar.Match> matches =
        List.of(found.get(0), new Grammar.Match(x, x + 1, broken), found.get(1));
    Skips skips = new Skips("d2", words, sentences(text));
    List<TemporalExpression> out = new Resolver(LocalDate.of(2024, 4, 23), 1.0, false)
        .resolve(words, matches, m -> Tense.PAST, skips);
    assertThat(out).extracting(e -> e.span().text()).containsExactly("2019", "two years later");
    assertThat(out.get(1).value()).isEqualTo("2021");
    assertThat(out.get(1).anchor()).isEqualTo(0);
    assertThat(skips.failures()).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo("expression");
      assertThat(f.span()).isEqualTo(Span.of(text, 8, 9));
      assertThat(f.message()).startsWith("document d2, offset 8: stage 'time' skipped the "
          + "expression at [8, 9): java.lang.NullPointerException");
    });
  }

  @Test
  void anExpressionResolvedAgainstASkippedOneIsSkippedToo() {
    String text = "In 2015 and in X it grew, and two years later it ended.";
    Words words = Words.scan(text, 0, text.length());
    List<Grammar.Match> found = new Grammar(words, offset -> null).find();
    assertThat(found).extracting(m -> Resolver.span(words, m).text())
        .containsExactly("2015", "two years later");
    int x = words.wordAt(text.indexOf("X"));
    // resolves (to 2019), but its range ends before it starts: the expression cannot be built
    Sem backwards = Sem.absoluteYear(2019, "backwards");
    backwards.endYear = 2010;
    List<Grammar.Match> matches =
        List.of(found.get(0), new Grammar.Match(x, x + 1, backwards), found.get(1));
    Skips skips = new Skips("d3", words, sentences(text));
    List<TemporalExpression> out = new Resolver(LocalDate.of(2024, 4, 23), 1.0, false)
        .resolve(words, matches, m -> Tense.PAST, skips);
    assertThat(out).extracting(e -> e.span().text()).containsExactly("2015");
    assertThat(skips.failures()).extracting(ItemFailure::item, f -> f.span().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("expression", "X"),
            org.assertj.core.groups.Tuple.tuple("expression", "two years later"));
    assertThat(skips.failures().get(0).message()).contains("ends (2010-12-31) before it starts");
    assertThat(skips.failures().get(1).message())
        .endsWith("it was resolved against the expression at [15, 16) \"X\", which was skipped");
  }
}
