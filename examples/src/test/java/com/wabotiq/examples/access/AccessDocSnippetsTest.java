package com.wabotiq.examples.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/access.md cannot rot: each of its {@code java} blocks follows a {@code <!-- from: path -->}
 * line, and its lines are, in order and consecutively, lines of that file (compared without their
 * indentation). The files are the examples that {@link AccessServletFilterTest} and {@link
 * AccessHttpHandlerTest} compile and run over HTTP.
 */
class AccessDocSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern BLOCK =
      Pattern.compile("<!-- from: (\\S+) -->\\R```java\\R((?:.*\\R)*?)```");

  @Test
  void everySnippet_isTakenVerbatimFromTheFileItNames() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/access.md"), StandardCharsets.UTF_8);
    Matcher block = BLOCK.matcher(doc);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      Path source = ROOT.resolve(block.group(1));
      List<String> file = stripped(Files.readString(source, StandardCharsets.UTF_8));
      List<String> snippet = stripped(block.group(2));
      assertThat(Collections.indexOfSubList(file, snippet))
          .as("snippet %d of docs/access.md in %s:%n%s", blocks, source, block.group(2))
          .isNotNegative();
    }
    long fences = doc.lines().filter(l -> l.startsWith("```java")).count();
    assertThat(blocks).as("java blocks with a from: line").isEqualTo(fences).isGreaterThan(5);
  }

  private static List<String> stripped(String text) {
    return text.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
  }
}
