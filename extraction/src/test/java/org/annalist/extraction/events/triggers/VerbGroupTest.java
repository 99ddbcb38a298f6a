package org.annalist.extraction.events.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.EventAspect;
import org.annalist.model.EventAttributes;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** The verb-group rules on hand-tagged tokens, without the model. */
class VerbGroupTest {

  /** Tokens from "word/TAG/lemma" items; the last is the trigger. */
  private static EventAttributes rule(String... items) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      String[] p = item.split("/");
      int begin = text.length();
      text.append(p[0]).append(' ');
      tokens.add(new Token(new Span(begin, begin + p[0].length(), p[0]), p[1], p[2], 1.0));
    }
    return VerbGroup.attributes(new EventFeatures.Sentence(tokens), tokens.size() - 1,
        EventClass.OCCURRENCE);
  }

  @Test
  void pastForm() {
    EventAttributes a = rule("Police/NOUN/police", "arrested/VERB/arrest");
    assertThat(a.tense()).isEqualTo(EventTense.PAST);
    assertThat(a.aspect()).isEqualTo(EventAspect.NONE);
  }

  @Test
  void presentForms() {
    assertThat(rule("He/PRON/he", "says/VERB/say").tense()).isEqualTo(EventTense.PRESENT);
    assertThat(rule("They/PRON/they", "agree/VERB/agree").tense())
        .isEqualTo(EventTense.PRESENT);
  }

  @Test
  void futureWithWillAndContraction() {
    assertThat(rule("it/PRON/it", "will/AUX/will", "close/VERB/close").tense())
        .isEqualTo(EventTense.FUTURE);
    EventAttributes a = rule("it/PRON/it", "won't/AUX+PART/will+not", "close/VERB/close");
    assertThat(a.tense()).isEqualTo(EventTense.FUTURE);
    assertThat(a.polarity()).isEqualTo(Polarity.NEG);
  }

  @Test
  void infinitive() {
    assertThat(rule("plans/VERB/plan", "to/PART/to", "expand/VERB/expand").tense())
        .isEqualTo(EventTense.INFINITIVE);
  }

  @Test
  void perfectAndProgressive() {
    EventAttributes perfect = rule("has/AUX/have", "not/PART/not", "broken/VERB/break");
    assertThat(perfect.aspect()).isEqualTo(EventAspect.PERFECTIVE);
    assertThat(perfect.tense()).isEqualTo(EventTense.PRESENT);
    assertThat(perfect.polarity()).isEqualTo(Polarity.NEG);
    EventAttributes progressive = rule("were/AUX/be", "fleeing/VERB/flee");
    assertThat(progressive.aspect()).isEqualTo(EventAspect.PROGRESSIVE);
    assertThat(progressive.tense()).isEqualTo(EventTense.PAST);
    EventAttributes both = rule("had/AUX/have", "been/AUX/be", "waiting/VERB/wait");
    assertThat(both.aspect()).isEqualTo(EventAspect.PERFECTIVE_PROGRESSIVE);
    assertThat(both.tense()).isEqualTo(EventTense.PAST);
    EventAttributes clitic = rule("they're/PRON+AUX/they+be", "leaving/VERB/leave");
    assertThat(clitic.aspect()).isEqualTo(EventAspect.PROGRESSIVE);
    assertThat(clitic.tense()).isEqualTo(EventTense.PRESENT);
  }

  @Test
  void modals() {
    EventAttributes would = rule("it/PRON/it", "would/AUX/would", "collapse/VERB/collapse");
    assertThat(would.modality()).isEqualTo("would");
    assertThat(would.tense()).isEqualTo(EventTense.NONE);
    EventAttributes cannot = rule("they/PRON/they", "can't/AUX+PART/can+not", "pay/VERB/pay");
    assertThat(cannot.modality()).isEqualTo("can");
    assertThat(cannot.polarity()).isEqualTo(Polarity.NEG);
    assertThat(rule("he/PRON/he", "could/AUX/can", "have/AUX/have", "won/VERB/win").aspect())
        .isEqualTo(EventAspect.PERFECTIVE);
  }

  @Test
  void nounsHaveNoTense() {
    EventAttributes a = rule("the/DET/the", "attack/NOUN/attack");
    assertThat(a.tense()).isEqualTo(EventTense.NONE);
    assertThat(a.aspect()).isEqualTo(EventAspect.NONE);
    assertThat(rule("no/DET/no", "agreement/NOUN/agreement").polarity())
        .isEqualTo(Polarity.NEG);
  }

  @Test
  void predicateAdjectiveTakesTheCopula() {
    assertThat(rule("was/AUX/be", "unable/ADJ/unable").tense()).isEqualTo(EventTense.PAST);
    assertThat(rule("the/DET/the", "unable/ADJ/unable").tense()).isEqualTo(EventTense.NONE);
  }
}
