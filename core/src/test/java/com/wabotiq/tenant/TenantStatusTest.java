package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantStatusTest {
  /** The lifecycle of PRODUCT.md, written out pair by pair: every other pair is refused. */
  private static final Set<String> ALLOWED =
      Set.of(
          "trial -> active",
          "trial -> trial_expired",
          "trial -> canceled",
          "trial_expired -> active",
          "trial_expired -> canceled",
          "active -> suspended",
          "active -> canceled",
          "suspended -> active",
          "suspended -> canceled");

  private static final TenantStatus UNKNOWN = TenantStatus.of("paused");

  static Stream<Arguments> allKnownPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (TenantStatus from : TenantStatus.values()) {
      for (TenantStatus to : TenantStatus.values()) {
        pairs.add(Arguments.of(from, to, ALLOWED.contains(from + " -> " + to)));
      }
    }
    return pairs.stream();
  }

  static Stream<Arguments> pairsWithUnknown() {
    List<Arguments> pairs = new ArrayList<>();
    for (TenantStatus known : TenantStatus.values()) {
      pairs.add(Arguments.of(known, UNKNOWN));
      pairs.add(Arguments.of(UNKNOWN, known));
    }
    pairs.add(Arguments.of(UNKNOWN, UNKNOWN));
    pairs.add(Arguments.of(UNKNOWN, TenantStatus.of("archived")));
    return pairs.stream();
  }

  @Test
  void allowedSet_coversExactlyNineOfTheTwentyFivePairs() {
    assertThat(allKnownPairs().filter(a -> (Boolean) a.get()[2]).count()).isEqualTo(9);
    assertThat(allKnownPairs().count()).isEqualTo(25);
  }

  @ParameterizedTest(name = "{0} -> {1} allowed={2}")
  @MethodSource("allKnownPairs")
  void canTransitionTo_everyKnownPair_matchesLifecycle(
      TenantStatus from, TenantStatus to, boolean allowed) {
    assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1} allowed={2}")
  @MethodSource("allKnownPairs")
  void transitionTo_everyKnownPair_returnsTargetOrThrowsNamingBoth(
      TenantStatus from, TenantStatus to, boolean allowed) {
    if (allowed) {
      assertThat(from.transitionTo(to)).isSameAs(to);
    } else {
      assertThatThrownBy(() -> from.transitionTo(to))
          .isInstanceOf(IllegalStatusTransitionException.class)
          .hasMessage("status transition " + from.wireValue() + " -> " + to.wireValue()
              + " is not allowed")
          .satisfies(
              e -> {
                IllegalStatusTransitionException ex = (IllegalStatusTransitionException) e;
                assertThat(ex.from()).isSameAs(from);
                assertThat(ex.to()).isSameAs(to);
              });
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairsWithUnknown")
  void transitionTo_unknownOnEitherSide_isRefused(TenantStatus from, TenantStatus to) {
    assertThat(from.canTransitionTo(to)).isFalse();
    assertThatThrownBy(() -> from.transitionTo(to))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("status transition " + from.wireValue() + " -> " + to.wireValue()
            + " is not allowed");
  }

  @Test
  void transitionTo_canceledToActive_messageNamesBothStatesExactly() {
    assertThatThrownBy(() -> TenantStatus.CANCELED.transitionTo(TenantStatus.ACTIVE))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("status transition canceled -> active is not allowed");
  }

  @ParameterizedTest
  @MethodSource("everyStatus")
  void canTransitionTo_nullTarget_throwsNamingTarget(TenantStatus from) {
    assertThatThrownBy(() -> from.canTransitionTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target == null");
    assertThatThrownBy(() -> from.transitionTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target == null");
  }

  static Stream<TenantStatus> everyStatus() {
    List<TenantStatus> all = new ArrayList<>(TenantStatus.values());
    all.add(UNKNOWN);
    return all.stream();
  }

  @Test
  void transitionTo_unknownToActive_messageKeepsRawValue() {
    assertThatThrownBy(() -> UNKNOWN.transitionTo(TenantStatus.ACTIVE))
        .hasMessage("status transition paused -> active is not allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"trial", "active", "trial_expired", "suspended", "canceled"})
  void of_knownWireValue_returnsCanonicalConstantThatRoundTrips(String wire) {
    TenantStatus status = TenantStatus.of(wire);
    assertThat(status.wireValue()).isEqualTo(wire);
    assertThat(status.toString()).isEqualTo(wire);
    assertThat(status.isKnown()).isTrue();
    assertThat(TenantStatus.values()).containsOnlyOnce(status);
    assertThat(TenantStatus.of(status.wireValue())).isSameAs(status);
  }

  @Test
  void values_areTheFiveKnownStatusesInLifecycleOrder() {
    assertThat(TenantStatus.values())
        .containsExactly(
            TenantStatus.TRIAL,
            TenantStatus.ACTIVE,
            TenantStatus.TRIAL_EXPIRED,
            TenantStatus.SUSPENDED,
            TenantStatus.CANCELED);
    assertThat(TenantStatus.values())
        .extracting(TenantStatus::value)
        .containsExactly(
            TenantStatus.Value.TRIAL,
            TenantStatus.Value.ACTIVE,
            TenantStatus.Value.TRIAL_EXPIRED,
            TenantStatus.Value.SUSPENDED,
            TenantStatus.Value.CANCELED);
  }

  @Test
  void of_unknownWireValue_keepsRawStringAndIsUnknown() {
    TenantStatus status = TenantStatus.of("Paused Pending Review");
    assertThat(status.wireValue()).isEqualTo("Paused Pending Review");
    assertThat(status.value()).isEqualTo(TenantStatus.Value.UNKNOWN);
    assertThat(status.isKnown()).isFalse();
    assertThat(status).isEqualTo(TenantStatus.of("Paused Pending Review"));
    assertThat(status).isNotEqualTo(TenantStatus.of("paused"));
    assertThat(TenantStatus.values()).doesNotContain(status);
  }

  @Test
  void of_wrongCase_isUnknownNotFolded() {
    assertThat(TenantStatus.of("ACTIVE").value()).isEqualTo(TenantStatus.Value.UNKNOWN);
  }

  @Test
  void of_null_throwsNamingValue() {
    assertThatThrownBy(() -> TenantStatus.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }

  @Test
  void maySend_onlyTrialAndActive() {
    assertThat(TenantStatus.values())
        .filteredOn(TenantStatus::maySend)
        .containsExactly(TenantStatus.TRIAL, TenantStatus.ACTIVE);
    assertThat(UNKNOWN.maySend()).isFalse();
  }
}
