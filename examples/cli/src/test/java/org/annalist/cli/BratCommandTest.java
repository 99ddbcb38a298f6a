package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.core.eval.brat.BratAttribution;
import org.annalist.core.eval.brat.BratReader;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.core.pipeline.Stage;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.ClaimParty;
import org.annalist.model.Cue;
import org.annalist.model.LayerKey;
import org.annalist.model.PartyResolution;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.TextLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist brat} through the command line, with a small pipeline whose one stage finds
 * {@code “quote,” Name said} as a direct claim, so that the figures do not depend on the claims
 * stage.
 */
class BratCommandTest {

  static final String A = "“We will win,” Smith said. Then “we lost,” Jones wrote.\n";
  static final String B = "Officials stated talks would resume. “Never,” Brown said.\n";

  /** Direct claims {@code “content,” Name said|wrote}: content inside the marks, source, cue. */
  static final class QuoteStage implements Stage {
    private static final Pattern QUOTE =
        Pattern.compile("“([^”]+?),?” (\\p{Lu}\\w+) (said|wrote)");

    @Override
    public String name() {
      return "quotes";
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public LayerKey<?> provides() {
      return ClaimLayer.KEY;
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
      String text = document.text();
      List<Claim> claims = new ArrayList<>();
      Matcher m = QUOTE.matcher(text);
      while (m.find()) {
        claims.add(new Claim(ClaimKind.DIRECT, List.of(Span.of(text, m.start(1), m.end(1))),
            new ClaimParty(Span.of(text, m.start(2), m.end(2)), null, PartyResolution.UNRESOLVED,
                "test"),
            new Cue(Span.of(text, m.start(3), m.end(3)), m.group(3)), null, null, null,
            new Provenance(name(), "quote", 0.5)));
      }
      return document.with(new ClaimLayer(name(), List.of(), claims));
    }
  }

  static Pipeline quotes() {
    return Pipeline.builder().add(new QuoteStage()).build();
  }

  @TempDir Path dir;
  private Path texts;
  private Path gold;
  private Path outDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A {@code T} line for the first occurrence of {@code covered} in {@code text}. */
  static String t(int id, String label, String text, String covered) {
    int at = text.indexOf(covered);
    assertThat(at).as(covered).isNotNegative();
    return "T" + id + "\t" + label + " " + at + " " + (at + covered.length()) + "\t" + covered
        + "\n";
  }

  /** A PolNeAR attribution: source, cue, content, the trigger on the cue, the E line. */
  static String attribution(int e, int t, String text, String source, String cue,
      String content) {
    return t(t, "Source", text, source) + t(t + 1, "Cue", text, cue)
        + t(t + 2, "Content", text, content) + t(t + 3, "Attribution", text, cue)
        + "E" + e + "\tAttribution:T" + (t + 3) + " Content:T" + (t + 2) + " Cue:T" + (t + 1)
        + " Source:T" + t + "\n";
  }

  @BeforeEach
  void files() throws IOException {
    texts = Files.createDirectories(dir.resolve("text"));
    gold = Files.createDirectories(dir.resolve("attributions"));
    outDir = dir.resolve("out");
    Files.writeString(texts.resolve("a.txt"), A);
    Files.writeString(texts.resolve("b.txt"), B);
    // a has two annotators' files: a_x1 (used, first by name) agrees with the stage, a_x2 not
    Files.writeString(gold.resolve("a_x1.ann"),
        attribution(1, 1, A, "Smith", "said", "“We will win,”")
            + attribution(2, 5, A, "Jones", "wrote", "“we lost,”"));
    Files.writeString(gold.resolve("a_x2.ann"), t(1, "Discard", A, "Then"));
    // b: an indirect attribution the stage misses, and a direct one it finds
    Files.writeString(gold.resolve("b.ann"),
        attribution(1, 1, B, "Officials", "stated", "talks would resume")
            + attribution(2, 5, B, "Brown", "said", "“Never,”"));
    Files.writeString(gold.resolve("notes.txt"), "not brat");
  }

  private int run(Pipeline pipeline, String... args) {
    List<String> line = new ArrayList<>(List.of("brat"));
    line.addAll(List.of(args));
    return AnnalistCommand.execute(pipeline, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), line.toArray(String[]::new));
  }

