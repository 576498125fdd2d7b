package com.wabotiq.store;

import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;

/**
 * A {@link StorageProvider} that keeps everything in the heap: the SDK's embedded default.
 *
 * <p>Thread-safe: tenant records, documents and wrapped keys each sit behind one lock, and each
 * tenant's usage counters behind a lock of their own, so every call is atomic and a
 * multi-counter add is all or nothing. Nothing is persisted: the data lives as long as this
 * object. Byte arrays are copied on the way in and out.
 *
 * <p>Passes the conformance kit of {@code wabotiq-spi}.
 *
 * @since 0.1.0
 */
public final class InMemoryStorage implements StorageProvider {
  private final MemoryTenantRecords tenants = new MemoryTenantRecords();
  private final MemoryDocuments documents = new MemoryDocuments();
  private final MemoryUsageCounters counters = new MemoryUsageCounters();
  private final MemoryWrappedKeys wrappedKeys = new MemoryWrappedKeys();
  private final MemoryKeyActivity keyActivity = new MemoryKeyActivity();

  private InMemoryStorage() {}

  /**
   * Creates an empty store.
   *
   * @return a new, empty, thread-safe store
   * @since 0.1.0
   */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  /**
   * The tenant records.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public TenantRecords tenants() {
    return tenants;
  }

  /**
   * The settings and agent configuration documents.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public Documents documents() {
    return documents;
  }

  /**
   * The usage counters.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public UsageCounters counters() {
    return counters;
  }

  /**
   * The wrapped data keys.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public WrappedKeys wrappedKeys() {
    return wrappedKeys;
  }

  /**
   * When each API key was last used.
   *
   * @return the same store on every call
   * @since 0.1.0
   */
  @Override
  public KeyActivity keyActivity() {
    return keyActivity;
  }

  /** Names the adapter; never its contents. */
  @Override
  public String toString() {
    return "InMemoryStorage";
  }
}
