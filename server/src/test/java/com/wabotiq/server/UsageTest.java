package com.wabotiq.server;

import static com.wabotiq.server.Http.get;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.server.Http.Reply;
import com.wabotiq.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Usage comes from the meter: after {@code usageMeter().consume} of N replies in the tenant's
 * billing period (its schedule read from GET subscription, as a partner's bot would), GET usage
 * shows {@code used} N and {@code remaining} limit - N for {@code monthly_messages}, and GET
 * subscription counts them too; another tenant's usage is untouched.
 */
@Timeout(value = 60, unit = SECONDS)
class UsageTest {
  private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");

  private static LocalApiServer server;

  @BeforeAll
  static void start() {
    server = LocalApiServer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .rateLimit(100_000, Duration.ofSeconds(1)).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The tenant's billing schedule, from its subscription as the API answers it. */
  static BillingSchedule schedule(LocalApiServer server, SeededTenant tenant) {
    Reply subscription = get(server, tenant, "/subscription");
    assertThat(subscription.status()).isEqualTo(200);
    return BillingSchedule.of(JsonCodec.lenient().fromJson(subscription.body(), Subscription.class));
  }

  /** Meters {@code replies} replies for the tenant now, in its billing period. */
  static void reply(LocalApiServer server, SeededTenant seeded, int replies, Instant at) {
    BillingSchedule schedule = schedule(server, seeded);
    Tenant tenant = server.sdk().tenant(seeded.tenantId()).orElseThrow();
    for (int i = 0; i < replies; i++) {
      Consumption consumption = server.sdk().usageMeter().consume(tenant,
          Usage.at(at).billing(schedule).send(SendKind.REPLY).build());
      assertThat(consumption.isConsumed()).as("%s", consumption).isTrue();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> quota(Reply usage, String metric) {
    List<Map<String, @Nullable Object>> quotas =
        (List<Map<String, @Nullable Object>>) Objects.requireNonNull(usage.json().get("quotas"));
    return quotas.stream().filter(q -> metric.equals(q.get("metric"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " in " + usage));
  }

  private static long number(@Nullable Object value) {
    return Long.parseLong(String.valueOf(value));
  }

  @Test
  void consumedRepliesShowAsUsed() {
    SeededTenant acme = server.seedDemoTenant();
    SeededTenant other = server.seedDemoTenant();
    long limit = Objects.requireNonNull(SubscriptionTier.GROWTH.limits().monthlyMessages());

    Reply before = get(server, acme, "/usage");
    assertThat(before.status()).isEqualTo(200);
    assertThat(number(quota(before, "monthly_messages").get("used"))).isZero();
    assertThat(number(quota(before, "monthly_messages").get("limit"))).isEqualTo(limit);

    reply(server, acme, 7, NOW);

    Reply after = get(server, acme, "/usage");
    Map<String, @Nullable Object> monthly = quota(after, "monthly_messages");
    assertThat(number(monthly.get("used"))).isEqualTo(7);
    assertThat(number(monthly.get("limit"))).isEqualTo(limit);
    assertThat(number(monthly.get("remaining"))).isEqualTo(limit - 7);
    assertThat(number(quota(after, "max_daily_outbound").get("used")))
        .as("replies are not outbound").isZero();
    assertThat(after.json()).containsEntry("tier_id",
        String.valueOf(SubscriptionTier.GROWTH.id()));
    assertThat(number(get(server, acme, "/subscription").json().get("messages_sent_this_period")))
        .isEqualTo(7);

    assertThat(number(quota(get(server, other, "/usage"), "monthly_messages").get("used")))
        .as("another tenant").isZero();
  }
}
