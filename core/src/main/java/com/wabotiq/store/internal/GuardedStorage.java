package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StorageProvider} whose five stores are guarded: whatever an adapter does wrong reaches
 * the caller as a {@link StorageException}.
 *
 * <ul>
 *   <li>A {@link StorageException} (and so each of its subclasses) passes through untouched.
 *   <li>Any other exception (an {@code IllegalArgumentException} or {@code NullPointerException}
 *       from an adapter bug, a driver's timeout, even a checked exception thrown sneakily) becomes
 *       a {@code StorageException} naming the operation, with the exception as its cause. {@link
 *       Error}s are not caught.
 *   <li>A null result becomes a {@code StorageException("... returned null")}.
 *   <li>A result the contract rules out, where it can be seen, becomes a {@code StorageException(
 *       "... returned garbage: ...")}: a record or document of another tenant, key or kind than
 *       asked; a version other than the one a write must produce; a page item in another status,
 *       soft-deleted or out of order; a totals list of the wrong size; a total past its limit
 *       after an applied add; a written key hash that the recorded uses did not name; a
 *       forgotten count outside zero to the number of hashes given.
 *   <li>Arguments the contract rules out ({@code limit < 1}, a negative expected version, empty
 *       or repeated deltas, an empty key) are refused with an {@code IllegalArgumentException}
 *       before the adapter is called: the caller's mistake is not the adapter's.
 * </ul>
 *
 * <p>Every fault the guard converts is logged once through SLF4J at WARN, naming the operation and
 * tenant id, never document contents, unique key values, key bytes or the cause's message.
 *
 * <p>Thread-safe when the adapter is; the guards hold no state of their own.
 */
public final class GuardedStorage implements StorageProvider {
  private final TenantRecords tenants;
  private final Documents documents;
  private final UsageCounters counters;
  private final WrappedKeys wrappedKeys;
  private final KeyActivity keyActivity;

  private GuardedStorage(StorageProvider provider) {
    tenants = new GuardedTenantRecords(store("tenants", provider::tenants));
    documents = new GuardedDocuments(store("documents", provider::documents));
    counters = new GuardedUsageCounters(store("counters", provider::counters));
    wrappedKeys = new GuardedWrappedKeys(store("wrappedKeys", provider::wrappedKeys));
    keyActivity = new GuardedKeyActivity(store("keyActivity", provider::keyActivity));
  }

  /**
   * Guards a provider, asking it once for each of its stores.
   *
   * @param provider the adapter
   * @return the guarded provider; {@code provider} itself when it is already guarded
   * @throws StorageException if an accessor of the provider throws or returns null
   * @throws NullPointerException if {@code provider} is null
   */
  public static GuardedStorage of(StorageProvider provider) {
    Checks.notNull(provider, "storage");
    if (provider instanceof GuardedStorage guarded) {
      return guarded;
    }
    return new GuardedStorage(provider);
  }

  /**
   * Guards usage counters on their own, as {@link #of} guards a whole provider.
   *
   * @param counters the adapter's counters
   * @return the guarded counters; {@code counters} itself when they are already guarded
   * @throws NullPointerException if {@code counters} is null
   */
  public static UsageCounters guard(UsageCounters counters) {
    Checks.notNull(counters, "counters");
    if (counters instanceof GuardedUsageCounters) {
      return counters;
    }
    return new GuardedUsageCounters(counters);
  }

  /**
   * Guards wrapped keys on their own, as {@link #of} guards a whole provider.
   *
   * @param keys the adapter's wrapped keys
   * @return the guarded keys; {@code keys} itself when they are already guarded
   * @throws NullPointerException if {@code keys} is null
   */
  public static WrappedKeys guard(WrappedKeys keys) {
    Checks.notNull(keys, "keys");
    if (keys instanceof GuardedWrappedKeys) {
      return keys;
    }
    return new GuardedWrappedKeys(keys);
  }

  /**
   * Guards key activity on its own, as {@link #of} guards a whole provider.
   *
   * @param activity the adapter's key activity
   * @return the guarded key activity; {@code activity} itself when it is already guarded
   * @throws NullPointerException if {@code activity} is null
   */
  public static KeyActivity guard(KeyActivity activity) {
    Checks.notNull(activity, "activity");
    if (activity instanceof GuardedKeyActivity) {
      return activity;
    }
    return new GuardedKeyActivity(activity);
  }

  private static <T> T store(String accessor, Supplier<@Nullable T> call) {
    String op = "StorageProvider." + accessor;
    @Nullable T store = Faults.<@Nullable T>call(op, null, call);
    if (store == null) {
      throw Faults.returnedNull(op, null);
    }
    return store;
  }

  /** The guarded tenant records. */
  @Override
  public TenantRecords tenants() {
    return tenants;
  }

  /** The guarded documents. */
  @Override
  public Documents documents() {
    return documents;
  }

  /** The guarded usage counters. */
  @Override
  public UsageCounters counters() {
    return counters;
  }

  /** The guarded wrapped keys. */
  @Override
  public WrappedKeys wrappedKeys() {
    return wrappedKeys;
  }

  /** The guarded key activity. */
  @Override
  public KeyActivity keyActivity() {
    return keyActivity;
  }
}
