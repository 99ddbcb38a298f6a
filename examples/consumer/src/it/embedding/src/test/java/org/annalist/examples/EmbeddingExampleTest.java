package org.annalist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's example against the installed artifacts, and holds the README to it. */
class EmbeddingExampleTest {

  private static final Path SOURCE =
      Path.of("src/main/java/org/annalist/examples/EmbeddingExample.java");

  @Test
  void printsEachSentenceWithItsOffsetsThenTheDocumentAsJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(
        List.of("0-18 DATELINE: BOGOTA, Colombia —",
            "19-59 BODY_PARAGRAPH: President Gustavo Petro spoke on Sunday.",
            "60-88 BODY_PARAGRAPH: He said relations would end."),
        lines.subList(0, lines.size() - 1));
    String json = lines.get(lines.size() - 1);
    assertTrue(json.startsWith("{\"document\":{\"id\":\"example-1\""), json);
    assertTrue(json.contains("\"entityId\":\"person:gustavo-petro\""), json);
  }

  @Test
  void readmeShowsExactlyThisCode() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    List<String> imports = source.stream().filter(l -> l.startsWith("import ")).toList();
    int begin = source.indexOf("    // README example: begin");
    int end = source.indexOf("    // README example: end");
    List<String> body = source.subList(begin + 1, end).stream().map(l -> l.substring(4)).toList();

    String readme = Files.readString(Path.of(System.getProperty("annalist.readme")));
    int start = readme.indexOf("```java\n" + imports.get(0));
    assertTrue(start >= 0, "the README has no ```java block starting with " + imports.get(0));
    List<String> block =
        readme.substring(start + "```java\n".length(), readme.indexOf("\n```", start)).lines()
            .toList();

    assertEquals(imports, block.subList(0, imports.size()), "the README's imports");
    assertEquals("", block.get(imports.size()), "a blank line after the README's imports");
    assertEquals(body, block.subList(imports.size() + 1, block.size()), "the README's code");
  }
}
