package com.wabotiq.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two halves of a doc-snippet test: the regions of a test source between {@code //
 * [snippet:name]} and {@code // [end]}, and the {@code java} blocks of a page, each after a {@code
 * <!-- snippet:name -->} line. A test asserts the two maps equal.
 */
public final class Snippets {
  private static final Pattern REGION =
      Pattern.compile("\\n( *)// \\[snippet:([a-z-]+)\\]\\n(.*?)\\n *// \\[end\\]", Pattern.DOTALL);
  private static final Pattern BLOCK =
      Pattern.compile("<!-- snippet:([a-z-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  private Snippets() {}

  /** The snippet regions of a source text, each de-indented by its first line's indentation. */
  public static Map<String, String> regions(String source) {
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

  /**
   * The named {@code java} blocks of a page; asserts that no name is used twice and that every
   * {@code java} block of the page is named, so none escapes the check.
   */
  public static Map<String, String> blocks(String doc) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      assertThat(out.put(m.group(1), m.group(2).strip())).as("snippet %s twice", m.group(1))
          .isNull();
    }
    assertThat(doc.split("```java", -1).length - 1)
        .as("every java block of the page is a checked snippet").isEqualTo(out.size());
    return out;
  }
}
