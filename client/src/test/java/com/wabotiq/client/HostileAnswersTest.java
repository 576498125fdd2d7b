package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.types.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded random error answers of a hostile or broken server (random bytes, HTML, truncated and
 * mistyped error shapes, huge codes, the client's own key echoed anywhere), over real HTTP: each
 * gives the exception type its status names, with a bounded message that never holds the key,
 * and nothing else ever escapes. The seed is in each case's name.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileAnswersTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
      .build();

  private static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
  private static final String KEY =
      ApiKeyFormat.generate(ApiKeyEnvironment.LIVE, new SecureRandom()).reveal();
  private static WabotiqClient client;

  private static WabotiqClient client() {
    if (client == null) {
      client = WabotiqClient.builder(KEY, TENANT).baseUrl(server.baseUrl() + "/v1")
          .retryPolicy(RetryPolicy.none()).build();
    }
    return client;
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyErrorAnswerGivesItsTypeBoundedAndWithoutTheKey() {
    return LongStream.range(0, 250).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      int status = 400 + random.nextInt(200);
      byte[] body = body(random);
      server.resetAll();
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
          .withHeader("Content-Type", random.nextBoolean() ? "application/json" : "text/html")
          .withHeader("X-Request-Id", random.nextInt(4) == 0 ? "req_" + KEY : "req_" + seed)
          .withBody(body)));

      ApiException failure = catchThrowableOfType(ApiException.class,
          () -> client().settings().get());

      assertThat(failure).as("status %d", status).isNotNull();
      if (status == 407) {
        // OkHttp refuses a 407 from a server that is not a configured proxy (a protocol error):
        // no answer the client can use, so a connection failure.
        assertThat(failure).isInstanceOf(ApiConnectionException.class);
        assertThat(failure.status()).isZero();
      } else {
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure).isInstanceOf(expectedType(status));
      }
      assertThat(failure.attempts()).isEqualTo(1);
      assertThat(failure.getMessage()).doesNotContain(KEY).hasSizeLessThan(1_000);
      assertThat(failure.code()).doesNotContain(KEY).hasSizeLessThanOrEqualTo(101);
      assertThat(failure.requestId().orElse("")).doesNotContain(KEY);
      assertThat(failure.toString()).doesNotContain(KEY);
      if (failure instanceof InvalidRequestException invalid) {
        assertThat(invalid.fieldErrors()).allSatisfy(e -> assertThat(
            e.path() + e.rule() + e.message()).doesNotContain(KEY));
      }
    }));
  }

  private static Class<? extends ApiException> expectedType(int status) {
    return switch (status) {
      case 400, 413, 415, 422 -> InvalidRequestException.class;
      case 401 -> AuthenticationException.class;
      case 403 -> PermissionException.class;
      case 404 -> NotFoundException.class;
      case 409 -> ConflictException.class;
      case 429 -> RateLimitException.class;
      default -> status >= 500 ? ServerException.class : ApiException.class;
    };
  }

  /** A body of one of several hostile kinds, with the key planted at random. */
  private static byte[] body(Random random) {
    String planted = random.nextBoolean() ? KEY : "";
    String text = switch (random.nextInt(7)) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(4_000)];
        random.nextBytes(bytes);
        yield new String(bytes, StandardCharsets.ISO_8859_1) + planted;
      }
      case 1 -> "<html><body><h1>502 Bad Gateway</h1>" + planted + "x".repeat(
          random.nextInt(100_000)) + "</body></html>";
      case 2 -> "{\"error\":{\"code\":\"" + planted + "y".repeat(random.nextInt(5_000))
          + "\",\"message\":\"" + planted + "\",\"request_id\":\"" + planted + "\"}}";
      case 3 -> "{\"error\":{\"code\":7,\"message\":[1,2],\"field_errors\":[{\"path\":\""
          + planted + "\",\"rule\":\"r\",\"message\":\"see " + planted + "\"},3,null]}}";
      case 4 -> "{\"error\":{\"code\":\"invalid_request\",\"message\":\"cut" + planted;
      case 5 -> "{\"error\":\"" + planted + "\"}\n\u0000\u0007 trailing";
      default -> "";
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
