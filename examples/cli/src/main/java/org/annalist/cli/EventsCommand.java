package org.annalist.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.core.io.Corpus;
import org.annalist.core.io.CorpusReader;
import org.annalist.core.pipeline.CorpusSink;
import org.annalist.core.pipeline.DocumentFailure;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.Event;
import org.annalist.model.EventLayer;
import org.annalist.model.EventParticipant;
import org.annalist.model.EventTime;
import org.annalist.model.Factuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code annalist events [--all] [--threads N] FILE|DIR...}: analyses articles with the default
 * pipeline and prints each document's typed events, one line each: factuality (with its cue),
 * type and CAMEO code, trigger, participants, time; then the count of every factuality over the
 * corpus. {@code --all} also lists the events the lexicon does not type. For reading and for
 * counting; {@code analyze} writes everything as JSON. Each bad input is one line on standard
 * error. Filled in by picocli and run once; not thread-safe.
 */
@Command(
    name = "events",
    description = {
      "Print the events of articles, and count their factualities.",
      "",
      "Analyses the articles and prints, per document, one line per typed event: its"
          + " factuality (and the cue that decided it), type and CAMEO code, trigger,"
          + " participants and time; then how many events of the corpus have each factuality.",
      ""})
final class EventsCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--all", description = "Also list the events the lexicon does not type.")
  boolean all;

  @Mixin ThreadsOption threadsOption;

  @Mixin ProgressOptions progressOptions;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "Articles: .txt or .jsonl files, or directories of .txt files.")
  List<Path> inputs;

  @Override
  public Integer call() {
    int threads = threadsOption.threads(spec);
    PrintStream out = root.out();
    PrintStream err = root.err();
    Corpus corpus = CorpusReader.create().read(inputs);
    Map<Factuality, Integer> counts = new EnumMap<>(Factuality.class);
    int[] typed = new int[2];
    List<DocumentFailure> failures = new ArrayList<>();
    try (Progress progress = root.progress(progressOptions)) {
      progress.start("events", corpus.articles().size() + corpus.failures().size(), "documents");
      root.pipeline().analyze(corpus, threads, new CorpusSink() {
        @Override
        public void accept(AnalyzedDocument document) {
          progress.beforeWriting(out);
          List<Event> events = document.expect(EventLayer.KEY).events();
          List<Event> shown = events.stream().filter(e -> all || !e.isOther()).toList();
          out.printf(Locale.ROOT, "%s: %d events, %d typed%n", document.id(), events.size(),
              events.stream().filter(e -> !e.isOther()).count());
          for (Event e : shown) {
            out.println("  " + line(document, e));
          }
          for (Event e : events) {
            counts.merge(e.factuality(), 1, Integer::sum);
            typed[e.isOther() ? 1 : 0]++;
          }
          document.itemFailures().forEach(f -> err.println("annalist: warning: " + f.message()));
          progress.step(false);
        }

        @Override
        public void failed(DocumentFailure failure) {
          failures.add(failure);
          progress.step(true);
        }
      });
    }
    out.printf(Locale.ROOT, "corpus: %d events (%d typed, %d other)%n", typed[0] + typed[1],
        typed[0], typed[1]);
    out.println("factuality: " + counts.entrySet().stream()
        .map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", ")));
    failures.forEach(failure -> err.println("annalist: " + failure.toLine()));
    return failures.isEmpty() ? AnnalistCommand.OK : AnnalistCommand.SOME_FAILED;
  }

  /** One event: factuality (cue), type (CAMEO), "trigger", participants, time. */
  static String line(AnalyzedDocument document, Event e) {
    String factuality = e.factuality()
        + (e.factualityCue() == null ? "" : " (" + e.factualityCue().span().text() + ")");
    String type = e.isOther() ? e.type() : e.type() + " (" + e.cameo() + ")";
    String participants = e.participants().stream()
        .map(p -> p.role().name().toLowerCase(Locale.ROOT) + " " + name(document, p))
        .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%-26s %-24s %-16s %s%s", factuality, type,
        "\"" + e.trigger().text() + "\"", participants.isEmpty() ? "" : participants + "; ",
        time(e.time()));
  }

  private static String name(AnalyzedDocument document, EventParticipant p) {
    if (p.entityId() == null) {
      return "\"" + p.span().text() + "\"";
    }
    return document.expect(EntityLayer.KEY).entities().stream()
        .filter(en -> en.id().equals(p.entityId())).findFirst()
        .map(Entity::name).orElse(p.entityId());
  }

  private static String time(EventTime t) {
    if (t == null) {
      return "undated";
    }
    String interval = t.earliest() != null && t.earliest().equals(t.latest())
        ? t.earliest().toString()
        : (t.earliest() == null ? "…" : t.earliest()) + " to "
            + (t.latest() == null ? "…" : t.latest());
    return t.value() + " = " + interval + " (" + t.rule() + ")";
  }
}
