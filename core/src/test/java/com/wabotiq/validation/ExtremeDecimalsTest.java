package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.SubscriptionTier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decimal field of every model type, set to an extreme value (huge and tiny exponents,
 * thousands of digits), validates in bounded time with a correct, short report. The time-out is
 * only a guard against a hang; correctness is asserted on the result.
 */
class ExtremeDecimalsTest {
  /**
   * A hang guard, far above the milliseconds a validation takes (before the fix, some of these
   * cases ran for minutes or exhausted the heap).
   */
  private static final Duration GUARD = Duration.ofSeconds(5);

  private final ModelValidator validator = ModelValidator.create();

  /** Boots the validator before any guarded case, so that start-up is not timed. */
  @BeforeAll
  static void warmUp() {
    ModelValidator.create().validate(Fixtures.validDaily());
  }

  /** Decimals beyond the rules' limit of 500 digits and scale ±500, each in its own way. */
  static List<BigDecimal> extremes() {
    String nines = "9".repeat(10_000);
    return List.of(
        new BigDecimal("-1E+999999999"),
        new BigDecimal("1E+999999999"),
        new BigDecimal("1e-100000000"),
        new BigDecimal("-1e-100000000"),
        new BigDecimal("1E+2147483647"),
        new BigDecimal("-1E-2147483647"),
        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
        new BigDecimal(BigInteger.valueOf(-7), Integer.MAX_VALUE),
        new BigDecimal(nines),
        new BigDecimal("-" + nines),
        new BigDecimal("0." + "0".repeat(9_999) + "1"),
        new BigDecimal("1" + "0".repeat(9_999) + ".5"),
        new BigDecimal(new BigInteger("7".repeat(10_000)), 100_000_000),
        new BigDecimal(new BigInteger("-3" + "0".repeat(9_999)), -100_000_000));
  }

  static List<Record> roots() {
    return List.of(
        SubscriptionTier.STARTER,
        Fixtures.referenceProducts(),
        Fixtures.referenceServices(),
        Fixtures.referenceCustomers(),
        Fixtures.referenceOrders(),
        Fixtures.validDaily(),
        Fixtures.validMetrics());
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Record root : roots()) {
      for (Leaves.Leaf leaf : Leaves.of(root, BigDecimal.class)) {
        for (BigDecimal value : extremes()) {
          cases.add(
              Arguments.of(
                  root.getClass().getSimpleName() + "." + leaf.path() + " = " + brief(value),
                  leaf,
                  root,
                  value));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validate_extremeDecimal_boundedTimeAndShortCorrectReport(
      String name, Leaves.Leaf leaf, Record root, BigDecimal value) {
    Optional<Object> document = leaf.replace().apply(value);
    assumeTrue(document.isPresent(), "the model refuses " + name + " itself");

    ValidationResult result =
        assertTimeoutPreemptively(GUARD, () -> validate(document.get()), name);

    for (Violation v : result.violations()) {
      assertThat(v.message()).as(v.path()).hasSizeLessThanOrEqualTo(400);
      assertThat(v.toString()).as(v.path()).hasSizeLessThanOrEqualTo(700);
      String rejected = v.rejectedValue();
      assertThat(rejected).as(v.path()).isNotNull().hasSizeLessThanOrEqualTo(120);
    }
    Violation range =
        result.violations().stream()
            .filter(v -> v.path().equals(leaf.path()) && v.rule().equals("range"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no range violation on " + leaf.path()));
    assertThat(range.message())
        .endsWith(", with at most 500 digits and a scale within ±500 (not 1E-501 or 1E+501)");
    assertRendersAs(range.rejectedValue(), value);
  }

  @Test
  void validate_monthlyPriceMinus1E999999999_rangeViolationInScientificForm() {
    SubscriptionTier tier =
        new SubscriptionTier(
            null,
            "Starter",
            new BigDecimal("-1E+999999999"),
            BigDecimal.ZERO,
            SubscriptionTier.STARTER.currency(),
            SubscriptionTier.STARTER.limits(),
            SubscriptionTier.STARTER.features());

    ValidationResult result = assertTimeoutPreemptively(GUARD, () -> validator.validate(tier));

    assertThat(result.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "monthly_price: must be >= 0, with at most 500 digits and a scale within ±500 (not"
                + " 1E-501 or 1E+501) [range] (rejected: -1E+999999999)");
  }

  @Test
  void validate_feePercentageBeyondLimit_boundedArgumentErrorEvenInsideTheRange() {
    PerformanceMetrics metrics = Fixtures.validMetrics();
    for (BigDecimal pct : extremes()) {
      assertThatThrownBy(
              () -> assertTimeoutPreemptively(GUARD, () -> validator.validate(metrics, pct)))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(
              e -> {
                String message = e.getMessage();
                assertThat(message)
                    .startsWith("transaction_fee_percentage (")
                    .endsWith(
                        ") must be in [0, 100], with at most 500 digits and a scale within ±500"
                            + " (not 1E-501 or 1E+501)");
                String shown = message.substring(message.indexOf('(') + 1, message.indexOf(')'));
                assertRendersAs(shown, pct);
              });
    }
  }

  /**
   * A rendering is the value itself when short; otherwise scientific notation whose digits are a
   * prefix of the value's (with {@code ...} where digits were cut) and whose exponent is exact.
   */
  static void assertRendersAs(String rendered, BigDecimal value) {
    assertThat(rendered).hasSizeLessThanOrEqualTo(40);
    int e = rendered.indexOf('E');
    if (e < 0) {
      assertThat(new BigDecimal(rendered)).isEqualTo(value);
      return;
    }
    assertThat(rendered.substring(e + 1))
        .as("exponent of " + rendered)
        .isEqualTo(String.format("%+d", (long) value.precision() - value.scale() - 1));
    String mantissa = rendered.substring(0, e);
    assertThat(mantissa.startsWith("-")).isEqualTo(value.signum() < 0);
    String shown = mantissa.replace("-", "").replace(".", "").replace("...", "");
    String digits = value.unscaledValue().abs().toString();
    if (mantissa.endsWith("...")) {
      assertThat(digits).startsWith(shown).hasSizeGreaterThan(shown.length());
    } else {
      assertThat(shown).isEqualTo(digits);
    }
  }

  private ValidationResult validate(Object document) {
    return document instanceof PerformanceMetrics metrics
        ? validator.validate(metrics, new BigDecimal("2.5"))
        : validator.validate(document);
  }

  private static String brief(BigDecimal value) {
    return value.unscaledValue().bitLength() > 64
        ? value.signum() + "x" + value.precision() + "digits,scale" + value.scale()
        : value.unscaledValue() + "E" + -(long) value.scale();
  }
}
