package com.wabotiq.client.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/client.md cannot rot: every {@code java} block of the page is named ({@code <!--
 * snippet:name -->}) and is, line for line, the region of that name in {@link
 * ClientDocExamplesTest} or {@link PartnerStyleTest}, which compile and run against a stub.
 */
class ClientDocSnippetsTest {
  private static final Pattern REGION =
      Pattern.compile("\\n( *)// \\[snippet:([a-z-]+)\\]\\n(.*?)\\n *// \\[end\\]", Pattern.DOTALL);
  private static final Pattern BLOCK =
      Pattern.compile("<!-- snippet:([a-z-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path SOURCES = Path.of("src/test/java/com/wabotiq/client/docs");

  @Test
  void everyJavaBlockOfThePageIsCompiledAndRun() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "client.md"));
    Map<String, String> regions = new LinkedHashMap<>();
    regions.putAll(regions(Files.readString(SOURCES.resolve("ClientDocExamplesTest.java"))));
    regions.putAll(regions(Files.readString(SOURCES.resolve("PartnerStyleTest.java"))));

    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      assertThat(blocks.put(m.group(1), m.group(2).strip())).as("snippet %s twice", m.group(1))
          .isNull();
    }
    assertThat(page.split("```java", -1).length - 1)
        .as("every java block of the page is a checked snippet").isEqualTo(blocks.size());
    assertThat(blocks).isEqualTo(regions);
  }

  private static Map<String, String> regions(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = REGION.matcher(source);
    while (m.find()) {
      int indent = m.group(3).length() - m.group(3).stripLeading().length();
      String body = String.join("\n", Arrays.stream(m.group(3).split("\n", -1))
          .map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList());
      out.put(m.group(2), body.strip());
    }
    return out;
  }
}
