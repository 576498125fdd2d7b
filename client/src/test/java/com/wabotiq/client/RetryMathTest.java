package com.wabotiq.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The waits between attempts, against oracles computed a second, simpler way on seeded random
 * cases (the seed is in each case's name): full-jitter backoff against a BigInteger bound, and
 * {@code Retry-After} against the seconds and dates it was made from.
 */
class RetryMathTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

  private static Transport transport(RetryPolicy policy, double jitter) {
    return new Transport(HTTP, HttpUrl.get("http://127.0.0.1/v1/"), "t", "k", "ua", policy, null,
        Clock.fixed(NOW, ZoneOffset.UTC), () -> jitter, 1 << 20, true);
  }

  @TestFactory
  Stream<DynamicTest> backoffIsAFullJitterOfTheCappedExponential() {
    return LongStream.range(0, 400).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      long initial = 1L + random.nextInt(random.nextBoolean() ? 2_000 : 2_000_000);
      long max = initial + (random.nextBoolean() ? random.nextInt(60_000)
          : (long) random.nextInt(Integer.MAX_VALUE) * 1_000);
      int failedAttempt = 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
      double jitter = random.nextInt(10) == 0 ? Math.nextDown(1.0) : random.nextDouble();
      RetryPolicy policy = RetryPolicy.builder()
          .backoff(Duration.ofMillis(initial), Duration.ofMillis(max)).build();

      BigInteger exponential = BigInteger.valueOf(initial).shiftLeft(failedAttempt - 1);
      long bound = exponential.min(BigInteger.valueOf(max)).longValueExact();
      long expected = (long) (jitter * bound);

      Duration wait = transport(policy, jitter).backoff(failedAttempt);
      assertThat(wait.toMillis()).as("initial %d, max %d, attempt %d, jitter %s", initial, max,
          failedAttempt, jitter).isEqualTo(expected);
      assertThat(wait.toMillis()).isBetween(0L, Math.max(0, bound - 1));
    }));
  }

  @TestFactory
  Stream<DynamicTest> retryAfterReadsSecondsAndDates() {
    Transport transport = transport(RetryPolicy.defaults(), 0.5);
    return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      switch (random.nextInt(4)) {
        case 0 -> {
          long seconds = random.nextBoolean() ? random.nextInt(120)
              : random.nextLong() & Long.MAX_VALUE;
          String header = (random.nextBoolean() ? " " : "") + seconds;
          Duration expected = Long.toString(seconds).length() > 9
              ? Duration.ofSeconds(999_999_999L) : Duration.ofSeconds(seconds);
          assertThat(transport.retryAfter(header)).isEqualTo(expected);
        }
        case 1 -> {
          long offset = random.nextInt(7_200) - 3_600L;
          String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(
              NOW.plusSeconds(offset).atOffset(ZoneOffset.UTC));
          Duration expected = offset < 0 ? Duration.ZERO : Duration.ofSeconds(offset);
          assertThat(transport.retryAfter(header)).as(header).isEqualTo(expected);
        }
        case 2 -> {
          String garbage = random.ints(1 + random.nextInt(30), 33, 127)
              .mapToObj(c -> String.valueOf((char) c)).reduce("", String::concat);
          boolean digits = garbage.chars().allMatch(c -> c >= '0' && c <= '9');
          if (!digits) {
            assertThat(transport.retryAfter("x" + garbage)).as(garbage).isNull();
          }
        }
        default -> {
          assertThat(transport.retryAfter(random.nextBoolean() ? "" : "   ")).isNull();
          assertThat(transport.retryAfter(null)).isNull();
          assertThat(transport.retryAfter("-5")).isNull();
          assertThat(transport.retryAfter("1.5")).isNull();
        }
      }
    }));
  }
}
