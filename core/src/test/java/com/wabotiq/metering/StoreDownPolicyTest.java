package com.wabotiq.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The store-down policy as a value: fail-closed admits nothing and is not fail-open, fail-open
 * needs an allowance of at least one unit, and two policies are equal exactly when their
 * allowances are.
 */
class StoreDownPolicyTest {
  @Test
  void failClosed_isNotFailOpenAndAllowsNothing() {
    assertThat(StoreDownPolicy.failClosed().isFailOpen()).isFalse();
    assertThat(StoreDownPolicy.failClosed().allowance()).isZero();
  }

  @Test
  void failOpen_needsAtLeastOneUnit() {
    StoreDownPolicy one = StoreDownPolicy.failOpen(1);
    assertThat(one.isFailOpen()).isTrue();
    assertThat(one.allowance()).isEqualTo(1);
    assertThatThrownBy(() -> StoreDownPolicy.failOpen(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowance (0) must be at least 1");
    assertThatThrownBy(() -> StoreDownPolicy.failOpen(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowance (-1) must be at least 1");
  }

  @Test
  void equality_byAllowance() {
    StoreDownPolicy five = StoreDownPolicy.failOpen(5);
    assertThat(five.equals(StoreDownPolicy.failOpen(5))).isTrue();
    assertThat(five.hashCode()).isEqualTo(StoreDownPolicy.failOpen(5).hashCode());
    assertThat(five.equals(StoreDownPolicy.failOpen(6))).isFalse();
    assertThat(five.equals(StoreDownPolicy.failClosed())).isFalse();
    assertThat(StoreDownPolicy.failClosed().equals(five)).isFalse();
    assertThat((Object) five).isNotEqualTo("failOpen(5)");
    assertThat(StoreDownPolicy.failClosed().equals(StoreDownPolicy.failClosed())).isTrue();
  }
}
