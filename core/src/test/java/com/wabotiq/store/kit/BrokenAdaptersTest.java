package com.wabotiq.store.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.store.kit.FlawedKits.Activity;
import com.wabotiq.store.kit.FlawedKits.Counters;
import com.wabotiq.store.kit.FlawedKits.Docs;
import com.wabotiq.store.kit.FlawedKits.Keys;
import com.wabotiq.store.kit.FlawedKits.Records;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the conformance kit bites: each deliberately broken adapter, run through the kit by
 * the JUnit Platform Launcher, fails exactly the kit tests that pin the semantic it breaks, and
 * passes the rest. The same adapters without a flaw pass the whole kit, so every failure is the
 * flaw's doing.
 *
 * <p>Races are not deterministic: for the racy adapters a case names the races that must catch
 * the flaw and, separately, those that may also catch it on a given run.
 */
class BrokenAdaptersTest {
  /** One broken adapter and what the kit must say about it. */
  record Case(Class<?> kit, String flaw, Set<String> mustFail, Set<String> mayFail) {
    Case mayAlsoFail(String... tests) {
      Set<String> may = new TreeSet<>(mayFail);
      may.addAll(List.of(tests));
      return new Case(kit, flaw, mustFail, may);
    }

    @Override
    public String toString() {
      return kit.getSimpleName() + " " + flaw;
    }
  }

  private static Case caught(Class<?> kit, String flaw, String... mustFail) {
    return new Case(kit, flaw, new TreeSet<>(List.of(mustFail)), Set.of());
  }

  // The kit's test names, as the expectations below use them.
  private static final String STALE_UPDATE = "update_staleVersion_conflictAndNothingWritten";
  private static final String RACING_UPDATES =
      "update_racingWritersOfOneVersion_exactlyOneWinsPerVersion";
  private static final String RACING_CREATES = "create_racingCreatorsOfOneSlug_exactlyOneWins";
  private static final String RACING_HASH_CREATES =
      "create_racingCreatorsOfOneApiKeyHash_exactlyOneWins";
  private static final String RACING_HASH_UPDATES =
      "update_racingAddersOfOneApiKeyHash_exactlyOneWins";
  private static final String PAGING_BETWEEN = "listByStatus_changesBetweenPages_noGapsNoRepeats";
  private static final String PAGING_CONCURRENT =
      "listByStatus_concurrentChanges_noGapsNoRepeats";
  private static final String DELETED_KEYS = "create_keysOfSoftDeletedTenant_stayReserved";
  private static final String DUP_SLUG_CREATE = "create_takenSlug_duplicateSlugAndNothingWritten";
  private static final String DUP_NUMBER_CREATE =
      "create_takenWhatsappNumber_duplicateWhatsappNumberAndNothingWritten";
  private static final String DUP_HASH_CREATE =
      "create_oneTakenApiKeyHash_duplicateApiKeyHashAndNothingWritten";
  private static final String DUP_SLUG_UPDATE =
      "update_anotherTenantsSlug_duplicateSlugAndNothingWritten";
  private static final String DUP_NUMBER_UPDATE =
      "update_anotherTenantsWhatsappNumber_duplicateWhatsappNumberAndNothingWritten";
  private static final String DUP_HASH_UPDATE =
      "update_anotherTenantsApiKeyHash_duplicateApiKeyHashAndNothingWritten";
  private static final String RACING_PUTS = "put_racingWritersOfOneVersion_exactlyOneWinsPerVersion";
  private static final String RACING_RMW = "put_racingReadModifyWrite_losesNoWrite";
  private static final String COUNTER_LIMIT_RACE =
      "add_racingThreadsOnOneCounter_admitExactlyTheLimit";
  private static final String COUNTER_UNLIMITED_RACE = "add_racingThreadsUnlimited_loseNoIncrement";
  private static final String COUNTER_MULTI_RACE = "add_racingMultiCounterAdds_keepCountersInStep";
  private static final String COUNTER_REFUND_RACE =
      "refund_racingThreads_loseNoRefundAndStopAtZero";
  private static final String COUNTER_ADD_REFUND_RACE = "addAndRefund_racing_neverPassTheLimit";
  private static final String USE_RACE = "record_racingThreadsOnOneKey_exactlyOneWritePerInterval";
  private static final String USE_BATCH_RACE =
      "record_racingBatchesInDifferentOrders_exactlyOneWritePerKeyAndInterval";
  private static final String USE_MANY =
      "record_batchOfManyKeysAndTenants_returnsExactlyTheWrittenHashes";
  private static final String USE_HUGE = "record_hugeIntervals_neverOverflow";
  private static final String USE_LIST_ORDER = "record_sameKeyTwiceInBatch_takenInListOrder";
  private static final String USE_ZERO = "record_zeroInterval_sameOrLaterWrittenEarlierDropped";
  private static final String USE_INTERVAL_CHANGES =
      "record_intervalChangesBetweenCalls_eachCallUsesItsOwn";
  private static final String FORGET_TENANT = "forget_onlyThatTenantsKeys";

