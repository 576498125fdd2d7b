package com.wabotiq.spi.kit;

import static com.wabotiq.spi.storage.DocumentKind.AGENT_CONFIGURATION;
import static com.wabotiq.spi.storage.DocumentKind.SETTINGS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wabotiq.spi.kit.TenantRecordsContract.Attempt;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link Documents}: one versioned document per tenant and kind, created
 * at version 0, conflicts on any other version, kinds and tenants independent, and racing
 * writers of one version: exactly one wins.
 *
 * <p>To prove an adapter, extend this class in your test sources and return a fresh, empty store
 * from {@link #newStore()}; JUnit runs every inherited test against it:
 *
 * <pre>{@code
 * class MyDocumentsTest extends DocumentsContract {
 *   @Override
 *   protected Documents newStore() {
 *     return MyStorage.fresh().documents();
 *   }
 * }
 * }</pre>
 *
 * <p>Documents must come back exactly as written, character for character: store them as text,
 * not as a JSON type that normalises whitespace or key order.
 *
 * @since 0.1.0
 */
public abstract class DocumentsContract {
  private static final int RACERS = 8;
  private static final String JSON = "{\"language\":\"en\",\"n\":1}";

  private Documents store;

  /** For subclasses. */
  protected DocumentsContract() {}

  /**
   * Makes the store under test; called once before each test.
   *
   * @return a fresh store that holds no document
   */
  protected abstract Documents newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
    assertNotNull(store, "newStore() returned null");
  }

  @Test
  void get_absent_isEmpty() {
    assertEquals(Optional.empty(), store.get("t1", SETTINGS));
    assertEquals(Optional.empty(), store.get("t1", AGENT_CONFIGURATION));
  }

  @Test
  void put_versionZero_createsAtVersionOne() {
    VersionedDocument created = store.put("t1", SETTINGS, JSON, 0);
    VersionedDocument expected = new VersionedDocument("t1", SETTINGS, 1, JSON);
    assertEquals(expected, created);
    assertEquals(Optional.of(expected), store.get("t1", SETTINGS));
  }

  @Test
  void put_currentVersion_replacesAndBumpsVersion() {
    store.put("t1", SETTINGS, JSON, 0);
    VersionedDocument v2 = store.put("t1", SETTINGS, "{\"n\":2}", 1);
    assertEquals(new VersionedDocument("t1", SETTINGS, 2, "{\"n\":2}"), v2);
    VersionedDocument v3 = store.put("t1", SETTINGS, "{\"n\":3}", 2);
    assertEquals(3, v3.version());
    assertEquals(Optional.of(v3), store.get("t1", SETTINGS));
  }

  @Test
  void put_staleVersion_conflictAndNothingWritten() {
    store.put("t1", SETTINGS, JSON, 0);
    VersionedDocument v2 = store.put("t1", SETTINGS, "{\"n\":2}", 1);
    for (long stale : new long[] {0, 1, 3, 100}) {
      VersionConflictException e = assertThrows(VersionConflictException.class,
          () -> store.put("t1", SETTINGS, "{\"late\":true}", stale));
      assertAll(
          () -> assertEquals("t1", e.tenantId(), "tenantId()"),
          () -> assertEquals(stale, e.expectedVersion(), "expectedVersion()"),
          () -> assertEquals(2, e.actualVersion(), "actualVersion()"));
    }
    assertEquals(Optional.of(v2), store.get("t1", SETTINGS), "nothing was written");
  }

  @Test
  void put_absentWithNonZeroVersion_conflictAndNothingWritten() {
    for (long version : new long[] {1, 2}) {
      VersionConflictException e = assertThrows(VersionConflictException.class,
          () -> store.put("t1", AGENT_CONFIGURATION, JSON, version));
      assertEquals(version, e.expectedVersion(), "expectedVersion()");
      assertEquals(0, e.actualVersion(), "a missing document is at version 0");
    }
    assertEquals(Optional.empty(), store.get("t1", AGENT_CONFIGURATION));
    assertEquals(1, store.put("t1", AGENT_CONFIGURATION, JSON, 0).version());
  }

  @Test
  void put_negativeVersion_illegalArgumentAndNothingWritten() {
    assertThrows(IllegalArgumentException.class, () -> store.put("t1", SETTINGS, JSON, -1));
    assertThrows(IllegalArgumentException.class,
        () -> store.put("t1", SETTINGS, JSON, Long.MIN_VALUE));
    assertEquals(Optional.empty(), store.get("t1", SETTINGS));
  }

  @Test
  void put_kinds_areIndependent() {
    store.put("t1", SETTINGS, "{\"kind\":\"settings\"}", 0);
    store.put("t1", SETTINGS, "{\"kind\":\"settings\",\"v\":2}", 1);
    assertEquals(Optional.empty(), store.get("t1", AGENT_CONFIGURATION));
    VersionedDocument agent = store.put("t1", AGENT_CONFIGURATION, "{\"kind\":\"agent\"}", 0);
    assertEquals(1, agent.version(), "the agent configuration has its own version");
    assertEquals(new VersionedDocument("t1", SETTINGS, 2, "{\"kind\":\"settings\",\"v\":2}"),
        store.get("t1", SETTINGS).orElseThrow());
    assertEquals(Optional.of(agent), store.get("t1", AGENT_CONFIGURATION));
  }

  @Test
  void put_tenants_areIndependent() {
    store.put("t1", SETTINGS, "{\"tenant\":1}", 0);
    store.put("t1", SETTINGS, "{\"tenant\":1,\"v\":2}", 1);
    assertEquals(Optional.empty(), store.get("t2", SETTINGS));
    VersionedDocument t2 = store.put("t2", SETTINGS, "{\"tenant\":2}", 0);
    assertEquals(new VersionedDocument("t2", SETTINGS, 1, "{\"tenant\":2}"), t2);
    assertThrows(VersionConflictException.class, () -> store.put("t2", SETTINGS, "{}", 2));
    assertEquals("{\"tenant\":1,\"v\":2}", store.get("t1", SETTINGS).orElseThrow().json());
    assertEquals(Optional.of(t2), store.get("t2", SETTINGS));
    assertEquals(Optional.empty(), store.get("T1", SETTINGS), "tenant ids are case-sensitive");
  }

  @Test
  void put_json_roundTripsVerbatim() {
    StringBuilder big = new StringBuilder("{ \"rows\" : [");
    for (int i = 0; i < 5_000; i++) {
      big.append(i == 0 ? "" : ", ").append("{\"k\": ").append(i).append('}');
    }
    String large = big.append("] }").toString();
    String spaced = "{ \"b\" : 2 ,\n  \"a\" : \"Café ₹ हिन्दी 😀 \\u00e9\" }";
    store.put("t1", SETTINGS, spaced, 0);
    store.put("t1", AGENT_CONFIGURATION, large, 0);
    assertEquals(spaced, store.get("t1", SETTINGS).orElseThrow().json(), "whitespace, key order");
    assertEquals(large, store.get("t1", AGENT_CONFIGURATION).orElseThrow().json(), "large");
  }

  @Test
  void put_racingWritersOfOneVersion_exactlyOneWinsPerVersion() {
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Attempt>> results = Concurrently.run(RACERS, thread -> {
      List<Attempt> attempts = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        String json = "{\"writer\":" + thread + ",\"round\":" + r + "}";
        try {
          attempts.add(new Attempt(true, r, store.put("t1", SETTINGS, json, r).version(), json));
        } catch (VersionConflictException e) {
          assertEquals(r, e.expectedVersion(), "expectedVersion()");
          attempts.add(new Attempt(false, r, e.actualVersion(), json));
        }
      }
      return attempts;
    });
    String lastWinner = TenantRecordsContract.assertOneWinnerPerRound(results, rounds);
    VersionedDocument stored = store.get("t1", SETTINGS).orElseThrow();
    assertEquals(rounds, stored.version());
    assertEquals(lastWinner, stored.json(), "the last round's winner is stored");
  }

  @Test
  void put_racingReadModifyWrite_losesNoWrite() {
    int perThread = 10;
    store.put("t1", AGENT_CONFIGURATION, count(0), 0);
    List<Integer> conflicts = Concurrently.run(RACERS, thread -> {
      int retries = 0;
      for (int done = 0; done < perThread; ) {
        VersionedDocument read = store.get("t1", AGENT_CONFIGURATION).orElseThrow();
        int n = Integer.parseInt(read.json().replaceAll("\\D", ""));
        try {
          store.put("t1", AGENT_CONFIGURATION, count(n + 1), read.version());
          done++;
        } catch (VersionConflictException e) {
          retries++;
        }
      }
      return retries;
    });
    VersionedDocument stored = store.get("t1", AGENT_CONFIGURATION).orElseThrow();
    int writes = RACERS * perThread;
    assertEquals(count(writes), stored.json(), "every increment survives; retries " + conflicts);
    assertEquals(writes + 1, stored.version(), "one version per successful write");
  }

  private static String count(int n) {
    return "{\"count\":" + n + "}";
  }
}
