package org.annalist.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.core.validation.DatasetValidator;
import org.annalist.core.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code annalist validate FILE...}: validates dataset files with {@link DatasetValidator} and
 * prints every violation with its JSON path on standard error, one line each, and one summary
 * line per file on standard output; exit status 1 when some file has a violation (or cannot be
 * read). With more than one file, a progress line counts the files (see {@link Progress}). Filled
 * in by picocli and run once; not thread-safe.
 */
@Command(
    name = "validate",
    description = {
      "Validate dataset files and print every violation.",
      "",
      "Validates analysed documents, documents or metadata as JSON, JSON arrays or .jsonl and"
          + " prints every violation with its JSON path on standard error, and a summary line"
          + " per file on standard output.",
      ""})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Mixin ProgressOptions progressOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to validate.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintStream out = root.out();
    PrintStream err = root.err();
    DatasetValidator validator = DatasetValidator.create();
    int status = AnnalistCommand.OK;
    // one file is over before a line would show
    try (Progress progress = inputs.size() > 1 ? root.progress(progressOptions) : Progress.off()) {
      progress.start("validate", inputs.size(), "files");
      for (Path file : inputs) {
        ValidationReport report = validator.validateFile(file);
        if (!report.violations().isEmpty()) {
          progress.beforeWriting(err);
        }
        report.violations().forEach(v -> err.println("annalist: " + v.toLine()));
        progress.beforeWriting(out);
        out.println(file + ": " + report.itemsChecked() + " checked, "
            + report.violations().size() + " violations");
        if (!report.isValid()) {
          status = AnnalistCommand.SOME_FAILED;
        }
        progress.step(!report.isValid());
      }
    }
    return status;
  }
}
