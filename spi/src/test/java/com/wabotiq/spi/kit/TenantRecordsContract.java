package com.wabotiq.spi.kit;

import static com.wabotiq.spi.kit.Tenants.DELETED_AT;
import static com.wabotiq.spi.kit.Tenants.document;
import static com.wabotiq.spi.kit.Tenants.tenant;
import static com.wabotiq.spi.kit.Tenants.withDeletedAt;
import static com.wabotiq.spi.kit.Tenants.withDocument;
import static com.wabotiq.spi.kit.Tenants.withHashes;
import static com.wabotiq.spi.kit.Tenants.withNumber;
import static com.wabotiq.spi.kit.Tenants.withSlug;
import static com.wabotiq.spi.kit.Tenants.withStatus;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionConflictException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The conformance kit for {@link TenantRecords}: versioned create and update, unique keys, soft
 * deletion, exact lookups, and paging by status without gaps or repeats while records change.
 *
 * <p>To prove an adapter, extend this class in your test sources and return a fresh, empty store
 * from {@link #newStore()}; JUnit runs every inherited test against it:
 *
 * <pre>{@code
 * class MyTenantRecordsTest extends TenantRecordsContract {
 *   @Override
 *   protected TenantRecords newStore() {
 *     return MyStorage.fresh().tenants();
 *   }
 * }
 * }</pre>
 *
 * <p>The kit expects {@link DuplicateKeyException#key()} to be {@code "tenant_id"}, {@code
 * "slug"}, {@code "whatsapp_number"} or {@code "api_key_hash"}, and documents to come back exactly
 * as written (store them as text, not as a normalising JSON type). Tenant ids in the kit are
 * ASCII; their order is that of {@link String#compareTo}, so a SQL adapter must order by a binary
 * collation ({@code COLLATE "C"} on PostgreSQL).
 *
 * @since 0.1.0
 */
public abstract class TenantRecordsContract {
  private static final int RACERS = 8;

  private final AtomicInteger probes = new AtomicInteger();
  private final Set<Integer> inserted = ConcurrentHashMap.newKeySet();
  private TenantRecords store;

  /** For subclasses. */
  protected TenantRecordsContract() {}

  /**
   * Makes the store under test; called once before each test.
   *
   * @return a fresh store that holds no tenant
   */
  protected abstract TenantRecords newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
    assertNotNull(store, "newStore() returned null");
  }

  // ---- create and get ----

  @Test
  void create_anyGivenVersion_storesAtVersionOne() {
    for (long given : new long[] {0, 1, 7, -3, Long.MAX_VALUE}) {
      TenantRecord record = tenant("v" + Long.toHexString(given)).withVersion(given);
      TenantRecord created = store.create(record);
      assertEquals(record.withVersion(1), created, "create returns the record at version 1");
      assertEquals(Optional.of(created), store.get(record.tenantId()), "get after create");
    }
  }

  @Test
  void create_everyField_roundTrips() {
    TenantRecord full = new TenantRecord("t-full", 0, "Acme-Shop", "+254700000001", "active",
        Set.of("h1", "h2", "H3"), DELETED_AT,
        "{\"name\":\"Café ₹ हिन्दी 😀\",\"list\":[1,2,3],\"nested\":{\"a\":null}}");
    TenantRecord bare = new TenantRecord("t-bare", 0, "bare", null, "trial", Set.of(), null, "{}");
    store.create(full);
    store.create(bare);
    assertEquals(Optional.of(full.withVersion(1)), store.get("t-full"));
    assertEquals(Optional.of(bare.withVersion(1)), store.get("t-bare"));
  }

  @Test
  void create_largeDocument_roundTripsVerbatim() {
    StringBuilder json = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 5_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"item-").append(i).append("-ü\"");
    }
    String document = json.append("]}").toString();
    store.create(withDocument(tenant("t1"), document));
    assertEquals(document, store.get("t1").orElseThrow().document());
  }

  @Test
  void get_unknownId_isEmpty() {
    store.create(tenant("t1"));
    assertEquals(Optional.empty(), store.get("t2"));
    assertEquals(Optional.empty(), store.get("T1"), "ids are case-sensitive");
  }

  @Test
  void create_twoTenantsWithoutWhatsappNumber_bothStored() {
    store.create(withNumber(tenant("t1"), null));
    store.create(withNumber(tenant("t2"), null));
    assertNull(store.get("t1").orElseThrow().whatsappNumber());
    assertNull(store.get("t2").orElseThrow().whatsappNumber());
  }

  // ---- duplicates on create ----

  @Test
  void create_takenTenantId_duplicateTenantIdAndNothingWritten() {
    TenantRecord first = store.create(tenant("t1"));
    TenantRecord second = new TenantRecord("t1", 0, "other-slug", "other-number", "active",
        Set.of("other-hash"), null, "{}");
    assertDuplicate("tenant_id", () -> store.create(second));
    assertEquals(Optional.of(first), store.get("t1"), "the first tenant is unchanged");
    assertKeysFree("other-slug", "other-number", "other-hash");
  }

  @Test
  void create_takenSlug_duplicateSlugAndNothingWritten() {
    store.create(tenant("t1"));
    TenantRecord second = withSlug(tenant("t2"), "slug-t1");
    assertDuplicate("slug", () -> store.create(second));
    assertNothingOf("t2");
  }

  @Test
  void create_takenWhatsappNumber_duplicateWhatsappNumberAndNothingWritten() {
    store.create(tenant("t1"));
    TenantRecord second = withNumber(tenant("t2"), "wa-t1");
    assertDuplicate("whatsapp_number", () -> store.create(second));
    assertNothingOf("t2");
  }

  @Test
  void create_oneTakenApiKeyHash_duplicateApiKeyHashAndNothingWritten() {
    store.create(withHashes(tenant("t1"), Set.of("hash-a", "hash-b")));
    TenantRecord second = withHashes(tenant("t2"), orderedSet("hash-t2", "hash-b", "hash-t2x"));
    assertDuplicate("api_key_hash", () -> store.create(second));
    assertNothingOf("t2");
    assertKeysFree("hash-t2x");
    assertEquals("t1", store.findBy(UniqueKey.API_KEY_HASH, "hash-b").orElseThrow().tenantId());
  }

  // ---- update ----

  @Test
  void update_currentVersion_replacesAndBumpsVersion() {
    TenantRecord v1 = store.create(tenant("t1"));
    TenantRecord change = withDocument(withStatus(v1, "active"), document("t1", 1));
    TenantRecord v2 = store.update(change, 1);
    assertEquals(change.withVersion(2), v2);
    assertEquals(Optional.of(v2), store.get("t1"));
    TenantRecord v3 = store.update(withStatus(v2, "suspended"), 2);
    assertEquals(3, v3.version());
    assertEquals(Optional.of(v3), store.get("t1"));
  }

  @Test
  void update_recordsOwnVersion_isIgnored() {
    store.create(tenant("t1"));
    TenantRecord stored = store.update(withStatus(tenant("t1"), "active").withVersion(99), 1);
    assertEquals(2, stored.version());
    assertEquals(2, store.get("t1").orElseThrow().version());
  }

  @Test
  void update_staleVersion_conflictAndNothingWritten() {
    TenantRecord v1 = store.create(tenant("t1"));
    TenantRecord v2 = store.update(withStatus(v1, "active"), 1);
    TenantRecord late = withNumber(withSlug(withStatus(v1, "churned"), "late-slug"), "late-wa");
    for (long stale : new long[] {1, 0, 3, -1}) {
      VersionConflictException e =
          assertThrows(VersionConflictException.class, () -> store.update(late, stale));
      assertAll(
          () -> assertEquals("t1", e.tenantId(), "tenantId()"),
          () -> assertEquals(stale, e.expectedVersion(), "expectedVersion()"),
          () -> assertEquals(2, e.actualVersion(), "actualVersion()"));
    }
    assertEquals(Optional.of(v2), store.get("t1"), "nothing was written");
    assertKeysFree("late-slug", "late-wa");
    assertEquals("t1", store.findBy(UniqueKey.SLUG, "slug-t1").orElseThrow().tenantId());
  }

  @Test
  void update_missingTenant_notFoundAndNothingWritten() {
    store.create(tenant("t1"));
    for (long version : new long[] {0, 1}) {
      assertThrows(NotFoundException.class, () -> store.update(tenant("t2"), version));
    }
    assertNothingOf("t2");
  }

  @Test
  void update_ownKeysKept_succeeds() {
    TenantRecord v1 = store.create(withHashes(tenant("t1"), Set.of("h1", "h2")));
    TenantRecord v2 = store.update(withStatus(v1, "active"), 1);
    assertEquals(2, v2.version());
    TenantRecord v3 = store.update(withHashes(v2, Set.of("h2", "h3")), 2);
    assertEquals(Set.of("h2", "h3"), v3.apiKeyHashes());
    assertEquals("t1", store.findBy(UniqueKey.API_KEY_HASH, "h2").orElseThrow().tenantId());
  }

  @Test
  void update_changedKeys_releaseTheOldOnes() {
    TenantRecord v1 = store.create(tenant("t1"));
    store.update(withHashes(withNumber(withSlug(v1, "new-slug"), "new-wa"), Set.of("new-hash")), 1);
    assertKeysFree("slug-t1", "wa-t1", "hash-t1");
    assertEquals("t1", store.findBy(UniqueKey.SLUG, "new-slug").orElseThrow().tenantId());
    assertEquals("t1", store.findBy(UniqueKey.WHATSAPP_NUMBER, "new-wa").orElseThrow().tenantId());
    assertEquals("t1", store.findBy(UniqueKey.API_KEY_HASH, "new-hash").orElseThrow().tenantId());
    store.create(new TenantRecord("t2", 0, "slug-t1", "wa-t1", "trial", Set.of("hash-t1"), null,
        "{}"));
    assertEquals("t2", store.findBy(UniqueKey.SLUG, "slug-t1").orElseThrow().tenantId());
  }

  @Test
  void update_removedWhatsappNumber_releasesIt() {
    TenantRecord v1 = store.create(tenant("t1"));
    TenantRecord v2 = store.update(withNumber(v1, null), 1);
    assertNull(v2.whatsappNumber());
    assertNull(store.get("t1").orElseThrow().whatsappNumber());
    assertKeysFree("wa-t1");
  }

  @Test
  void update_anotherTenantsSlug_duplicateSlugAndNothingWritten() {
    assertUpdateDuplicate("slug", r -> withSlug(r, "slug-t2"));
  }

  @Test
  void update_anotherTenantsWhatsappNumber_duplicateWhatsappNumberAndNothingWritten() {
    assertUpdateDuplicate("whatsapp_number", r -> withNumber(r, "wa-t2"));
  }

  @Test
  void update_anotherTenantsApiKeyHash_duplicateApiKeyHashAndNothingWritten() {
    assertUpdateDuplicate("api_key_hash",
        r -> withHashes(r, orderedSet("hash-t1", "fresh-hash", "hash-t2")));
  }

  // ---- soft deletion ----

  @Test
  void get_softDeletedTenant_isReturned() {
    TenantRecord v1 = store.create(tenant("t1"));
    TenantRecord deleted = store.update(withDeletedAt(v1, DELETED_AT), 1);
    assertTrue(deleted.isDeleted());
    assertEquals(Optional.of(deleted), store.get("t1"));
    assertEquals(DELETED_AT, store.get("t1").orElseThrow().deletedAt());
  }

  @Test
  void findBy_softDeletedTenant_isEmpty() {
    TenantRecord v1 = store.create(tenant("t1"));
    store.update(withDeletedAt(v1, DELETED_AT), 1);
    assertAll(
        () -> assertEquals(Optional.empty(), store.findBy(UniqueKey.SLUG, "slug-t1"), "slug"),
        () -> assertEquals(Optional.empty(), store.findBy(UniqueKey.WHATSAPP_NUMBER, "wa-t1"),
            "whatsapp number"),
        () -> assertEquals(Optional.empty(), store.findBy(UniqueKey.API_KEY_HASH, "hash-t1"),
            "api key hash"));
  }

  @Test
  void create_keysOfSoftDeletedTenant_stayReserved() {
    TenantRecord v1 = store.create(tenant("t1"));
    store.update(withDeletedAt(v1, DELETED_AT), 1);
    assertDuplicate("tenant_id", () -> store.create(withSlug(tenant("t1"), "x")));
    assertDuplicate("slug", () -> store.create(withSlug(tenant("t2"), "slug-t1")));
    assertDuplicate("whatsapp_number", () -> store.create(withNumber(tenant("t3"), "wa-t1")));
    assertDuplicate("api_key_hash",
        () -> store.create(withHashes(tenant("t4"), Set.of("hash-t1"))));
    TenantRecord t5 = store.create(tenant("t5"));
    assertDuplicate("slug", () -> store.update(withSlug(t5, "slug-t1"), 1));
    assertEquals(Optional.of(t5), store.get("t5"));
  }

  @Test
  void listByStatus_softDeletedTenant_isSkipped() {
    store.create(tenant("t1"));
    TenantRecord t2 = store.create(tenant("t2"));
    store.create(tenant("t3"));
    store.update(withDeletedAt(t2, DELETED_AT), 1);
    assertEquals(List.of("t1", "t3"), ids(listAll("trial", 10)));
  }

  // ---- findBy ----

  @Test
  void findBy_eachKey_findsItsTenant() {
    store.create(tenant("t1"));
    TenantRecord t2 = store.create(withHashes(tenant("t2"), Set.of("h-a", "h-b")));
    store.create(tenant("t3"));
    assertAll(
        () -> assertEquals(Optional.of(t2), store.findBy(UniqueKey.SLUG, "slug-t2")),
        () -> assertEquals(Optional.of(t2), store.findBy(UniqueKey.WHATSAPP_NUMBER, "wa-t2")),
        () -> assertEquals(Optional.of(t2), store.findBy(UniqueKey.API_KEY_HASH, "h-a")),
        () -> assertEquals(Optional.of(t2), store.findBy(UniqueKey.API_KEY_HASH, "h-b")));
  }

  @Test
  void findBy_keysAreSeparate_slugIsNotANumber() {
    store.create(new TenantRecord("t1", 0, "same", "other", "trial", Set.of("third"), null, "{}"));
    assertEquals(Optional.empty(), store.findBy(UniqueKey.WHATSAPP_NUMBER, "same"));
    assertEquals(Optional.empty(), store.findBy(UniqueKey.API_KEY_HASH, "same"));
    assertEquals(Optional.empty(), store.findBy(UniqueKey.SLUG, "other"));
    store.create(new TenantRecord("t2", 0, "other", "same", "trial", Set.of(), null, "{}"));
    assertEquals("t2", store.findBy(UniqueKey.SLUG, "other").orElseThrow().tenantId());
  }

  @Test
  void findBy_otherCaseOrPattern_isEmpty() {
    store.create(new TenantRecord("t1", 0, "Acme-Shop", "+254700000001", "trial",
        Set.of("AbCdEf0123"), null, "{}"));
    for (String slug : List.of("acme-shop", "ACME-SHOP", "Acme-Shop ", " Acme-Shop", "Acme",
        "Acme-Sho_", "Acme%", "%")) {
      assertEquals(Optional.empty(), store.findBy(UniqueKey.SLUG, slug), "slug " + slug);
    }
    assertEquals(Optional.empty(), store.findBy(UniqueKey.API_KEY_HASH, "abcdef0123"));
    assertEquals(Optional.empty(), store.findBy(UniqueKey.WHATSAPP_NUMBER, "254700000001"));
    assertEquals("t1", store.findBy(UniqueKey.SLUG, "Acme-Shop").orElseThrow().tenantId());
  }

  @Test
  void findBy_unknownValue_isEmpty() {
    assertEquals(Optional.empty(), store.findBy(UniqueKey.SLUG, "nobody"));
    store.create(tenant("t1"));
    assertEquals(Optional.empty(), store.findBy(UniqueKey.SLUG, "nobody"));
  }

  // ---- listByStatus ----

  @Test
  void listByStatus_ordersByTenantIdCodeUnits() {
    List<String> ids = List.of("t-b", "t-B", "t-a", "t-A", "t-0", "t-9", "t-_", "t--", "t-~",
        "t-a0", "t-ab", "t-", "T-z");
    for (String id : ids) {
      store.create(tenant(id));
    }
    List<String> expected = new ArrayList<>(new TreeSet<>(ids));
    assertEquals(expected, ids(listAll("trial", 100)), "one page");
    assertEquals(expected, ids(listAll("trial", 3)), "pages of 3");
    assertEquals(expected, ids(listAll("trial", 1)), "pages of 1");
  }

  @Test
  void listByStatus_onlyThatStatus() {
    store.create(tenant("t1"));
    store.create(withStatus(tenant("t2"), "active"));
    store.create(tenant("t3"));
    store.create(withStatus(tenant("t4"), "Trial"));
    assertEquals(List.of("t1", "t3"), ids(listAll("trial", 10)));
    assertEquals(List.of("t2"), ids(listAll("active", 10)));
    assertEquals(List.of(), ids(listAll("churned", 10)));
  }

  @Test
  void listByStatus_noMatch_emptyPageWithoutCursor() {
    Page<TenantRecord> empty = store.listByStatus("trial", null, 5);
    assertEquals(List.of(), empty.items());
    assertNull(empty.nextCursor());
    store.create(withStatus(tenant("t1"), "active"));
    assertNull(store.listByStatus("trial", null, 5).nextCursor());
  }

  @Test
  void listByStatus_pages_cursorNullExactlyWhenNoneFollows() {
    for (int i = 0; i < 20; i++) {
      store.create(tenant(id(i)));
    }
    Page<TenantRecord> first = store.listByStatus("trial", null, 10);
    assertEquals(10, first.items().size(), "a first page of 10 of 20");
    assertNotNull(first.nextCursor(), "ten more follow: the cursor is set");
    Page<TenantRecord> second = store.listByStatus("trial", first.nextCursor(), 10);
    assertEquals(10, second.items().size());
    assertNull(second.nextCursor(), "no tenant follows the 20th: the cursor is null");
    Page<TenantRecord> all = store.listByStatus("trial", null, 20);
    assertEquals(20, all.items().size());
    assertNull(all.nextCursor(), "a page holding every tenant has no cursor");
    Page<TenantRecord> most = store.listByStatus("trial", null, 19);
    assertNotNull(most.nextCursor(), "one follows");
    Page<TenantRecord> last = store.listByStatus("trial", most.nextCursor(), 19);
    assertEquals(List.of(id(19)), ids(last.items()));
    assertNull(last.nextCursor());
  }

  @Test
  void listByStatus_limitOne_visitsEveryTenantOnce() {
    for (int i = 0; i < 7; i++) {
      store.create(tenant(id(i)));
    }
    List<List<TenantRecord>> pages = pages("trial", 1);
    assertEquals(7, pages.size());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(id(i));
      assertEquals(1, pages.get(i).size());
    }
    assertEquals(expected, ids(flatten(pages)));
  }

  @Test
  void listByStatus_limitBelowOne_illegalArgument() {
    store.create(tenant("t1"));
    assertThrows(IllegalArgumentException.class, () -> store.listByStatus("trial", null, 0));
    assertThrows(IllegalArgumentException.class, () -> store.listByStatus("trial", null, -1));
    assertThrows(IllegalArgumentException.class,
        () -> store.listByStatus("trial", null, Integer.MIN_VALUE));
  }

  @Test
  void listByStatus_largeLimit_returnsAll() {
    for (int i = 0; i < 5; i++) {
      store.create(tenant(id(i)));
    }
    Page<TenantRecord> page = store.listByStatus("trial", null, Integer.MAX_VALUE);
    assertEquals(5, page.items().size());
    assertNull(page.nextCursor());
  }

  @Test
  void listByStatus_changesBetweenPages_noGapsNoRepeats() {
    Random random = new Random(20251120L);
    Set<String> stable = seedForPaging();
    List<TenantRecord> seen = new ArrayList<>();
    String cursor = null;
    int pagesRead = 0;
    do {
      Page<TenantRecord> page = store.listByStatus("trial", cursor, 10);
      seen.addAll(page.items());
      cursor = page.nextCursor();
      assertTrue(++pagesRead < 100, "paging does not end");
      if (cursor != null && !page.items().isEmpty()) {
        String last = page.items().get(page.items().size() - 1).tenantId();
        int at = Integer.parseInt(last.substring(1));
        insertFresh(Math.max(11, at - 1 - random.nextInt(40)));
        insertFresh(Math.min(5_799, at + 1 + random.nextInt(40)));
        insertFresh(1 + random.nextInt(5_799));
        for (int i = 0; i < 4; i++) {
          mutateVolatile(random, stable);
        }
        touchStable(random, stable);
      }
    } while (cursor != null);
    assertSweep(stable, seen);
  }

  @Test
  void listByStatus_concurrentChanges_noGapsNoRepeats() throws Exception {
    Set<String> stable = seedForPaging();
    Semaphore permits = new Semaphore(0);
    AtomicLong mutations = new AtomicLong();
    AtomicBoolean done = new AtomicBoolean();
    Map<String, Throwable> failure = new ConcurrentHashMap<>();
    Thread mutator = new Thread(() -> {
      Random random = new Random(7L);
      try {
        while (!done.get()) {
          if (!permits.tryAcquire(5, TimeUnit.MILLISECONDS)) {
            continue;
          }
          int op = random.nextInt(4);
          if (op == 0) {
            insertFresh(1 + random.nextInt(5_799));
          } else if (op == 1) {
            touchStable(random, stable);
          } else {
            mutateVolatile(random, stable);
          }
          mutations.incrementAndGet();
        }
      } catch (Throwable e) {
        failure.put("mutator", e);
      }
    }, "kit-paging-mutator");
    mutator.setDaemon(true);
    mutator.start();
    List<TenantRecord> seen = new ArrayList<>();
    try {
      String cursor = null;
      long released = 0;
      do {
        // The mutator makes 8 changes while this page is read, and the sweep waits for them
        // before the next page, so changes land both during and between page reads.
        permits.release(8);
        released += 8;
        Page<TenantRecord> page = store.listByStatus("trial", cursor, 10);
        seen.addAll(page.items());
        cursor = page.nextCursor();
        assertTrue(released < 8 * 1_000, "paging does not end");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Concurrently.TIMEOUT_SECONDS);
        while (mutations.get() < released && failure.isEmpty()) {
          assertTrue(System.nanoTime() < deadline, "the mutator stalled");
          Thread.sleep(0, 100_000);
        }
      } while (cursor != null && failure.isEmpty());
    } finally {
      done.set(true);
      mutator.join(TimeUnit.SECONDS.toMillis(Concurrently.TIMEOUT_SECONDS));
    }
    if (!failure.isEmpty()) {
      fail("a write racing the sweep failed", failure.get("mutator"));
    }
    assertSweep(stable, seen);
  }

  // ---- concurrency ----

  @Test
  void update_racingWritersOfOneVersion_exactlyOneWinsPerVersion() {
    store.create(tenant("t1"));
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Attempt>> results = Concurrently.run(RACERS, thread -> {
      List<Attempt> attempts = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        long expected = r + 1L;
        String json = "{\"writer\":" + thread + ",\"round\":" + r + "}";
        TenantRecord change = withDocument(tenant("t1"), json);
        try {
          TenantRecord stored = store.update(change, expected);
          attempts.add(new Attempt(true, expected, stored.version(), json));
        } catch (VersionConflictException e) {
          assertEquals(expected, e.expectedVersion(), "expectedVersion()");
          attempts.add(new Attempt(false, expected, e.actualVersion(), json));
        }
      }
      return attempts;
    });
    String lastWinner = assertOneWinnerPerRound(results, rounds);
    TenantRecord stored = store.get("t1").orElseThrow();
    assertEquals(rounds + 1, stored.version());
    assertEquals(lastWinner, stored.document(), "the last round's winner is stored");
  }

  @Test
  void create_racingCreatorsOfOneSlug_exactlyOneWins() {
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Boolean>> results = Concurrently.run(RACERS, thread -> {
      List<Boolean> won = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        try {
          store.create(withSlug(tenant("t" + thread + "-r" + r), "contested-" + r));
          won.add(true);
        } catch (DuplicateKeyException e) {
          assertEquals("slug", e.key());
          won.add(false);
        }
      }
      return won;
    });
    for (int r = 0; r < rounds; r++) {
      List<String> winners = new ArrayList<>();
      for (int thread = 0; thread < RACERS; thread++) {
        String id = "t" + thread + "-r" + r;
        if (results.get(thread).get(r)) {
          winners.add(id);
        }
        assertEquals(results.get(thread).get(r), store.get(id).isPresent(),
            id + " is stored exactly when its create won");
      }
      assertEquals(1, winners.size(), "creators of slug contested-" + r + " that won: " + winners);
      assertEquals(winners.get(0),
          store.findBy(UniqueKey.SLUG, "contested-" + r).orElseThrow().tenantId());
    }
  }

  @Test
  void create_racingCreatorsOfOneApiKeyHash_exactlyOneWins() {
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Boolean>> results = Concurrently.run(RACERS, thread -> {
      List<Boolean> won = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        try {
          store.create(withHashes(tenant("k" + thread + "-r" + r), Set.of("contested-hash-" + r)));
          won.add(true);
        } catch (DuplicateKeyException e) {
          assertEquals("api_key_hash", e.key());
          won.add(false);
        }
      }
      return won;
    });
    for (int r = 0; r < rounds; r++) {
      List<String> winners = new ArrayList<>();
      for (int thread = 0; thread < RACERS; thread++) {
        String id = "k" + thread + "-r" + r;
        if (results.get(thread).get(r)) {
          winners.add(id);
        }
        assertEquals(results.get(thread).get(r), store.get(id).isPresent(),
            id + " is stored exactly when its create won");
      }
      assertEquals(1, winners.size(),
          "creators of hash contested-hash-" + r + " that won: " + winners);
      assertEquals(winners.get(0),
          store.findBy(UniqueKey.API_KEY_HASH, "contested-hash-" + r).orElseThrow().tenantId());
    }
  }

  @Test
  void update_racingAddersOfOneApiKeyHash_exactlyOneWins() {
    long[] versions = new long[RACERS];
    for (int thread = 0; thread < RACERS; thread++) {
      versions[thread] = store.create(tenant("k" + thread)).version();
    }
    int rounds = 10;
    CyclicBarrier round = new CyclicBarrier(RACERS);
    List<List<Boolean>> results = Concurrently.run(RACERS, thread -> {
      List<Boolean> won = new ArrayList<>();
      long version = versions[thread];
      for (int r = 0; r < rounds; r++) {
        Concurrently.nextRound(round);
        TenantRecord change = withHashes(tenant("k" + thread), Set.of("contested-hash-" + r));
        try {
          version = store.update(change, version).version();
          won.add(true);
        } catch (DuplicateKeyException e) {
          assertEquals("api_key_hash", e.key());
          won.add(false);
        }
      }
      return won;
    });
    for (int r = 0; r < rounds; r++) {
      List<String> winners = new ArrayList<>();
      for (int thread = 0; thread < RACERS; thread++) {
        if (results.get(thread).get(r)) {
          winners.add("k" + thread);
        }
      }
      assertEquals(1, winners.size(),
          "adders of hash contested-hash-" + r + " that won: " + winners);
    }
    Map<String, String> holders = new HashMap<>();
    for (int thread = 0; thread < RACERS; thread++) {
      for (String hash : store.get("k" + thread).orElseThrow().apiKeyHashes()) {
        assertEquals(null, holders.put(hash, "k" + thread), hash + " is held once");
      }
    }
    assertEquals("k" + lastWinner(results, rounds - 1),
        store.findBy(UniqueKey.API_KEY_HASH, "contested-hash-" + (rounds - 1)).orElseThrow()
            .tenantId());
  }

  private static int lastWinner(List<List<Boolean>> results, int round) {
    for (int thread = 0; thread < results.size(); thread++) {
      if (results.get(thread).get(round)) {
        return thread;
      }
    }
    return fail("no winner in round " + round);
  }

  // ---- helpers ----

  /** One racing write: whether it won, the version it expected, and the stored one after. */
  record Attempt(boolean won, long expected, long actual, String document) {}

  static String assertOneWinnerPerRound(List<List<Attempt>> results, int rounds) {
    String lastWinner = "";
    for (int r = 0; r < rounds; r++) {
      int winners = 0;
      for (List<Attempt> thread : results) {
        Attempt a = thread.get(r);
        assertEquals(a.expected() + 1, a.actual(),
            "round " + r + ": the stored version after the round's one write");
        if (a.won()) {
          winners++;
          lastWinner = a.document();
        }
      }
      assertEquals(1, winners, "writers that won at version " + (r + 1));
    }
    return lastWinner;
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "t%03d", i);
  }

  private static Set<String> orderedSet(String... values) {
    return new LinkedHashSet<>(List.of(values));
  }

  private void assertDuplicate(String key, Executable write) {
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, write);
    assertEquals(key, e.key(), "DuplicateKeyException.key()");
  }

  /** Asserts that neither tenant {@code id} nor any of its sample keys was stored. */
  private void assertNothingOf(String id) {
    assertEquals(Optional.empty(), store.get(id), "tenant " + id + " was not stored");
    assertKeysFree("slug-" + id, "wa-" + id, "hash-" + id);
    assertEquals(List.of(), ids(listAll("trial", 100)).stream().filter(id::equals).toList());
  }

  /** Asserts that no tenant holds these values under any key, by finding and by taking them. */
  private void assertKeysFree(String... values) {
    for (String value : values) {
      for (UniqueKey key : UniqueKey.values()) {
        assertEquals(Optional.empty(), store.findBy(key, value), key + " " + value + " is free");
      }
      String probe = "probe-" + probes.incrementAndGet();
      TenantRecord taker = new TenantRecord(probe, 0, value, value, "probe", Set.of(value), null,
          "{}");
      store.create(taker);
      store.update(withHashes(withNumber(withSlug(taker, probe), null), Set.of()), 1);
    }
  }

  private void assertUpdateDuplicate(String key, UnaryOperator<TenantRecord> change) {
    TenantRecord t1 = store.create(withHashes(tenant("t1"), Set.of("hash-t1")));
    TenantRecord t2 = store.create(tenant("t2"));
    assertDuplicate(key, () -> store.update(change.apply(withStatus(t1, "active")), 1));
    assertEquals(Optional.of(t1), store.get("t1"), "t1 is unchanged");
    assertEquals(Optional.of(t2), store.get("t2"), "t2 is unchanged");
    assertEquals(Optional.of(t2), store.findBy(UniqueKey.SLUG, "slug-t2"));
    assertEquals(Optional.of(t2), store.findBy(UniqueKey.WHATSAPP_NUMBER, "wa-t2"));
    assertEquals(Optional.of(t2), store.findBy(UniqueKey.API_KEY_HASH, "hash-t2"));
    assertEquals(Optional.of(t1), store.findBy(UniqueKey.SLUG, "slug-t1"));
    assertKeysFree("fresh-hash");
    assertEquals(2, store.update(withStatus(t1, "active"), 1).version(),
        "t1 is still at version 1");
  }

  private List<TenantRecord> listAll(String status, int limit) {
    return flatten(pages(status, limit));
  }

  private List<List<TenantRecord>> pages(String status, int limit) {
    List<List<TenantRecord>> pages = new ArrayList<>();
    String cursor = null;
    do {
      Page<TenantRecord> page = store.listByStatus(status, cursor, limit);
      assertTrue(page.items().size() <= limit, "a page holds at most limit items");
      pages.add(page.items());
      cursor = page.nextCursor();
      assertTrue(pages.size() <= 10_000, "paging does not end");
    } while (cursor != null);
    return pages;
  }

  private static List<TenantRecord> flatten(List<List<TenantRecord>> pages) {
    List<TenantRecord> all = new ArrayList<>();
    pages.forEach(all::addAll);
    return all;
  }

  private static List<String> ids(List<TenantRecord> records) {
    return records.stream().map(TenantRecord::tenantId).toList();
  }

  // Paging under change: ids are "t" + four digits. Stable tenants (57 of them) end in 0 and
  // keep status "trial" throughout; volatile ones end in 5 and flip between "trial" and
  // "active" or get soft-deleted; fresh ones end in any other digit and are inserted anywhere,
  // before and after the cursor.

  private Set<String> seedForPaging() {
    Set<String> stable = new TreeSet<>();
    for (int i = 1; i <= 57; i++) {
      String id = String.format(Locale.ROOT, "t%04d", i * 100);
      store.create(tenant(id));
      stable.add(id);
      store.create(tenant(String.format(Locale.ROOT, "t%04d", i * 100 + 5)));
      store.create(tenant(String.format(Locale.ROOT, "t%04d", i * 100 + 55)));
    }
    return stable;
  }

  private void insertFresh(int near) {
    for (int n = near; n < near + 20 && n < 9_999; n++) {
      if (n % 5 != 0 && inserted.add(n)) {
        store.create(tenant(String.format(Locale.ROOT, "t%04d", n)));
        return;
      }
    }
  }

  private void mutateVolatile(Random random, Set<String> stable) {
    int i = 1 + random.nextInt(57);
    String id = String.format(Locale.ROOT, "t%04d", i * 100 + (random.nextBoolean() ? 5 : 55));
    TenantRecord current = store.get(id).orElseThrow();
    if (current.isDeleted()) {
      return;
    }
    TenantRecord next = random.nextInt(6) == 0
        ? withDeletedAt(current, DELETED_AT)
        : withStatus(current, current.status().equals("trial") ? "active" : "trial");
    store.update(next, current.version());
    assertFalse(stable.contains(id));
  }

  private void touchStable(Random random, Set<String> stable) {
    String id = String.format(Locale.ROOT, "t%04d", (1 + random.nextInt(57)) * 100);
    TenantRecord current = store.get(id).orElseThrow();
    store.update(withDocument(current, document(id, (int) current.version())),
        current.version());
    assertTrue(stable.contains(id));
  }

  private static void assertSweep(Set<String> stable, List<TenantRecord> seen) {
    Map<String, Integer> counts = new HashMap<>();
    String previous = "";
    for (TenantRecord record : seen) {
      assertEquals("trial", record.status(), "listed " + record.tenantId() + " has the status");
      assertFalse(record.isDeleted(), "listed " + record.tenantId() + " is not deleted");
      assertTrue(record.tenantId().compareTo(previous) > 0,
          record.tenantId() + " follows " + previous + ": ascending ids, no repeat");
      previous = record.tenantId();
      counts.merge(record.tenantId(), 1, Integer::sum);
    }
    List<String> wrong = new ArrayList<>();
    for (String id : stable) {
      if (counts.getOrDefault(id, 0) != 1) {
        wrong.add(id + " seen " + counts.getOrDefault(id, 0) + " times");
      }
    }
    assertEquals(List.of(), wrong, "every tenant that kept the status appears exactly once");
  }
}
