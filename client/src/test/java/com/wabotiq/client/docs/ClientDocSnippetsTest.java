package com.wabotiq.client.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.testing.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/client.md cannot rot: every {@code java} block of the page is named ({@code <!--
 * snippet:name -->}) and is, line for line, the region of that name in {@link
 * ClientDocExamplesTest} or {@link PartnerStyleTest}, which compile and run against a stub.
 */
class ClientDocSnippetsTest {
  private static final Path SOURCES = Path.of("src/test/java/com/wabotiq/client/docs");

  @Test
  void everyJavaBlockOfThePageIsCompiledAndRun() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "client.md"));
    Map<String, String> regions = new LinkedHashMap<>();
    for (String source : new String[] {"ClientDocExamplesTest.java", "PartnerStyleTest.java"}) {
      regions.putAll(Snippets.regions(Files.readString(SOURCES.resolve(source))));
    }
    assertThat(Snippets.blocks(page)).isEqualTo(regions);
  }
}
