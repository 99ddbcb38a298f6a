package org.annalist.extraction.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConllTokenizerTest {

  private final ConllTokenizer tokenizer = ConllTokenizer.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "Shares of AT&T Corp. rose 1,000 pct.|Shares of AT&T Corp. rose 1,000 pct .",
      "They didn't say; we can't.|They did n't say ; we ca n't .",
      "Reuters's reporters' notes|Reuters 's reporters ' notes",
      "O'Brien's one-day high|O'Brien 's one-day high",
      "It's 5.93 dlrs at 10:30 a.m. on 1996-08-22.|It 's 5.93 dlrs at 10:30 a.m. on 1996-08-22 .",
      "rose 76% to $1.13bn (£600m) from C$10 and US$5|"
          + "rose 76 % to $ 1.13bn ( £ 600m ) from C$ 10 and US$ 5",
      "~\"We'll win,\" said Mr. J. Smith of the U.S.~|"
          + "~\" We 'll win , \" said Mr. J. Smith of the U.S.~",
      "STANDARD OIL <SRD> TO SELL -- AND THEN...|STANDARD OIL < SRD > TO SELL -- AND THEN ...",
      "1. Michael Johnson (U.S.) 19.32|1. Michael Johnson ( U.S. ) 19.32",
      "in 1995. Then 6-4 1/2 and/or 3-1/2|in 1995 . Then 6-4 1/2 and/or 3-1/2",
      "Calif.-based firm's ‘best’ year, “really”|Calif.-based firm 's ‘ best ’ year , “ really ”",
      "they're I'd You'VE WON'T|they 're I 'd You 'VE WO N'T",
      "In 1987,the end: done!|In 1987 , the end : done !",
  })
  void tokenisesLikeConll(String text, String expected) {
    assertThat(String.join(" ", tokenizer.tokenize(text))).isEqualTo(expected);
  }

  @Test
  void alreadyTokenisedTextStaysAsItIs() {
    String text = "He said it 's the U.S. economy , not the firm 's , that did n't grow .";
    assertThat(String.join(" ", tokenizer.tokenize(text))).isEqualTo(text);
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertThat(tokenizer.tokenize("")).isEmpty();
    assertThat(tokenizer.tokenize(" \n\t\u00A0 ")).isEmpty();
  }

  @Test
  void spansCoverTheirTextInOrderOnRandomInput() {
    Random random = new Random(1);
    // well-formed text (texts are, see Utf16): whole code points, some of them supplementary
    int[] alphabet = "aZ09.,;:'’\"“”()<>$£%-–—&/!?… \n\u00A0é\uD83D\uDE00𝒜".codePoints().toArray();
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(10) == 0) {
          int c = random.nextInt(0x3000);
          b.appendCodePoint(Character.isSurrogate((char) c) ? 'x' : c);
        } else {
          b.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
      }
      String text = b.toString();
      List<Span> spans = tokenizer.spans(text);
      int end = 0;
      for (Span span : spans) {
        assertThat(span.matches(text)).isTrue();
        assertThat(span.begin()).isGreaterThanOrEqualTo(end);
        assertThat(span.length()).isPositive();
        assertThat(span.text().chars().noneMatch(Character::isWhitespace)).isTrue();
        end = span.end();
      }
    }
  }

  @Test
  void aMegabyteDocumentIsTokenised() {
    String sentence = "The U.S. company's shares rose 1,000 pct to $5.93, analysts said. ";
    String text = sentence.repeat(1_000_000 / sentence.length() + 1);
    String run = "x,".repeat(50_000);

    assertThat(tokenizer.tokenize(text)).hasSize(15 * (1_000_000 / sentence.length() + 1));
    assertThat(tokenizer.tokenize(run)).hasSize(100_000);
  }
}
