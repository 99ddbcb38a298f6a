package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void aStreamOtherThanTheProcesssOwnIsNoTerminal() {
    // execute(out, err, ...) with an embedder's streams never draws a progress line on them
    PrintStream stream = new PrintStream(new ByteArrayOutputStream(), true);
    assertThat(Terminal.system().shows(stream)).isFalse();
    assertThat(Terminal.none().shows(System.err)).isFalse();
  }
}
