package org.annalist.core.eval.timeml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.Utf8;
import org.annalist.model.EventAspect;
import org.annalist.model.EventClass;
import org.annalist.model.EventTense;
import org.annalist.model.Polarity;
import org.annalist.model.Span;
import org.annalist.model.TimexMod;
import org.annalist.model.TimexType;

/**
 * Reads TimeML 1.2.1 ({@code .tml}) and TempEval-3 input ({@code .TE3input}) files into
 * {@link TimemlDocument}s: the DOCID, the characters of the TEXT element, the creation time (the
 * TIMEX3 with {@code functionInDocument="CREATION_TIME"}, or any TIMEX3 inside a {@code DCT}
 * element, outside TEXT; failing that, one inside TEXT) and the TIMEX3 and EVENT annotations inside
 * TEXT with their spans. Other elements inside TEXT (SIGNAL...) keep their text and lose their tags;
 * outside TEXT, each {@code MAKEINSTANCE} gives the tense, aspect, polarity, modality and part of
 * speech of the EVENT its {@code eventID} names, and the other elements (links, EXTRAINFO...) are
 * skipped.
 *
 * <p>Of several MAKEINSTANCEs of one event (TimeBank has one such event), the first in the file
 * gives its attributes; an event without one keeps {@code null} instance attributes, and a
 * MAKEINSTANCE without an {@code eventID}, or naming no EVENT inside TEXT, is ignored. Blank
 * attribute values count as absent; the others are stripped. An EVENT {@code class} or a
 * MAKEINSTANCE {@code tense}, {@code aspect} or {@code polarity} must be a TimeML 1.2.1 value
 * exactly ({@link EventClass}, {@link EventTense}, {@link EventAspect}, {@link Polarity}: upper
 * case, as in TimeBank and AQUAINT); {@code modality} and {@code pos} are kept as written.
 *
 * <p>Files are read as UTF-8 with the JDK's streaming XML parser, with DTDs and external entities
 * disabled. A file that is not UTF-8 or not well-formed XML, that has no TEXT element or more than
 * one, nests a TIMEX3 in a TIMEX3 (or an EVENT in an EVENT), has a TIMEX3 without a valid
 * {@code tid}, {@code type} and {@code value}, an EVENT without an {@code eid}, or an event
 * attribute that is not a TimeML value, is rejected with an {@link InvalidInputException} naming
 * the file and the line and column.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimemlDocument doc = TimemlReader.create().read(Path.of("wsj_0006.tml"));
 * doc.findCreationTime().flatMap(CreationTime::findDate);   // 1989-10-31
 * }</pre>
 */
public final class TimemlReader {

  private static final String TEXT = "TEXT";
  private static final String TIMEX3 = "TIMEX3";
  private static final String EVENT = "EVENT";
  private static final String MAKEINSTANCE = "MAKEINSTANCE";
  private static final String DCT = "DCT";
  private static final String DOCID = "DOCID";

  private TimemlReader() {}

  /** {@return a reader; it holds no state} */
  public static TimemlReader create() {
    return new TimemlReader();
  }

