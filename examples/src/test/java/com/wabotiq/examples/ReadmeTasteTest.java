package com.wabotiq.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.tenant.IllegalStatusTransitionException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The README's "A taste" section, line for line, so that it stays true. */
class ReadmeTasteTest {
  private static final String TENANT_JSON =
      """
      {"id": "0b6f1c1e-4a53-4c1a-9d55-2f7d9a3c8e10", "name": "Acme Electronics",
       "slug": "acme-electronics", "status": "trial", "timezone": "Africa/Nairobi",
       "whatsapp_number": "+254712345678"}
      """;

  @Test
  void taste_compilesAndBehavesAsDocumented() {
    String tenantJson = TENANT_JSON;

    JsonCodec json = JsonCodec.lenient(); // or JsonCodec.strict()
    Tenant tenant = json.fromJson(tenantJson, Tenant.class);

    ValidationResult result = ModelValidator.create().validate(tenant);
    result.violations().forEach(v ->
        System.out.println(v.path() + " " + v.rule() + ": " + v.message()));
    assertThat(result.isValid()).isTrue();

    Tenant paid = tenant.withStatus(TenantStatus.ACTIVE); // trial -> active: allowed
    assertThat(paid.status()).isSameAs(TenantStatus.ACTIVE);
    assertThatThrownBy(() -> paid.withStatus(TenantStatus.TRIAL)) // throws
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("status transition active -> trial is not allowed");

    TenantSdk sdk = TenantSdk.inMemory();
    Tenant acme = sdk.createTenant(NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
        .whatsappNumber("+254712345678").build());
    assertThat(acme.status()).isSameAs(TenantStatus.TRIAL);
    assertThat(acme.slug()).isEqualTo("acme-electronics");
    assertThat(Duration.between(acme.trialStartDate(), acme.trialEndDate())).isEqualTo(Duration.ofDays(14));
    assertThat(sdk.findByWhatsappNumber("+254712345678")).contains(acme);

    Consumption sent = sdk.usageMeter().consume(acme, // check and count in one atomic step
        Usage.at(Instant.now()).send(SendKind.REPLY).build());
    assertThat(sent.isAllowed()).as(sent.reasons()).isTrue();
    assertThat(sent.basis()).isSameAs(Consumption.Basis.STORE);
    assertThat(sent.remaining(Metric.MONTHLY_MESSAGES)).hasValue(999);
  }
}
