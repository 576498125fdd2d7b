package com.wabotiq.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wabotiq.spi.storage.AddResult;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.Stores;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.sql.SQLTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guards against hostile adapters: whatever a store throws or returns, the caller sees the
 * contract's own outcome or a {@link StorageException}, never anything else; and an argument the
 * contract rules out never reaches the adapter.
 */
class GuardedStorageTest {
  private static final String SECRET = "twilio_token=AC-very-secret document {\"name\":\"Acme\"}";
  private static final String T1 = "tenant-1";
  private static final String T2 = "tenant-2";
  private static final CounterDelta MESSAGES = new CounterDelta("monthly_messages", "2025-11", 1, 10);
  private static final CounterDelta OUTBOUND = new CounterDelta("daily_outbound", "2025-11-20", 1, 5);

  // ---------------------------------------------------------------- exceptions

  /** Every operation of every store, called with plausible arguments. */
  static Stream<Map.Entry<String, Consumer<StorageProvider>>> operations() {
    TenantRecord record = record(T1, 1);
    return Stream.of(
        Map.entry("TenantRecords.create", p -> p.tenants().create(record)),
        Map.entry("TenantRecords.get", p -> p.tenants().get(T1)),
        Map.entry("TenantRecords.update", p -> p.tenants().update(record, 1)),
        Map.entry("TenantRecords.findBy(SLUG)", p -> p.tenants().findBy(UniqueKey.SLUG, "acme")),
        Map.entry("TenantRecords.listByStatus", p -> p.tenants().listByStatus("trial", null, 10)),
        Map.entry("Documents.get(SETTINGS)", p -> p.documents().get(T1, DocumentKind.SETTINGS)),
        Map.entry(
            "Documents.put(SETTINGS)", p -> p.documents().put(T1, DocumentKind.SETTINGS, "{}", 0)),
        Map.entry("UsageCounters.get", p -> p.counters().get(T1, "monthly_messages", "2025-11")),
        Map.entry(
            "UsageCounters.addIfWithinLimits",
            p -> p.counters().addIfWithinLimits(T1, List.of(MESSAGES))),
        Map.entry("UsageCounters.refund", p -> p.counters().refund(T1, List.of(MESSAGES))),
        Map.entry("WrappedKeys.put", p -> p.wrappedKeys().put(T1, 1, new byte[] {1})),
        Map.entry("WrappedKeys.get", p -> p.wrappedKeys().get(T1, 1)),
        Map.entry("WrappedKeys.versions", p -> p.wrappedKeys().versions(T1)),
        Map.entry("WrappedKeys.deleteAll", p -> p.wrappedKeys().deleteAll(T1)),
        Map.entry("KeyActivity.record", p -> p.keyActivity().record(
            List.of(new KeyUse(T1, "hash-1", Instant.EPOCH)), java.time.Duration.ZERO)),
        Map.entry("KeyActivity.lastUses", p -> p.keyActivity().lastUses(T1)),
        Map.entry("KeyActivity.forget", p -> p.keyActivity().forget(T1, Set.of("hash-1"))));
  }

  static Stream<RuntimeException> adapterBugs() {
    return Stream.of(
        new IllegalArgumentException(SECRET),
        new NullPointerException(SECRET),
        new IllegalStateException(SECRET),
        new ClassCastException(SECRET),
        new ArrayIndexOutOfBoundsException(SECRET),
        new UncheckedIOException(new SocketTimeoutException("Read timed out: " + SECRET)),
        new CompletionException(new TimeoutException(SECRET)),
        new UnsupportedOperationException(SECRET));
  }

