package org.annalist.core.eval.semeval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Reads the CAT XML documents of SemEval-2015 Task 4 ("TimeLine: Cross-Document Event Ordering",
 * Minard et al. 2015): a {@code <Document doc_id=... doc_name=...>} of {@code <token
 * number=... sentence=... t_id=...>} elements, maybe followed by {@code <Markables>} (which
 * Track A does not give and this reader skips). It rebuilds the plain text, the tokens joined by
 * single spaces and each sentence on its own line (the title, sentence 0, is the first line), and
 * keeps every token's offsets in it ({@link CatDocument}).
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
   *     the root is not {@code Document} with a {@code doc_id}, or a token lacks a number, a
   *     sentence or its text
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
      return new CatDocument(handler.id, handler.name, handler.text.toString(), handler.tokens);
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

  /** Collects the tokens; one per call of {@link #read(String, String)}. */
  private static final class Handler extends DefaultHandler {
    private final String fileName;
    private final StringBuilder text = new StringBuilder();
    private final List<CatToken> tokens = new ArrayList<>();
    private Locator locator;
    private String id;
    private String name;
    private boolean root = true;
    private StringBuilder tokenText;
    private int sentence;
    private int number;
    private String tokenId;
    private String where;

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
      if (qName.equals("token")) {
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
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (tokenText != null) {
        tokenText.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
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
      tokens.add(new CatToken(sentence, number, tokenId, word, begin, text.length()));
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
}
