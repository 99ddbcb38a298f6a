package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.core.eval.conll.ConllDocument;
import org.annalist.core.eval.conll.ConllFormatException;
import org.annalist.core.eval.conll.ConllReader;
import org.annalist.core.eval.conll.ConllSentence;
import org.annalist.core.eval.conll.ConllWriter;
import org.annalist.core.eval.conll.EntityScores;
import org.annalist.core.eval.conll.TagScheme;
import org.annalist.extraction.entities.ConllStageEvaluation;
import org.annalist.extraction.entities.RuleEffect;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.EntityStage;
import org.annalist.extraction.entities.ner.ConllEvaluation;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist conll [--model MODEL | --stage [--rules]] IN OUT}: tags the tokens of a
 * CoNLL-2003 file with the named-entity model (the committed one unless {@code --model} is given), keeping the file's
 * tokenisation, writes {@code token gold predicted} lines to {@code OUT} (predicted tags in the
 * input's scheme, IOB1 or IOB2) and prints entity-level scores against the gold tags: per type,
 * micro over all types and micro over PER, ORG and LOC. With {@code --stage} the tags come from the
 * whole entity stage (model, gazetteers, rules and resolution) instead, see {@link
 * ConllStageEvaluation}; {@code --rules} adds what each of the stage's rules fixed and broke
 * against the model alone ({@link ConllStageEvaluation#ruleEffects}). Filled in by picocli and
 * run once; not thread-safe.
 */
@Command(
    name = "conll",
    description = {
      "Tag and score a CoNLL-2003 file with the named-entity model.",
      "",
      "Tags the tokens of IN, keeping its tokenisation, writes 'token gold predicted' lines to"
          + " OUT and prints P/R/F1 per type, micro over all types and micro over PER, ORG and"
          + " LOC.",
      ""})
final class ConllCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "A name-finder model file (default: the committed model).")
  Path model;

  @Option(names = "--stage",
      description = "Tag with the whole entity stage (model + gazetteers + rules) instead of the"
          + " model alone.")
  boolean stage;

  @Option(names = "--rules",
      description = "With --stage: also tag with the model alone and print, for each rule of the"
          + " stage, its PER/ORG/LOC mentions, how many are right, the names it fixed and those"
          + " it broke against the model alone.")
  boolean rules;

  @Parameters(index = "0", paramLabel = "IN", description = "The CoNLL-2003 file to tag.")
  Path input;

  @Parameters(index = "1", paramLabel = "OUT",
      description = "Where to write the tagged tokens (never onto an input).")
  Path output;

  @Override
  public Integer call() {
    PrintStream out = root.out();
    PrintStream err = root.err();
    if (stage && model != null) {
      throw new ParameterException(spec.commandLine(),
          "--stage uses the committed model; it cannot be combined with --model");
    }
    if (rules && !stage) {
      throw new ParameterException(spec.commandLine(), "--rules needs --stage");
    }
    FileArguments.requireNotAnInput("conll", "OUT", output,
        model == null ? List.of(input) : List.of(input, model));
    List<ConllDocument> gold;
    try {
      gold = ConllReader.create().read(input);
    } catch (ConllFormatException | UncheckedIOException e) {
      err.println("annalist: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    if (isEmpty(gold)) {
      err.println("annalist: " + input + ": " + noTokens(input)
          + ": nothing to tag or score; " + output + " not written");
      return AnnalistCommand.SOME_FAILED;
    }
    NameFinderRecognizer recognizer = null;
    EntityStage entityStage = null;
    try {
      if (stage) {
        entityStage = EntityStage.create(EntityModels.load());
      } else if (model == null) {
        recognizer = NameFinderRecognizer.load();
      } else {
        recognizer = NameFinderRecognizer.load(model);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // the messages of load(Path) name the file; the committed model's name its resource
      err.println("annalist: " + e.getMessage());
      return AnnalistCommand.SOME_FAILED;
    }
    TagScheme scheme = TagScheme.detect(gold.stream()
        .flatMap(d -> d.sentences().stream()).map(ConllSentence::tags).toList());
    long start = System.nanoTime();
    List<ConllDocument> predicted;
    String skipped = "";
    ConllStageEvaluation.Tagged tagged = null;
    if (entityStage == null) {
      predicted = ConllEvaluation.tag(recognizer, gold, scheme);
    } else {
      tagged = ConllStageEvaluation.tag(entityStage, gold, scheme);
      predicted = tagged.documents();
      skipped = String.format(Locale.ROOT,
          "entity stage: %,d mentions, %,d left out (not on token boundaries), %,d overlapping%n",
          tagged.mentions(), tagged.unaligned(), tagged.overlapping());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot create its directory: "
          + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    }
    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      ConllWriter.create().writeComparison(gold, predicted, writer);
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e));
      return AnnalistCommand.SOME_FAILED;
    } catch (UncheckedIOException e) {
      err.println("annalist: " + output + ": cannot write: " + FileArguments.reason(e.getCause()));
      return AnnalistCommand.SOME_FAILED;
    }
    EntityScores scores = ConllEvaluation.score(gold, predicted);
    long tokens = gold.stream().mapToLong(ConllDocument::tokenCount).sum();
    out.printf(Locale.ROOT, "%s: %d documents, %,d tokens, tagged in %.1f s (%s); wrote %s%n",
        input, gold.size(), tokens, seconds, scheme, output);
    out.print(skipped);
    out.print(scores.toTable(ConllEvaluation.PER_ORG_LOC));
    if (rules) {
      List<ConllDocument> alone = ConllEvaluation.tag(NameFinderRecognizer.load(), gold, scheme);
      out.println();
      out.print(RuleEffect.toTable(ConllStageEvaluation.ruleEffects(
          gold, alone, tagged, ConllEvaluation.PER_ORG_LOC), "PER/ORG/LOC"));
    }
    return AnnalistCommand.OK;
  }

  /** Whether CoNLL documents read from a file hold no token at all. */
  static boolean isEmpty(List<ConllDocument> documents) {
    return documents.stream().mapToLong(ConllDocument::tokenCount).sum() == 0;
  }

  /** Why a CoNLL file without tokens has none, for a one-line message. */
  static String noTokens(Path file) {
    try {
      if (Files.size(file) == 0) {
        return "the file is empty";
      }
    } catch (IOException e) {
      // it was just read; say what is certain
    }
    return "no tokens (only blank and " + ConllReader.DOCSTART + " lines)";
  }
}
