package org.annalist.core.eval.timeml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.TimexType;

/**
 * A TimeML document's creation time: the TIMEX3 with {@code functionInDocument="CREATION_TIME"},
 * normally the one inside the {@code DCT} element.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * doc.findCreationTime().flatMap(CreationTime::findDate);   // 1998-01-08
 * }</pre>
 *
 * @param tid its TimeML id, usually {@code t0}
 * @param type its TIMEX3 type ({@code DATE} or {@code TIME})
 * @param value its value, e.g. {@code 1998-01-08} or {@code 1998-12-05T09:42}
 * @param text the element's text, e.g. {@code 19980108}
 */
public record CreationTime(String tid, TimexType type, String value, String text) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![0-9]).*");

  /**
   * Checks the components.
   *
   * @param tid its TimeML id, usually {@code t0}
   * @param type its TIMEX3 type ({@code DATE} or {@code TIME})
   * @param value its value, e.g. {@code 1998-01-08} or {@code 1998-12-05T09:42}
   * @param text the element's text, e.g. {@code 19980108}
   * @throws NullPointerException if a component is {@code null}
   */
  public CreationTime {
    Objects.requireNonNull(tid, "tid of the creation time");
    Objects.requireNonNull(type, "type of the creation time " + tid);
    Objects.requireNonNull(value, "value of the creation time " + tid);
    Objects.requireNonNull(text, "text of the creation time " + tid);
  }

  /**
   * {@return the calendar day of the value ({@code 1998-12-05} for {@code 1998-12-05T09:42}), if it
   * names one}
   */
  public Optional<LocalDate> findDate() {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