  private int run(String... args) {
    return run(quotes(), args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneAnnPerTextWhichReadsBackAsTheClaims() throws IOException {
    int status = run(texts.toString(), outDir.toString());
    assertThat(stderr()).isEmpty();
    assertThat(status).isZero();
    assertThat(stdout()).startsWith("brat: 2 texts, 2 written to " + outDir + ", 0 failed;")
        .doesNotContain("gold");
    List<BratAttribution> a = BratReader.create()
        .read(outDir.resolve("a.ann"), texts.resolve("a.txt")).attributions();
    assertThat(a).extracting(x -> x.content().get(0).text() + " / " + x.source().get(0).text()
        + " / " + x.cue().get(0).text())
        .containsExactly("We will win / Smith / said", "we lost / Jones / wrote");
    assertThat(Files.readString(outDir.resolve("b.ann")))
        .isEqualTo("T1\tSource 46 51\tBrown\nT2\tCue 52 56\tsaid\nT3\tContent 38 43\tNever\n"
            + "T4\tAttribution 52 56\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
  }

  @Test
  void scoresAgainstTheFirstAnnotatorsGold() {
    int status = run("--gold", gold.toString(), texts.toString(), outDir.toString());
    assertThat(stderr()).isEmpty();
    assertThat(status).isZero();
    assertThat(stdout())
        .contains("gold: 2 texts scored against " + gold + ", 0 not (see above); 1 texts have"
            + " several annotators' files, each scored against the first by name")
        .contains("attributions: 2 documents, 4 gold (0 without content, not scored), 3 system")
        .contains("all            4       3       3   100.00    75.00    85.71   100.00   100.00")
        .contains("direct         3       3       3   100.00   100.00   100.00   100.00   100.00")
        .contains("missed                 1       0");
    assertThat(outDir.resolve("a.ann")).exists();
  }

  @Test
  void documentsAndErrorsAreListedOnRequest() {
    int status = run("--gold", gold.toString(), "--documents", "--errors", texts.toString(),
        outDir.toString());
    assertThat(status).isZero();
    assertThat(stdout()).containsPattern("(?m)^a +2 +2 +2 +100\\.00 +100\\.00 +100\\.00$")
        .containsPattern("(?m)^b +2 +1 +1 +66\\.67 +100\\.00 +100\\.00$")
        .contains("b MISSED gold E1 content [17, 35) \"talks would resume\" source [0, 9)"
            + " \"Officials\" cue [10, 16) \"stated\"");
  }

  @Test
  void aTextWithoutGoldAGoldWithoutTextAndBrokenGoldAreEachOneLine() throws IOException {
    Files.writeString(texts.resolve("c.txt"), "Nothing was said.\n");
    Files.writeString(gold.resolve("z_x1.ann"), "");
    Files.writeString(gold.resolve("b.ann"), "T1\tSource 0 9\tOfficerss\n");
    int status = run("--gold", gold.toString(), texts.toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).containsExactly(
        "annalist: " + gold.resolve("z_x1.ann") + ": no text z_x1.txt or z.txt in " + texts
            + "; not scored",
        "annalist: b.ann: line 1: T1: its text \"Officerss\" is not the text's \"Officials\" at"
            + " 0 9; not scored",
        "annalist: " + texts.resolve("c.txt") + ": no gold c.ann or c_<annotator>.ann in " + gold
            + "; not scored");
    assertThat(stdout()).contains("brat: 3 texts, 3 written").contains("0 failed")
        .contains("gold: 1 texts scored against " + gold + ", 3 not (see above)")
        .contains("attributions: 1 documents, 2 gold");
    assertThat(outDir.resolve("c.ann")).hasContent("");
  }

  @Test
  void aTextThatCannotBeReadIsOneLineAndTheOthersAreWritten() throws IOException {
    Files.write(texts.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    int status = run(texts.toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: ").contains("bad.txt").contains("not UTF-8");
    assertThat(stdout()).startsWith("brat: 3 texts, 2 written to " + outDir + ", 1 failed;");
    assertThat(outDir.resolve("bad.ann")).doesNotExist();
  }

  @Test
  void refusesAnOutputInsideAnInput() {
    for (Path inside : List.of(texts, texts.resolve("out"), gold, gold.resolve("out"))) {
      out.reset();
      err.reset();
      int status = run("--gold", gold.toString(), texts.toString(), inside.toString());
      assertThat(status).as(inside.toString()).isEqualTo(AnnalistCommand.USAGE);
      assertThat(stderr().lines()).singleElement().asString()
          .startsWith("annalist: brat: the output directory " + inside + " must not be the input"
              + " directory ");
      assertThat(stdout()).isEmpty();
    }
    assertThat(texts.resolve("out")).doesNotExist();
    assertThat(gold.resolve("out")).doesNotExist();
  }

  @Test
  void refusesAFileAsTheOutput() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThat(run(texts.toString(), file.toString())).isEqualTo(AnnalistCommand.USAGE);
    assertThat(stderr().lines()).singleElement().asString().contains("is a file, not a directory");
  }

  @Test
  void aPipelineWithoutClaimsIsOneLine() {
    Pipeline noClaims = Pipeline.builder().add(new Stage() {
      @Override
      public String name() {
        return "text";
      }

      @Override
      public Set<LayerKey<?>> requires() {
        return Set.of();
      }

      @Override
      public LayerKey<?> provides() {
        return TextLayer.KEY;
      }

      @Override
      public AnalyzedDocument apply(AnalyzedDocument document) {
        return document.with(new TextLayer(name(), List.of("none"), List.of(), List.of()));
      }
    }).build();
    int status = run(noClaims, texts.toString(), outDir.toString());
    assertThat(status).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("annalist: brat: the pipeline has no 'claims' stage");
    assertThat(outDir).doesNotExist();
  }

  @Test
  void aMissingTextDirectoryIsOneLine() {
    Path missing = dir.resolve("missing");
    assertThat(run(missing.toString(), outDir.toString())).isEqualTo(AnnalistCommand.SOME_FAILED);
    assertThat(stderr().lines())
        .containsExactly("annalist: " + missing + ": no such file or directory");
  }
}
