package com.wabotiq;

import static com.wabotiq.Fixtures.NAIROBI;
import static com.wabotiq.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.validation.ValidationException;
import com.wabotiq.validation.Violation;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating tenants: defaults, slugs, collisions, validation before any write. */
class TenantSdkCreateTest {
  private final MutableClock clock = new MutableClock(T0);
  private final CountingStorage storage = new CountingStorage();
  private final TenantSdk sdk = TenantSdk.builder().storage(storage.stores).clock(clock).build();

  @Test
  void createTenant_minimalRequest_trialOfFourteenDaysFromNow() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    assertThat(UUID.fromString(tenant.id().value()).toString()).isEqualTo(tenant.id().value());
    assertThat(tenant.name()).isEqualTo("Acme Electronics");
    assertThat(tenant.slug()).isEqualTo("acme-electronics");
    assertThat(tenant.status()).isEqualTo(TenantStatus.TRIAL);
    assertThat(tenant.trialStartDate()).isEqualTo(T0);
    assertThat(tenant.trialEndDate()).isEqualTo(T0.plus(Duration.ofDays(14)));
    assertThat(tenant.createdAt()).isEqualTo(T0);
    assertThat(tenant.updatedAt()).isEqualTo(T0);
    assertThat(tenant.deletedAt()).isNull();
    assertThat(tenant.timezone()).isEqualTo(NAIROBI);
    assertThat(tenant.whatsappNumber()).isEqualTo("+254712345678");
    assertThat(tenant.subscriptionTierId()).isEqualTo(SubscriptionTier.STARTER.id());
    assertThat(tenant.apiKeys()).isEmpty();
  }

  @Test
  void createTenant_storedAtVersionOneWithIndexedFields() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    TenantRecord record = storage.memory.tenants().get(tenant.id().value()).orElseThrow();
    assertThat(record.version()).isEqualTo(1);
    assertThat(record.slug()).isEqualTo("acme-electronics");
    assertThat(record.whatsappNumber()).isEqualTo("+254712345678");
    assertThat(record.status()).isEqualTo("trial");
    assertThat(record.deletedAt()).isNull();
    TenantSdk other = TenantSdk.builder().storage(storage.memory).build();
    assertThat(other.versionedTenant(tenant.id())).contains(new Versioned<>(tenant, 1));
  }

  @Test
  void createTenant_everyOptionalField_keptAsGiven() {
    NewTenant request =
        NewTenant.builder("Mama Mboga", ZoneId.of("Africa/Kampala"))
            .whatsappNumber("+256712345678")
            .contactEmail("owner@mboga.co.ug")
            .contactPhone("+256700000001")
            .subscriptionTierId(SubscriptionTier.GROWTH.id())
            .quietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))
            .build();

    Tenant tenant = sdk.createTenant(request);

    assertThat(tenant.timezone()).isEqualTo(ZoneId.of("Africa/Kampala"));
    assertThat(tenant.contactEmail()).isEqualTo("owner@mboga.co.ug");
    assertThat(tenant.contactPhone()).isEqualTo("+256700000001");
    assertThat(tenant.subscriptionTierId()).isEqualTo(SubscriptionTier.GROWTH.id());
    assertThat(tenant.quietHoursStart()).isEqualTo(LocalTime.of(22, 0));
    assertThat(tenant.quietHoursEnd()).isEqualTo(LocalTime.of(7, 0));
  }

  @Test
  void createTenant_writesOnlyTheTenantRecord_documentsAreDefaultsAtVersionZero() {
    Tenant tenant = sdk.createTenant(Fixtures.acme());

    assertThat(storage.creates).hasValue(1);
    assertThat(storage.puts).hasValue(0);
    assertThat(storage.updates).hasValue(0);
    clock.advance(Duration.ofHours(1));
    Versioned<TenantSettings> settings = sdk.settings(tenant.id());
    Versioned<AgentConfiguration> agent = sdk.agentConfiguration(tenant.id());
    assertThat(settings.version()).isZero();
    assertThat(settings.value().tenantId()).isEqualTo(tenant.id());
    assertThat(settings.value().pinecone().pineconeNamespace()).isEqualTo(tenant.id().value());
    assertThat(settings.value().createdAt()).isEqualTo(T0);
    assertThat(agent.version()).isZero();
    assertThat(agent.value().tenantId()).isEqualTo(tenant.id());
    assertThat(agent.value().createdAt()).isEqualTo(T0);
    assertThat(sdk.settings(tenant.id())).isEqualTo(settings); // the same on every read
    assertThat(storage.writes()).isEqualTo(1);
  }

  @Test
  void createTenant_accentedName_slugWithoutAccents() {
    assertThat(sdk.createTenant(Fixtures.named("Café Olé Ñandú")).slug()).isEqualTo("cafe-ole-nandu");
  }

  @Test
  void createTenant_punctuationOnlyOrNonLatinName_slugTenant() {
    assertThat(sdk.createTenant(Fixtures.named("!!! ???")).slug()).isEqualTo("tenant");
    assertThat(sdk.createTenant(Fixtures.named("मेरी दुकान")).slug()).isEqualTo("tenant-2");
  }

  @Test
  void createTenant_longName_slugWithinSixtyThree() {
    Tenant tenant = sdk.createTenant(Fixtures.named("The Very Long Name Of A Business ".repeat(5)));

    assertThat(tenant.slug()).hasSizeLessThanOrEqualTo(63).startsWith("the-very-long-name-of-a-business-");
    assertThat(tenant.slug()).doesNotEndWith("-");
  }

  @Test
  void createTenant_sameSlugTaken_numberedThenIdSuffix() {
    List<String> slugs = new ArrayList<>();
    List<Tenant> tenants = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Tenant tenant = sdk.createTenant(Fixtures.named(i % 2 == 0 ? "Acme" : "ACME!"));
      tenants.add(tenant);
      slugs.add(tenant.slug());
    }

    assertThat(slugs.subList(0, 10))
        .containsExactly(
            "acme", "acme-2", "acme-3", "acme-4", "acme-5", "acme-6", "acme-7", "acme-8", "acme-9",
            "acme-10");
    for (int i = 10; i < 12; i++) {
      assertThat(slugs.get(i)).isEqualTo("acme-" + tenants.get(i).id().value().substring(0, 8));
    }
    assertThat(slugs).doesNotHaveDuplicates();
  }

  @Test
  void createTenant_longSlugTaken_suffixKeepsWithinSixtyThree() {
    String name = "x".repeat(80);

    Tenant first = sdk.createTenant(Fixtures.named(name));
    Tenant second = sdk.createTenant(Fixtures.named(name));

    assertThat(first.slug()).isEqualTo("x".repeat(63));
    assertThat(second.slug()).isEqualTo("x".repeat(61) + "-2");
  }

  @Test
  void createTenant_slugOfDeletedTenant_staysReserved() {
    Tenant first = sdk.createTenant(Fixtures.named("Acme"));
    sdk.softDelete(first.id());

    assertThat(sdk.createTenant(Fixtures.named("Acme")).slug()).isEqualTo("acme-2");
  }

  @Test
  void createTenant_whatsappNumberTaken_duplicateKeyAndNothingWritten() {
    sdk.createTenant(Fixtures.acme());
    NewTenant rival =
        NewTenant.builder("Rival Shop", NAIROBI).whatsappNumber("+254712345678").build();

    assertThatThrownBy(() -> sdk.createTenant(rival))
        .isInstanceOfSatisfying(
            DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("whatsapp_number"))
        .hasMessage("whatsapp_number is already taken");
    assertThat(sdk.findBySlug("rival-shop")).isEmpty();
  }

  @Test
  void createTenant_invalidRequest_validationExceptionAndNothingReachesStorage() {
    NewTenant invalid =
        NewTenant.builder("  ", NAIROBI)
            .whatsappNumber("0712345678")
            .contactEmail("not-an-email")
            .quietHours(LocalTime.of(22, 0), null)
            .build();

    assertThatThrownBy(() -> sdk.createTenant(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .contains("name", "whatsapp_number", "contact_email", "quiet_hours_start"));
    assertThat(storage.writes()).isZero();
    assertThat(storage.gets.get() + storage.finds.get()).isZero();
  }

  @Test
  void createTenant_nullRequest_npe() {
    assertThatThrownBy(() -> sdk.createTenant(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request == null");
  }
}
