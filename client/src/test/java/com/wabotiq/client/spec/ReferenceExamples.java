package com.wabotiq.client.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON examples of the data reference, extracted programmatically from the test copy in {@code
 * src/test/resources/reference/} (never from {@code ../shared}).
 */
final class ReferenceExamples {
  static final String RESOURCE = "/reference/tenant-data-reference.md";

  private ReferenceExamples() {}

  /** The reference's text. */
  static String reference() {
    try (InputStream in = ReferenceExamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of every {@code ```json} fenced block, in document order, comments kept. */
  static List<String> jsonBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (current == null) {
        if (trimmed.equals("```json")) {
          current = new StringBuilder();
        }
      } else if (trimmed.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      throw new IllegalStateException("unterminated ```json block");
    }
    return blocks;
  }

  /** The examples with their {@code //} comments removed, in document order. */
  static List<String> examples() {
    List<String> examples = new ArrayList<>();
    for (String block : jsonBlocks(reference())) {
      examples.add(stripComments(block));
    }
    return examples;
  }

  /**
   * Removes {@code //} comments (to the end of the line) outside string literals, so that the
   * {@code //} of {@code "https://..."} survives. A tiny lexer: it tracks whether it is inside a
   * string and whether the previous character was an escaping backslash.
   */
  static String stripComments(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c == '/' && i + 1 < json.length() && json.charAt(i + 1) == '/') {
        while (i < json.length() && json.charAt(i) != '\n') {
          i++;
        }
        if (i < json.length()) {
          out.append('\n');
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
