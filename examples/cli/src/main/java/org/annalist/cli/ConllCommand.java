package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.cli.AnnalistCommand.UsageException;
import org.annalist.extraction.entities.ConllStageEvaluation;
import org.annalist.extraction.entities.EntityModels;
import org.annalist.extraction.entities.EntityStage;
import org.annalist.extraction.entities.conll.ConllDocument;
import org.annalist.extraction.entities.conll.ConllFormatException;
import org.annalist.extraction.entities.conll.ConllReader;
import org.annalist.extraction.entities.conll.ConllSentence;
import org.annalist.extraction.entities.conll.ConllWriter;
import org.annalist.extraction.entities.eval.EntityScores;
import org.annalist.extraction.entities.eval.TagScheme;
import org.annalist.extraction.entities.ner.ConllEvaluation;
import org.annalist.extraction.entities.ner.NameFinderRecognizer;

/**
 * {@code annalist conll [--model MODEL | --stage] IN OUT}: tags the tokens of a CoNLL-2003 file with
 * the named-entity model (the committed one unless {@code --model} is given), keeping the file's
 * tokenisation, writes {@code token gold predicted} lines to {@code OUT} (predicted tags in the
 * input's scheme, IOB1 or IOB2) and prints entity-level scores against the gold tags: per type,
 * micro over all types and micro over PER, ORG and LOC. With {@code --stage} the tags come from the
 * whole entity stage (model, gazetteers, rules and resolution) instead, see {@link
 * ConllStageEvaluation}.
 */
final class ConllCommand {

  private final PrintStream out;
  private final PrintStream err;

  ConllCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Path model = null;
    boolean stage = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> {
          out.print(AnnalistCommand.USAGE_TEXT);
          return AnnalistCommand.OK;
        }
        case "--model" -> model = Path.of(TrainNerCommand.value(args, ++i, arg));
        case "--stage" -> stage = true;
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("unknown option '" + arg + "' for conll (try --help)");
          }
          files.add(Path.of(arg));
        }
      }
    }
    if (files.size() != 2) {
      throw new UsageException(
          "conll needs an input and an output file: conll [--model MODEL | --stage] IN OUT");
    }
    if (stage && model != null) {
      throw new UsageException("conll: --stage uses the committed model; it cannot be combined"
          + " with --model");
    }
    Path input = files.get(0);
    Path output = files.get(1);
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
    if (entityStage == null) {
      predicted = ConllEvaluation.tag(recognizer, gold, scheme);
    } else {
      ConllStageEvaluation.Tagged tagged = ConllStageEvaluation.tag(entityStage, gold, scheme);
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
