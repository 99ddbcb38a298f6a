package org.annalist.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line a long command draws on standard error, for example
 *
 * <pre>
 * analyze [###.......] 57/200 documents, 2 failed, 12.3/s, 12 s left
 * </pre>
 *
 * <p>It is redrawn in place (a carriage return, no newline) when an item finishes, at most once
 * every {@link #REDRAW_NANOS} (five times a second), and never in the first such interval, so a
 * quick run shows nothing; it is erased by {@link #close()}, and by {@link #beforeWriting} before
 * a message goes to the same terminal, so messages are never written over it. The line is at most
 * {@link #WIDTH} characters, narrower than a standard terminal, so that it never wraps (a wrapped
 * line could not be redrawn in place). {@link #off()} draws nothing but counts all the same.
 *
 * <p>Not thread-safe: one per command run, used from the thread that runs it (a corpus run hands
 * its outcomes to that thread, see {@code Pipeline.analyze(Corpus, int, CorpusSink)}).
 */
final class Progress implements AutoCloseable {

  /** The shortest time between two drawings: at most five a second. */
  static final long REDRAW_NANOS = 200_000_000L;

  /** The longest line drawn. */
  static final int WIDTH = 79;

  private static final int BAR = 10;

  /** Where the line is drawn; null when it is not. */
  private final PrintStream err;
  private final Terminal terminal;
  private final LongSupplier nanoTime;

  private String label = "";
  private String unit = "documents";
  private long total;
  private long done;
  private long failed;
  private long startNanos;
  /** Timed phases (bench): the earliest end; {@link #total} is then the items of one pass. */
  private long endNanos;
  private boolean timed;

  private long lastDraw;
  /** How many characters of the line are on the terminal now; 0 when it is not drawn. */
  private int drawn;

  /**
   * A line drawn on {@code err}; {@code terminal} says which other streams share its terminal (a
   * message on one of them erases the line first).
   */
  Progress(PrintStream err, Terminal terminal, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.lastDraw = nanoTime.getAsLong();
    this.startNanos = lastDraw;
  }

  /** A line that is never drawn. */
  static Progress off() {
    return new Progress(null, Terminal.none(), () -> 0L);
  }

  /** Whether this line is drawn at all. */
  boolean isOn() {
    return err != null;
  }

  /** Counts {@code total} items, e.g. 200 "documents", from now on, under {@code label}. */
  Progress start(String label, long total, String unit) {
    reset(label, unit);
    this.total = total;
    this.timed = false;
    return this;
  }

  /**
   * Counts items of a phase made of passes over {@code passSize} items, repeated until at least
   * {@code seconds} have passed (a benchmark's warm-up or measurement): the bar and the time left
   * are those of the phase, up to the end of the pass that reaches {@code seconds}.
   */
  Progress startTimed(String label, double seconds, long passSize, String unit) {
    reset(label, unit);
    this.endNanos = startNanos + (long) (seconds * 1e9);
    this.total = passSize;
    this.timed = true;
    return this;
  }

  private void reset(String label, String unit) {
    this.label = label;
    this.unit = unit;
    this.done = 0;
    this.failed = 0;
    this.startNanos = nanoTime.getAsLong();
  }

  /** One item finished, and whether it failed; redraws the line if it is time to. */
  void step(boolean failure) {
    done++;
    if (failure) {
      failed++;
    }
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS) {
      draw(now);
    }
  }

  /** Items finished since the last start. */
  long done() {
    return done;
  }

  /** Items failed since the last start. */
  long failed() {
    return failed;
  }

  /**
   * To be called before writing to {@code stream}: erases the line if {@code stream} is standard
   * error or shows on a terminal too; the next step draws it again.
   */
  void beforeWriting(PrintStream stream) {
    if (drawn > 0 && (stream == err || terminal.shows(stream))) {
      erase();
    }
  }

  /** Erases the line; the command's output is all that is left. */
  @Override
  public void close() {
    if (drawn > 0) {
      erase();
    }
  }

  private void draw(long now) {
    String text = line(now);
    err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
    err.flush();
    drawn = Math.max(drawn, text.length());
    lastDraw = now;
  }

  private void erase() {
    err.print("\r" + " ".repeat(drawn) + "\r");
    err.flush();
    drawn = 0;
  }

  /** The line as it would be drawn at {@code now}. */
  String line(long now) {
    double elapsed = Math.max(0, now - startNanos) / 1e9;
    double rate = elapsed > 0 ? done / elapsed : 0;
    double fraction;
    double left;
    String counts;
    if (timed) {
      left = timedLeft(now, rate);
      fraction = Double.isNaN(left) ? 0 : elapsed / (elapsed + left);
      counts = String.format(Locale.ROOT, "%,d %s", done, unit);
    } else {
      fraction = total > 0 ? (double) done / total : 1;
      left = rate > 0 ? Math.max(0, total - done) / rate : Double.NaN;
      counts = String.format(Locale.ROOT, "%,d/%,d %s", done, total, unit);
    }
    String rest = String.format(Locale.ROOT, ", %,d failed, %s/s, %s left", failed,
        rate < 10 ? String.format(Locale.ROOT, "%.1f", rate)
            : String.format(Locale.ROOT, "%,.0f", rate),
        duration(left));
    // floor: the bar is full only when everything is done
    int filled = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * BAR);
    String bar = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] ";
    String plain = label + " " + counts + rest;
    String line = plain.length() + bar.length() <= WIDTH ? label + " " + bar + counts + rest : plain;
    return line.length() <= WIDTH ? line : line.substring(0, WIDTH);
  }

  /**
   * Seconds to the end of a timed phase: to the end of the current pass if that reaches the
   * phase's minimum time, else to the end of the first whole pass that does.
   */
  private double timedLeft(long now, double rate) {
    if (!(rate > 0) || total <= 0) {
      return Double.NaN;
    }
    double passLeft = (total - done % total) / rate;
    double minimumLeft = (endNanos - now) / 1e9;
    if (passLeft >= minimumLeft) {
      return passLeft;
    }
    double pass = total / rate;
    return passLeft + Math.ceil((minimumLeft - passLeft) / pass) * pass;
  }

  /** {@code 12 s}, {@code 3 min 05 s}, {@code 1 h 02 min}; {@code ?} when unknown. */
  static String duration(double seconds) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      return "?";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
