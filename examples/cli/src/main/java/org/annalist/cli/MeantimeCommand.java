package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.annalist.core.InvalidInputException;
import org.annalist.core.eval.cat.CatDocument;
import org.annalist.core.eval.cat.CatReader;
import org.annalist.core.eval.meantime.MeantimeDocument;
import org.annalist.core.eval.meantime.MeantimeErrorClassifier;
import org.annalist.core.eval.meantime.MeantimeErrors;
import org.annalist.core.eval.meantime.MeantimeMention;
import org.annalist.core.eval.meantime.MeantimeScorer;
import org.annalist.core.eval.meantime.MeantimeScores;
import org.annalist.core.eval.meantime.MeantimeScores.Convention;
import org.annalist.core.io.ArticleSource;
import org.annalist.core.io.Corpus;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.core.pipeline.Pipeline;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.MeantimeStageEvaluation;
import org.annalist.extraction.entities.RuleEffect;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.DocumentMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist meantime [--errors] [--examples N] [--rules] [--pre-names] DIR|FILE...}: scores
 * the
 * entity stage's names on NewsReader MEANTIME documents (CAT XML; a directory's {@code .xml}
 * files, not recursively, or the files given). Each document's rebuilt text is analysed by the
 * default pipeline's text and entity stages ({@link MeantimeStageEvaluation}), and its PERSON,
 * ORGANIZATION and LOCATION mentions are scored against the gold {@code NAM} names of the
 * annotated region ({@link MeantimeDocument}) by {@link MeantimeScorer}: per type and micro,
 * strict and lenient, on MEANTIME's spans and without a leading {@code the}. With {@code
 * --errors}, the errors by category ({@link MeantimeErrorClassifier}) with {@code --examples}
 * examples each; with {@code --rules}, what each rule did against the name model alone ({@link
 * MeantimeStageEvaluation#ruleEffects}); with {@code --pre-names}, {@code PRE.NAM} mentions
 * ({@code Apple} in {@code Apple CEO}) are gold names too.
 *
 * <p>A file that cannot be read, a document id read twice and a document the pipeline fails on are
 * each one line on standard error and exit status 1; the other documents are still scored. A
 * progress line on standard error counts the documents (see {@link Progress}). Filled in by
 * picocli and run once; not thread-safe.
 */
@Command(
    name = "meantime",
    description = {
      "Score the entity stage's names on NewsReader MEANTIME (CAT XML) documents.",
      "",
      "Analyses the text of every CAT .xml document of DIR (or each FILE) with the text and"
          + " entity stages and prints P/R/F1 of its PER, ORG and LOC names against the gold"
          + " proper names of the annotated first sentences, per type and micro, strict and"
          + " lenient, on MEANTIME's spans and without a leading 'the'.",
      ""})
final class MeantimeCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--errors",
      description = "Also print the errors by category, with examples (MEANTIME's spans).")
  boolean errors;

  @Option(names = "--examples", paramLabel = "N",
      description = "With --errors, print N examples per category (default: ${DEFAULT-VALUE}).")
  int examples = 3;

  @Option(names = "--rules",
      description = "Also print what each rule (or pooled combination of rules) did against the"
          + " name model alone: its names, how many are right, the gold names it fixed and those"
          + " it broke (strict, MEANTIME's spans).")
  boolean rules;

  @Option(names = "--pre-names",
      description = "Count PRE.NAM mentions (a name before a noun: 'Apple' in 'Apple CEO') as"
          + " gold names too.")
  boolean preNames;

  @Mixin ThreadsOption threadsOption;

  @Mixin ProgressOptions progressOptions;

  @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
      description = "CAT .xml files, or directories of them.")
  List<Path> inputs;

  private int problems;
  private final List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    int threads = threadsOption.threads(spec);
    OptionValues.atLeast(spec, "--examples", examples, 0);
    PrintStream out = root.out();
    PrintStream err = root.err();
    List<CatDocument> cats = read(err);
    if (cats.isEmpty()) {
      err.println("annalist: meantime: no document to score");
      return AnnalistCommand.SOME_FAILED;
    }
    Pipeline pipeline;
    EntityModels models;
    try {
      models = EntityModels.load();
      pipeline = MeantimeStageEvaluation.pipeline(EnglishModels.load(), models);
    } catch (UncheckedIOException | IllegalStateException e) {
      err.println("annalist: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    long start = System.nanoTime();
    Map<String, List<MeantimeStageEvaluation.Source>> sources = new LinkedHashMap<>();
    Map<String, List<MeantimeMention>> alone = new LinkedHashMap<>();
    analyse(pipeline, cats, threads, err, (cat, document) -> {
      sources.put(cat.id(), MeantimeStageEvaluation.sources(cat, document));
      if (rules) {
        alone.put(cat.id(), MeantimeStageEvaluation.modelNames(cat, document, models));
      }
    });
    Map<String, List<MeantimeMention>> system = new LinkedHashMap<>();
    sources.forEach((id, found) -> system.put(id,
        found.stream().map(MeantimeStageEvaluation.Source::name).toList()));
    double seconds = (System.nanoTime() - start) / 1e9;
    MeantimeDocument.Names names =
        preNames ? MeantimeDocument.Names.NAM_AND_PRE_NAM : MeantimeDocument.Names.NAM;
    List<MeantimeDocument> gold = new ArrayList<>();
    for (CatDocument cat : cats) {
      if (system.containsKey(cat.id())) {
        gold.add(MeantimeDocument.of(cat, names));
      }
    }
    MeantimeScores scores = MeantimeScorer.create().score(gold, system);
    out.printf(Locale.ROOT, "meantime: %d documents, %,d tokens in the annotated sentences (0-%d),"
            + " %d gold names (%s); analysed in %.1f s%n", gold.size(),
        gold.stream().mapToInt(MeantimeDocument::regionEnd).sum(),
        MeantimeDocument.LAST_ANNOTATED_SENTENCE,
        gold.stream().mapToInt(d -> d.gold().size()).sum(),
        preNames ? "NAM and PRE.NAM" : "NAM", seconds);
    out.print(scores.toTable());
    printMicro(out, "", scores);
    if (rules) {
      printMicro(out, "the name model alone, ", MeantimeScorer.create().score(gold, alone));
    }
    if (errors) {
      MeantimeErrors classified = MeantimeErrorClassifier.create().classify(gold, system);
      out.printf("errors (MEANTIME spans):%n");
      out.print(classified.toTable(examples));
    }
    if (rules) {
      out.print(RuleEffect.toTable(
          MeantimeStageEvaluation.ruleEffects(gold, alone, sources), "PER/ORG/LOC"));
    }
    return problems == 0 ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  private static void printMicro(PrintStream out, String who, MeantimeScores scores) {
    for (Convention convention : Convention.values()) {
      out.printf(Locale.ROOT, "micro F1 (%s%s): strict %.2f, lenient %.2f%n", who,
          convention.label(), 100 * scores.of(convention, true).micro().f1(),
          100 * scores.of(convention, false).micro().f1());
    }
  }

  /** The CAT documents of the inputs, in input order (a directory's by name); ids distinct. */
  private List<CatDocument> read(PrintStream err) {
    CatReader reader = CatReader.create();
    List<CatDocument> cats = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    files.clear();
    for (Path input : inputs) {
      List<Path> listed;
      if (Files.isDirectory(input)) {
        try {
          listed = list(input);
        } catch (IOException e) {
          problem(err, input + ": cannot list: " + FileArguments.reason(e));
          continue;
        }
        if (listed.isEmpty()) {
          problem(err, input + ": no .xml files");
          continue;
        }
      } else if (!Files.exists(input)) {
        problem(err, input + ": no such file or directory");
        continue;
      } else {
        listed = List.of(input);
      }
      for (Path file : listed) {
        try {
          CatDocument cat = reader.read(file);
          if (ids.add(cat.id())) {
            cats.add(cat);
            files.add(file);
          } else {
            problem(err, file + ": document " + cat.id() + " read twice; skipped");
          }
        } catch (InvalidInputException e) {
          problem(err, e.getMessage());
        }
      }
    }
    return cats;
  }

  /** Hands each analysed document to {@code each}; a document the pipeline fails on is left out. */
  private void analyse(Pipeline pipeline, List<CatDocument> cats, int threads, PrintStream err,
      BiConsumer<CatDocument, AnalyzedDocument> each) {
    List<ArticleSource> articles = new ArrayList<>();
    for (int i = 0; i < cats.size(); i++) {
      articles.add(new ArticleSource(cats.get(i).text(), DocumentMetadata.of(cats.get(i).id()),
          files.get(i).toString()));
    }
    try (Progress progress = root.progress(progressOptions)) {
      progress.start("meantime", cats.size(), "documents");
      pipeline.analyze(Corpus.of(articles), threads, new CorpusSink() {
        private int next;

        @Override
        public void accept(AnalyzedDocument document) {
          CatDocument cat = cats.get(next++);
          document.itemFailures().forEach(f -> {
            progress.beforeWriting(err);
            err.println("annalist: warning: " + f.message());
          });
          each.accept(cat, document);
          progress.step(false);
        }

        @Override
        public void failed(DocumentFailure failure) {
          next++;
          progress.beforeWriting(err);
          problem(err, failure.toLine());
          progress.step(true);
        }
      });
    }
  }

  private void problem(PrintStream err, String line) {
    err.println("annalist: " + line);
    problems++;
  }

  /** The regular {@code .xml} files of {@code dir}, in name order. */
  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
          .endsWith(".xml")).filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
