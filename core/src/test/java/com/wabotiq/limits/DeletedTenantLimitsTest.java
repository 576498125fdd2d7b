package com.wabotiq.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.TierId;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A soft-deleted tenant may do nothing from its {@code deleted_at} on: every request is refused
 * with the reason {@code tenant_deleted}, whatever it asks, with every other reason beside it.
 */
class DeletedTenantLimitsTest {
  /** 13:00 in Nairobi, outside the tenant's quiet hours. */
  private static final Instant DELETED_AT = LimitsTest.NOON;

  private static Tenant deleted(TenantStatus status) {
    return LimitsTest.tenant(status, SubscriptionTier.STARTER).deletedAt(DELETED_AT).build();
  }

  static Stream<Arguments> everyKindOfRequest() {
    return Stream.of(
        Arguments.of("reply", Usage.at(DELETED_AT).send(SendKind.REPLY).build()),
        Arguments.of("notification", Usage.at(DELETED_AT).send(SendKind.NOTIFICATION).build()),
        Arguments.of("campaign", Usage.at(DELETED_AT).send(SendKind.CAMPAIGN, 5).build()),
        Arguments.of("create products", Usage.at(DELETED_AT).createProducts(1).build()),
        Arguments.of("create services", Usage.at(DELETED_AT).createServices(1).build()),
        Arguments.of("a/b variants", Usage.at(DELETED_AT).abVariants(1).build()),
        Arguments.of("api write", Usage.at(DELETED_AT).tier(SubscriptionTier.GROWTH).apiWrite().build()),
        Arguments.of("nothing", Usage.at(DELETED_AT).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfRequest")
  void everyRequest_atDeletedAt_refusedWithTenantDeleted(String name, Usage usage) {
    Decision decision = Limits.check(deleted(TenantStatus.ACTIVE), usage);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(decision.statusReason()).hasValue(Limits.TENANT_DELETED);
    assertThat(decision.violations()).isEmpty();
    assertThat(decision.refusedFeatures()).isEmpty();
    assertThat(decision.reasons()).isEqualTo("status tenant_deleted");
  }

  @Test
  void oneNanosecondBeforeDeletedAt_decidedAsNotDeleted() {
    Usage reply = Usage.at(DELETED_AT.minusNanos(1)).send(SendKind.REPLY).build();

    assertThat(Limits.check(deleted(TenantStatus.ACTIVE), reply).outcome())
        .isEqualTo(Decision.Outcome.ALLOWED);
  }

  @Test
  void afterDeletedAt_refused() {
    Usage reply = Usage.at(DELETED_AT.plusSeconds(86_400 * 365)).send(SendKind.REPLY).build();

    assertThat(Limits.check(deleted(TenantStatus.ACTIVE), reply).statusReason())
        .hasValue("tenant_deleted");
  }

  @ParameterizedTest
  @EnumSource(SendKind.class)
  void deletion_isRefusedEvenInQuietHours_neverDeferred(SendKind kind) {
    Usage night = Usage.at(LimitsTest.NIGHT).send(kind).build();

    Decision decision = Limits.check(deleted(TenantStatus.ACTIVE), night);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.REFUSED);
    assertThat(decision.deferredUntil()).isEmpty();
  }

  @Test
  void deletion_takesThePlaceOfTheStatusReason_andEveryOtherReasonStays() {
    Usage usage =
        Usage.at(DELETED_AT)
            .messagesThisPeriod(1000)
            .send(SendKind.REPLY)
            .enablePayments()
            .build();

    Decision decision = Limits.check(deleted(TenantStatus.SUSPENDED), usage);

    assertThat(decision.statusReason()).hasValue("tenant_deleted");
    assertThat(decision.violations())
        .containsExactly(new LimitViolation(Metric.MONTHLY_MESSAGES, 1000, 1000, 1));
    assertThat(decision.refusedFeatures()).containsExactly(Feature.PAYMENT_FACILITATION);
    assertThat(decision.reasons())
        .isEqualTo("status tenant_deleted; monthly_messages limit 1000 used 1000 requested 1;"
            + " feature payment_facilitation not in tier");
    assertThat(decision).hasToString("Decision[REFUSED: " + decision.reasons() + "]");
  }

  @Test
  void deletion_takesThePlaceOfUnknownTier() {
    Tenant noTier =
        LimitsTest.tenant(TenantStatus.ACTIVE, SubscriptionTier.STARTER)
            .subscriptionTierId(TierId.random())
            .deletedAt(DELETED_AT)
            .build();

    Decision decision = Limits.check(noTier, Usage.at(DELETED_AT).createProducts(1).build());

    assertThat(decision.statusReason()).hasValue("tenant_deleted");
    assertThat(decision.remaining(Metric.MAX_PRODUCTS)).hasValue(0);
  }

  @Test
  void enforce_throwsWithTheDeletedReason() {
    Usage usage = Usage.at(DELETED_AT).send(SendKind.REPLY).build();

    QuotaExceededException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            QuotaExceededException.class, () -> Limits.enforce(deleted(TenantStatus.TRIAL), usage));

    assertThat(refused).hasMessage("request refused: status tenant_deleted");
  }

  @Test
  void notDeleted_productsOfASuspendedTenant_stillAllowed() {
    Tenant suspended = LimitsTest.tenant(TenantStatus.SUSPENDED, SubscriptionTier.STARTER).build();

    assertThat(Limits.check(suspended, Usage.at(DELETED_AT).createProducts(1).build()).outcome())
        .isEqualTo(Decision.Outcome.ALLOWED);
  }
}
