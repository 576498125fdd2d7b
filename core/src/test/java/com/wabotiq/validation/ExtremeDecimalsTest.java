package com.wabotiq.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.wabotiq.analytics.PerformanceMetrics;
import com.wabotiq.billing.SubscriptionTier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decimal field of every model type, set to an extreme value, is either refused when the
 * model is built (beyond the model's rule of at most 500 significant digits and a scale within
 * ±500), quickly and with a typed message naming the field and the rule, or, within that rule,
 * validated in bounded time with a correct, short report. The validator's entry points that take a
 * raw decimal (the tier's fee percentage) are driven with the values no model holds. Time-outs are
 * only a guard against a hang; correctness is asserted on the result.
 */
class ExtremeDecimalsTest {
  /**
   * A hang guard, far above the milliseconds a build or a validation takes (without the bounds,
   * some of these cases ran for minutes or exhausted the heap).
   */
  private static final Duration GUARD = Duration.ofSeconds(5);

  /** The end of the model's refusal message, the rule it states. */
  private static final String MODEL_RULE =
      ") must have at most 500 significant digits and a scale from -500 to 500";

  /**
   * The upper bound of each decimal field that has one (the product brief's ranges); every other
   * decimal field is "must be >= 0". Every decimal field has the lower bound 0.
   */
  private static final Map<String, String> UPPER_BOUNDS =
      Map.ofEntries(
          Map.entry("conversation_to_order_rate", "1"),
          Map.entry("message_to_order_rate", "1"),
          Map.entry("cart_abandonment_rate", "1"),
          Map.entry("feedback_response_rate", "1"),
          Map.entry("avg_ai_confidence", "1"),
          Map.entry("handoff_rate", "1"),
          Map.entry("resolution_rate", "1"),
          Map.entry("avg_confidence", "1"),
          Map.entry("customer_retention_rate", "1"),
          Map.entry("avg_feedback_score", "5"),
          Map.entry("transaction_fee_percentage", "100"));

  private final ModelValidator validator = ModelValidator.create();

  /** Boots the validator before any guarded case, so that start-up is not timed. */
  @BeforeAll
  static void warmUp() {
    ModelValidator.create().validate(Fixtures.validDaily());
  }

  /** Decimals beyond the model's limit of 500 digits and scale ±500, each in its own way. */
  static List<BigDecimal> beyondLimit() {
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
        new BigDecimal(new BigInteger("-3" + "0".repeat(9_999)), -100_000_000),
        new BigDecimal("1E+501"),
        new BigDecimal("-1E-501"),
        new BigDecimal("9".repeat(501)));
  }

  /**
   * Decimals at the edges of the model's rule (500 digits, scale 500 or -500), which the model
   * holds: the largest and smallest magnitudes it can, positive and negative.
   */
  static List<BigDecimal> atLimit() {
    BigInteger nines = new BigInteger("9".repeat(500));
    List<BigDecimal> values = new ArrayList<>();
    for (int sign : new int[] {1, -1}) {
      BigInteger digits = sign < 0 ? nines.negate() : nines;
      BigInteger one = BigInteger.valueOf(sign);
      values.add(new BigDecimal(one, -500)); // ±1E+500
      values.add(new BigDecimal(one, 500)); // ±1E-500
      values.add(new BigDecimal(digits)); // ±(500 nines)
      values.add(new BigDecimal(digits, -500)); // ±9.99...E+999, the largest the model holds
      values.add(new BigDecimal(digits, 500)); // ±0.99...9, 500 places
    }
    return values;
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

  static Stream<Arguments> beyondLimitCases() {
    return cases(beyondLimit());
  }

  static Stream<Arguments> atLimitCases() {
    return cases(atLimit());
  }

  private static Stream<Arguments> cases(List<BigDecimal> values) {
    List<Arguments> cases = new ArrayList<>();
    for (Record root : roots()) {
      List<Leaves.Leaf> leaves = Leaves.of(root, BigDecimal.class);
      assertThat(leaves).as(root.getClass().getSimpleName()).isNotEmpty();
      for (Leaves.Leaf leaf : leaves) {
        for (BigDecimal value : values) {
          cases.add(
              Arguments.of(
                  root.getClass().getSimpleName() + "." + leaf.path() + " = " + brief(value),
                  leaf,
                  value));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondLimitCases")
  void build_decimalBeyondTheModelsRule_refusedQuicklyNamingFieldAndRule(
      String name, Leaves.Leaf leaf, BigDecimal value) {
    Throwable refused =
        assertTimeoutPreemptively(GUARD, () -> catchThrowable(() -> build(leaf, value)), name);

    assertThat(refused).as(name).isInstanceOf(IllegalArgumentException.class);
    assertThat(refused.getMessage())
        .as(name)
        .startsWith(leaf.field() + " (")
        .endsWith(MODEL_RULE)
        .hasSizeLessThanOrEqualTo(160);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atLimitCases")
  void validate_decimalAtTheModelsLimit_boundedTimeAndRangeViolationExactlyWhenOutside(
      String name, Leaves.Leaf leaf, BigDecimal value) {
    Object document = build(leaf, value);

    ValidationResult result = assertTimeoutPreemptively(GUARD, () -> validate(document), name);

    for (Violation v : result.violations()) {
      assertThat(v.message()).as(v.path()).hasSizeLessThanOrEqualTo(400);
      assertThat(v.toString()).as(v.path()).hasSizeLessThanOrEqualTo(700);
      assertThat(v.rejectedValue()).as(v.path()).isNotNull().hasSizeLessThanOrEqualTo(120);
    }
    List<Violation> range =
        result.violations().stream()
            .filter(v -> v.path().equals(leaf.path()) && v.rule().equals("range"))
            .toList();
    String upper = UPPER_BOUNDS.get(leaf.field());
    boolean outside =
        value.signum() < 0 || (upper != null && value.compareTo(new BigDecimal(upper)) > 0);
    if (!outside) {
      assertThat(range).as(name).isEmpty();
      return;
    }
    assertThat(range).as(name).hasSize(1);
    assertThat(range.get(0).message())
        .as(name)
        .isEqualTo(upper == null ? "must be >= 0" : "must be in [0, " + upper + "]");
    assertRendersAs(range.get(0).rejectedValue(), value);
  }

  @Test
  void build_monthlyPriceMinus1E999999999_refusedQuicklyWithTheTypedMessage() {
    assertThatThrownBy(
            () -> assertTimeoutPreemptively(GUARD, () -> tier(new BigDecimal("-1E+999999999"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "monthly_price (-1E+999999999) must have at most 500 significant digits and a scale"
                + " from -500 to 500");
  }

  @Test
  void validate_monthlyPriceMinus1E500_rangeViolationInScientificForm() {
    SubscriptionTier tier = tier(new BigDecimal("-1E+500"));

    ValidationResult result = assertTimeoutPreemptively(GUARD, () -> validator.validate(tier));

    assertThat(result.violations())
        .extracting(Violation::toString)
        .containsExactly("monthly_price: must be >= 0 [range] (rejected: -1E+500)");
  }

  @Test
  void validate_feePercentageBeyondTheModelsRule_boundedArgumentErrorEvenInsideTheRange() {
    PerformanceMetrics metrics = Fixtures.validMetrics();
    for (BigDecimal pct : beyondLimit()) {
      for (Function<BigDecimal, Object> call : feeCalls(metrics)) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> call.apply(pct)))
            .as(brief(pct))
            .isInstanceOf(IllegalArgumentException.class)
            .satisfies(
                e ->
                    assertFeeArgumentError(
                        e.getMessage(),
                        pct,
                        ") must be in [0, 100], with at most 500 digits and a scale within ±500"
                            + " (not 1E-501 or 1E+501)"));
      }
    }
  }

  @Test
  void validate_feePercentageAtTheModelsLimit_outsideIsRefusedInsideIsChecked() {
    PerformanceMetrics metrics = Fixtures.validMetrics();
    for (BigDecimal pct : atLimit()) {
      if (pct.signum() >= 0 && pct.compareTo(BigDecimal.valueOf(100)) <= 0) {
        // Almost nothing, or almost 1 %, of the revenue is not the fees the metrics state.
        ValidationResult result =
            assertTimeoutPreemptively(GUARD, () -> validator.validate(metrics, pct));
        assertThat(result.violations())
            .as(brief(pct))
            .extracting(v -> v.path() + "|" + v.rule())
            .containsExactly("transaction_fees_collected|derived_figure");
        assertThatThrownBy(
                () -> assertTimeoutPreemptively(GUARD, () -> validator.requireValid(metrics, pct)))
            .as(brief(pct))
            .isInstanceOf(ValidationException.class);
        continue;
      }
      for (Function<BigDecimal, Object> call : feeCalls(metrics)) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(GUARD, () -> call.apply(pct)))
            .as(brief(pct))
            .isInstanceOf(IllegalArgumentException.class)
            .satisfies(e -> assertFeeArgumentError(e.getMessage(), pct, ") must be in [0, 100]"));
      }
    }
  }

  /** The validator's entry points that take the fee percentage. */
  private List<Function<BigDecimal, Object>> feeCalls(PerformanceMetrics metrics) {
    return List.of(
        pct -> validator.validate(metrics, pct), pct -> validator.requireValid(metrics, pct));
  }

  /** The message names the argument, shows the value in bounded form, and ends with the rule. */
  private static void assertFeeArgumentError(String message, BigDecimal pct, String rule) {
    assertThat(message).startsWith("transaction_fee_percentage (").endsWith(rule);
    assertRendersAs(message.substring(message.indexOf('(') + 1, message.indexOf(')')), pct);
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

  /** The root with the leaf replaced; the model's refusal propagates. */
  private static Object build(Leaves.Leaf leaf, BigDecimal value) {
    return leaf.build().apply(value);
  }

  private static SubscriptionTier tier(BigDecimal monthlyPrice) {
    return new SubscriptionTier(
        null,
        "Starter",
        monthlyPrice,
        BigDecimal.ZERO,
        SubscriptionTier.STARTER.currency(),
        SubscriptionTier.STARTER.limits(),
        SubscriptionTier.STARTER.features());
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
