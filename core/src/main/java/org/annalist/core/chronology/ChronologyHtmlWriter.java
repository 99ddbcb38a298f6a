package org.annalist.core.chronology;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annalist.model.Chronology;
import org.annalist.model.ChronologyDocument;
import org.annalist.model.ChronologyEntry;
import org.annalist.model.Conflict;
import org.annalist.model.ConflictVersion;
import org.annalist.model.DateEvidence;
import org.annalist.model.EntryEvidence;
import org.annalist.model.MergeLink;

/**
 * Writes a {@link Chronology} as one self-contained HTML page: a header with the documents and
 * their dates, the dated entries on a vertical time axis grouped by year, each with its title,
 * participants, sources and a conflict badge, and, on click, every report (the quoted sentence,
 * with a link that shows it highlighted in its article), the claim source, the merge reasons and
 * the versions of each conflict; then the entries set apart and the undated ones.
 *
 * <p>The page needs no network: its style and script are inline, and without the script it still
 * reads ({@code <details>} elements). Everything is escaped, and the output is the same to the byte
 * for the same input.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ChronologyHtmlWriter.create().write(chronology, Map.of(id, text), writer);
 * }</pre>
 */
public final class ChronologyHtmlWriter {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private static final String STYLE = String.join("\n",
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d2330;"
          + "background:#f6f7f9}",
      "header{background:#1d2a44;color:#fff;padding:18px 32px}",
      "header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}",
      "main{max-width:1100px;margin:0 auto;padding:16px 32px}",
      "table.docs{border-collapse:collapse;font-size:13px;margin:8px 0 20px}",
      "table.docs td{padding:3px 10px;border-bottom:1px solid #dde}",
      ".axis{position:relative;margin-left:90px;border-left:3px solid #8aa0c8;padding-left:24px}",
      ".year{position:relative;margin:18px 0 6px;font-weight:700;color:#3a4f7a}",
      ".year span{position:absolute;left:-118px;width:80px;text-align:right}",
      ".entry,.entry-aside,.entry-undated{background:#fff;border:1px solid #d7dce6;"
          + "border-radius:6px;margin:8px 0;padding:8px 12px;position:relative}",
      ".entry::before,.entry-aside::before,.entry-undated::before{content:'';"
          + "position:absolute;left:-32px;top:14px;width:11px;height:11px;"
          + "border-radius:50%;background:#3a6fd8;border:2px solid #fff}",
      "details summary{cursor:pointer;list-style:none}",
      ".when{font-family:ui-monospace,monospace;color:#3a4f7a;margin-right:10px}",
      ".title{font-weight:600}.meta{color:#5a6375;font-size:13px;margin-top:2px}",
      ".conflict{display:inline-block;background:#fde7c8;color:#8a4b00;border-radius:10px;"
          + "padding:0 8px;font-size:12px;margin-left:8px}",
      ".report{border-left:3px solid #c9d3e6;margin:8px 0;padding:2px 10px;font-size:14px}",
      ".report q{font-style:italic}.report b{background:#fff3a8}",
      ".versions li{margin:2px 0}.links{color:#5a6375;font-size:12px}",
      ".article{white-space:pre-wrap;background:#fff;border:1px solid #d7dce6;padding:12px;"
          + "max-height:420px;overflow:auto;font-size:14px}",
      "mark{background:#ffe066}",
      "section h2{font-size:18px;margin:26px 0 8px}",
      ".aside{border-style:dashed;background:#fafafa}.aside::before{background:#aaa}");

