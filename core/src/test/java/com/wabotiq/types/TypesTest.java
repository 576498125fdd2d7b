package com.wabotiq.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wabotiq.tenant.TenantStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypesTest {

  @Test
  void typedId_random_isCanonicalUuidAndDistinct() {
    TenantId a = TenantId.random();
    TenantId b = TenantId.random();
    assertThat(UUID.fromString(a.value()).toString()).isEqualTo(a.value());
    assertThat(a).isNotEqualTo(b);
    assertThat(a.toString()).isEqualTo(a.value());
  }

  @Test
  void typedId_null_namesField() {
    assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value == null");
  }

  @Test
  void typedId_keepsOpaqueValue() {
    assertThat(TierId.of("uuid").value()).isEqualTo("uuid");
    assertThat(TierId.of("x")).isEqualTo(TierId.of("x"));
  }

  @Test
  void sealedSecret_toString_revealsNothing() {
    SealedSecret s = SealedSecret.of("AC1234567890secret");
    assertThat(s.toString()).isEqualTo("SealedSecret[redacted]").doesNotContain("AC");
    assertThat(s.ciphertext()).isEqualTo("AC1234567890secret");
    assertThat(s).isEqualTo(SealedSecret.of("AC1234567890secret")).isNotEqualTo(SealedSecret.of("AC1234567890secreT"));
    assertThat(s.hashCode()).isEqualTo(SealedSecret.of("AC1234567890secret").hashCode());
  }

  @Test
  void money_equality_isNumeric() {
    assertThat(Money.of("29.9", "USD")).isEqualTo(Money.of("29.90", "USD"));
    assertThat(Money.of("29.9", "USD").hashCode()).isEqualTo(Money.of("29.90", "USD").hashCode());
    assertThat(Money.of("29.9", "USD")).isNotEqualTo(Money.of("29.9", "KES"));
    assertThat(Money.of("29.90", "USD").toString()).isEqualTo("29.90 USD");
  }

  @Test
  void money_rounded_usesMinorUnitHalfEven() {
    assertThat(Money.of("0.125", "USD").rounded().amount()).isEqualByComparingTo("0.12");
    assertThat(Money.of("0.135", "USD").rounded().amount()).isEqualByComparingTo("0.14");
    assertThat(Money.of("2.5", "JPY").rounded().amount()).isEqualTo(new BigDecimal("2"));
    assertThat(Money.of("3.5", "JPY").rounded().amount()).isEqualTo(new BigDecimal("4"));
    assertThat(Money.of("10.005", "KES").rounded().amount()).isEqualTo(new BigDecimal("10.00"));
    Money exact = Money.of("1.00", "USD");
    assertThat(exact.rounded()).isSameAs(exact);
  }

  @Test
  void money_plusAndCompare_requireSameCurrency() {
    assertThat(Money.of("1.10", "USD").plus(Money.of("2.2", "USD"))).isEqualTo(Money.of("3.3", "USD"));
    assertThat(Money.of("1", "USD").compareTo(Money.of("2", "USD"))).isNegative();
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "KES")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency (KES) must be USD");
    assertThatThrownBy(() -> Money.of(null, Currency.getInstance("USD")))
        .hasMessage("amount == null");
  }

  @Test
  void openEnum_known_isCanonicalAndUnknownKeepsRaw() {
    assertThat(TenantStatus.of("trial")).isSameAs(TenantStatus.TRIAL);
    TenantStatus future = TenantStatus.of("paused");
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo(TenantStatus.Value.UNKNOWN);
    assertThat(future.wireValue()).isEqualTo("paused");
    assertThat(future).isEqualTo(TenantStatus.of("paused")).isNotEqualTo(TenantStatus.ACTIVE);
    assertThat(TenantStatus.values()).extracting(TenantStatus::wireValue)
        .containsExactly("trial", "active", "trial_expired", "suspended", "canceled");
    assertThat(TenantStatus.values()).allMatch(TenantStatus::isKnown);
  }

  @Test
  void derivedFigure_consistentWithinStatedRounding() {
    assertThat(new DerivedFigure("handoff_rate", new BigDecimal("0.04"), new BigDecimal("0.0416666667")).isConsistent()).isTrue();
    assertThat(new DerivedFigure("handoff_rate", new BigDecimal("0.04"), new BigDecimal("0.045")).isConsistent()).isTrue();
    assertThat(new DerivedFigure("handoff_rate", new BigDecimal("0.04"), new BigDecimal("0.0451")).isConsistent()).isFalse();
    assertThat(new DerivedFigure("total", new BigDecimal("1500.00"), new BigDecimal("1500")).isConsistent()).isTrue();
    assertThat(new DerivedFigure("total", new BigDecimal("1500.00"), new BigDecimal("1500.01")).isConsistent()).isFalse();
    assertThat(new DerivedFigure("total", new BigDecimal("1E+3"), new BigDecimal("1400")).isConsistent()).isTrue();
    assertThat(new DerivedFigure("total", new BigDecimal("1E+3"), new BigDecimal("1501")).isConsistent()).isFalse();
    assertThat(new DerivedFigure("x", BigDecimal.ONE, null).isConsistent()).isTrue();
  }
}
