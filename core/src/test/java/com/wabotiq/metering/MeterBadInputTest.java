package com.wabotiq.metering;

import static com.wabotiq.metering.MeterFixtures.NOON;
import static com.wabotiq.metering.MeterFixtures.reply;
import static com.wabotiq.metering.MeterFixtures.tenant;
import static com.wabotiq.metering.MeterFixtures.thousandMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.billing.BillingCycle;
import com.wabotiq.billing.BillingSchedule;
import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link UsageMeter#consume} and {@link UsageMeter#refund} refuse, before touching any
 * counter: null arguments, a request carrying counters (the meter reads them from its store), and
 * a request whose tenant-local date is beyond what {@link LocalDate} or its billing schedule
 * supports; each as the documented exception, with a message naming the problem, and nothing
 * consumed.
 */
class MeterBadInputTest {
  private final UsageMeter meter = UsageMeter.inMemory();
  private final SubscriptionTier tier = thousandMessages();
  private final Tenant tenant = tenant("Bad Input");

  @Test
  void nullTenantOrRequestOrConsumption_throwNullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> meter.consume(null, reply(tier)))
        .isInstanceOf(NullPointerException.class).hasMessage("tenant == null");
    assertThatThrownBy(() -> meter.consume(tenant, null))
        .isInstanceOf(NullPointerException.class).hasMessage("request == null");
    assertThatThrownBy(() -> meter.refund(null))
        .isInstanceOf(NullPointerException.class).hasMessage("consumption == null");
    assertThat(used()).isZero();
  }

  static Stream<Arguments> counters() {
    return Stream.of(
        Arguments.of("messagesThisPeriod", (UnaryOperator<Usage.Builder>) b ->
            b.messagesThisPeriod(1)),
        Arguments.of("outboundToday", (UnaryOperator<Usage.Builder>) b -> b.outboundToday(2)),
        Arguments.of("campaignSendsThisPeriod", (UnaryOperator<Usage.Builder>) b ->
            b.campaignSendsThisPeriod(3)),
        Arguments.of("products", (UnaryOperator<Usage.Builder>) b -> b.products(4)),
        Arguments.of("services", (UnaryOperator<Usage.Builder>) b -> b.services(5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counters")
  void requestCarryingACounter_throwsIllegalArgumentExceptionNamingTheProblem(
      String counter, UnaryOperator<Usage.Builder> withCounter) {
    Usage request = withCounter.apply(Usage.at(NOON).send(SendKind.REPLY).tier(tier)).build();

    assertThatThrownBy(() -> meter.consume(tenant, request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must carry no counters")
        .hasMessageContaining(counter + "=")
        .hasMessageContaining("build the request without them");
    assertThat(used()).isZero();
  }

  /** Instants whose local date in a zone is past LocalDate's range, or whose period ends past it. */
  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of(Instant.MAX, ZoneId.of("Africa/Nairobi")), // local date after LocalDate.MAX
        Arguments.of(Instant.MIN, ZoneId.of("America/New_York")), // before LocalDate.MIN
        Arguments.of(Instant.MAX, ZoneOffset.UTC), // a year after LocalDate.MAX
        // LocalDate.MAX itself, whose calendar month would end beyond it
        Arguments.of(LocalDate.MAX.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("outOfRange")
  void reply_localDateOutOfRange_throwsIllegalArgumentException(Instant at, ZoneId zone) {
    Tenant far = tenant.toBuilder().timezone(zone).build();
    Usage request = Usage.at(at).send(SendKind.REPLY).tier(tier).build();

    assertThatThrownBy(() -> meter.consume(far, request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(".*(must have a local date in|beyond what LocalDate supports).*");
  }

  /**
   * Quiet hours make {@code Limits.check} work out the tenant's local time, which throws a {@code
   * java.time.DateTimeException} at these instants; the meter still owes its documented {@code
   * IllegalArgumentException}.
   */
  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("outOfRange")
  void campaignWithQuietHours_localDateOutOfRange_throwsIllegalArgumentException(
      Instant at, ZoneId zone) {
    Tenant far = tenant.toBuilder().timezone(zone)
        .quietHoursStart(LocalTime.of(21, 0)).quietHoursEnd(LocalTime.of(7, 0)).build();
    Usage request = Usage.at(at).send(SendKind.CAMPAIGN, 2).tier(tier).build();

    assertThatThrownBy(() -> meter.consume(far, request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(".*(must have a local date in|beyond what LocalDate supports).*");
  }

  @ParameterizedTest
  @EnumSource(names = {"MONTHLY", "YEARLY"})
  void billingScheduleWhosePeriodEndsBeyondLocalDate_throwsIllegalArgumentException(
      BillingCycle.Value cycle) {
    BillingSchedule schedule = new BillingSchedule(LocalDate.of(2025, 1, 15),
        cycle == BillingCycle.Value.MONTHLY ? BillingCycle.MONTHLY : BillingCycle.YEARLY);
    Tenant utc = tenant.toBuilder().timezone(ZoneOffset.UTC).build();
    Usage request = Usage.at(LocalDate.MAX.atStartOfDay(ZoneOffset.UTC).toInstant())
        .send(SendKind.REPLY).tier(tier).billing(schedule).build();

    assertThatThrownBy(() -> meter.consume(utc, request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beyond what LocalDate supports");
  }

  @Test
  void builderAndPolicyMisuse_throwTheDocumentedExceptions() {
    assertThatThrownBy(() -> UsageMeter.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("counters");
    assertThatThrownBy(() -> UsageMeter.builder().counters(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> UsageMeter.builder().whenStoreDown(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StoreDownPolicy.failOpen(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowance (0) must be at least 1");
  }

  /** The tenant's monthly messages, read through the meter without consuming. */
  private long used() {
    return MeterRaces.probing(meter).used(tenant, MeterFixtures.MESSAGES);
  }
}
