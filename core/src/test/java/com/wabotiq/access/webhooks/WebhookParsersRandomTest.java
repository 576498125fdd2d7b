package com.wabotiq.access.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every header and body parser on untrusted input: a seeded random test of 500 cases built from
 * the headers' own alphabet (seed in each case's name, to replay one); {@link
 * WebhookParsersFuzzTest} runs the same checks under Jazzer. Every provider gives a
 * {@link Verification} with a code other than {@code VERIFIED} (nothing is signed by the secret),
 * never an exception; the package-private parsers return null or a value, never throw.
 */
class WebhookParsersRandomTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L),
      ZoneOffset.UTC);
  private static final String ALPHABET =
      "tv01=,=; ab9fF+/=%&:?#[]@.-_ sha256=v1=t=1700000000\u0000\u00ff\u0663\uff41\ud800";
  private static final EnumSet<VerificationCode> REFUSALS =
      EnumSet.complementOf(EnumSet.of(VerificationCode.VERIFIED, VerificationCode.REPLAYED,
          VerificationCode.NO_SECRET));

  /** One per provider; refusals are never remembered, so the guard stays empty. */
  private static final java.util.List<WebhookVerifier> VERIFIERS =
      java.util.Arrays.stream(WebhookProvider.values())
          .map(p -> WebhookVerifier.builder(p).secret("fuzz-secret").clock(CLOCK)
              .replayGuard(ReplayGuard.inMemory(4, Duration.ofMinutes(5))).build())
          .toList();

  static Stream<Long> seeds() {
    return IntStream.range(0, 500).mapToObj(i -> 0x5eed_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomHeaders_onlyTypedOutcomes(long seed) {
    Random random = new Random(seed);
    checkEverything(randomText(random, 120), "https://h.example" + randomText(random, 40),
        randomText(random, 80).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String randomText(Random random, int max) {
    int length = random.nextInt(max + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
          : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  static void checkEverything(String header, String url, byte[] body) {
    // Parsers underneath: a value or null, nothing thrown.
    StripeHeader.parse(header);
    Codec.base64(header);
    Codec.hex(header);
    TwilioCanonical.urlCandidates(url);
    TwilioCanonical.queryParameter(url, "bodySHA256");
    TwilioCanonical.form(header);
    TwilioCanonical.sortedFields(body);
    EventIds.topLevelId(body);
    for (WebhookVerifier verifier : VERIFIERS) {
      WebhookProvider provider = verifier.provider();
      for (String contentType : new String[] {"application/x-www-form-urlencoded", "text/plain"}) {
        WebhookRequest request = WebhookRequest.builder().url(url).body(body)
            .header(provider.signatureHeader(), header).header("Content-Type", contentType)
            .header("X-Shopify-Webhook-Id", header).build();
        Verification v = verifier.verify(request);
        assertThat(v.code()).as(provider + " " + header).isIn(REFUSALS);
      }
    }
  }
}
