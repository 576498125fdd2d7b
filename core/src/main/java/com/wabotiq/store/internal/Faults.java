package com.wabotiq.store.internal;

import com.wabotiq.spi.storage.StorageException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns adapter faults into {@link StorageException}s and logs each one at WARN.
 *
 * <p>Messages name the operation and, where there is one, the tenant id; never a document, a
 * unique key's value (a WhatsApp number is personal data, an API key hash a credential), or the
 * cause's own message, which an adapter may have filled with row contents. The cause stays
 * attached for the host application to inspect.
 */
final class Faults {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedStorage.class);

  private Faults() {}

  /**
   * Calls the adapter: a {@link StorageException} passes through untouched, any other exception
   * becomes one (with the cause) through {@link #threw}.
   */
  static <T extends @Nullable Object> T call(
      String operation, @Nullable String tenantId, Supplier<T> adapterCall) {
    try {
      return adapterCall.get();
    } catch (StorageException e) {
      throw e;
    } catch (Exception e) {
      throw threw(operation, tenantId, e);
    }
  }

  /** {@link #call} for an adapter call that returns a {@code long}, without boxing. */
  static long callLong(String operation, @Nullable String tenantId, LongSupplier adapterCall) {
    try {
      return adapterCall.getAsLong();
    } catch (StorageException e) {
      throw e;
    } catch (Exception e) {
      throw threw(operation, tenantId, e);
    }
  }

  /** {@link #call} for an adapter call that returns nothing. */
  static void run(String operation, @Nullable String tenantId, Runnable adapterCall) {
    try {
      adapterCall.run();
    } catch (StorageException e) {
      throw e;
    } catch (Exception e) {
      throw threw(operation, tenantId, e);
    }
  }

  /** The adapter threw something other than a {@link StorageException}. */
  static StorageException threw(String operation, @Nullable String tenantId, Exception cause) {
    String message =
        operation + of(tenantId) + " failed: the adapter threw " + cause.getClass().getName();
    LOG.warn("Storage adapter fault: {}", message);
    return new StorageException(message, cause);
  }

  /** The adapter returned null where the contract promises a value. */
  static StorageException returnedNull(String operation, @Nullable String tenantId) {
    String message = operation + of(tenantId) + " returned null";
    LOG.warn("Storage adapter fault: {}", message);
    return new StorageException(message);
  }

  /** The adapter returned a value the contract rules out; {@code what} says which rule. */
  static StorageException garbage(String operation, @Nullable String tenantId, String what) {
    String message = operation + of(tenantId) + " returned garbage: " + what;
    LOG.warn("Storage adapter fault: {}", message);
    return new StorageException(message);
  }

  private static String of(@Nullable String tenantId) {
    return tenantId == null ? "" : " (tenant " + tenantId + ")";
  }
}
