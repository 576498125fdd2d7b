package com.wabotiq.json;

import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.TenantSettings;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Values at the edges of what the model holds, for property tests: each is accepted by the model
 * and must be written as JSON that reads back equal. Also values just beyond, which must be refused
 * at build time and when read.
 */
final class EdgeValues {
  private EdgeValues() {}

  static final int DIGITS = Checks.MAX_DECIMAL_DIGITS;
  static final int SCALE = Checks.MAX_DECIMAL_SCALE;

  /** A decimal within the rule, often at its bounds: up to 500 digits, scale -500 to 500. */
  static BigDecimal decimal(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return new BigDecimal(BigInteger.ONE, SCALE); // 1E-500
      case 1:
        return new BigDecimal(BigInteger.ONE, -SCALE); // 1E+500
      case 2:
        return new BigDecimal(digits(random, DIGITS), random.nextBoolean() ? SCALE : -SCALE);
      case 3:
        return new BigDecimal(BigInteger.ZERO, random.nextInt(2 * SCALE + 1) - SCALE);
      case 4:
        // 21 or more integer digits: the scientific form Moshi's reader needs.
        return new BigDecimal(digits(random, 21 + random.nextInt(60)), random.nextInt(3));
      default:
        int precision = 1 + random.nextInt(DIGITS);
        int scale = random.nextInt(2 * SCALE + 1) - SCALE;
        return new BigDecimal(digits(random, precision), scale);
    }
  }

  /** A decimal just outside the rule, in one of its three ways. */
  static BigDecimal beyondRule(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return new BigDecimal("1e-999");
      case 1:
        return new BigDecimal("1e-1000");
      case 2:
        return new BigDecimal(digits(random, DIGITS + 1 + random.nextInt(500)), 0);
      case 3:
        return new BigDecimal(BigInteger.ONE, SCALE + 1 + random.nextInt(1_000_000));
      case 4:
        return new BigDecimal(
            BigInteger.valueOf(random.nextInt(1000)), -SCALE - 1 - random.nextInt(1000));
      default:
        return new BigDecimal(BigInteger.ONE.negate(), SCALE + 1);
    }
  }

  /** A random number of exactly {@code n} digits, signed at random. */
  static BigInteger digits(Random random, int n) {
    StringBuilder text = new StringBuilder(n + 1);
    if (random.nextBoolean()) {
      text.append('-');
    }
    text.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < n; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return new BigInteger(text.toString());
  }

  /** Any finite double: random bits, subnormals, the extremes, negative zero. */
  static double aDouble(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return Double.MIN_VALUE;
      case 1:
        return -Double.MAX_VALUE;
      case 2:
        return -0.0;
      case 3:
        return Double.MIN_NORMAL;
      case 4:
        return Math.nextDown(1.0);
      default:
        double d;
        do {
          d = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(d));
        return d;
    }
  }

  /** Empty, astral, control, noncharacter and huge strings, all valid Unicode. */
  static String string(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return "";
      case 1:
        return new String(Character.toChars(0x10FFFF)) + "\uFFFF\uFEFF" + "\uD83D\uDE00";
      case 2:
        return random.nextInt(10) == 0 ? "x".repeat(70_000 + random.nextInt(1000)) : "x";
      case 3:
        StringBuilder astral = new StringBuilder();
        for (int i = 0; i < 50; i++) {
          astral.appendCodePoint(0x10000 + random.nextInt(0x100000));
        }
        return astral.toString();
      case 4:
        return "\u0000\u001f\u007f\u2028\u2029\\\"/";
      default:
        StringBuilder any = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
          int cp;
          do {
            cp = random.nextInt(0x110000);
          } while (cp >= 0xD800 && cp <= 0xDFFF);
          any.appendCodePoint(cp);
        }
        return any.toString();
    }
  }

  static Instant instant(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return Instant.MIN;
      case 1:
        return Instant.MAX;
      default:
        long seconds =
            Instant.MIN.getEpochSecond()
                + (long)
                    (random.nextDouble()
                        * (Instant.MAX.getEpochSecond() - Instant.MIN.getEpochSecond()));
        return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
    }
  }

  static LocalDate date(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return LocalDate.MIN;
      case 1:
        return LocalDate.MAX;
      default:
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        return LocalDate.ofEpochDay(min + (long) (random.nextDouble() * (max - min)));
    }
  }

  static YearMonth yearMonth(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return YearMonth.of(Year.MIN_VALUE, 1);
      case 1:
        return YearMonth.of(Year.MAX_VALUE, 12);
      case 2:
        return YearMonth.of(10_000, 1);
      case 3:
        return YearMonth.of(-1, 12);
      default:
        return YearMonth.of(
            Year.MIN_VALUE + random.nextInt(Year.MAX_VALUE - Year.MIN_VALUE),
            1 + random.nextInt(12));
    }
  }

  static LocalTime time(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return LocalTime.MIN;
      case 1:
        return LocalTime.MAX;
      case 2:
        return LocalTime.of(23, 59, 59);
      default:
        return LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_400_000_000_000L));
    }
  }

  static Duration duration(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
      case 1:
        return Duration.ofSeconds(Long.MIN_VALUE);
      case 2:
        return Duration.ofNanos(random.nextBoolean() ? 1 : -1);
      default:
        return Duration.ofSeconds(random.nextLong(), random.nextInt(1_000_000_000));
    }
  }

  /**
   * Metadata nested {@code depth} levels (the metadata object is the first), through objects and
   * arrays at random, with a decimal at the bottom and random values beside the chain.
   */
  static Map<String, Object> deepMetadata(Random random, int depth, IntFunction<Object> sideValue) {
    Object inner = decimal(random);
    for (int level = depth; level > 1; level--) {
      if (random.nextBoolean()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k" + level, inner);
        if (random.nextInt(4) == 0) {
          map.put("side", sideValue.apply(0));
        }
        inner = map;
      } else {
        List<Object> list = new ArrayList<>();
        list.add(inner);
        inner = list;
      }
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("deep", inner);
    return metadata;
  }

  /** Metadata nested exactly {@code depth} levels of objects: {@code {"a":{"a":...{"a":1}}}}. */
  static Map<String, Object> nested(int depth) {
    Object inner = new BigDecimal("1.5");
    for (int level = depth; level > 1; level--) {
      inner = Map.of("a", inner);
    }
    return Map.of("a", inner);
  }

  /** The JSON of {@link #nested(int)}. */
  static String nestedJson(int depth) {
    return "{\"a\":".repeat(depth) + "1.5" + "}".repeat(depth);
  }

  static final int DEPTH = TenantSettings.MAX_METADATA_DEPTH;
}
