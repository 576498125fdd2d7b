package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.TenantSdk;
import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.LimitViolation;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.OpeningHours;
import com.wabotiq.limits.QuotaExceededException;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.TenantTime;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.metering.StoreDownPolicy;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.jdbc.EmbeddedPostgresServer;
import com.wabotiq.tenant.BusinessHours;
import com.wabotiq.tenant.DayHours;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.testing.Snippets;
import com.wabotiq.types.TenantId;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every Java snippet of {@code docs/limits.md} on the reference's Starter tenant, and checks
 * the values the page states in their comments (the decision, what remains, when it resets, the
 * opening hours, the metered campaign): each snippet is the text between a {@code //
 * [snippet:name]} and a {@code // [end]} line here, and {@link #theDocShowsExactlyTheseSnippets}
 * checks that the document's {@code java} blocks, each after a {@code <!-- snippet:name -->} line,
 * are these texts.
 */
class LimitsDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/limits.md");
  private static final Path SOURCE =
      Path.of("src/test/java/com/wabotiq/docs/LimitsDocSnippetsTest.java");
  private static final Logger log = LoggerFactory.getLogger(LimitsDocSnippetsTest.class);

  private final Instant now = Instant.parse("2025-11-20T09:00:00Z"); // 12:00 in Nairobi
  private final List<String> sent = new ArrayList<>();
  private final List<String> scheduled = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final List<OptionalLong> remaining = new ArrayList<>();
  private final List<Optional<Instant>> resets = new ArrayList<>();
  private boolean campaignFails;

  private static Tenant starterTenant() {
    // [snippet:tenant]
    Tenant tenant = Tenant.builder()
        .id(TenantId.random()).name("Acme Electronics").slug("acme-electronics")
        .status(TenantStatus.ACTIVE)
        .subscriptionTierId(SubscriptionTier.STARTER.id())
        .timezone(ZoneId.of("Africa/Nairobi"))
        .quietHoursStart(LocalTime.of(22, 0)).quietHoursEnd(LocalTime.of(8, 0))
        .build();
    // [end]
    return tenant;
  }

  @Test
  void checkTheExample() {
    Tenant tenant = starterTenant();
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // [snippet:check]
      Instant now = Instant.parse("2025-11-20T09:00:00Z");                // 12:00 in Nairobi
      Usage usage = Usage.at(now)
          .messagesThisPeriod(799)                                        // your counter
          .billing(new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY))
          .send(SendKind.REPLY)
          .build();
      Decision decision = Limits.check(tenant, usage);
      switch (decision.outcome()) {
        case ALLOWED -> System.out.println("send now");
        case DEFERRED -> System.out.println("send at " + decision.deferredUntil().orElseThrow());
        case REFUSED -> System.out.println("refused: " + decision.reasons());
      }
      System.out.println(decision.remaining(Metric.MONTHLY_MESSAGES));   // OptionalLong[200]
      System.out.println(decision.resetsAt(Metric.MONTHLY_MESSAGES));    // Optional[2025-11-30T21:00:00Z]
      System.out.println(decision.warnings());                           // [MONTHLY_MESSAGES]
      // [end]
    } finally {
      System.setOut(console);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly("send now",
        "OptionalLong[200]", "Optional[2025-11-30T21:00:00Z]", "[MONTHLY_MESSAGES]");
    Decision full = Limits.check(tenant, Usage.at(now).messagesThisPeriod(1000)
        .billing(new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY))
        .send(SendKind.REPLY).build());
    assertThat(full.reasons()).isEqualTo("monthly_messages limit 1000 used 1000 requested 1");
  }

  @Test
  void enforceAllowsDefersOrThrows() {
    Tenant tenant = starterTenant();
    BillingSchedule billing = new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY);
    deliver(tenant, Usage.at(now).billing(billing).messagesThisPeriod(10)
        .send(SendKind.REPLY).build(), "noon");
    deliver(tenant, Usage.at(Instant.parse("2025-11-20T20:00:00Z")).billing(billing)
        .send(SendKind.CAMPAIGN, 5).build(), "23:00");
    deliver(tenant, Usage.at(now).billing(billing).messagesThisPeriod(1000)
        .send(SendKind.REPLY).build(), "over");
    assertThat(sent).containsExactly("noon");
    assertThat(scheduled).containsExactly("23:00 at 2025-11-21T05:00:00Z");
    assertThat(refused).containsExactly(
        "over: request refused: monthly_messages limit 1000 used 1000 requested 1 [MONTHLY_MESSAGES]");
  }

  /** The enforce snippet as a host holds it. */
  private void deliver(Tenant tenant, Usage usage, String message) {
    // [snippet:enforce]
    try {                               // schedule(...), send(...) and refuse(...) are yours
      Decision d = Limits.enforce(tenant, usage);
      if (d.outcome() == Decision.Outcome.DEFERRED) {
        schedule(message, d.deferredUntil().orElseThrow());
      } else {
        send(message);
      }
    } catch (QuotaExceededException e) {
      // e.getMessage(): request refused: monthly_messages limit 1000 used 1000 requested 1
      List<LimitViolation> broken = e.decision().violations();
      refuse(message, e.getMessage(), broken);
    }
    // [end]
  }

  @Test
  void businessHours() {
    // [snippet:business-hours]
    LocalTime nine = LocalTime.of(9, 0), six = LocalTime.of(18, 0);
    BusinessHours hours = BusinessHours.EMPTY                 // or settings.business().businessHours()
        .with(DayOfWeek.MONDAY, DayHours.open(nine, six)).with(DayOfWeek.TUESDAY, DayHours.open(nine, six))
        .with(DayOfWeek.WEDNESDAY, DayHours.open(nine, six)).with(DayOfWeek.THURSDAY, DayHours.open(nine, six))
        .with(DayOfWeek.FRIDAY, DayHours.open(nine, six))
        .with(DayOfWeek.SATURDAY, DayHours.open(LocalTime.of(10, 0), LocalTime.of(16, 0)))
        .with(DayOfWeek.SUNDAY, DayHours.closedAllDay());
    TenantTime nairobi = TenantTime.of(ZoneId.of("Africa/Nairobi"));
    boolean open = OpeningHours.isOpen(hours, Instant.parse("2025-11-20T09:00:00Z"), nairobi);  // true
    Optional<Instant> next =
        OpeningHours.nextOpening(hours, Instant.parse("2025-11-22T14:00:00Z"), nairobi);  // Optional[2025-11-24T06:00:00Z]
    // [end]
    assertThat(open).isTrue();
    assertThat(next).contains(Instant.parse("2025-11-24T06:00:00Z"));
    assertThat(OpeningHours.isOpen(hours, Instant.parse("2025-11-20T15:00:00Z"), nairobi))
        .isFalse();
  }

  @Test
  void meterACampaignAndRefundIt() {
    Tenant tenant = starterTenant();
    Consumption allowed = campaign(tenant, now);
    assertThat(allowed.outcome()).isEqualTo(Decision.Outcome.ALLOWED);
    assertThat(allowed.isConsumed()).isTrue();
    assertThat(sent).containsExactly("campaign");
    assertThat(remaining).containsExactly(OptionalLong.of(950));
    assertThat(resets).containsExactly(Optional.of(Instant.parse("2025-11-20T21:00:00Z")));

    Consumption deferred = campaign(tenant, Instant.parse("2025-11-20T20:00:00Z")); // 23:00
    assertThat(deferred.outcome()).isEqualTo(Decision.Outcome.DEFERRED);
    assertThat(deferred.isConsumed()).isFalse();
    assertThat(scheduled).containsExactly("campaign at 2025-11-21T05:00:00Z");

    campaignFails = true;
    assertThatThrownBy(() -> campaign(tenant, now)).hasMessage("provider down");
    assertThat(sent).containsExactly("campaign");
  }

  /** The metering snippet, a new in-memory meter each call, as on the page. */
  private Consumption campaign(Tenant tenant, Instant now) {
    // [snippet:meter]
    UsageMeter meter = UsageMeter.inMemory();           // one process; or sdk.usageMeter() (below)
    BillingSchedule billing = new BillingSchedule(LocalDate.of(2025, 11, 1), BillingCycle.MONTHLY);

    Usage request = Usage.at(now)                       // no counters: the meter reads them
        .billing(billing)
        .send(SendKind.CAMPAIGN, 50)
        .build();
    Consumption c = meter.consume(tenant, request);
    switch (c.outcome()) {
      case ALLOWED -> {
        try {
          sendCampaign();                               // yours
        } catch (RuntimeException failed) {
          meter.refund(c);                              // the 50 units come back
          throw failed;
        }
      }
      case DEFERRED -> schedule(c.decision().deferredUntil().orElseThrow());  // nothing consumed
      case REFUSED -> log.info("refused: {}", c.reasons());                  // nothing consumed
    }
    OptionalLong left = c.remaining(Metric.MONTHLY_MESSAGES);  // after the request, from the store
    Optional<Instant> reset = c.decision().resetsAt(Metric.MAX_DAILY_OUTBOUND);  // next local midnight
    // [end]
    if (c.isConsumed()) {
      remaining.add(left);
      resets.add(reset);
    }
    return c;
  }

  @Test
  @Tag("postgres") // left out of mutation runs, which must not start PostgreSQL
  void meterOnPostgresql() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(EmbeddedPostgresServer.newDatabaseUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      JdbcStorage.postgresql(dataSource).applySchema();
      // [snippet:postgresql]
      TenantSdk sdk = TenantSdk.builder().storage(JdbcStorage.postgresql(dataSource)).build();
      UsageMeter meter = sdk.usageMeter();                // fail-closed, on the shared counters
      // [end]
      Tenant tenant = starterTenant();
      Usage reply = Usage.at(now).send(SendKind.REPLY).build();
      Consumption first = meter.consume(tenant, reply);
      assertThat(first.basis()).isEqualTo(Consumption.Basis.STORE);
      assertThat(first.remaining(Metric.MONTHLY_MESSAGES)).hasValue(999);
      UsageMeter other = TenantSdk.builder().storage(JdbcStorage.postgresql(dataSource)).build()
          .usageMeter();
      assertThat(other.counters(tenant, now, null).messagesThisPeriod()).isOne();
      assertThat(meter.storeDownPolicy().isFailOpen()).isFalse();
    }
  }

  @Test
  void failOpen() {
    TenantSdk sdk = TenantSdk.inMemory();
    // [snippet:fail-open]
    UsageMeter meter = UsageMeter.builder()
        .counters(sdk.usageCounters())
        .whenStoreDown(StoreDownPolicy.failOpen(100))   // at most 100 units per counter on trust
        .build();
    // [end]
    assertThat(meter.storeDownPolicy().allowance()).isEqualTo(100);
    Tenant tenant = starterTenant();
    Consumption c = meter.consume(tenant, Usage.at(now).send(SendKind.REPLY).build());
    assertThat(c.basis()).isEqualTo(Consumption.Basis.STORE);
    assertThat(sdk.usageMeter().counters(tenant, now, null).messagesThisPeriod()).isOne();
  }

  private void schedule(String message, Instant at) {
    scheduled.add(message + " at " + at);
  }

  private void schedule(Instant at) {
    schedule("campaign", at);
  }

  private void send(String message) {
    sent.add(message);
  }

  private void sendCampaign() {
    if (campaignFails) {
      throw new IllegalStateException("provider down");
    }
    sent.add("campaign");
  }

  private void refuse(String message, String why, List<LimitViolation> broken) {
    refused.add(message + ": " + why + " " + broken.stream().map(LimitViolation::metric).toList());
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = Snippets.regions(Files.readString(SOURCE));
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("tenant", "check", "enforce", "business-hours", "meter",
        "postgresql", "fail-open");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
