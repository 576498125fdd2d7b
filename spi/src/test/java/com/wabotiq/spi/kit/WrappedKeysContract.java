package com.wabotiq.spi.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link WrappedKeys}: store, fetch, list and delete a tenant's wrapped
 * data keys by version; a stored key is never replaced; arrays are never shared with the caller;
 * tenants are independent.
 *
 * <p>To prove an adapter, extend this class in your test sources and return a fresh, empty store
 * from {@link #newStore()}; JUnit runs every inherited test against it:
 *
 * <pre>{@code
 * class MyWrappedKeysTest extends WrappedKeysContract {
 *   @Override
 *   protected WrappedKeys newStore() {
 *     return MyStorage.fresh().wrappedKeys();
 *   }
 * }
 * }</pre>
 *
 * <p>The kit expects {@link DuplicateKeyException#key()} to be {@code "key_version"} for a taken
 * version.
 *
 * @since 0.1.0
 */
public abstract class WrappedKeysContract {
  private static final int RACERS = 8;

  private WrappedKeys store;

  /** For subclasses. */
  protected WrappedKeysContract() {}

  /**
   * Makes the store under test; called once before each test.
   *
   * @return a fresh store that holds no key
   */
  protected abstract WrappedKeys newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
    assertNotNull(store, "newStore() returned null");
  }

  @Test
  void absentTenant_hasNothing() {
    assertEquals(Optional.empty(), store.get("t1", 1));
    assertEquals(List.of(), store.versions("t1"));
    assertEquals(0, store.deleteAll("t1"));
  }

  @Test
  void put_thenGet_returnsTheBytes() {
    byte[] every = new byte[256];
    for (int i = 0; i < every.length; i++) {
      every[i] = (byte) i;
    }
    byte[] large = new byte[8_192];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31 + 7);
    }
    store.put("t1", 1, every);
    store.put("t1", 2, large);
    store.put("t1", 3, new byte[] {0});
    assertArrayEquals(every, store.get("t1", 1).orElseThrow(), "every byte value");
    assertArrayEquals(large, store.get("t1", 2).orElseThrow(), "8 KiB");
    assertArrayEquals(new byte[] {0}, store.get("t1", 3).orElseThrow(), "one zero byte");
    assertEquals(Optional.empty(), store.get("t1", 4));
  }

  @Test
  void versions_ascendingNumerically() {
    for (int version : new int[] {3, 1, 10, 2, Integer.MAX_VALUE, 20}) {
      store.put("t1", version, bytes(version));
    }
    assertEquals(List.of(1, 2, 3, 10, 20, Integer.MAX_VALUE), store.versions("t1"));
  }

  @Test
  void put_takenVersion_duplicateAndOriginalKept() {
    store.put("t1", 1, bytes(1));
    DuplicateKeyException e =
        assertThrows(DuplicateKeyException.class, () -> store.put("t1", 1, bytes(99)));
    assertEquals("key_version", e.key(), "DuplicateKeyException.key()");
    assertArrayEquals(bytes(1), store.get("t1", 1).orElseThrow(), "never replaced");
    assertEquals(List.of(1), store.versions("t1"));
  }

  @Test
  void put_invalidVersionOrEmptyKey_illegalArgumentAndNothingStored() {
    assertThrows(IllegalArgumentException.class, () -> store.put("t1", 0, bytes(1)));
    assertThrows(IllegalArgumentException.class, () -> store.put("t1", -1, bytes(1)));
    assertThrows(IllegalArgumentException.class,
        () -> store.put("t1", Integer.MIN_VALUE, bytes(1)));
    assertThrows(IllegalArgumentException.class, () -> store.put("t1", 1, new byte[0]));
    assertEquals(List.of(), store.versions("t1"));
    assertEquals(Optional.empty(), store.get("t1", 1));
  }

  @Test
  void put_callerMutatesItsArray_storedKeyUnchanged() {
    byte[] key = bytes(5);
    store.put("t1", 1, key);
    key[0] ^= 0x7f;
    key[key.length - 1] ^= 0x7f;
    assertArrayEquals(bytes(5), store.get("t1", 1).orElseThrow());
  }

  @Test
  void get_callerMutatesTheResult_storedKeyUnchanged() {
    store.put("t1", 1, bytes(5));
    byte[] first = store.get("t1", 1).orElseThrow();
    first[0] ^= 0x7f;
    byte[] second = store.get("t1", 1).orElseThrow();
    assertNotSame(first, second, "each get returns its own array");
    assertArrayEquals(bytes(5), second);
  }

  @Test
  void deleteAll_deletesEveryVersionAndCountsThem() {
    store.put("t1", 1, bytes(1));
    store.put("t1", 2, bytes(2));
    store.put("t1", 5, bytes(5));
    store.put("t2", 1, bytes(21));
    assertEquals(3, store.deleteAll("t1"));
    assertEquals(List.of(), store.versions("t1"));
    assertEquals(Optional.empty(), store.get("t1", 1));
    assertEquals(Optional.empty(), store.get("t1", 5));
    assertEquals(0, store.deleteAll("t1"), "nothing left to delete");
    assertEquals(List.of(1), store.versions("t2"), "another tenant keeps its keys");
    assertArrayEquals(bytes(21), store.get("t2", 1).orElseThrow());
  }

  @Test
  void keys_scopedByTenant() {
    store.put("t1", 1, bytes(11));
    store.put("t2", 1, bytes(21));
    store.put("t2", 2, bytes(22));
    assertArrayEquals(bytes(11), store.get("t1", 1).orElseThrow());
    assertArrayEquals(bytes(21), store.get("t2", 1).orElseThrow());
    assertEquals(Optional.empty(), store.get("t1", 2));
    assertEquals(List.of(1), store.versions("t1"));
    assertEquals(List.of(1, 2), store.versions("t2"));
    assertEquals(List.of(), store.versions("T1"), "tenant ids are case-sensitive");
    assertEquals(1, store.deleteAll("t1"));
    assertEquals(List.of(1, 2), store.versions("t2"));
  }

  @Test
  void put_racingWritersOfOneVersion_exactlyOneStored() {
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Boolean>> results = Concurrently.run(RACERS, thread -> {
      List<Boolean> won = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        try {
          store.put("t1", r + 1, bytes(100 * r + thread));
          won.add(true);
        } catch (DuplicateKeyException e) {
          won.add(false);
        }
      }
      return won;
    });
    for (int r = 0; r < rounds; r++) {
      List<Integer> winners = new ArrayList<>();
      for (int thread = 0; thread < RACERS; thread++) {
        if (results.get(thread).get(r)) {
          winners.add(thread);
        }
      }
      assertEquals(1, winners.size(), "writers of version " + (r + 1) + " that won: " + winners);
      assertArrayEquals(bytes(100 * r + winners.get(0)), store.get("t1", r + 1).orElseThrow(),
          "the winner's key is stored");
    }
  }

  /** A 32-byte key whose bytes derive from {@code seed}. */
  private static byte[] bytes(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 17 + i * 13);
    }
    return key;
  }
}
