package org.annalist.extraction.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.extraction.text.EnglishModels;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the committed model, loaded once from the classpath. */
class NameFinderRecognizerTest {

  // CoNLL (Reuters) word order. On "U.S. Secretary of Defense Leon Panetta visited Colombia on
  // Monday ." the model alone tags "U.S. Secretary of Defense Leon Panetta" as one organisation
  // (see NER-MODEL.md, known errors); the entity stage's title rules handle that phrase.
  private static final List<String> PANETTA = List.of("U.S.", "Defense", "Secretary",
      "Leon", "Panetta", "visited", "Colombia", "on", "Monday", ".");

  private static NameFinderRecognizer recognizer;
  private static ExecutorService pool;

  @BeforeAll
  static void load() {
    recognizer = NameFinderRecognizer.load();
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static String covered(List<String> tokens, RecognizedName name) {
    return String.join(" ", tokens.subList(name.start(), name.end()));
  }

  @Test
  void findsPersonAndLocation() {
    List<RecognizedName> names = recognizer.recognize(PANETTA);

    assertThat(names).anySatisfy(n -> {
      assertThat(covered(PANETTA, n)).isEqualTo("Leon Panetta");
      assertThat(n.type()).isEqualTo(EntityType.PERSON);
    });
    assertThat(names).anySatisfy(n -> {
      assertThat(covered(PANETTA, n)).isEqualTo("Colombia");
      assertThat(n.type()).isEqualTo(EntityType.LOCATION);
    });
    assertThat(names).allSatisfy(n -> {
      assertThat(n.end()).isLessThanOrEqualTo(PANETTA.size());
      assertThat(n.probability()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void documentCallAgreesOnFirstSentenceAndKeepsSentenceIndices() {
    List<String> second = List.of("Panetta", "met", "President", "Juan", "Manuel", "Santos",
        "in", "Bogota", ".");
    List<List<RecognizedName>> result = recognizer.recognizeDocument(List.of(PANETTA, second));

    assertThat(result).hasSize(2);
    // the same names; their probabilities may differ, since the context aggregation features
    // look at the other occurrences of a word in the whole document (Panetta, in the second)
    assertThat(result.get(0)).extracting(n -> List.of(n.start(), n.end(), n.type()))
        .isEqualTo(recognizer.recognize(PANETTA).stream()
            .map(n -> List.of(n.start(), n.end(), n.type())).toList());
    assertThat(result.get(1)).anySatisfy(n -> {
      assertThat(covered(second, n)).isEqualTo("Juan Manuel Santos");
      assertThat(n.type()).isEqualTo(EntityType.PERSON);
    });
    assertThat(result.get(1)).anySatisfy(n -> assertThat(covered(second, n)).isEqualTo("Bogota"));
  }

  @Test
  void sameResultsOnManyThreads() throws Exception {
    List<List<String>> sentences = List.of(PANETTA,
        List.of("Israel", "Aerospace", "Industries", "sold", "drones", "to", "Colombia", "."),
        List.of("NATO", "and", "Hamas", "were", "mentioned", "by", "Benjamin", "Netanyahu", "."));
    List<List<RecognizedName>> expected = sentences.stream().map(recognizer::recognize).toList();
    List<List<RecognizedName>> expectedDocument = recognizer.recognizeDocument(sentences);
    List<Future<Boolean>> futures = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      futures.add(pool.submit(() -> {
        boolean same = true;
        for (int i = 0; i < 20; i++) {
          same &= sentences.stream().map(recognizer::recognize).toList().equals(expected);
          same &= recognizer.recognizeDocument(sentences).equals(expectedDocument);
        }
        return same;
      }));
    }
    for (Future<Boolean> f : futures) {
      assertThat(f.get()).isTrue();
    }
  }

  @Test
  void emptyAndOddInputGiveNoException() {
    assertThat(recognizer.recognize(List.of())).isEmpty();
    assertThat(recognizer.recognizeDocument(List.of())).isEmpty();
    assertThat(recognizer.recognizeDocument(List.of(List.of(), PANETTA, List.of()))).hasSize(3);
    Random random = new Random(42);
    for (int s = 0; s < 50; s++) {
      List<String> tokens = new ArrayList<>();
      for (int i = random.nextInt(40); i > 0; i--) {
        StringBuilder b = new StringBuilder();
        for (int c = random.nextInt(6); c >= 0; c--) {
          b.appendCodePoint(random.nextInt(3) == 0 ? 0x20 + random.nextInt(0x60)
              : random.nextInt(0x2FFF) + 1);
        }
        tokens.add(random.nextInt(20) == 0 ? "" : b.toString());
      }
      assertThat(recognizer.recognize(tokens)).allSatisfy(n ->
          assertThat(n.end()).isLessThanOrEqualTo(tokens.size()));
    }
  }

  @Test
  void veryLongSentenceIsCutAndStaysInBounds() {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      tokens.addAll(PANETTA.subList(3, 7));
    }
    List<RecognizedName> names = recognizer.recognize(tokens);

    assertThat(names).isNotEmpty().allSatisfy(n -> {
      assertThat(n.end()).isLessThanOrEqualTo(tokens.size());
      assertThat(n.length()).isLessThanOrEqualTo(NameFinderRecognizer.MAX_CHUNK);
    });
    List<String> capitals = Collections.nCopies(10_000, "Capitalised");
    assertThat(recognizer.recognize(capitals)).allSatisfy(n ->
        assertThat(n.end()).isLessThanOrEqualTo(capitals.size()));
  }

  @Test
  void nullTokenIsRejectedNamingIt() {
    assertThatThrownBy(() -> recognizer.recognize(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("token 1");
  }

  @Test
  void writtenModelLoadsBackAndAgrees() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    recognizer.write(bytes);
    NameFinderRecognizer copy =
        NameFinderRecognizer.load(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(copy.recognize(PANETTA)).isEqualTo(recognizer.recognize(PANETTA));
  }

  @Test
  void aFileThatIsNotAModelIsOneClearMessageNamingIt(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a model\n");
    Path empty = Files.writeString(dir.resolve("empty.bin"), "");
    Path noManifest = dir.resolve("plain.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path pos = dir.resolve("pos.bin");
    try (InputStream in = EnglishModels.class.getResourceAsStream("/" + EnglishModels.POS_MODEL)) {
      Files.copy(in, pos);
    }
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    recognizer.write(model);
    Path truncated = Files.write(dir.resolve("half.bin"),
        Arrays.copyOf(model.toByteArray(), model.size() / 2));

    assertNotAModel(text, "not a zip archive");
    assertNotAModel(empty, "empty");
    assertNotAModel(noManifest, "manifest");
    assertNotAModel(pos, "POSTaggerME");
    assertNotAModel(truncated, "truncated or corrupted");
    assertNotAModel(dir, "is a directory");
    assertNotAModel(dir.resolve("absent.bin"), "no such file");
  }

  private static void assertNotAModel(Path file, String why) {
    assertThatThrownBy(() -> NameFinderRecognizer.load(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(why)
        .hasMessageNotContaining("\n");
  }

  @Test
  void aStreamThatIsNotAModelIsAnUncheckedIoException() {
    assertThatThrownBy(() -> NameFinderRecognizer.load(
            new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("not an OpenNLP name-finder model");
  }

  @Test
  void mapsConllTypes() {
    assertThat(NameFinderRecognizer.entityType("PER")).contains(EntityType.PERSON);
    assertThat(NameFinderRecognizer.entityType("ORG")).contains(EntityType.ORGANIZATION);
    assertThat(NameFinderRecognizer.entityType("LOC")).contains(EntityType.LOCATION);
    assertThat(NameFinderRecognizer.entityType("MISC")).contains(EntityType.MISC);
    assertThat(NameFinderRecognizer.entityType("DATE")).isEmpty();
    for (EntityType type : EntityType.values()) {
      // CoNLL has no product type: products are MISC there, and MISC reads back as MISC.
      assertThat(NameFinderRecognizer.entityType(NameFinderRecognizer.conllType(type)))
          .contains(type == EntityType.PRODUCT ? EntityType.MISC : type);
    }
  }
}