  static Stream<Case> cases() {
    return Stream.of(
        // ---- tenant records ----
        caught(Records.class, "KEEPS_GIVEN_VERSION",
            "create_anyGivenVersion_storesAtVersionOne", "create_everyField_roundTrips",
            DELETED_KEYS, DUP_HASH_CREATE, DUP_SLUG_CREATE,
            "create_takenTenantId_duplicateTenantIdAndNothingWritten", DUP_NUMBER_CREATE,
            "findBy_softDeletedTenant_isEmpty", "get_softDeletedTenant_isReturned",
            "listByStatus_softDeletedTenant_isSkipped", DUP_HASH_UPDATE, DUP_SLUG_UPDATE,
            DUP_NUMBER_UPDATE, "update_changedKeys_releaseTheOldOnes",
            "update_currentVersion_replacesAndBumpsVersion",
            "update_missingTenant_notFoundAndNothingWritten", "update_ownKeysKept_succeeds",
            RACING_UPDATES, "update_recordsOwnVersion_isIgnored",
            "update_removedWhatsappNumber_releasesIt", STALE_UPDATE),
        caught(Records.class, "IGNORES_VERSION", STALE_UPDATE, RACING_UPDATES),
        caught(Records.class, "RACY_VERSION_CHECK", RACING_UPDATES)
            .mayAlsoFail(RACING_HASH_UPDATES),
        caught(Records.class, "UPDATE_CREATES", "update_missingTenant_notFoundAndNothingWritten"),
        caught(Records.class, "NO_UNIQUE_SLUG",
            DELETED_KEYS, RACING_CREATES, DUP_SLUG_CREATE, DUP_SLUG_UPDATE),
        caught(Records.class, "RACY_UNIQUE_CHECK", RACING_CREATES, RACING_HASH_CREATES),
        caught(Records.class, "REJECTS_OWN_KEYS",
            DELETED_KEYS, "findBy_softDeletedTenant_isEmpty", "get_softDeletedTenant_isReturned",
            PAGING_BETWEEN, "listByStatus_softDeletedTenant_isSkipped", DUP_HASH_UPDATE,
            DUP_SLUG_UPDATE, DUP_NUMBER_UPDATE, "update_currentVersion_replacesAndBumpsVersion",
            "update_ownKeysKept_succeeds", RACING_UPDATES, "update_recordsOwnVersion_isIgnored",
            "update_removedWhatsappNumber_releasesIt", STALE_UPDATE, RACING_HASH_UPDATES)
            .mayAlsoFail(PAGING_CONCURRENT),
        caught(Records.class, "PARTIAL_WRITE_ON_DUPLICATE", DUP_HASH_CREATE, DUP_NUMBER_CREATE),
        caught(Records.class, "NEVER_RELEASES_KEYS",
            "update_changedKeys_releaseTheOldOnes", "update_removedWhatsappNumber_releasesIt"),
        caught(Records.class, "WRONG_KEY_NAME",
            DELETED_KEYS, DUP_HASH_CREATE, RACING_CREATES, DUP_SLUG_CREATE, DUP_NUMBER_CREATE,
            DUP_HASH_UPDATE, DUP_SLUG_UPDATE, DUP_NUMBER_UPDATE, RACING_HASH_CREATES,
            RACING_HASH_UPDATES),
        caught(Records.class, "FINDS_DELETED", "findBy_softDeletedTenant_isEmpty"),
        caught(Records.class, "RELEASES_KEYS_ON_DELETE", DELETED_KEYS),
        caught(Records.class, "CASE_INSENSITIVE_FIND", "findBy_otherCaseOrPattern_isEmpty"),
        caught(Records.class, "LISTS_DELETED",
            PAGING_BETWEEN, "listByStatus_softDeletedTenant_isSkipped")
            .mayAlsoFail(PAGING_CONCURRENT),
        caught(Records.class, "OFFSET_PAGING", PAGING_BETWEEN).mayAlsoFail(PAGING_CONCURRENT),
        caught(Records.class, "INCLUSIVE_CURSOR",
            PAGING_BETWEEN, PAGING_CONCURRENT, "listByStatus_limitOne_visitsEveryTenantOnce",
            "listByStatus_ordersByTenantIdCodeUnits",
            "listByStatus_pages_cursorNullExactlyWhenNoneFollows"),
        caught(Records.class, "CURSOR_ON_FULL_LAST_PAGE",
            "listByStatus_limitOne_visitsEveryTenantOnce",
            "listByStatus_pages_cursorNullExactlyWhenNoneFollows"),
        caught(Records.class, "CASE_INSENSITIVE_ORDER", "listByStatus_ordersByTenantIdCodeUnits"),
        caught(Records.class, "NORMALISES_DOCUMENT",
            "create_anyGivenVersion_storesAtVersionOne", "create_everyField_roundTrips",
            "create_largeDocument_roundTripsVerbatim",
            "update_currentVersion_replacesAndBumpsVersion", RACING_UPDATES),
        // ---- documents ----
        caught(Docs.class, "IGNORES_VERSION",
            "put_absentWithNonZeroVersion_conflictAndNothingWritten", RACING_PUTS,
            "put_staleVersion_conflictAndNothingWritten", "put_tenants_areIndependent")
            .mayAlsoFail(RACING_RMW),
        caught(Docs.class, "RACY_VERSION_CHECK", RACING_PUTS).mayAlsoFail(RACING_RMW),
        caught(Docs.class, "CREATES_AT_ANY_VERSION",
            "put_absentWithNonZeroVersion_conflictAndNothingWritten"),
        caught(Docs.class, "IGNORES_KIND",
            "put_json_roundTripsVerbatim", "put_kinds_areIndependent"),
        caught(Docs.class, "IGNORES_TENANT", "put_tenants_areIndependent"),
        caught(Docs.class, "NORMALISES_JSON", "put_json_roundTripsVerbatim"),
        // ---- usage counters ----
        caught(Counters.class, "RACY_READ_THEN_WRITE", COUNTER_LIMIT_RACE, COUNTER_UNLIMITED_RACE)
            .mayAlsoFail(COUNTER_MULTI_RACE, COUNTER_REFUND_RACE, COUNTER_ADD_REFUND_RACE),
        caught(Counters.class, "PARTIAL_APPLY",
            "add_severalCountersOneOverLimit_noneAppliedTotalsAsTheyStood", COUNTER_MULTI_RACE),
        caught(Counters.class, "OVERFLOWS",
            "add_hugeAmountUnderFiniteLimit_refusedWithoutOverflow",
            "add_unlimitedNearMaxValue_neverOverflows"),
        caught(Counters.class, "NEGATIVE_REFUND",
            "refund_takesBackAndFloorsAtZero", COUNTER_REFUND_RACE),
        caught(Counters.class, "IGNORES_TENANT",
            "counters_keyedByTenantMetricAndPeriod_independent"),
        caught(Counters.class, "ACCEPTS_REPEATED",
            "add_emptyOrRepeatedCounter_illegalArgumentAndNothingAdded",
            "refund_emptyOrRepeatedCounter_illegalArgumentAndNothingRefunded"),
        caught(Counters.class, "REPORTS_ATTEMPTED_TOTALS",
            "add_exactlyToLimit_appliesAndOnePastIsRefused",
            "add_hugeAmountUnderFiniteLimit_refusedWithoutOverflow",
            "add_limitBelowTotal_refusesEvenZero", "add_overLimitFromZero_refusedAndNothingWritten",
            COUNTER_MULTI_RACE, COUNTER_LIMIT_RACE,
            "add_severalCountersOneOverLimit_noneAppliedTotalsAsTheyStood",
            "add_unlimitedNearMaxValue_neverOverflows",
            "counters_keyedByTenantMetricAndPeriod_independent"),
        // ---- wrapped keys ----
        caught(Keys.class, "SHARES_INPUT", "put_callerMutatesItsArray_storedKeyUnchanged"),
        caught(Keys.class, "SHARES_OUTPUT", "get_callerMutatesTheResult_storedKeyUnchanged"),
        caught(Keys.class, "REPLACES_DUPLICATE",
            "put_takenVersion_duplicateAndOriginalKept",
            "put_racingWritersOfOneVersion_exactlyOneStored"),
        caught(Keys.class, "INSERTION_ORDER", "versions_ascendingNumerically"),
        caught(Keys.class, "IGNORES_TENANT",
            "deleteAll_deletesEveryVersionAndCountsThem", "keys_scopedByTenant"),
        caught(Keys.class, "NO_ARGUMENT_CHECKS",
            "put_invalidVersionOrEmptyKey_illegalArgumentAndNothingStored"),
        caught(Keys.class, "RACY_DUPLICATE_CHECK",
            "put_racingWritersOfOneVersion_exactlyOneStored"),
        // ---- key activity ----
        caught(Activity.class, "WRITES_UNCONDITIONALLY",
            USE_MANY, "record_earlierUse_neverMovesTheLastUseBack", USE_HUGE, USE_INTERVAL_CHANGES,
            "record_outOfOrderBatch_eachKeyDecidedOnItsOwn", USE_BATCH_RACE, USE_RACE,
            "record_sameKeyTwiceInBatchZeroInterval_laterOneStays", USE_LIST_ORDER,
            "record_withinInterval_droppedAndStoredUseKept", USE_ZERO),
        caught(Activity.class, "EXCLUSIVE_BOUNDARY",
            USE_MANY, "record_exactlyAtIntervalBoundary_written", USE_HUGE, USE_INTERVAL_CHANGES,
            USE_LIST_ORDER, USE_ZERO),
        caught(Activity.class, "LEAKS_TENANTS",
            FORGET_TENANT, "forget_thenRecord_writesRegardlessOfInterval", USE_MANY,
            USE_BATCH_RACE, "tenants_equalHashes_independent"),
        caught(Activity.class, "FORGETS_ACROSS_TENANTS", FORGET_TENANT),
        caught(Activity.class, "RACY_CHECK_THEN_WRITE", USE_RACE, USE_BATCH_RACE),
        caught(Activity.class, "SORTS_BY_TIME", USE_LIST_ORDER),
        caught(Activity.class, "NO_ARGUMENT_CHECKS",
            "record_negativeInterval_illegalArgumentAndNothingWritten"),
        caught(Activity.class, "SUBTRACTS_INTERVAL", USE_HUGE),
        caught(Activity.class, "MILLISECONDS",
            "record_extremeInstants_roundTripExactly", USE_ZERO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void kit_brokenAdapter_failsTheTestsThatPinItsFlaw(Case c) {
    KitRunner.Outcome outcome = KitRunner.run(c.kit(), c.flaw());
    Set<String> failed = outcome.failedNames();
    assertThat(failed).as("the kit reports the flaw").isNotEmpty();
    assertThat(failed).as("kit tests that must catch %s", c).containsAll(c.mustFail());
    Set<String> allowed = new TreeSet<>(c.mustFail());
    allowed.addAll(c.mayFail());
    assertThat(allowed).as("failures other than the flaw's (%s)", outcome.failed())
        .containsAll(failed);
    assertThat(outcome.passed().size() + failed.size())
        .as("every kit test ran").isEqualTo(testCount(c.kit()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controls")
  void kit_flawlessControl_passesEveryTest(Class<?> kit) {
    KitRunner.Outcome outcome = KitRunner.run(kit, "NONE");
    assertThat(outcome.failed()).isEmpty();
    assertThat(outcome.passed()).hasSize(testCount(kit)).isNotEmpty();
  }

  static Stream<Class<?>> controls() {
    return Stream.of(Records.class, Docs.class, Counters.class, Keys.class, Activity.class);
  }

  @Test
  void cases_coverEveryFlaw() {
    List<String> expected = new ArrayList<>();
    flaws(expected, Records.class, FlawedTenantRecords.Flaw.values());
    flaws(expected, Docs.class, FlawedDocuments.Flaw.values());
    flaws(expected, Counters.class, FlawedUsageCounters.Flaw.values());
    flaws(expected, Keys.class, FlawedWrappedKeys.Flaw.values());
    flaws(expected, Activity.class, FlawedKeyActivity.Flaw.values());
    assertThat(cases().map(Case::toString)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void cases_nameOnlyRealKitTests() {
    cases().forEach(c -> {
      Set<String> named = new TreeSet<>(c.mustFail());
      named.addAll(c.mayFail());
      assertThat(testNames(c.kit())).as("%s", c).containsAll(named);
    });
  }

  private static void flaws(List<String> into, Class<?> kit, Enum<?>[] flaws) {
    Arrays.stream(flaws).filter(f -> !f.name().equals("NONE"))
        .forEach(f -> into.add(kit.getSimpleName() + " " + f.name()));
  }

  private static Set<String> testNames(Class<?> kit) {
    Set<String> names = new TreeSet<>();
    for (Class<?> c = kit; c != Object.class; c = c.getSuperclass()) {
      for (var m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Test.class)) {
          names.add(m.getName());
        }
      }
    }
    return names;
  }

  private static int testCount(Class<?> kit) {
    return testNames(kit).size();
  }
}
