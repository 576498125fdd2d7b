package com.wabotiq.types;

import com.wabotiq.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency. Never a {@code double}.
 *
 * <p>Equality is numeric: {@code 29.9 USD} equals {@code 29.90 USD} ({@link BigDecimal#compareTo}),
 * and the hash code agrees. The amount keeps the scale it was given; {@link #rounded()} rounds to
 * the currency's ISO 4217 minor unit (2 digits for USD and KES, 0 for JPY).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * An amount in a currency.
   *
   * @param amount the amount, any scale, never null
   * @param currency the ISO 4217 currency, never null
   * @return the money
   * @throws NullPointerException if an argument is null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(Checks.notNull(amount, "amount"), Checks.notNull(currency, "currency"));
  }

  /**
   * An amount in a currency given by code.
   *
   * @param amount the amount as a decimal string, e.g. {@code "29.99"}
   * @param currencyCode an ISO 4217 code, e.g. {@code "USD"}
   * @return the money
   * @throws NumberFormatException if {@code amount} is not a decimal
   * @throws IllegalArgumentException if the currency code is unknown
   */
  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** {@return the amount, with the scale it was given; never null} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the ISO 4217 currency, never null} */
  public Currency currency() {
    return currency;
  }

  /**
   * This amount rounded HALF_EVEN to the currency's minor unit (ISO 4217 default fraction digits).
   *
   * @return the rounded money; {@code this} when already at that scale
   */
  public Money rounded() {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return amount.scale() == digits
        ? this
        : new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }

  /**
   * Adds money of the same currency.
   *
   * @param other the addend
   * @return the exact sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    Checks.argument(
        currency.equals(other.currency),
        "currency (%s) must be %s",
        other.currency.getCurrencyCode(),
        currency.getCurrencyCode());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** Returns e.g. {@code "29.99 USD"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
