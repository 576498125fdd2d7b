package com.example.host;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.Subscription;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.client.MaskedSettings;
import com.wabotiq.client.PermissionException;
import com.wabotiq.client.UsageReport;
import com.wabotiq.client.WabotiqClient;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.server.LocalApiServer;
import com.wabotiq.server.SeededTenant;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A host application's first use of the SDK, by coordinates only: on PostgreSQL (an embedded one
 * this program starts), create a tenant, check a reply against its quota with {@link
 * Limits#check}, and meter replies with the facade's usage meter, which admits exactly the
 * tenant's limit; then start the local API server ({@code wabotiq-local-server}) in-process, seed
 * its demo tenant, and read it through the hosted API's client, {@link WabotiqClient}. Every
 * result is checked; a wrong one is printed and the program exits with status 1.
 */
public final class HostApplication {
  private final List<String> wrong = new ArrayList<>();

  private HostApplication() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   * @throws IOException if the embedded PostgreSQL cannot start
   */
  public static void main(String[] args) throws IOException {
    HostApplication host = new HostApplication();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      host.meterOnPostgres(postgres);
    }
    host.callTheApi();
    if (!host.wrong.isEmpty()) {
      host.wrong.forEach(w -> System.err.println("WRONG: " + w));
      System.exit(1);
    }
    System.out.println("host application: Limits.check, metering on PostgreSQL and the API client"
        + " against the local server behave as documented");
  }

  private void meterOnPostgres(EmbeddedPostgres postgres) {
    JdbcStorage storage = JdbcStorage.postgresql(postgres.getPostgresDatabase());
    storage.applySchema();
    TenantSdk sdk = TenantSdk.builder().storage(storage).build();
    Tenant acme = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber("+254712345678")
            .build());
    expect(sdk.tenant(acme.id()).isPresent(), "the tenant is read back from PostgreSQL");
    Instant now = Instant.now();

    // A new tenant is on the Starter tier: 1,000 messages a month.
    Decision thousandth = Limits.check(acme,
        Usage.at(now).messagesThisPeriod(999).send(SendKind.REPLY).build());
    expect(thousandth.isAllowed(), "the 1,000th reply of the month is allowed: " + thousandth);
    expect(thousandth.remaining(Metric.MONTHLY_MESSAGES).orElse(-1) == 0,
        "no message remains after the 1,000th: " + thousandth);

    Decision thousandAndFirst = Limits.check(acme,
        Usage.at(now).messagesThisPeriod(1_000).send(SendKind.REPLY).build());
    expect(!thousandAndFirst.isAllowed(), "the 1,001st reply is refused: " + thousandAndFirst);
    expect(thousandAndFirst.violations().equals(
            List.of(new LimitViolation(Metric.MONTHLY_MESSAGES, 1_000, 1_000, 1))),
        "the 1,001st reply is refused on monthly_messages alone: " + thousandAndFirst.violations());

    // The meter counts in PostgreSQL: check and increment are one statement there.
    UsageMeter meter = sdk.usageMeter();
    Usage oneReply = Usage.at(now).send(SendKind.REPLY).build();
    Consumption first = meter.consume(acme, oneReply);
    expect(first.isAllowed() && first.isConsumed(), "the first metered reply is counted: " + first);
    expect(first.remaining(Metric.MONTHLY_MESSAGES).orElse(-1) == 999,
        "999 messages remain after the first: " + first);
    int admitted = first.isAllowed() ? 1 : 0;
    for (int i = 1; i < 1_000; i++) {
      admitted += meter.consume(acme, oneReply).isAllowed() ? 1 : 0;
    }
    expect(admitted == 1_000, "1,000 metered replies are admitted, not " + admitted);
    Consumption refused = meter.consume(acme, oneReply);
    expect(!refused.isAllowed() && !refused.isConsumed(),
        "the 1,001st metered reply is refused and not counted: " + refused);

    meter.refund(first);
    Consumption afterRefund = meter.consume(acme, oneReply);
    expect(afterRefund.isAllowed(), "a refunded reply frees one message: " + afterRefund);
    System.out.println("PostgreSQL: Limits.check and the meter admitted " + admitted
        + " replies of a Starter month, refused the next, and re-admitted one after a refund");
  }

  /**
   * Starts the local API server, seeds two tenants, and reads the first through the client; the
   * first tenant's key is refused for the second tenant.
   */
  private void callTheApi() {
    try (LocalApiServer server = LocalApiServer.builder().build().start()) {
      SeededTenant demo = server.seedDemoTenant();
      SeededTenant other = server.seedDemoTenant();
      String key = demo.apiKey().reveal();
      String base = server.baseUri().toString();

      try (WabotiqClient client = WabotiqClient.builder(key, demo.tenantId())
          .baseUrl(base).build()) {
        Tenant tenant = client.tenant().get();
        System.out.println("client.tenant().get() returned " + tenant);
        expect(tenant.id().equals(demo.tenantId()), "the tenant's id: " + tenant.id());
        expect(tenant.name().equals("Acme Electronics"), "the tenant's name: " + tenant.name());
        expect(tenant.status().equals(TenantStatus.ACTIVE), "the status: " + tenant.status());
        expect(demo.tierId().equals(tenant.subscriptionTierId())
                && demo.tierId().equals(SubscriptionTier.GROWTH.id()),
            "the tier is Growth: " + tenant.subscriptionTierId());
        expect(ZoneId.of("Africa/Nairobi").equals(tenant.timezone()),
            "the time zone: " + tenant.timezone());

        MaskedSettings settings = client.settings().get();
        expect(settings.settings().tenantId().equals(demo.tenantId()),
            "the settings are the tenant's own: " + settings.settings().tenantId());
        expect(!settings.hints().isEmpty(), "the seeded credentials show as hints");
        expect(settings.hints().values().stream().allMatch(h -> h.contains("…")),
            "every hint is masked: " + settings.hints().values());

        // A reply the host's bot sends is metered on the facade the server serves, in the billing
        // period of the tenant's subscription; the API's usage then shows it.
        Subscription subscription = client.subscription().get();
        Tenant seeded = server.sdk().tenant(demo.tenantId()).orElseThrow();
        Consumption sent = server.sdk().usageMeter().consume(seeded, Usage.at(Instant.now())
            .billing(BillingSchedule.of(subscription))
            .send(SendKind.REPLY)
            .build());
        expect(sent.isAllowed(), "the server's meter admits a reply: " + sent);
        UsageReport usage = client.subscription().usage();
        long used = usage.quota("monthly_messages").map(q -> q.used()).orElse(-1L);
        expect(used == 1, "the API's usage shows the one metered reply, not " + used);
        System.out.println("client.subscription().usage(): " + used
            + " message used this period, from the server's meter");
        expect(!client.toString().contains(key), "the client's toString hides the key");
      }

      try (WabotiqClient client = WabotiqClient.builder(key, other.tenantId())
          .baseUrl(base).build()) {
        Tenant unexpected = client.tenant().get();
        wrong.add("another tenant's record is refused, but the client returned " + unexpected);
      } catch (PermissionException e) {
        expect(e.status() == 403 && e.code().equals("tenant_mismatch"),
            "a key used for another tenant fails with 403 tenant_mismatch: " + e.status() + " "
                + e.code());
        expect(!String.valueOf(e.getMessage()).contains(key), "the failure hides the key");
        System.out.println("the demo tenant's key for another tenant: " + e.status() + " "
            + e.code());
      }
    }
  }

  private void expect(boolean condition, String what) {
    if (!condition) {
      wrong.add(what);
    }
  }
}
