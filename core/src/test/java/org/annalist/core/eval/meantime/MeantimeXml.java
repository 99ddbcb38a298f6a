package org.annalist.core.eval.meantime;

import java.util.ArrayList;
import java.util.List;
import org.annalist.core.eval.cat.CatReader;

/** Builds small synthetic MEANTIME CAT documents for the tests. */
final class MeantimeXml {

  private final String id;
  private final List<String[]> sentences = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private final StringBuilder markables = new StringBuilder();
  private final StringBuilder relations = new StringBuilder();
  private int tokens;
  private int mentions;

  private MeantimeXml(String id) {
    this.id = id;
  }

  static MeantimeXml document(String id) {
    return new MeantimeXml(id);
  }

  /** The next sentence, numbered {@code number}, tokens split on spaces. */
  MeantimeXml sentence(int number, String text) {
    sentences.add(text.split(" "));
    numbers.add(number);
    return this;
  }

  /**
   * A mention of the words {@code [from, to)} of the {@code index}-th sentence added; {@code
   * entType} null for a mention that refers to no instance, {@code syntactic} null for none.
   */
  MeantimeXml mention(String syntactic, String entType, int index, int from, int to) {
    int first = 1;
    for (int s = 0; s < index; s++) {
      first += sentences.get(s).length;
    }
    int m = ++mentions;
    markables.append("<ENTITY_MENTION m_id=\"").append(m).append('"');
    if (syntactic != null) {
      markables.append(" syntactic_type=\"").append(syntactic).append('"');
    }
    markables.append(">");
    for (int t = from; t < to; t++) {
      markables.append("<token_anchor t_id=\"").append(first + t).append("\"/>");
    }
    markables.append("</ENTITY_MENTION>\n");
    if (entType != null) {
      markables.append("<ENTITY m_id=\"i").append(m).append("\" ent_type=\"").append(entType)
          .append("\" instance_id=\"").append(entType).append(m).append("\"/>\n");
      relations.append("<REFERS_TO r_id=\"r").append(m).append("\"><source m_id=\"").append(m)
          .append("\"/><target m_id=\"i").append(m).append("\"/></REFERS_TO>\n");
    }
    return this;
  }

  String xml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"" + id
        + "\" doc_name=\"" + id + "_test\">\n");
    int number = 0;
    for (int s = 0; s < sentences.size(); s++) {
      for (String word : sentences.get(s)) {
        b.append("<token number=\"").append(number).append("\" sentence=\"")
            .append(numbers.get(s)).append("\" t_id=\"").append(number + 1).append("\">")
            .append(word).append("</token>\n");
        number++;
      }
    }
    tokens = number;
    return b.append("<Markables>\n").append(markables).append("</Markables>\n<Relations>\n")
        .append(relations).append("</Relations>\n</Document>\n").toString();
  }

  MeantimeDocument read() {
    return MeantimeDocument.of(CatReader.create().read(xml(), id + ".xml"));
  }

  MeantimeDocument read(MeantimeDocument.Names names) {
    return MeantimeDocument.of(CatReader.create().read(xml(), id + ".xml"), names);
  }

  /** The first document of the tests: names of every kind of error. */
  static MeantimeDocument apple() {
    return document("1")
        .sentence(0, "Apple unveils iPhone in the United States")
        .sentence(1, "June 8 , 2010")
        .sentence(2, "Steve Jobs spoke at Moscone Center in San Francisco , California .")
        .sentence(3, "Jobs said the Boeing 747 uses PST time .")
        .sentence(6, "Apple Inc. left .")
        .mention("NAM", "ORG", 0, 0, 1)
        .mention("NAM", "PRO", 0, 2, 3)
        .mention("NAM", "LOC", 0, 4, 7)
        .mention("NAM", "PER", 2, 0, 2)
        .mention("NAM", "LOC", 2, 4, 11)
        .mention("NAM", "LOC", 2, 7, 11)
        .mention("NAM", "LOC", 2, 10, 11)
        .mention("NAM", "PER", 3, 0, 1)
        .mention("NAM", "PRO", 3, 3, 5)
        .mention("NOM", "PER", 3, 7, 8) // a nominal, not a name (nonsense, but typed)
        .mention("NAM", "ORG", 4, 0, 2) // sentence 6: outside the annotated region
        .read();
  }

  /** The second document: missed names and a system name overlapping a matched one. */
  static MeantimeDocument cisco() {
    return document("2")
        .sentence(0, "Cisco sues Apple")
        .sentence(1, "May 1 , 2007")
        .sentence(2, "Cisco is in Texas .")
        .mention("NAM", "ORG", 0, 0, 1)
        .mention("NAM", "ORG", 0, 2, 3)
        .mention("NAM", "ORG", 2, 0, 1)
        .mention("NAM", "LOC", 2, 3, 4)
        .read();
  }

  int tokens() {
    return tokens;
  }
}
