package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of PRODUCT.md's architecture sketch, checked on the sources: the model never
 * reaches JSON, validation, storage, credentials or any framework, shared types depend on nothing
 * but the JDK, {@code limits} never reaches metering or a clock, and {@code metering} reaches
 * storage only through the SPI and the store's guard, never JSON, validation, I/O or a clock.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/com/wabotiq");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  /** Package -> import prefixes it must never use. */
  private static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "types", List.of("com.wabotiq.tenant", "com.wabotiq.billing", "com.wabotiq.business",
              "com.wabotiq.analytics", "com.wabotiq.json", "com.wabotiq.validation", "com.squareup",
              "jakarta", "org.hibernate", "java.io", "java.net", "java.nio.file", "java.nio.channels", "java.sql"),
          "tenant", modelForbidden("com.wabotiq.billing", "com.wabotiq.business", "com.wabotiq.analytics"),
          "billing", modelForbidden("com.wabotiq.tenant", "com.wabotiq.business", "com.wabotiq.analytics"),
          "business", modelForbidden("com.wabotiq.tenant", "com.wabotiq.billing", "com.wabotiq.analytics"),
          "analytics", modelForbidden("com.wabotiq.tenant", "com.wabotiq.business"),
          "limits", modelForbidden("com.wabotiq.metering", "java.time.Clock", "java.time.InstantSource"),
          "metering", List.of("com.wabotiq.json", "com.wabotiq.validation", "com.wabotiq.credentials",
              "com.squareup", "jakarta", "org.hibernate", "java.io", "java.net", "java.nio.file",
              "java.nio.channels", "java.sql", "java.time.Clock"));

  private static List<String> modelForbidden(String... siblings) {
    List<String> list = new ArrayList<>(List.of(siblings));
    list.addAll(List.of("com.wabotiq.json", "com.wabotiq.validation", "com.wabotiq.store",
        "com.wabotiq.credentials", "com.wabotiq.spi", "com.squareup", "jakarta", "org.hibernate",
        "org.slf4j", "java.io", "java.net", "java.nio.file", "java.nio.channels", "java.sql"));
    return list;
  }

  /** Reading the time in {@code limits}: its time always comes in as an argument. */
  private static final Pattern CLOCK_READ =
      Pattern.compile("\\b(?:Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(|System\\.(?:currentTimeMillis|nanoTime)\\(");

  @org.junit.jupiter.api.Test
  void limits_neverReadsAClock() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve("limits"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        if (CLOCK_READ.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
          offences.add(MAIN.relativize(file).toString());
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  static Stream<String> packages() {
    return FORBIDDEN.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void modelPackage_importsNothingForbidden(String pkg) throws IOException {
    Path dir = MAIN.resolve(pkg);
    assertThat(dir).isDirectory();
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String imported = m.group(1);
          for (String bad : FORBIDDEN.get(pkg)) {
            if (imported.startsWith(bad)) {
              offences.add(MAIN.relativize(file) + " imports " + imported);
            }
          }
        }
      }
    }
    assertThat(offences).isEmpty();
  }
}