  static Stream<Object[]> everyOperationAndBug() {
    List<Object[]> cases = new ArrayList<>();
    operations().forEach(op -> adapterBugs().forEach(bug -> cases.add(new Object[] {op, bug})));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("everyOperationAndBug")
  void everyOperation_adapterThrowsRuntimeException_callerSeesStorageExceptionWithCause(
      Map.Entry<String, Consumer<StorageProvider>> operation, RuntimeException bug) {
    StorageProvider guarded = GuardedStorage.of(throwing(bug));

    Throwable thrown = catchThrowable(() -> operation.getValue().accept(guarded));

    assertThat(thrown).isExactlyInstanceOf(StorageException.class).hasCause(bug);
    assertThat(thrown.getMessage())
        .startsWith(operation.getKey())
        .endsWith("failed: the adapter threw " + bug.getClass().getName())
        .doesNotContain("secret")
        .doesNotContain("Acme");
  }

  @Test
  void get_adapterThrowsIllegalArgument_messageNamesOperationAndTenantExactly() {
    IllegalArgumentException bug = new IllegalArgumentException(SECRET);
    StorageProvider guarded = GuardedStorage.of(throwing(bug));

    assertThatThrownBy(() -> guarded.tenants().get(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "TenantRecords.get (tenant tenant-1) failed: the adapter threw"
                + " java.lang.IllegalArgumentException")
        .hasCause(bug);
  }

  @Test
  void get_adapterThrowsCheckedExceptionSneakily_callerSeesStorageException() {
    SQLTimeoutException timeout = new SQLTimeoutException("statement timed out: " + SECRET);
    Stores stores =
        Stores.inMemory()
            .withTenants(
                new com.wabotiq.store.ForwardingTenantRecords(Stores.inMemory().tenants()) {
                  @Override
                  public Optional<TenantRecord> get(String tenantId) {
                    throw GuardedStorageTest.<RuntimeException>sneaky(timeout);
                  }
                });

    assertThatThrownBy(() -> GuardedStorage.of(stores).tenants().get(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "TenantRecords.get (tenant tenant-1) failed: the adapter threw"
                + " java.sql.SQLTimeoutException")
        .hasCause(timeout);
  }

  static Stream<StorageException> contractOutcomes() {
    return Stream.of(
        new StorageException("connection lost"),
        new VersionConflictException("tenant", T1, 1, 2),
        new DuplicateKeyException("slug"),
        new NotFoundException("tenant " + T1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contractOutcomes")
  void everyOperation_adapterThrowsStorageException_passesThroughUntouched(
      StorageException outcome) {
    StorageProvider guarded = GuardedStorage.of(throwing(outcome));

    operations()
        .forEach(
            op ->
                assertThat(catchThrowable(() -> op.getValue().accept(guarded)))
                    .as(op.getKey())
                    .isSameAs(outcome));
  }

  @Test
  void get_adapterThrowsError_isNotCaught() {
    StackOverflowError error = new StackOverflowError();
    StorageProvider guarded = GuardedStorage.of(throwing(error));

    assertThat(catchThrowable(() -> guarded.tenants().get(T1))).isSameAs(error);
  }

  // ---------------------------------------------------------------- null returns

  /** The operations that return an object: void and primitive ones cannot return null. */
  static Stream<Map.Entry<String, Consumer<StorageProvider>>> objectOperations() {
    return operations().filter(op -> returnsObject(op.getKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectOperations")
  void everyOperation_adapterReturnsNull_callerSeesReturnedNull(
      Map.Entry<String, Consumer<StorageProvider>> operation) {
    StorageProvider guarded = GuardedStorage.of(returningNull());

    Throwable thrown = catchThrowable(() -> operation.getValue().accept(guarded));

    assertThat(thrown).isExactlyInstanceOf(StorageException.class);
    assertThat(thrown.getMessage()).startsWith(operation.getKey()).endsWith("returned null");
  }

  @Test
  void get_adapterReturnsNull_messageIsExact() {
    StorageProvider guarded = GuardedStorage.of(returningNull());

    assertThatThrownBy(() -> guarded.tenants().get(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("TenantRecords.get (tenant tenant-1) returned null")
        .hasNoCause();
  }

  @Test
  void of_accessorThrowsOrReturnsNull_storageException() {
    StorageProvider throwingAccessor =
        provider(
            m -> {
              throw new IllegalStateException(SECRET);
            });
    StorageProvider nullAccessor = provider(m -> null);

    assertThatThrownBy(() -> GuardedStorage.of(throwingAccessor))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "StorageProvider.tenants failed: the adapter threw java.lang.IllegalStateException");
    assertThatThrownBy(() -> GuardedStorage.of(nullAccessor))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("StorageProvider.tenants returned null");
  }

  @Test
  void of_guardedProvider_returnsItself() {
    GuardedStorage guarded = GuardedStorage.of(Stores.inMemory());

    assertThat(GuardedStorage.of(guarded)).isSameAs(guarded);
  }

  // ---------------------------------------------------------------- garbage: tenant records

  @Test
  void get_adapterReturnsAnotherTenantsRecord_storageException() {
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Optional<TenantRecord> get(String tenantId) {
        return Optional.of(record(T2, 1));
      }
    });

    assertThatThrownBy(() -> guarded.tenants().get(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("TenantRecords.get (tenant tenant-1) returned garbage: a record of another tenant");
  }

  @Test
  void get_adapterReturnsVersionZero_storageException() {
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Optional<TenantRecord> get(String tenantId) {
        return Optional.of(record(T1, 0));
      }
    });

    assertThatThrownBy(() -> guarded.tenants().get(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("TenantRecords.get (tenant tenant-1) returned garbage: version 0 (below 1)");
  }

  @Test
  void create_adapterReturnsWrongVersionOrTenant_storageException() {
    StorageProvider version2 = tenants(new Answers() {
      @Override
      TenantRecord create(TenantRecord record) {
        return record.withVersion(2);
      }
    });
    StorageProvider another = tenants(new Answers() {
      @Override
      TenantRecord create(TenantRecord record) {
        return record(T2, 1);
      }
    });

    assertThatThrownBy(() -> version2.tenants().create(record(T1, 0)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("TenantRecords.create (tenant tenant-1) returned garbage: version 2, not 1");
    assertThatThrownBy(() -> another.tenants().create(record(T1, 0)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "TenantRecords.create (tenant tenant-1) returned garbage: a record of another tenant");
  }

  @Test
  void update_adapterReturnsVersionNotExpectedPlusOne_storageException() {
    StorageProvider guarded = tenants(new Answers() {
      @Override
      TenantRecord update(TenantRecord record, long expectedVersion) {
        return record.withVersion(expectedVersion); // forgot to increment
      }
    });

    assertThatThrownBy(() -> guarded.tenants().update(record(T1, 3), 3))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("TenantRecords.update (tenant tenant-1) returned garbage: version 3, not 4");
  }

  @Test
  void findBy_adapterReturnsRecordWithoutTheKey_storageException() {
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Optional<TenantRecord> findBy(UniqueKey key, String value) {
        return Optional.of(record(T2, 1)); // slug "slug-tenant-2", number "+25470000002"
      }
    });

    for (UniqueKey key : UniqueKey.values()) {
      assertThatThrownBy(() -> guarded.tenants().findBy(key, "asked-for"))
          .as(key.name())
          .isExactlyInstanceOf(StorageException.class)
          .hasMessage(
              "TenantRecords.findBy(" + key + ") (tenant tenant-2) returned garbage:"
                  + " a record that does not hold the key asked for")
          .message()
          .doesNotContain("asked-for");
    }
  }

  @Test
  void findBy_adapterReturnsSoftDeletedRecord_storageException() {
    TenantRecord deleted = deleted(record(T1, 2));
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Optional<TenantRecord> findBy(UniqueKey key, String value) {
        return Optional.of(deleted);
      }
    });

    assertThatThrownBy(() -> guarded.tenants().findBy(UniqueKey.SLUG, deleted.slug()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "TenantRecords.findBy(SLUG) (tenant tenant-1) returned garbage: a soft-deleted record");
  }

  @Test
  void findBy_adapterReturnsRecordHoldingTheKey_passes() {
    TenantRecord record = record(T1, 1);
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Optional<TenantRecord> findBy(UniqueKey key, String value) {
        return Optional.of(record);
      }
    });

    assertThat(guarded.tenants().findBy(UniqueKey.SLUG, record.slug())).contains(record);
    assertThat(guarded.tenants().findBy(UniqueKey.WHATSAPP_NUMBER, record.whatsappNumber()))
        .contains(record);
    assertThat(guarded.tenants().findBy(UniqueKey.API_KEY_HASH, "hash-" + T1)).contains(record);
  }

  static Stream<Object[]> garbagePages() {
    TenantRecord a = record("a", 1);
    TenantRecord b = record("b", 1);
    return Stream.of(
        new Object[] {"wrong status", page(null, withStatus(a, "active")), "an item in another status"},
        new Object[] {"deleted item", page(null, deleted(a)), "a soft-deleted item"},
        new Object[] {"descending", page(null, b, a), "items out of ascending tenant id order"},
        new Object[] {"repeated", page(null, a, a), "items out of ascending tenant id order"},
        new Object[] {"too many", page(null, a, b, record("c", 1)), "3 items for a limit of 2"},
        new Object[] {"version 0", page(null, record("a", 0)), "version 0 (below 1)"},
        new Object[] {
          "same cursor", page("cursor-1", a), "the same cursor it was given (the listing would never end)"
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("garbagePages")
  void listByStatus_adapterReturnsGarbagePage_storageException(
      String name, Page<TenantRecord> page, String problem) {
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
        return page;
      }
    });

    assertThatThrownBy(() -> guarded.tenants().listByStatus("trial", "cursor-1", 2))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessageStartingWith("TenantRecords.listByStatus")
        .hasMessageEndingWith("returned garbage: " + problem);
  }

  @Test
  void listByStatus_limitBelowOne_refusedBeforeTheAdapter() {
    AtomicInteger calls = new AtomicInteger();
    StorageProvider guarded = tenants(new Answers() {
      @Override
      Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
        calls.incrementAndGet();
        return page(null);
      }
    });

    assertThatThrownBy(() -> guarded.tenants().listByStatus("trial", null, 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit (0) must be >= 1");
    assertThat(calls).hasValue(0);
  }

  // ---------------------------------------------------------------- garbage: documents

  @Test
  void documentsGet_adapterReturnsAnotherTenantsOrKindsDocument_storageException() {
    StorageProvider otherTenant = documents(new ForwardingDocumentsAnswer(
        (t, k) -> Optional.of(new VersionedDocument(T2, k, 1, "{\"tenant_id\":\"" + T2 + "\"}"))));
    StorageProvider otherKind = documents(new ForwardingDocumentsAnswer(
        (t, k) -> Optional.of(new VersionedDocument(t, DocumentKind.AGENT_CONFIGURATION, 1, "{}"))));
    StorageProvider version0 = documents(new ForwardingDocumentsAnswer(
        (t, k) -> Optional.of(new VersionedDocument(t, k, 0, "{}"))));

    assertThatThrownBy(() -> otherTenant.documents().get(T1, DocumentKind.SETTINGS))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "Documents.get(SETTINGS) (tenant tenant-1) returned garbage: a document of another"
                + " tenant");
    assertThatThrownBy(() -> otherKind.documents().get(T1, DocumentKind.SETTINGS))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "Documents.get(SETTINGS) (tenant tenant-1) returned garbage: a document of another"
                + " kind (AGENT_CONFIGURATION)");
    assertThatThrownBy(() -> version0.documents().get(T1, DocumentKind.SETTINGS))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("Documents.get(SETTINGS) (tenant tenant-1) returned garbage: version 0 (below 1)");
  }

  @Test
  void documentsPut_adapterReturnsWrongVersion_storageException() {
    Documents store = new com.wabotiq.store.ForwardingDocuments(Stores.inMemory().documents()) {
      @Override
      public VersionedDocument put(String tenantId, DocumentKind kind, String json, long expected) {
        return new VersionedDocument(tenantId, kind, expected + 2, json);
      }
    };
    StorageProvider guarded = GuardedStorage.of(Stores.inMemory().withDocuments(store));

    assertThatThrownBy(() -> guarded.documents().put(T1, DocumentKind.SETTINGS, "{}", 0))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("Documents.put(SETTINGS) (tenant tenant-1) returned garbage: version 2, not 1");
  }

  @Test
  void documentsPut_negativeExpectedVersion_refusedBeforeTheAdapter() {
    AtomicInteger calls = new AtomicInteger();
    Documents store = new com.wabotiq.store.ForwardingDocuments(Stores.inMemory().documents()) {
      @Override
      public VersionedDocument put(String tenantId, DocumentKind kind, String json, long expected) {
        calls.incrementAndGet();
        return super.put(tenantId, kind, json, expected);
      }
    };
    StorageProvider guarded = GuardedStorage.of(Stores.inMemory().withDocuments(store));

    assertThatThrownBy(() -> guarded.documents().put(T1, DocumentKind.SETTINGS, "{}", -1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected_version (-1) must be >= 0");
    assertThat(calls).hasValue(0);
  }

  // ---------------------------------------------------------------- garbage: counters

  static Stream<Object[]> garbageAddResults() {
    return Stream.of(
        new Object[] {"too few totals", new AddResult(true, List.of(1L)), "1 totals for 2 deltas"},
        new Object[] {
          "too many totals", new AddResult(true, List.of(1L, 1L, 1L)), "3 totals for 2 deltas"
        },
        new Object[] {
          "past the limit", new AddResult(true, List.of(11L, 1L)), "total 11 above its limit 10"
        },
        new Object[] {
          "below the amount", new AddResult(true, List.of(0L, 1L)), "total 0 below the amount 1 it added"
        },
        new Object[] {"negative", new AddResult(false, List.of(-1L, 5L)), "a negative total (-1)"},
        new Object[] {
          "refused but fits",
          new AddResult(false, List.of(3L, 2L)),
          "a refusal although every amount fits its limit"
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("garbageAddResults")
  void addIfWithinLimits_adapterReturnsGarbage_storageException(
      String name, AddResult result, String problem) {
    UsageCounters store = new com.wabotiq.store.ForwardingUsageCounters(Stores.inMemory().counters()) {
      @Override
      public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
        return result;
      }
    };
    StorageProvider guarded = GuardedStorage.of(Stores.inMemory().withCounters(store));

    assertThatThrownBy(() -> guarded.counters().addIfWithinLimits(T1, List.of(MESSAGES, OUTBOUND)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "UsageCounters.addIfWithinLimits (tenant tenant-1) returned garbage: " + problem);
  }

  @Test
  void addIfWithinLimits_honestRefusal_passes() {
    UsageCounters store = new com.wabotiq.store.ForwardingUsageCounters(Stores.inMemory().counters()) {
      @Override
      public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
        return new AddResult(false, List.of(10L, 0L)); // messages at their limit of 10
      }
    };
    StorageProvider guarded = GuardedStorage.of(Stores.inMemory().withCounters(store));

    assertThat(guarded.counters().addIfWithinLimits(T1, List.of(MESSAGES, OUTBOUND)))
        .isEqualTo(new AddResult(false, List.of(10L, 0L)));
  }

  @Test
  void counters_emptyOrRepeatedDeltas_refusedBeforeTheAdapter() {
    AtomicInteger calls = new AtomicInteger();
    UsageCounters store = new com.wabotiq.store.ForwardingUsageCounters(Stores.inMemory().counters()) {
      @Override
      public AddResult addIfWithinLimits(String tenantId, List<CounterDelta> deltas) {
        calls.incrementAndGet();
        return super.addIfWithinLimits(tenantId, deltas);
      }

      @Override
      public void refund(String tenantId, List<CounterDelta> deltas) {
        calls.incrementAndGet();
        super.refund(tenantId, deltas);
      }
    };
    UsageCounters guarded = GuardedStorage.of(Stores.inMemory().withCounters(store)).counters();
    CounterDelta again = new CounterDelta("monthly_messages", "2025-11", 5, 100);

    assertThatThrownBy(() -> guarded.addIfWithinLimits(T1, List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("deltas ([]) must not be empty");
    assertThatThrownBy(() -> guarded.addIfWithinLimits(T1, List.of(MESSAGES, OUTBOUND, again)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "deltas[2] (monthly_messages, 2025-11) must name another counter than deltas[0]");
    assertThatThrownBy(() -> guarded.refund(T1, List.of(MESSAGES, again)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "deltas[1] (monthly_messages, 2025-11) must name another counter than deltas[0]");
    assertThat(calls).hasValue(0);
  }

  @Test
  void countersGet_adapterReturnsNegative_storageException() {
    UsageCounters store = new com.wabotiq.store.ForwardingUsageCounters(Stores.inMemory().counters()) {
      @Override
      public long get(String tenantId, String metric, String period) {
        return -5;
      }
    };
    UsageCounters guarded = GuardedStorage.of(Stores.inMemory().withCounters(store)).counters();

    assertThatThrownBy(() -> guarded.get(T1, "monthly_messages", "2025-11"))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("UsageCounters.get (tenant tenant-1) returned garbage: a negative total (-5)");
  }

  // ---------------------------------------------------------------- garbage: wrapped keys

  @Test
  void wrappedKeys_adapterReturnsGarbage_storageException() {
    java.util.concurrent.atomic.AtomicReference<List<Integer>> versions =
        new java.util.concurrent.atomic.AtomicReference<>(List.of(2, 1));
    WrappedKeys store = new com.wabotiq.store.ForwardingWrappedKeys(Stores.inMemory().wrappedKeys()) {
      @Override
      public Optional<byte[]> get(String tenantId, int version) {
        return Optional.of(new byte[0]);
      }

      @Override
      public List<Integer> versions(String tenantId) {
        return versions.get();
      }

      @Override
      public int deleteAll(String tenantId) {
        return -1;
      }
    };
    WrappedKeys guarded = GuardedStorage.of(Stores.inMemory().withWrappedKeys(store)).wrappedKeys();

    assertThatThrownBy(() -> guarded.get(T1, 1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("WrappedKeys.get (tenant tenant-1) returned garbage: an empty key");
    assertThatThrownBy(() -> guarded.versions(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(
            "WrappedKeys.versions (tenant tenant-1) returned garbage: versions below 1 or not"
                + " strictly ascending");
    versions.set(List.of(0, 1));
    assertThatThrownBy(() -> guarded.versions(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessageEndingWith("versions below 1 or not strictly ascending");
    versions.set(Arrays.asList(1, null));
    assertThatThrownBy(() -> guarded.versions(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessageEndingWith("returned garbage: a null version");
    assertThatThrownBy(() -> guarded.deleteAll(T1))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage("WrappedKeys.deleteAll (tenant tenant-1) returned garbage: a negative count (-1)");
  }

  @Test
  void wrappedKeysPut_badVersionOrEmptyKey_refusedBeforeTheAdapter() {
    AtomicInteger calls = new AtomicInteger();
    WrappedKeys store = new com.wabotiq.store.ForwardingWrappedKeys(Stores.inMemory().wrappedKeys()) {
      @Override
      public void put(String tenantId, int version, byte[] wrappedKey) {
        calls.incrementAndGet();
        super.put(tenantId, version, wrappedKey);
      }
    };
    WrappedKeys guarded = GuardedStorage.of(Stores.inMemory().withWrappedKeys(store)).wrappedKeys();

    assertThatThrownBy(() -> guarded.put(T1, 0, new byte[] {1}))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("version (0) must be >= 1");
    assertThatThrownBy(() -> guarded.put(T1, 1, new byte[0]))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrapped_key (0 bytes) must not be empty");
    assertThat(calls).hasValue(0);
  }

  // ---------------------------------------------------------------- helpers

  static TenantRecord record(String id, long version) {
    return new TenantRecord(
        id,
        version,
        "slug-" + id,
        "+2547000000" + id.substring(id.length() - 1).replaceAll("[^0-9]", "0"),
        "trial",
        Set.of("hash-" + id),
        null,
        "{\"id\":\"" + id + "\"}");
  }

  static TenantRecord withStatus(TenantRecord r, String status) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), status,
        r.apiKeyHashes(), r.deletedAt(), r.document());
  }

  static TenantRecord deleted(TenantRecord r) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), r.status(),
        r.apiKeyHashes(), Instant.parse("2025-11-20T10:15:30Z"), r.document());
  }

  static Page<TenantRecord> page(@Nullable String next, TenantRecord... items) {
    return new Page<>(List.of(items), next);
  }

  private static boolean returnsObject(String operation) {
    return !operation.equals("UsageCounters.get")
        && !operation.equals("UsageCounters.refund")
        && !operation.equals("WrappedKeys.put")
        && !operation.equals("WrappedKeys.deleteAll")
        && !operation.equals("KeyActivity.forget");
  }

  /** A provider whose every store method throws {@code failure}. */
  private static StorageProvider throwing(Throwable failure) {
    return proxies(
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "throwing" : null;
          }
          throw failure;
        });
  }

  /** A provider whose every store method returns null (or 0 for primitives, nothing for void). */
  private static StorageProvider returningNull() {
    return proxies(
        (proxy, method, args) -> {
          Class<?> type = method.getReturnType();
          if (type == long.class) {
            return 0L;
          }
          if (type == int.class) {
            return 0;
          }
          return null;
        });
  }

  private static StorageProvider proxies(java.lang.reflect.InvocationHandler handler) {
    return new Stores(
        proxy(TenantRecords.class, handler),
        proxy(Documents.class, handler),
        proxy(UsageCounters.class, handler),
        proxy(WrappedKeys.class, handler),
        proxy(KeyActivity.class, handler));
  }

  private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(GuardedStorageTest.class.getClassLoader(), new Class<?>[] {type},
            handler));
  }

  /** A provider whose tenants() accessor is {@code accessor}, the others in memory. */
  private static StorageProvider provider(java.util.function.Function<Stores, @Nullable TenantRecords> accessor) {
    Stores memory = Stores.inMemory();
    return new StorageProvider() {
      @Override
      public TenantRecords tenants() {
        return accessor.apply(memory);
      }

      @Override
      public Documents documents() {
        return memory.documents();
      }

      @Override
      public UsageCounters counters() {
        return memory.counters();
      }

      @Override
      public com.wabotiq.spi.storage.WrappedKeys wrappedKeys() {
        return memory.wrappedKeys();
      }

      @Override
      public KeyActivity keyActivity() {
        return memory.keyActivity();
      }
    };
  }

  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // the sneaky-throw idiom
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  /** Tenant record answers to override; unspecified ones go to an in-memory store. */
  private abstract static class Answers {
    final TenantRecords memory = Stores.inMemory().tenants();

    TenantRecord create(TenantRecord record) {
      return memory.create(record);
    }

    Optional<TenantRecord> get(String tenantId) {
      return memory.get(tenantId);
    }

    TenantRecord update(TenantRecord record, long expectedVersion) {
      return memory.update(record, expectedVersion);
    }

    Optional<TenantRecord> findBy(UniqueKey key, String value) {
      return memory.findBy(key, value);
    }

    Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
      return memory.listByStatus(status, cursor, limit);
    }
  }

  private static StorageProvider tenants(Answers answers) {
    TenantRecords store = new TenantRecords() {
      @Override
      public TenantRecord create(TenantRecord record) {
        return answers.create(record);
      }

      @Override
      public Optional<TenantRecord> get(String tenantId) {
        return answers.get(tenantId);
      }

      @Override
      public TenantRecord update(TenantRecord record, long expectedVersion) {
        return answers.update(record, expectedVersion);
      }

      @Override
      public Optional<TenantRecord> findBy(UniqueKey key, String value) {
        return answers.findBy(key, value);
      }

      @Override
      public Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
        return answers.listByStatus(status, cursor, limit);
      }
    };
    return GuardedStorage.of(Stores.inMemory().withTenants(store));
  }

  /** Documents whose {@code get} answers with a function; {@code put} goes to memory. */
  private static final class ForwardingDocumentsAnswer
      extends com.wabotiq.store.ForwardingDocuments {
    private final java.util.function.BiFunction<String, DocumentKind, Optional<VersionedDocument>>
        answer;

    ForwardingDocumentsAnswer(
        java.util.function.BiFunction<String, DocumentKind, Optional<VersionedDocument>> answer) {
      super(Stores.inMemory().documents());
      this.answer = answer;
    }

    @Override
    public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
      return answer.apply(tenantId, kind);
    }
  }

  private static StorageProvider documents(Documents store) {
    return GuardedStorage.of(Stores.inMemory().withDocuments(store));
  }
}
