package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.annalist.cli.AnnalistCommand.UsageException;

/**
 * Checks on the file arguments of the commands, so that no command overwrites one of its own
 * inputs, and the short reason an I/O error gives for the one-line messages on standard error.
 * Stateless and thread-safe.
 */
final class FileArguments {

  private FileArguments() {}

  /**
   * Throws a usage error if {@code output} is (or, through links, resolves to) the same file as
   * one of {@code inputs}; {@code what} names the output in the message ("-o", "OUT").
   */
  static void requireNotAnInput(String command, String what, Path output,
      Collection<Path> inputs) {
    Objects.requireNonNull(output, "output");
    for (Path input : inputs) {
      if (input != null && sameFile(output, input)) {
        throw new UsageException(command + ": " + what + " " + output + " is the input " + input
            + "; it would be overwritten");
      }
    }
  }

  /** Whether both paths name one existing file (or directory). */
  static boolean sameFile(Path a, Path b) {
    if (!Files.exists(a) || !Files.exists(b)) {
      return false;
    }
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return canonical(a).equals(canonical(b));
    }
  }

  /**
   * The absolute, normalised path with every link resolved in the part that exists, so that two
   * names of one place compare equal even when the place does not exist yet.
   */
  static Path canonical(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** The reason an I/O error gives, without the file name it usually repeats. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String reason = fs.getReason();
      return reason.isEmpty() ? reason
          : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    return String.valueOf(e.getMessage());
  }

  /** Writes a model to a stream. */
  interface ModelWriter {
    /** Writes the model to {@code stream}. */
    void write(OutputStream stream) throws IOException;
  }

  /**
   * Writes a trained model to {@code output}, creating its folder, and {@return its size in
   * bytes, -1 if it cannot be read back, or null when it could not be written} (the reason is then
   * one line on {@code err}).
   */
  static Long writeModel(Path output, ModelWriter model, PrintStream err) {
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(output)) {
        model.write(stream);
      }
    } catch (IOException e) {
      err.println("annalist: " + output + ": cannot write: " + reason(e));
      return null;
    } catch (UncheckedIOException e) {
      err.println("annalist: " + output + ": cannot write: " + reason(e.getCause()));
      return null;
    }
    try {
      return Files.size(output);
    } catch (IOException e) {
      return -1L;
    }
  }
}
