package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.annalist.Annalist;
import org.annalist.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code annalist} command itself, as picocli sees it: the subcommands, {@code --help}, {@code
 * --version}, the exit statuses every subcommand's help lists (inherited), and what the
 * subcommands share: the streams, the terminal detection and the clock of the progress line. One
 * per run of {@link AnnalistCommand}; not thread-safe.
 */
@Command(
    name = "annalist",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
      "Provenance-preserving chronologies from news articles: every dated event, entity and"
          + " claim points back to the characters of the article that support it.",
      ""},
    synopsisSubcommandLabel = "COMMAND",
    sortOptions = false,
    commandListHeading = "%nCommands ('annalist COMMAND --help' describes each):%n",
    subcommands = {
      AnalyzeCommand.class,
      EventsCommand.class,
      ChronologyCommand.class,
      BenchCommand.class,
      ValidateCommand.class,
      ClustersCommand.class,
      TrainNerCommand.class,
      TrainEventsCommand.class,
      ConllCommand.class,
      TimemlCommand.class,
      BratCommand.class,
      SemevalTimelineCommand.class,
      MeantimeCommand.class,
      HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every input succeeded",
      "1:some input failed: a missing, unreadable, empty or malformed file (an input, a"
          + " --model or --features file) or an output that cannot be written, each one line"
          + " on standard error naming the file; the other inputs are still processed",
      "2:bad usage: an unknown command or option, a missing or extra argument, a bad option"
          + " value, or an output that would overwrite one of the inputs"})
final class RootCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;
  private final LongSupplier nanoTime;
  private final Supplier<Pipeline> pipelines;
  private boolean outputErrorReported;

  /** For picocli's own tools (the completion script generator): the process's streams. */
  RootCommand() {
    this(System.out, System.err, Terminal.system(), System::nanoTime, Annalist::defaultPipeline);
  }

  RootCommand(PrintStream out, PrintStream err, Terminal terminal, LongSupplier nanoTime,
      Supplier<Pipeline> pipelines) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.pipelines = pipelines;
  }

  /**
   * The pipeline {@code analyze} and {@code brat} run: the default one, loaded now, unless one was
   * given.
   */
  Pipeline pipeline() {
    return pipelines.get();
  }

  /** {@code annalist} without a command. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  LongSupplier nanoTime() {
    return nanoTime;
  }

  /** Whether {@code stream} (the command's out or err) shows on a terminal. */
  boolean showsOnTerminal(PrintStream stream) {
    return terminal.shows(stream);
  }

  /**
   * The progress line on standard error for a command with {@code options}: drawn when standard
   * error is a terminal (or with {@code --progress}), never with {@code --quiet}.
   */
  Progress progress(ProgressOptions options) {
    return progress(options.enabled(terminal.shows(err)));
  }

  /** A progress line on standard error that is drawn or not. */
  Progress progress(boolean draw) {
    return draw ? new Progress(err, terminal, nanoTime) : Progress.off();
  }

  /** A command reported a failure to write standard output itself; say nothing more. */
  void outputErrorReported() {
    outputErrorReported = true;
  }

  boolean hasReportedOutputError() {
    return outputErrorReported;
  }

  /** {@code annalist --version}: the Maven project's version, filled into a resource at build. */
  static final class Version implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
      return new String[] {"annalist " + version()};
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
      Properties properties = new Properties();
      try (InputStream in = RootCommand.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("no " + RESOURCE + " beside " + RootCommand.class
              + "; the jar was not built by Maven");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return properties.getProperty("version");
    }
  }
}
