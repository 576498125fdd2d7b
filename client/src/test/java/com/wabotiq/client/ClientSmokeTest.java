package com.wabotiq.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wabotiq.access.keys.ApiKeyEnvironment;
import com.wabotiq.access.keys.ApiKeyFormat;
import com.wabotiq.credentials.Credential;
import com.wabotiq.types.TenantId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A first call end to end, and the refusal of an answer about another tenant. */
class ClientSmokeTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
      .build();

  @Test
  void readsMaskedSettings() {
    TenantId tenant = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
    server.stubFor(get(urlEqualTo("/v1/tenants/" + tenant.value() + "/settings"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withHeader("ETag", "\"7\"").withHeader("X-Request-Id", "req_1")
            .withBody("{\"tenant_id\":\"" + tenant.value() + "\",\"llm_model\":\"gpt-4o\","
                + "\"stripe_secret_key\":\"sk_…4242\",\"llm_temperature\":0.70}")));
    try (WabotiqClient client = WabotiqClient.builder(key, tenant)
        .baseUrl(server.baseUrl() + "/v1").build()) {
      ApiResponse<MaskedSettings> read = client.settings().getWithResponse(RequestOptions.none());
      assertThat(read.value().settings().llm().llmModel()).isEqualTo("gpt-4o");
      assertThat(read.value().hint(Credential.STRIPE_SECRET_KEY)).contains("sk_…4242");
      assertThat(read.value().settings().stripe().stripeSecretKey()).isNull();
      assertThat(read.etag()).contains("\"7\"");
      assertThat(read.requestId()).contains("req_1");
      assertThat(read.attempts()).isEqualTo(1);
      assertThat(client.toString()).doesNotContain(key);
    }
    server.verify(getRequestedFor(urlEqualTo("/v1/tenants/" + tenant.value() + "/settings"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
            "Bearer " + key))
        .withHeader("X-TENANT-ID", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
            tenant.value())));
  }

  @Test
  void refusesAnAnswerAboutAnotherTenant() {
    TenantId mine = TenantId.of("2f1c3a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    TenantId other = TenantId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    String key = ApiKeyFormat.generate(ApiKeyEnvironment.TEST, new SecureRandom()).reveal();
    server.stubFor(get(urlEqualTo("/v1/tenants/" + mine.value() + "/settings"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"tenant_id\":\"" + other.value() + "\",\"llm_model\":\"gpt-4o\"}")));
    try (WabotiqClient client = WabotiqClient.builder(key, mine)
        .baseUrl(server.baseUrl() + "/v1").build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.settings().get())
          .isExactlyInstanceOf(ApiException.class)
          .hasMessageContaining("another tenant")
          .extracting(e -> ((ApiException) e).code(), e -> ((ApiException) e).attempts())
          .containsExactly("malformed_response", 1);
    }
  }
}