  private static final String SCRIPT = String.join("\n",
      "document.querySelectorAll('a.show').forEach(function(a){",
      "  a.addEventListener('click',function(ev){",
      "    var art=document.getElementById(a.dataset.article);",
      "    if(!art){return;}",
      "    ev.preventDefault();",
      "    art.closest('details').open=true;",
      "    art.querySelectorAll('mark').forEach(function(m){",
      "      var t=document.createTextNode(m.textContent);m.replaceWith(t);});",
      "    art.normalize();",
      "    var b=+a.dataset.begin,e=+a.dataset.end,pos=0,w=document.createTreeWalker(art,4),n;",
      "    while((n=w.nextNode())){var len=n.data.length;",
      "      if(pos+len>b){var r=document.createRange();r.setStart(n,b-pos);",
      "        var w2=document.createTreeWalker(art,4),m2,p2=0;",
      "        while((m2=w2.nextNode())){if(p2+m2.data.length>=e){r.setEnd(m2,e-p2);break;}"
          + "p2+=m2.data.length;}",
      "        var mk=document.createElement('mark');mk.appendChild(r.extractContents());"
          + "r.insertNode(mk);",
      "        mk.scrollIntoView({block:'center'});break;}",
      "      pos+=len;}",
      "  });",
      "});",
      "document.body.dataset.rendered='yes';");

  private ChronologyHtmlWriter() {}

  /** {@return a writer} */
  public static ChronologyHtmlWriter create() {
    return new ChronologyHtmlWriter();
  }

