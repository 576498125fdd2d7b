package com.wabotiq.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.types.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Oracle test: {@link SubscriptionTier#transactionFee} against an independent computation on
 * unscaled {@link BigInteger}s, over 500 seeded random cases. Each case carries its own seed in its
 * name, so a failure is reproduced with {@code Case.generate(seed)} alone.
 */
class TransactionFeeOracleTest {
  private static final long MASTER_SEED = 0x5EED_B1117L;
  private static final int CASES = 500;
  private static final List<String> CURRENCIES = List.of("USD", "KES", "JPY", "BHD", "EUR");
  private static final String[] TIE_PRONE_PERCENTAGES = {
    "0.5", "1", "1.5", "2.5", "5", "7.5", "12.5", "0"
  };

  /** Percentages p whose 100 / p is a terminating decimal, for constructing exact ties. */
  private static final int[] DIVISOR_PERCENTAGES = {1, 2, 4, 5, 8, 10, 20, 25, 50, 100};

  /**
   * One random case, fully determined by its seed. A quarter of the cases are wide random amounts
   * and percentages, half are tie-prone (small two-digit amounts, "round" percentages), and a
   * quarter are constructed so that the exact fee lies exactly half-way between two minor units.
   */
  record Case(long seed, BigDecimal amount, BigDecimal percentage, Currency currency) {
    static Case generate(long seed) {
      Random r = new Random(seed);
      Currency currency = Currency.getInstance(CURRENCIES.get(r.nextInt(CURRENCIES.size())));
      BigDecimal amount;
      BigDecimal percentage;
      switch (r.nextInt(4)) {
        case 0: // wide: up to 10^15 units at scale 0-5, up to 20000 % at scale 0-4
          amount = BigDecimal.valueOf((long) (r.nextDouble() * 1e15), r.nextInt(6));
          percentage = BigDecimal.valueOf(r.nextInt(2_000_001), r.nextInt(5));
          break;
        case 3: // exact tie: fee = k + 1/2 minor units, amount = fee * 100 / p
          int p = DIVISOR_PERCENTAGES[r.nextInt(DIVISOR_PERCENTAGES.length)];
          int digits = currency.getDefaultFractionDigits();
          BigDecimal fee = BigDecimal.valueOf(10L * r.nextInt(1_000_000) + 5, digits + 1);
          amount = fee.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(p));
          percentage = BigDecimal.valueOf(p);
          break;
        default: // tie-prone: two-digit amounts below 1000, "round" percentages
          amount = BigDecimal.valueOf(r.nextInt(100_000), 2);
          percentage =
              new BigDecimal(TIE_PRONE_PERCENTAGES[r.nextInt(TIE_PRONE_PERCENTAGES.length)]);
          break;
      }
      return new Case(seed, r.nextInt(10) == 0 ? amount.negate() : amount, percentage, currency);
    }
  }

  static Stream<Case> cases() {
    Random seeds = new Random(MASTER_SEED);
    return IntStream.range(0, CASES).mapToObj(i -> Case.generate(seeds.nextLong()));
  }

  static Stream<Arguments> oracleCases() {
    return cases().map(c -> Arguments.of(c.seed(), c.amount(), c.percentage(), c.currency()));
  }

  @ParameterizedTest(name = "[{index}] seed={0}: {1} {3} at {2} %")
  @MethodSource("oracleCases")
  void transactionFee_randomCase_matchesBigIntegerOracle(
      long seed, BigDecimal amount, BigDecimal percentage, Currency currency) {
    assertThat(Case.generate(seed)).isEqualTo(new Case(seed, amount, percentage, currency));
    SubscriptionTier tier = tierWithPercentage(percentage);
    Money fee = tier.transactionFee(Money.of(amount, currency));
    BigDecimal expected = oracle(amount, percentage, currency);
    assertThat(fee.amount())
        .as("seed %d: fee of %s %s at %s %%", seed, amount, currency, percentage)
        .isEqualTo(expected); // value and scale
    assertThat(fee.currency()).isEqualTo(currency);
  }

  @Test
  void cases_includeManyExactHalves() {
    // The generator must exercise the HALF_EVEN tie rule, not just ordinary rounding.
    List<Case> all = cases().collect(Collectors.toList());
    long ties = all.stream().filter(TransactionFeeOracleTest::isTie).count();
    assertThat(all).hasSize(CASES);
    assertThat(ties).isGreaterThanOrEqualTo(100);
  }

  @Test
  void oracle_knownHalves_roundToEven() {
    Currency usd = Currency.getInstance("USD");
    assertThat(oracle(new BigDecimal("5.00"), new BigDecimal("2.5"), usd))
        .isEqualTo(new BigDecimal("0.12"));
    assertThat(oracle(new BigDecimal("5.40"), new BigDecimal("2.5"), usd))
        .isEqualTo(new BigDecimal("0.14"));
    assertThat(oracle(new BigDecimal("-5.40"), new BigDecimal("2.5"), usd))
        .isEqualTo(new BigDecimal("-0.14"));
  }

  private static SubscriptionTier tierWithPercentage(BigDecimal percentage) {
    return new SubscriptionTier(
        null,
        "Oracle",
        BigDecimal.ONE,
        BigDecimal.TEN,
        Currency.getInstance("USD"),
        TierLimits.UNLIMITED,
        new TierFeatures(true, percentage, 0, false, false, ApiAccessLevel.FULL));
  }

  /**
   * amount × pct / 100 rounded HALF_EVEN to the currency's digits, on unscaled integers only (no
   * BigDecimal rounding): amount = A·10^-a, pct = P·10^-p, so fee·10^d = A·P / 10^(a + p + 2 - d).
   */
  private static BigDecimal oracle(BigDecimal amount, BigDecimal percentage, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    BigInteger product = amount.unscaledValue().multiply(percentage.unscaledValue());
    int shift = amount.scale() + percentage.scale() + 2 - digits;
    BigInteger result;
    if (shift <= 0) {
      result = product.multiply(BigInteger.TEN.pow(-shift));
    } else {
      BigInteger divisor = BigInteger.TEN.pow(shift);
      BigInteger[] qr = product.abs().divideAndRemainder(divisor);
      BigInteger q = qr[0];
      int cmp = qr[1].shiftLeft(1).compareTo(divisor);
      if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
        q = q.add(BigInteger.ONE);
      }
      result = product.signum() < 0 ? q.negate() : q;
    }
    return new BigDecimal(result, digits);
  }

  private static boolean isTie(Case c) {
    int shift =
        c.amount().scale() + c.percentage().scale() + 2 - c.currency().getDefaultFractionDigits();
    if (shift <= 0) {
      return false;
    }
    BigInteger product = c.amount().unscaledValue().multiply(c.percentage().unscaledValue()).abs();
    BigInteger divisor = BigInteger.TEN.pow(shift);
    return product.mod(divisor).shiftLeft(1).equals(divisor);
  }
}
