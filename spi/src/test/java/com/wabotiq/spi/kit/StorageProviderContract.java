package com.wabotiq.spi.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for a {@link StorageProvider}: each accessor returns the same store every
 * time, and what one call writes the next sees. The five store contracts ({@link
 * TenantRecordsContract} and its siblings) check the stores themselves.
 *
 * <pre>{@code
 * class MyStorageProviderTest extends StorageProviderContract {
 *   @Override
 *   protected StorageProvider newProvider() {
 *     return MyStorage.fresh();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class StorageProviderContract {
  private StorageProvider provider;

  /** For subclasses. */
  protected StorageProviderContract() {}

  /**
   * Makes the provider under test; called once before each test.
   *
   * @return a fresh provider whose stores are empty
   */
  protected abstract StorageProvider newProvider();

  @BeforeEach
  final void createProvider() {
    provider = newProvider();
    assertNotNull(provider, "newProvider() returned null");
  }

  @Test
  void accessors_returnTheSameStoreEveryTime() {
    assertNotNull(provider.tenants());
    assertNotNull(provider.documents());
    assertNotNull(provider.counters());
    assertNotNull(provider.wrappedKeys());
    assertNotNull(provider.keyActivity());
    assertSame(provider.tenants(), provider.tenants());
    assertSame(provider.documents(), provider.documents());
    assertSame(provider.counters(), provider.counters());
    assertSame(provider.wrappedKeys(), provider.wrappedKeys());
    assertSame(provider.keyActivity(), provider.keyActivity());
  }

  @Test
  void writesThroughOneCall_visibleThroughTheNext() {
    provider.tenants().create(Tenants.tenant("t1"));
    provider.documents().put("t1", DocumentKind.SETTINGS, "{}", 0);
    provider.counters().addIfWithinLimits("t1", List.of(new CounterDelta("m", "p", 1, 1)));
    provider.wrappedKeys().put("t1", 1, new byte[] {1});
    Instant used = Instant.parse("2025-11-20T10:15:30Z");
    assertEquals(Set.of("hash-t1"), provider.keyActivity().record(
        List.of(new KeyUse("t1", "hash-t1", used)), Duration.ofMinutes(1)));
    assertEquals(1, provider.tenants().get("t1").orElseThrow().version());
    assertEquals(1, provider.documents().get("t1", DocumentKind.SETTINGS).orElseThrow().version());
    assertEquals(1, provider.counters().get("t1", "m", "p"));
    assertEquals(List.of(1), provider.wrappedKeys().versions("t1"));
    assertEquals(Map.of("hash-t1", used), provider.keyActivity().lastUses("t1"));
  }
}
