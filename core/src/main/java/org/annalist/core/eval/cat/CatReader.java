package org.annalist.core.eval.cat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.annalist.core.InvalidInputException;
import org.annalist.core.io.Utf8;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads CAT XML documents, as SemEval-2015 Task 4 ("TimeLine: Cross-Document Event Ordering",
 * Minard et al. 2015) and the NewsReader MEANTIME corpus distribute them: a {@code <Document
 * doc_id=... doc_name=...>} of {@code <token number=... sentence=... t_id=...>} elements, maybe
 * followed by {@code <Markables>} and {@code <Relations>}. It rebuilds the plain text, the tokens
 * joined by single spaces and each sentence on its own line (the title, sentence 0, is the first
 * line), and keeps every token's offsets in it ({@link CatDocument}).
 *
 * <p>Of the markables, it reads the {@code <ENTITY_MENTION m_id=... syntactic_type=...>}s with
 * their {@code <token_anchor t_id=...>}s and the {@code <ENTITY m_id=... ent_type=...
 * instance_id=...>} instances; of the relations, the {@code <REFERS_TO>}s, whose {@code <source
 * m_id=...>}s are mentions and {@code <target m_id=...>} an instance: a mention takes the type of
 * the entity instance it refers to ({@link CatEntityMention}), and a mention no {@code REFERS_TO}
 * links to an entity instance has none. A mention's tokens are put in document order (a
 * discontinuous mention keeps its gaps); a mention without any anchor is left out. Anything else
 * (events, time expressions, links) is skipped.
 *
 * <p>The JDK's SAX parser is used with external entities, external DTDs and XInclude disabled and
 * secure processing on, so a file cannot make the reader fetch or read anything else. Bad input
 * throws an {@link InvalidInputException} naming the file and the line and column.
 *
 * <p>Stateless and thread-safe: each call makes its own parser.
 *
 * <pre>{@code
 * CatDocument doc = CatReader.create().read(Path.of("16844-Apple_unveils_iPhone_4.xml"));
 * }</pre>
 */
public final class CatReader {

  private CatReader() {}

  /** {@return a reader} */
  public static CatReader create() {
    return new CatReader();
  }

