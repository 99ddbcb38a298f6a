package org.annalist.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.extraction.claims.Quotations.Quote;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  private static List<String> quotes(String text) {
    return Quotations.find(text).stream().map(q -> text.substring(q.begin(), q.end())).toList();
  }

  @Test
  void curlyStraightAndDoubledApostrophesPairUp() {
    assertThat(quotes("“One,” he said. \"Two,\" she said. ''Three,'' they said."))
        .containsExactly("“One,”", "\"Two,\"", "''Three,''");
    assertThat(quotes("``Four,'' it said.")).containsExactly("``Four,''");
  }

  @Test
  void textsThatMixCurlyAndStraightMarksStillPair() {
    assertThat(quotes("\"Oz has a pulpit,” said Gorski.")).containsExactly("\"Oz has a pulpit,”");
  }

  @Test
  void singleQuotesAndApostrophesAreNotQuotations() {
    assertThat(quotes("He said ‘no’ to Petro's plan, and 'maybe' later.")).isEmpty();
    assertThat(quotes("“He said ‘no’ to me,” she said.")).containsExactly("“He said ‘no’ to me,”");
  }

  @Test
  void aQuotationOpenAtAParagraphBreakEndsThereUnclosed() {
    String text = "“First paragraph goes on\n\n“Second paragraph ends.”";
    List<Quote> found = Quotations.find(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).closed()).isFalse();
    assertThat(text.substring(found.get(0).begin(), found.get(0).end()))
        .isEqualTo("“First paragraph goes on");
    assertThat(found.get(1).closed()).isTrue();
  }

  @Test
  void strayClosingMarksAreIgnoredUnlessTheyOpenAWord() {
    assertThat(quotes("Done.” Then nothing.")).isEmpty();
    assertThat(quotes("\n”Fear. I am afraid.” ― Edwin")).containsExactly("”Fear. I am afraid.”");
  }

  @Test
  void aQuotationLeftOpenEndsWithTheText() {
    List<Quote> found = Quotations.find("He said: “and then  ");
    assertThat(found).singleElement().satisfies(q -> {
      assertThat(q.closed()).isFalse();
      assertThat(q.contentEnd()).isEqualTo("He said: “and then".length());
    });
  }

  @Test
  void linearOnAMillionMarks() {
    String text = "\"a\" ".repeat(250_000);
    assertThat(Quotations.find(text)).hasSize(250_000);
  }
}
