package com.wabotiq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Slugs: one DNS label from any name, and collision suffixes that keep it one. */
class SlugsTest {
  /** The validator's slug rule. */
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Electronics | acme-electronics",
        "  Hello,   World!!  | hello-world",
        "Café Olé | cafe-ole",
        "Crème Brûlée & Co. | creme-brulee-co",
        "Ñandú São Paulo Łódź | nandu-sao-paulo-lodz",
        "Straße Ørsted Æble Œuvre Þing | strasse-orsted-aeble-oeuvre-thing",
        "İstanbul Kebab | istanbul-kebab",
        "ＡＣＭＥ Ｓｈｏｐ | acme-shop",
        "Mama's Kitchen (Nairobi) #1 | mama-s-kitchen-nairobi-1",
        "x² ﬁsh | x2-fish",
        "---Dash--Dash--- | dash-dash",
        "UPPER lower 123 | upper-lower-123",
        "Duka la Mama 🛒 Mboga | duka-la-mama-mboga",
        "a\u200Db | ab",
      })
  void of_names_giveExpectedSlug(String name, String slug) {
    assertThat(Slugs.of(name)).isEqualTo(slug);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {"''", "'   '", "'!!!---...'", "मेरी दुकान", "小吃店", "🛒🛒"})
  void of_nothingLatinLeft_fallsBackToTenant(String name) {
    assertThat(Slugs.of(name)).isEqualTo("tenant");
  }

  @Test
  void of_longName_cutAtSixtyThreeWithoutTrailingHyphen() {
    assertThat(Slugs.of("a".repeat(100))).isEqualTo("a".repeat(63));
    // 62 letters, a space, then more: the hyphen and the next letter would not fit
    String cut = Slugs.of("b".repeat(62) + " cdef");
    assertThat(cut).isEqualTo("b".repeat(62));
    String words = Slugs.of("Kilimanjaro ".repeat(10));
    assertThat(words).hasSizeLessThanOrEqualTo(63).matches(SLUG).startsWith("kilimanjaro-");
    // an expanding letter (ß -> ss) at the edge does not push past the limit
    assertThat(Slugs.of("a".repeat(62) + "ß")).isEqualTo("a".repeat(62));
  }

  @Test
  void candidate_firstIsBaseThenNumbered() {
    assertThat(Slugs.candidate("acme", 1)).isEqualTo("acme");
    assertThat(Slugs.candidate("acme", 2)).isEqualTo("acme-2");
    assertThat(Slugs.candidate("acme", 10)).isEqualTo("acme-10");
    assertThatThrownBy(() -> Slugs.candidate("acme", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n (0) must be >= 1");
  }

  @Test
  void withSuffix_fullLengthBase_cutSoTheWholeFits() {
    String base = "a".repeat(63);
    assertThat(Slugs.candidate(base, 10)).isEqualTo("a".repeat(60) + "-10").hasSize(63);
    // the cut would end on a hyphen: it is dropped rather than doubled
    String hyphenAtCut = "a".repeat(59) + "-bcd";
    assertThat(Slugs.withSuffix(hyphenAtCut, "10")).isEqualTo("a".repeat(59) + "-10");
    assertThat(Slugs.withSuffix("acme", "0b6f1c2d")).isEqualTo("acme-0b6f1c2d");
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 20).mapToObj(i -> 0x5EEDL + i);
  }

  /** Random names over Unicode: every slug and every numbered candidate is one DNS label. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void of_randomNames_alwaysAValidLabel(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(120);
      for (int j = 0; j < length; j++) {
        int cp =
            random.nextInt(4) == 0
                ? random.nextInt(0x30000)
                : " -_.,'abcXYZ019éßØ\u0301".codePointAt(random.nextInt(19));
        if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
          name.appendCodePoint(cp);
        }
      }
      String slug = Slugs.of(name.toString());
      assertThat(slug).as("seed %d case %d", seed, i).matches(SLUG).hasSizeLessThanOrEqualTo(63);
      assertThat(Slugs.candidate(slug, 2 + random.nextInt(9)))
          .matches(SLUG)
          .hasSizeLessThanOrEqualTo(63);
    }
  }
}