  /**
   * Reads a CAT file (UTF-8).
   *
   * @param file the file
   * @return the document
   * @throws InvalidInputException naming the file if it cannot be read or is not a CAT document
   */
  public CatDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(Utf8.read(file, name), file.toString());
  }

  /**
   * Reads a CAT document.
   *
   * @param xml the file's content
   * @param fileName the file's name, for the messages
   * @return the document
   * @throws InvalidInputException naming the file, line and column if it is not well-formed XML,
   *     the root is not {@code Document} with a {@code doc_id}, a token lacks a number, a
   *     sentence or its text, an entity mention or instance lacks its {@code m_id} or repeats
   *     another's, an anchor names no token of the document, or two {@code REFERS_TO} give a
   *     mention entity instances of two types
   */
  public CatDocument read(String xml, String fileName) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(fileName, "fileName");
    Handler handler = new Handler(fileName);
    try {
      SAXParser parser = factory().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      InputSource source = new InputSource(new StringReader(xml));
      source.setSystemId(fileName);
      parser.parse(source, handler);
    } catch (SAXParseException e) {
      throw new InvalidInputException(null, fileName + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": " + e.getMessage(), e);
    } catch (SAXException e) {
      // the handler's messages already start with the file and position
      String message = String.valueOf(e.getMessage());
      throw new InvalidInputException(handler.id,
          message.startsWith(fileName) ? message : fileName + ": " + message, e);
    } catch (IOException e) {
      throw new InvalidInputException(null, fileName + ": " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's SAX parser cannot be configured securely", e);
    }
    if (handler.id == null) {
      throw new InvalidInputException(null, fileName + ": no <Document> element");
    }
    try {
      return new CatDocument(handler.id, handler.name, handler.text.toString(), handler.tokens,
          handler.entityMentions());
    } catch (SAXException e) {
      throw new InvalidInputException(handler.id, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(handler.id, fileName + ": " + e.getMessage(), e);
    }
  }

  private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  /** Collects the tokens and entity markables; one per call of {@link #read(String, String)}. */
  private static final class Handler extends DefaultHandler {
    private final String fileName;
    private final StringBuilder text = new StringBuilder();
    private final List<CatToken> tokens = new ArrayList<>();
    private final Map<String, CatToken> tokensById = new HashMap<>();
    private final List<MentionMarkable> mentions = new ArrayList<>();
    private final Map<String, EntityMarkable> entities = new HashMap<>();
    private final Set<String> markableIds = new HashSet<>();
    private final List<Reference> references = new ArrayList<>();
    private Locator locator;
    private String id;
    private String name;
    private boolean root = true;
    private StringBuilder tokenText;
    private int sentence;
    private int number;
    private String tokenId;
    private String where;
    private MentionMarkable mention;
    private Reference reference;

    Handler(String fileName) {
      this.fileName = fileName;
    }

    @Override
    public void setDocumentLocator(Locator value) {
      locator = value;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (root) {
        root = false;
        if (!qName.equals("Document")) {
          throw error("the root element is <" + qName + ">, not <Document>");
        }
        id = atts.getValue("doc_id");
        if (id == null || id.isBlank()) {
          throw error("<Document> has no doc_id");
        }
        id = id.strip();
        String docName = atts.getValue("doc_name");
        name = docName == null || docName.isBlank() ? id : docName.strip();
        return;
      }
      switch (qName) {
        case "token" -> {
          if (tokenText != null) {
            throw error("a <token> inside a <token>");
          }
          sentence = number(atts, "sentence");
          number = number(atts, "number");
          String tid = atts.getValue("t_id");
          tokenId = tid == null || tid.isBlank() ? "number " + number : tid.strip();
          where = position();
          tokenText = new StringBuilder();
        }
        case "ENTITY_MENTION" -> {
          String mid = markableId(atts, qName);
          mention = new MentionMarkable(mid, value(atts, "syntactic_type"), position(),
              new ArrayList<>());
          mentions.add(mention);
        }
        case "token_anchor" -> {
          if (mention != null) {
            String tid = value(atts, "t_id");
            if (tid.isEmpty()) {
              throw error("<token_anchor> of entity mention " + mention.id + " has no t_id");
            }
            mention.anchors.add(new Anchor(tid, position()));
          }
        }
        case "ENTITY" -> {
          String mid = markableId(atts, qName);
          entities.put(mid, new EntityMarkable(value(atts, "ent_type"),
              value(atts, "instance_id")));
        }
        case "REFERS_TO" -> reference = new Reference(value(atts, "r_id"), position(),
            new ArrayList<>(), new ArrayList<>());
        case "source", "target" -> {
          if (reference != null) {
            (qName.equals("source") ? reference.sources : reference.targets)
                .add(value(atts, "m_id"));
          }
        }
        default -> {
          // other markables and relations (events, TIMEX3, TLINK...) are not read
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (tokenText != null) {
        tokenText.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (qName.equals("ENTITY_MENTION")) {
        mention = null;
        return;
      }
      if (qName.equals("REFERS_TO")) {
        if (reference != null) {
          references.add(reference);
        }
        reference = null;
        return;
      }
      if (!qName.equals("token") || tokenText == null) {
        return;
      }
      String word = tokenText.toString().strip();
      tokenText = null;
      if (word.isEmpty()) {
        throw new SAXException(where + ": token " + tokenId + " has no text");
      }
      if (!tokens.isEmpty()) {
        text.append(tokens.get(tokens.size() - 1).sentence() == sentence ? ' ' : '\n');
      }
      int begin = text.length();
      text.append(word);
      CatToken token = new CatToken(sentence, number, tokenId, word, begin, text.length());
      tokens.add(token);
      tokensById.putIfAbsent(tokenId, token);
    }

    /**
     * The entity mentions, typed by the {@code REFERS_TO} relations whose targets are entity
     * instances; a mention without anchors is left out (CAT's empty markables name no text).
     */
    List<CatEntityMention> entityMentions() throws SAXException {
      Map<String, EntityMarkable> typeOf = new HashMap<>();
      Map<String, Reference> typedBy = new HashMap<>();
      for (Reference r : references) {
        for (String target : r.targets) {
          EntityMarkable entity = entities.get(target);
          if (entity == null) {
            continue; // an event instance, or no markable
          }
          for (String source : r.sources) {
            EntityMarkable earlier = typeOf.putIfAbsent(source, entity);
            if (earlier != null && !earlier.type.equals(entity.type)) {
              throw new SAXException(r.where + ": REFERS_TO " + r.id + " links mention "
                  + source + " to instance " + entity.instanceId + " (" + entity.type
                  + "), but REFERS_TO " + typedBy.get(source).id + " already to "
                  + earlier.instanceId + " (" + earlier.type + ")");
            }
            typedBy.putIfAbsent(source, r);
          }
        }
      }
      List<CatEntityMention> found = new ArrayList<>();
      for (MentionMarkable m : mentions) {
        if (m.anchors.isEmpty()) {
          continue;
        }
        Set<CatToken> anchored = new HashSet<>();
        for (Anchor anchor : m.anchors) {
          CatToken token = tokensById.get(anchor.tokenId);
          if (token == null) {
            throw new SAXException(anchor.where + ": entity mention " + m.id
                + " is anchored to token " + anchor.tokenId + ", which the document lacks");
          }
          anchored.add(token);
        }
        List<CatToken> ordered = new ArrayList<>(anchored);
        ordered.sort(Comparator.comparingInt(CatToken::begin));
        EntityMarkable entity = typeOf.get(m.id);
        found.add(new CatEntityMention(m.id, m.syntacticType, ordered,
            entity == null ? "" : entity.type, entity == null ? "" : entity.instanceId));
      }
      return found;
    }

    private String markableId(Attributes atts, String element) throws SAXException {
      String mid = value(atts, "m_id");
      if (mid.isEmpty()) {
        throw error("<" + element + "> has no m_id");
      }
      if (!markableIds.add(mid)) {
        throw error("<" + element + "> m_id \"" + mid + "\" is used twice");
      }
      return mid;
    }

    /** The attribute's value, stripped, or empty when it is absent. */
    private static String value(Attributes atts, String attribute) {
      String value = atts.getValue(attribute);
      return value == null ? "" : value.strip();
    }

    private int number(Attributes atts, String attribute) throws SAXException {
      String value = atts.getValue(attribute);
      if (value == null) {
        throw error("<token> has no " + attribute);
      }
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error("<token> " + attribute + " \"" + value + "\" is not a number >= 0");
    }

    private String position() {
      return locator == null ? fileName
          : fileName + ":" + locator.getLineNumber() + ":" + locator.getColumnNumber();
    }

    private SAXException error(String message) {
      return new SAXException(position() + ": " + message);
    }
  }

  /** An {@code <ENTITY_MENTION>} as read, its anchors not yet resolved. */
  private record MentionMarkable(String id, String syntacticType, String where,
      List<Anchor> anchors) {}

  /** A {@code <token_anchor>} and where it is in the file. */
  private record Anchor(String tokenId, String where) {}

  /** An {@code <ENTITY>} instance markable. */
  private record EntityMarkable(String type, String instanceId) {}

  /** A {@code <REFERS_TO>} relation. */
  private record Reference(String id, String where, List<String> sources, List<String> targets) {}
}
