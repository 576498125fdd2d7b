package com.wabotiq.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.store.InMemoryStorage;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random histories of records and forgets, run against the in-memory, H2 and PostgreSQL
 * key activity stores and against an oracle written here with exact integer arithmetic
 * ({@code stored + interval <= used} in nanoseconds, as {@link BigInteger}s), so it shares no
 * code or overflow hazard with the adapters' {@code Duration} comparison. After every call the
 * returned set and both tenants' last uses must match. Instants fall on whole seconds around one
 * moment, so boundaries and repeats are frequent; intervals include zero, the boundary values and
 * the largest {@link Duration}. A failing case names its seed: rerun it with that one seed.
 */
class KeyActivityOracleTest {
  private static final int SEEDS = 12;
  private static final int CALLS = 60;
  private static final Instant T = Instant.parse("2025-11-20T10:15:30Z");
  private static final List<String> TENANTS = List.of("t1", "t2");
  private static final List<String> HASHES = List.of("h1", "h2", "h3", "h4");
  private static final BigInteger NANOS = BigInteger.valueOf(1_000_000_000L);

  private static JdbcDatabase postgres;
  private static JdbcDatabase h2;

  @BeforeAll
  static void openDatabases() {
    postgres = JdbcDatabase.postgres();
    h2 = JdbcDatabase.h2();
  }

  @AfterAll
  static void closeDatabases() {
    postgres.close();
    h2.close();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      for (String store : List.of("memory", "h2", "postgresql")) {
        cases.add(Arguments.of(seed * 7_919, store));
      }
    }
    return cases.stream();
  }

  private static KeyActivity store(String name) {
    switch (name) {
      case "memory":
        return InMemoryStorage.create().keyActivity();
      case "h2":
        return h2.emptyStorage().keyActivity();
      default:
        return postgres.emptyStorage().keyActivity();
    }
  }

  @ParameterizedTest(name = "seed {0} on {1}")
  @MethodSource("cases")
  void randomHistory_matchesTheOracle(long seed, String storeName) {
    Random random = new Random(seed);
    KeyActivity store = store(storeName);
    Map<String, Map<String, Instant>> oracle = new HashMap<>();
    for (int call = 0; call < CALLS; call++) {
      String what = "seed " + seed + ", call " + call;
      if (random.nextInt(8) == 0) {
        String tenant = pick(random, TENANTS);
        Set<String> hashes = new HashSet<>();
        for (String hash : HASHES) {
          if (random.nextBoolean()) {
            hashes.add(hash);
          }
        }
        int expected = 0;
        Map<String, Instant> uses = oracle.getOrDefault(tenant, new HashMap<>());
        for (String hash : hashes) {
          expected += uses.remove(hash) != null ? 1 : 0;
        }
        assertThat(store.forget(tenant, hashes)).as("%s: forget %s %s", what, tenant, hashes)
            .isEqualTo(expected);
      } else {
        List<KeyUse> batch = batch(random);
        Duration interval = interval(random);
        Set<String> expected = new HashSet<>();
        for (KeyUse use : batch) {
          Map<String, Instant> uses = oracle.computeIfAbsent(use.tenantId(), t -> new HashMap<>());
          Instant stored = uses.get(use.keyHash());
          if (stored == null || nanos(stored).add(nanos(interval))
              .compareTo(nanos(use.usedAt())) <= 0) {
            uses.put(use.keyHash(), use.usedAt());
            expected.add(use.keyHash());
          }
        }
        assertThat(store.record(batch, interval))
            .as("%s: record %s every %s", what, batch, interval).isEqualTo(expected);
      }
      for (String tenant : TENANTS) {
        assertThat(store.lastUses(tenant)).as("%s: last uses of %s", what, tenant)
            .isEqualTo(oracle.getOrDefault(tenant, Map.of()));
      }
    }
  }

  private static List<KeyUse> batch(Random random) {
    List<KeyUse> batch = new ArrayList<>();
    int size = 1 + random.nextInt(random.nextInt(4) == 0 ? 8 : 2);
    for (int i = 0; i < size; i++) {
      Instant at = T.plusSeconds(random.nextInt(1_200) - 600L);
      if (random.nextInt(5) == 0) {
        at = at.plusNanos(1_000L * random.nextInt(1_000_000)); // microseconds
      }
      batch.add(new KeyUse(pick(random, TENANTS), pick(random, HASHES), at));
    }
    return batch;
  }

  private static Duration interval(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofSeconds(60);
      case 2:
        return Duration.ofSeconds(59, 999_999_000);
      case 3:
        return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
      default:
        return Duration.ofSeconds(random.nextInt(300));
    }
  }

  private static BigInteger nanos(Instant instant) {
    return BigInteger.valueOf(instant.getEpochSecond()).multiply(NANOS)
        .add(BigInteger.valueOf(instant.getNano()));
  }

  private static BigInteger nanos(Duration duration) {
    return BigInteger.valueOf(duration.getSeconds()).multiply(NANOS)
        .add(BigInteger.valueOf(duration.getNano()));
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
