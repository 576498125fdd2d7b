package com.example.host;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A host application's first use of the SDK: create a tenant, check a reply against its quota with
 * {@link Limits#check}, and meter replies with the facade's usage meter. Every result is checked;
 * a wrong one is printed and the program exits with status 1.
 */
public final class HostApplication {
  private final List<String> wrong = new ArrayList<>();

  private HostApplication() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HostApplication host = new HostApplication();
    host.run();
    if (!host.wrong.isEmpty()) {
      host.wrong.forEach(w -> System.err.println("WRONG: " + w));
      System.exit(1);
    }
    System.out.println("host application: Limits.check and the metered send behave as documented");
  }

  private void run() {
    TenantSdk sdk = TenantSdk.inMemory();
    Tenant acme = sdk.createTenant(
        NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
            .whatsappNumber("+254712345678")
            .build());
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
  }

  private void expect(boolean condition, String what) {
    if (!condition) {
      wrong.add(what);
    }
  }
}
