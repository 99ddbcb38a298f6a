package org.annalist.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether one of a command's streams shows on a terminal, which decides whether a progress
 * line is drawn. Tests give their own; {@link #system()} looks at the process's file descriptors.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
interface Terminal {

  /** Whether {@code stream} writes to a terminal. */
  boolean shows(PrintStream stream);

  /** Nothing is a terminal. */
  static Terminal none() {
    return stream -> false;
  }

  /**
   * The process's own streams: {@link System#out} and {@link System#err} (by identity; any other
   * stream is no terminal) are terminals when their file descriptor, 1 or 2, is one. On Linux that
   * is where {@code /proc/self/fd/N} links to ({@code /dev/pts/*}, {@code /dev/tty*}); elsewhere
   * {@code System.console() != null}, which also needs standard input and output on a terminal.
   * {@code System.console()} alone would not do on Linux: it is null whenever standard output is
   * redirected, as in {@code annalist analyze dir > out.json}, the case progress is for.
   */
  static Terminal system() {
    return stream -> {
      if (stream == System.err) {
        return isTerminal(2);
      }
      if (stream == System.out) {
        return isTerminal(1);
      }
      return false;
    };
  }

  /** Whether file descriptor {@code fd} of this process is a terminal. */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd", Integer.toString(fd));
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc (macOS, Windows): the JDK's own, stricter answer
      return System.console() != null;
    }
  }
}