  /**
   * Reads a {@code .tml} or {@code .TE3input} file.
   *
   * @param file the file, UTF-8
   * @return what it says
   * @throws InvalidInputException naming the file (and line and column) if it cannot be read
   */
  public TimemlDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    return read(readUtf8(file), file.getFileName().toString());
  }

  /**
   * Reads TimeML given as a string. {@code sourceName} (a file name) names the document in error
   * messages and gives its id when there is no DOCID.
   *
   * @param xml the TimeML
   * @param sourceName a file name
   * @return what it says
   * @throws InvalidInputException naming the source (and line and column) if it is not valid
   */
  public TimemlDocument read(String xml, String sourceName) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(sourceName, "sourceName");
    return new Parse(xml, sourceName).run();
  }

  /**
   * {@return the document id a file name gives: without {@code .TE3input} and then without {@code
   * .tml}}, ignoring case
   *
   * @param fileName a file name without its directory
   */
  public static String idFromFileName(String fileName) {
    String id = stripSuffix(fileName, ".te3input");
    return stripSuffix(id, ".tml");
  }

  private static String stripSuffix(String name, String suffix) {
    return name.toLowerCase(Locale.ROOT).endsWith(suffix)
        ? name.substring(0, name.length() - suffix.length())
        : name;
  }

  /** The file's characters, strictly decoded as UTF-8. */
  static String readUtf8(Path file) {
    return Utf8.read(file, file.getFileName().toString());
  }

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    return factory;
  }

  /** One parse of one document; not thread-safe, never shared. */
  private static final class Parse {
    private final String xml;
    private final String source;
    private XMLStreamReader reader;

    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean sawText;
    private int depth;
    private int dctDepth = -1;
    private Open openTimex;
    private Open openEvent;
    private final List<Pending> timexes = new ArrayList<>();
    private final List<TimemlEvent> events = new ArrayList<>();
    private final Map<String, Instance> instances = new HashMap<>();

    private StringBuilder docId;
    private boolean docIdDone;
    private Pending outsideTimex;
    private StringBuilder outsideTimexText;
    private CreationTime creationTime;
    private CreationTime creationTimeInText;

    Parse(String xml, String source) {
      this.xml = xml;
      this.source = source;
    }

    TimemlDocument run() {
      // a byte order mark is not part of the document; the StAX parser rejects it in a string
      String content = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
      try {
        reader = parser(() -> factory().createXMLStreamReader(new StringReader(content)));
        try {
          while (parser(reader::hasNext)) {
            handle(parser(reader::next));
          }
        } finally {
          reader.close();
        }
      } catch (XMLStreamException e) {
        throw new InvalidInputException(
            source, source + ": " + where(e.getLocation()) + "malformed XML: " + cause(e), e);
      }
      if (!sawText) {
        throw new InvalidInputException(source, source + ": no TEXT element");
      }
      String id = docId == null || docId.toString().isBlank()
          ? idFromFileName(source)
          : docId.toString().strip();
      String body = text.toString();
      List<Timex3> built = new ArrayList<>();
      for (Pending p : timexes) {
        built.add(p.build(body));
      }
      CreationTime created = creationTime != null ? creationTime : creationTimeInText;
      List<TimemlEvent> instantiated = new ArrayList<>(events.size());
      for (TimemlEvent e : events) {
        Instance i = instances.get(e.eid());
        instantiated.add(i == null ? e : new TimemlEvent(e.eid(), e.eventClass(), e.span(),
            i.tense(), i.aspect(), i.polarity(), i.modality(), i.pos()));
      }
      return new TimemlDocument(id, body, created, built, instantiated);
    }

    /** A call into the StAX parser, whose every failure becomes an {@link XMLStreamException}. */
    private interface ParserCall<T> {
      T call() throws XMLStreamException;
    }

    private <T> T parser(ParserCall<T> call) throws XMLStreamException {
      try {
        return call.call();
      } catch (RuntimeException e) {
        // The JDK's built-in Xerces reports some fatal errors with an unchecked exception instead:
        // a MissingResourceException when its message bundle lacks the error's key (e.g.
        // InvalidCharInDTD, for a character XML forbids in a DOCTYPE's internal subset).
        Location location = reader == null ? null : reader.getLocation();
        String why = e instanceof MissingResourceException missing
            ? missing.getKey() + " (the JDK's XML parser has no message for this error)"
            : "the XML parser failed: " + e;
        throw new XMLStreamException(why, location, e);
      }
    }

    private void handle(int event) throws XMLStreamException {
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start(reader.getLocalName());
        case XMLStreamConstants.END_ELEMENT -> end(reader.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> characters(reader.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw fail("undeclared entity &" + reader.getLocalName() + ";");
        default -> {
          // comments, processing instructions, the XML declaration: no text
        }
      }
    }

    private void start(String name) {
      depth++;
      if (inText) {
        if (name.equals(TEXT)) {
          throw fail("TEXT element inside TEXT");
        }
        if (name.equals(TIMEX3)) {
          if (openTimex != null) {
            throw fail("TIMEX3 nested inside TIMEX3 " + openTimex.attribute("tid"));
          }
          openTimex =
              new Open(TIMEX3, text.length(), attributes(), where(reader.getLocation()));
        } else if (name.equals(EVENT)) {
          if (openEvent != null) {
            throw fail("EVENT nested inside EVENT " + openEvent.attribute("eid"));
          }
          openEvent = new Open(EVENT, text.length(), attributes(), where(reader.getLocation()));
        }
        return;
      }
      switch (name) {
        case TEXT -> {
          if (sawText) {
            throw fail("more than one TEXT element");
          }
          sawText = true;
          inText = true;
        }
        case DCT -> dctDepth = depth;
        case DOCID -> {
          if (!docIdDone && docId == null) {
            docId = new StringBuilder();
          }
        }
        case TIMEX3 -> {
          if (outsideTimex != null) {
            throw fail("TIMEX3 nested inside TIMEX3 " + outsideTimex.attribute("tid"));
          }
          outsideTimex = new Pending(TIMEX3, attributes(), 0, 0, where(reader.getLocation()));
          outsideTimexText = new StringBuilder();
        }
        case MAKEINSTANCE -> instance(
            new Pending(MAKEINSTANCE, attributes(), 0, 0, where(reader.getLocation())));
        default -> {
          // skipped: links, titles, extra information
        }
      }
    }

    private void end(String name) {
      if (inText) {
        switch (name) {
          case TEXT -> inText = false;
          case TIMEX3 -> {
            Pending p = openTimex.close(text.length());
            if (p.end == p.begin) {
              throw failAt(p.where, "empty TIMEX3 " + p.attribute("tid"));
            }
            timexes.add(p);
            if (Timex3.CREATION_TIME.equals(p.attribute("functionInDocument"))
                && creationTimeInText == null) {
              creationTimeInText = p.creationTime(text.substring(p.begin, p.end));
            }
            openTimex = null;
          }
          case EVENT -> {
            Pending p = openEvent.close(text.length());
            String eid = p.attribute("eid");
            if (eid == null) {
              throw failAt(p.where, "EVENT without an eid");
            }
            events.add(new TimemlEvent(eid.strip(), p.optionalEnum(EventClass.class, "class"),
                span(p.begin, p.end)));
            openEvent = null;
          }
          default -> {
            // other tags inside TEXT only lose their markup
          }
        }
        depth--;
        return;
      }
      switch (name) {
        case DOCID -> {
          if (docId != null) {
            docIdDone = true;
          }
        }
        case DCT -> dctDepth = -1;
        case TIMEX3 -> {
          boolean creation = Timex3.CREATION_TIME.equals(outsideTimex.attribute("functionInDocument"))
              || dctDepth >= 0;
          if (creation && creationTime == null) {
            creationTime = outsideTimex.creationTime(outsideTimexText.toString());
          }
          outsideTimex = null;
          outsideTimexText = null;
        }
        default -> {
          // nothing kept
        }
      }
      depth--;
    }

    /** Keeps the first MAKEINSTANCE of each event, its values checked where it stands. */
    private void instance(Pending p) {
      String eventId = p.optional("eventID");
      if (eventId == null) {
        return;
      }
      // the values are checked even when an earlier MAKEINSTANCE of the event is kept
      Instance attributes = new Instance(p.optionalEnum(EventTense.class, "tense"),
          p.optionalEnum(EventAspect.class, "aspect"), p.optionalEnum(Polarity.class, "polarity"),
          p.optional("modality"), p.optional("pos"));
      instances.putIfAbsent(eventId, attributes);
    }

    /** The attributes of a MAKEINSTANCE. */
    private record Instance(
        EventTense tense, EventAspect aspect, Polarity polarity, String modality, String pos) {}

    private void characters(String chars) {
      if (inText) {
        text.append(chars);
      } else if (outsideTimexText != null) {
        outsideTimexText.append(chars);
      } else if (docId != null && !docIdDone) {
        docId.append(chars);
      }
    }

    private Span span(int begin, int end) {
      return new Span(begin, end, text.substring(begin, end));
    }

    private String[] attributes() {
      int n = reader.getAttributeCount();
      String[] pairs = new String[2 * n];
      for (int i = 0; i < n; i++) {
        pairs[2 * i] = reader.getAttributeLocalName(i);
        pairs[2 * i + 1] = reader.getAttributeValue(i);
      }
      return pairs;
    }

    private InvalidInputException fail(String message) {
      return failAt(where(reader.getLocation()), message);
    }

    private InvalidInputException failAt(String where, String message) {
      return new InvalidInputException(source, source + ": " + where + message);
    }

    private static String where(Location location) {
      if (location == null || location.getLineNumber() < 0) {
        return "";
      }
      return "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    private static String cause(XMLStreamException e) {
      String message = String.valueOf(e.getMessage());
      int at = message.indexOf("Message: ");
      return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    /** An annotation whose start tag has been read. */
    private final class Open {
      private final String element;
      private final int begin;
      private final String[] attributes;
      private final String where;

      Open(String element, int begin, String[] attributes, String where) {
        this.element = element;
        this.begin = begin;
        this.attributes = attributes;
        this.where = where;
      }

      String attribute(String name) {
        return Pending.lookup(attributes, name);
      }

      Pending close(int end) {
        return new Pending(element, attributes, begin, end, where);
      }
    }

    /** An annotation read completely, not yet checked. */
    private final class Pending {
      final String element;
      final String[] attributes;
      final int begin;
      final int end;
      final String where;

      Pending(String element, String[] attributes, int begin, int end, String where) {
        this.element = element;
        this.attributes = attributes;
        this.begin = begin;
        this.end = end;
        this.where = where;
      }

      static String lookup(String[] attributes, String name) {
        for (int i = 0; i < attributes.length; i += 2) {
          if (attributes[i].equals(name)) {
            return attributes[i + 1];
          }
        }
        return null;
      }

      String attribute(String name) {
        return lookup(attributes, name);
      }

      /** The attribute, or {@code null} if absent or blank. */
      String optional(String name) {
        String v = attribute(name);
        return v == null || v.isBlank() ? null : v.strip();
      }

      String required(String name) {
        String v = attribute(name);
        if (v == null) {
          throw failAt(where, element + " " + describe() + " has no " + name + " attribute");
        }
        return v;
      }

      private String describe() {
        String idName = switch (element) {
          case EVENT -> "eid";
          case MAKEINSTANCE -> "eiid";
          default -> "tid";
        };
        String id = attribute(idName);
        String described = id == null ? "(no " + idName + ")" : id;
        String eventId = attribute("eventID");
        return element.equals(MAKEINSTANCE) && eventId != null
            ? described + " of EVENT " + eventId
            : described;
      }

      TimexType type() {
        String v = required("type").strip();
        try {
          return TimexType.valueOf(v);
        } catch (IllegalArgumentException e) {
          throw failAt(where, "TIMEX3 " + describe() + " has type \"" + v
              + "\"; expected one of " + Arrays.toString(TimexType.values()));
        }
      }

      /** The attribute as a constant of {@code type}, or {@code null} if absent or blank. */
      <E extends Enum<E>> E optionalEnum(Class<E> type, String name) {
        String v = optional(name);
        if (v == null) {
          return null;
        }
        try {
          return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
          throw failAt(where, element + " " + describe() + " has " + name + " \"" + v
              + "\"; expected one of " + Arrays.toString(type.getEnumConstants()));
        }
      }

      CreationTime creationTime(String covered) {
        return new CreationTime(required("tid").strip(), type(), required("value"), covered);
      }

      Timex3 build(String body) {
        try {
          return Timex3.builder(new Span(begin, end, body.substring(begin, end)), type(),
                  required("value"))
              .tid(required("tid").strip())
              .mod(optionalEnum(TimexMod.class, "mod"))
              .anchorTimeId(optional("anchorTimeID"))
              .beginPoint(optional("beginPoint"))
              .endPoint(optional("endPoint"))
              .quant(optional("quant"))
              .freq(optional("freq"))
              .temporalFunction(optional("temporalFunction"))
              .functionInDocument(optional("functionInDocument"))
              .build();
        } catch (IllegalArgumentException e) {
          throw failAt(where, e.getMessage());
        }
      }
    }
  }
}
