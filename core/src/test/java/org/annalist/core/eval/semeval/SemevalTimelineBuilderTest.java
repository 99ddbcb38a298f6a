package org.annalist.core.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Entity;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

class SemevalTimelineBuilderTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void datesAnIntervalByTheFinestUnitItFills() {
    assertThat(TimelineBuilder.dated(d("2010-06-07"), d("2010-06-07")).value())
        .isEqualTo("2010-06-07");
    assertThat(TimelineBuilder.dated(d("2006-03-01"), d("2006-03-31")).value())
        .isEqualTo("2006-03");
    assertThat(TimelineBuilder.dated(d("1976-01-01"), d("1976-12-31")).value())
        .isEqualTo("1976");
    assertThat(TimelineBuilder.dated(d("2006-03-27"), d("2006-04-02")).value())
        .isEqualTo("2006");
    assertThat(TimelineBuilder.dated(d("2005-12-27"), d("2006-01-02"))).isNull();
    assertThat(TimelineBuilder.dated(null, d("2006-01-02"))).isNull();
  }

  @Test
  void matchesTargetsByWholeWordsOfNamesAndAliases() {
    Entity corps = entity("Apple Corps", List.of());
    Entity apple = entity("Apple Inc.", List.of("Apple"));
    Entity jobs = entity("Steve Jobs", List.of("Jobs"));
    Entity nano = entity("iPod nano", List.of());
    assertThat(TimelineBuilder.matches(corps, "beatles apple corps")).isTrue();
    assertThat(TimelineBuilder.matches(apple, "beatles apple corps")).isFalse();
    assertThat(TimelineBuilder.matches(jobs, "steve jobs")).isTrue();
    assertThat(TimelineBuilder.matches(nano, "ipod")).isTrue();
    assertThat(TimelineBuilder.matches(entity("iPhone", List.of()), "iphone 3g")).isFalse();
    assertThat(TimelineBuilder.containsWords("the ipods", "ipod")).isFalse();
  }

  private static Entity entity(String name, List<String> aliases) {
    return new Entity("org:" + name.replace(' ', '-'), name, EntityType.ORGANIZATION, aliases,
        List.of(), List.of(0), 1.0);
  }
}