  /**
   * Writes the page.
   *
   * @param chronology the chronology
   * @param texts the text of each document, by id, to show each quoted sentence in its article; a
   *     document without its text is listed without it
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Chronology chronology, Map<String, String> texts, Appendable out) {
    Objects.requireNonNull(chronology, "chronology");
    Objects.requireNonNull(texts, "texts");
    try {
      StringBuilder b = new StringBuilder();
      page(chronology, new TreeMap<>(texts), b);
      out.append(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String esc(String s) {
    return HTML.escape(s);
  }

  private void page(Chronology c, Map<String, String> texts, StringBuilder b) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>Chronology</title><style>\n").append(STYLE).append("\n</style></head>\n<body>\n");
    b.append("<header><h1>Chronology</h1><p>")
        .append(String.format(Locale.ROOT, "%d documents · %d dated entries · %d undated · "
            + "%d set aside · %d with conflicts", c.documents().size(), c.entries().size(),
            c.undated().size(), c.setAside().size(),
            c.allEntries().filter(e -> !e.conflicts().isEmpty()).count()))
        .append("</p></header>\n<main>\n");
    documents(c, b);
    b.append("<section><h2>Timeline</h2><div class=\"axis\">\n");
    String year = null;
    for (ChronologyEntry e : c.entries()) {
      String y = yearOf(e);
      if (!y.equals(year)) {
        b.append("<div class=\"year\"><span>").append(esc(y)).append("</span></div>\n");
        year = y;
      }
      entry(e, "entry", b);
    }
    b.append("</div></section>\n");
    b.append("<section><h2>Set aside: not asserted, never presented as having happened</h2>"
        + "<div class=\"axis\">\n");
    c.setAside().forEach(e -> entry(e, "entry-aside aside", b));
    b.append("</div></section>\n<section><h2>Undated: asserted, but no report says when</h2>"
        + "<div class=\"axis\">\n");
    c.undated().forEach(e -> entry(e, "entry-undated", b));
    b.append("</div></section>\n<section><h2>Articles</h2>\n");
    for (ChronologyDocument d : c.documents()) {
      String text = texts.get(d.id());
      if (text != null) {
        b.append("<details><summary>").append(esc(d.id())).append("</summary><div class=\"article\""
            + " id=\"article-").append(esc(d.id())).append("\">").append(esc(text))
            .append("</div></details>\n");
      }
    }
    b.append("</section>\n</main>\n<script>\n").append(SCRIPT).append("\n</script>\n</body>"
        + "</html>\n");
  }

  private static String yearOf(ChronologyEntry e) {
    if (e.time().earliest() != null) {
      return String.valueOf(e.time().earliest().getYear());
    }
    return "until " + e.time().latest().getYear();
  }

  private static void documents(Chronology c, StringBuilder b) {
    b.append("<section><h2>Documents</h2><table class=\"docs\">\n");
    for (ChronologyDocument d : c.documents()) {
      b.append("<tr><td>").append(esc(d.id())).append("</td><td>")
          .append(esc(ChronologyTextWriter.date(d.date())))
          .append("</td><td>").append(d.title() == null ? "" : esc(d.title()))
          .append("</td></tr>\n");
      for (DateEvidence e : d.dateEvidence()) {
        b.append("<tr><td></td><td colspan=\"2\" class=\"links\">").append(esc(e.rule()))
            .append(": ").append(esc(Days.range(e.earliest(), e.latest()))).append(" from “")
            .append(esc(e.trigger().text())).append("” (").append(esc(e.entry())).append(") in ")
            .append(esc(String.join(", ", e.documentIds()))).append("</td></tr>\n");
      }
    }
    b.append("</table></section>\n");
  }

  private static void entry(ChronologyEntry e, String kind, StringBuilder b) {
    String cls = kind.equals("entry") ? "entry" : kind;
    b.append("<details class=\"").append(cls).append("\" data-entry-id=\"").append(esc(e.id()))
        .append("\"><summary><span class=\"when\">")
        .append(esc(e.time() == null ? "undated" : e.time().value())).append("</span>")
        .append("<span class=\"title\">").append(esc(e.title())).append("</span>");
    if (!e.conflicts().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      e.conflicts().forEach(k -> kinds.add(k.kind().name().toLowerCase(Locale.ROOT)));
      b.append("<span class=\"conflict\">conflict: ").append(esc(String.join(", ", kinds)))
          .append("</span>");
    }
    b.append("<div class=\"meta\">").append(esc(e.type()))
        .append(e.cameo() == null ? "" : " · CAMEO " + esc(e.cameo()))
        .append(e.factuality().name().equals("ASSERTED") ? ""
            : " · " + esc(e.factuality().name()));
    if (!e.participants().isEmpty()) {
      List<String> names = new ArrayList<>();
      e.participants().forEach(p -> {
        String n = p.role().name().toLowerCase(Locale.ROOT) + " " + p.name();
        if (!names.contains(n)) {
          names.add(n);
        }
      });
      b.append(" · ").append(esc(String.join(", ", names)));
    }
    b.append(" · sources: ").append(esc(ChronologyTextWriter.sources(e)))
        .append("</div></summary>\n");
    for (Conflict k : e.conflicts()) {
      b.append("<div><b>").append(esc(k.kind().name().toLowerCase(Locale.ROOT)))
          .append(" in dispute</b><ul class=\"versions\">");
      for (ConflictVersion v : k.versions()) {
        b.append("<li>").append(esc(v.value())).append(": ")
            .append(esc(String.join(", ", v.documentIds()))).append("</li>");
      }
      b.append("</ul></div>\n");
    }
    for (int i = 0; i < e.evidence().size(); i++) {
      EntryEvidence r = e.evidence().get(i);
      String quote = r.quote();
      int tb = r.trigger().begin() - r.sentence().begin();
      int te = r.trigger().end() - r.sentence().begin();
      b.append("<div class=\"report\">[").append(i).append("] ").append(esc(r.documentId()))
          .append(": <q>").append(esc(quote.substring(0, tb))).append("<b>")
          .append(esc(quote.substring(tb, te))).append("</b>").append(esc(quote.substring(te)))
          .append("</q>");
      if (r.claim() != null && r.claim().source() != null) {
        b.append(" — claimed by ").append(esc(r.claim().source().text()));
      }
      b.append(" <a class=\"show\" href=\"#article-").append(esc(r.documentId()))
          .append("\" data-article=\"article-").append(esc(r.documentId()))
          .append("\" data-begin=\"").append(r.sentence().begin()).append("\" data-end=\"")
          .append(r.sentence().end()).append("\">show in article</a></div>\n");
    }
    if (!e.links().isEmpty()) {
      b.append("<div class=\"links\">");
      for (MergeLink l : e.links()) {
        b.append("merged [").append(l.from()).append("]–[").append(l.to()).append("] ")
            .append(esc(l.rule())).append(": ").append(esc(String.join(", ", l.agreed())))
            .append("<br>");
      }
      b.append("</div>\n");
    }
    b.append("</details>\n");
  }
}
