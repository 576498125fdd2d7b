package com.wabotiq.client.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.client.Quota;
import com.wabotiq.client.RetryPolicy;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.types.TenantId;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a partner tests their own code against the client, as docs/client.md shows it: a WireMock
 * stub on loopback, a generated test key, no retries. {@code QuotaBanner} stands for the partner's
 * code.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PartnerStyleTest {
  private static final TenantId TENANT = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");

  /** The partner's code under test: a banner of the messages left this month. */
  static final class QuotaBanner {
    private final WabotiqClient client;

    QuotaBanner(WabotiqClient client) {
      this.client = client;
    }

    String text() {
      Quota messages = client.subscription().usage().quota("monthly_messages").orElseThrow();
      Long remaining = messages.remaining();
      return remaining == null ? "unlimited messages"
          : String.format(Locale.US, "%,d messages left this month", remaining);
    }
  }

  // [snippet:testing]
  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
      .build();

  @Test
  void showsTheRemainingMessages() {
    api.stubFor(get(urlEqualTo("/v1/tenants/" + TENANT.value() + "/usage"))
        .willReturn(okJson("""
            {"tier_id": "growth",
             "period_start": "2026-11-15T00:00:00Z", "period_end": "2026-12-15T00:00:00Z",
             "quotas": [{"metric": "monthly_messages", "used": 1200, "limit": 5000,
                         "remaining": 3800, "resets_at": "2026-12-15T00:00:00Z"}]}""")));
    WabotiqClient client = WabotiqClient.builder(
            ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal(), TENANT)
        .baseUrl(api.baseUrl() + "/v1")
        .retryPolicy(RetryPolicy.none())
        .build();

    assertThat(new QuotaBanner(client).text()).isEqualTo("3,800 messages left this month");
  }
  // [end]
}
