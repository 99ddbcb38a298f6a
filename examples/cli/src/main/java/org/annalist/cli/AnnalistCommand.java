package org.annalist.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.annalist.Annalist;
import org.annalist.core.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code annalist} command line: {@link #main} runs it on the process's streams and exits with
 * its status; {@link #execute} runs it on given streams (for embedding and tests) and returns the
 * status. The commands (analyze, bench, validate, clusters, train-ner, conll, timeml, brat) are
 * parsed with picocli; each has its own {@code --help}, {@code annalist --help} lists them and
 * {@code annalist --version} prints the version.
 *
 * <pre>{@code
 * int status = AnnalistCommand.execute(System.out, System.err, "analyze", "--jsonl", "articles/");
 * }</pre>
 *
 * <p>Exit status: 0 when every input succeeded, 1 when some inputs failed (the others are still
 * processed and written), 2 for bad usage. A file the command reads (an input, a {@code --model}
 * or {@code --features} file) that is missing, unreadable, empty or malformed is a failed input
 * (1), reported as one line naming the file (and the position, where there is one); so is output
 * that cannot be written. Arguments that cannot work whatever the files hold (an unknown command
 * or option, a missing or extra argument, a bad option value, an output that would overwrite one
 * of the inputs) are bad usage (2), reported as one line on standard error.
 *
 * <p>Thread-safety: the static methods may be called from many threads at once; every call builds
 * its own command line and pipeline, and nothing is shared between calls (but two calls writing to
 * one stream interleave their output). An instance runs one command line at a time.
 */
public final class AnnalistCommand {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;
  private final LongSupplier nanoTime;
  private final Supplier<Pipeline> pipelines;

  AnnalistCommand(PrintStream out, PrintStream err) {
    this(out, err, Terminal.system(), System::nanoTime, Annalist::defaultPipeline);
  }

  /** With the terminal detection and the clock of the progress line given (for tests). */
  AnnalistCommand(PrintStream out, PrintStream err, Terminal terminal, LongSupplier nanoTime) {
    this(out, err, terminal, nanoTime, Annalist::defaultPipeline);
  }

  /** With the pipeline given too (for tests). */
  AnnalistCommand(PrintStream out, PrintStream err, Terminal terminal, LongSupplier nanoTime,
      Supplier<Pipeline> pipelines) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.pipelines = pipelines;
  }

  /**
   * Runs the command on the process's standard streams and exits the JVM with its status.
   *
   * @param args the command line, e.g. {@code analyze --jsonl articles/}
   */
  public static void main(String[] args) {
    System.exit(execute(System.out, System.err, args));
  }

  /**
   * Runs the command with the given streams (for embedding and tests) and returns its status.
   *
   * @param out standard output: JSON, reports, help and version
   * @param err standard error: one line per failed input, usage errors, the progress line
   * @param args the command line, without the program name
   * @return 0 when every input succeeded, 1 when some failed, 2 for bad usage
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    return new AnnalistCommand(out, err).run(args);
  }

  /**
   * Runs the command with a pipeline the caller built once and shares: {@code analyze} and {@code
   * brat} use it instead of loading the default models on every run (an application or a test
   * suite running many commands). The other commands load what they need as usual.
   *
   * @param pipeline the pipeline {@code analyze} and {@code brat} use
   * @param out standard output
   * @param err standard error
   * @param args the command line, without the program name
   * @return 0 when every input succeeded, 1 when some failed, 2 for bad usage
   */
  public static int execute(Pipeline pipeline, PrintStream out, PrintStream err, String... args) {
    Objects.requireNonNull(pipeline, "pipeline");
    return new AnnalistCommand(out, err, Terminal.system(), System::nanoTime, () -> pipeline)
        .run(args);
  }

  /**
   * Runs the command and returns its exit status; output that could not be written (a closed
   * pipe, a full disk) is reported in one line and makes the status at least 1. Exceptions other
   * than usage errors (defects) are thrown, not turned into a status.
   */
  int run(String... args) {
    RootCommand root = new RootCommand(out, err, terminal, nanoTime, pipelines);
    RuntimeException[] escaped = new RuntimeException[1];
    CommandLine commandLine = new CommandLine(root)
        // an argument "@file" is a file name here, not a file of more arguments
        .setExpandAtFiles(false)
        // "--threads 2 --threads 4" means 4, as the hand-written parser had it
        .setOverwrittenOptionsAllowed(true)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(Path.class, AnnalistCommand::path)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setOut(writer(out))
        .setErr(writer(err))
        .setParameterExceptionHandler((e, arguments) -> {
          err.println(oneLine(e));
          return USAGE;
        })
        .setExecutionExceptionHandler((e, command, parseResult) -> {
          if (e instanceof AnnalistCommand.UsageException) {
            err.println("annalist: " + e.getMessage());
            return USAGE;
          }
          // picocli would print the stack trace and return 1; a defect is thrown to the caller
          escaped[0] = e instanceof RuntimeException r ? r : new IllegalStateException(e);
          return SOME_FAILED;
        });
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    if (escaped[0] != null) {
      throw escaped[0];
    }
    out.flush();
    if (out.checkError() && !root.hasReportedOutputError()) {
      err.println("annalist: standard output: cannot write (the stream is closed or the device is full)");
      return Math.max(status, SOME_FAILED);
    }
    return status;
  }

  /**
   * A usage error in one line: {@code annalist: analyze: unknown option '--bogus' (try 'annalist
   * analyze --help')}, never picocli's usage dump.
   */
  static String oneLine(ParameterException e) {
    CommandLine command = e.getCommandLine();
    boolean root = command.getParent() == null;
    String message;
    List<String> unmatched = command.getUnmatchedArguments();
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      message = unmatched(u.getUnmatched().get(0), root);
    } else if (!unmatched.isEmpty()) {
      // picocli reports a missing argument before an unknown option; the option is the mistake
      message = unmatched(unmatched.get(0), root);
    } else {
      String text = String.valueOf(e.getMessage());
      message = text.isEmpty() ? text
          : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    String name = command.getCommandSpec().qualifiedName();
    return "annalist: " + (root ? "" : command.getCommandName() + ": ") + message
        + " (try '" + name + " --help')";
  }

  private static String unmatched(String argument, boolean root) {
    if (argument.startsWith("-") && argument.length() > 1) {
      return "unknown option '" + argument + "'";
    }
    return (root ? "unknown command '" : "unexpected argument '") + argument + "'";
  }

  /** A path argument; picocli's own message would repeat the argument and the exception. */
  private static Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("not a valid path: " + e.getReason());
    }
  }

  /** A writer for picocli's help and messages that encodes as the stream itself does. */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        stream.append(CharBuffer.wrap(buffer, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  /**
   * Usage errors found once the arguments are parsed (an output that is one of the inputs): one
   * line, exit status 2.
   */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
