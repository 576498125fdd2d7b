package com.wabotiq.spi.storage;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tenant records: create, read, versioned update, unique lookups and paging by status. Soft
 * deletion is an update that sets {@link TenantRecord#deletedAt()}.
 *
 * <p>Thread-safe. Every write is all or nothing.
 *
 * @since 0.1.0
 */
public interface TenantRecords {
  /**
   * Stores a new tenant at version 1, whatever {@code record.version()} says.
   *
   * @param record the tenant to store
   * @return the stored record, at version 1
   * @throws DuplicateKeyException if its id, slug, WhatsApp number or an API key hash is taken,
   *     by any tenant, deleted or not; the message names the key
   * @throws StorageException if the store fails
   */
  TenantRecord create(TenantRecord record);

  /**
   * Reads a tenant by id, soft-deleted or not.
   *
   * @param tenantId the tenant's id
   * @return the record, or empty when no tenant has this id
   * @throws StorageException if the store fails
   */
  Optional<TenantRecord> get(String tenantId);

  /**
   * Replaces a tenant if it is still at {@code expectedVersion}; the stored version becomes
   * {@code expectedVersion + 1}.
   *
   * @param record the new state (its own {@code version} is ignored)
   * @param expectedVersion the version the caller read
   * @return the stored record, at {@code expectedVersion + 1}
   * @throws VersionConflictException if the stored version is another; nothing is written
   * @throws NotFoundException if no tenant has this id
   * @throws DuplicateKeyException if a new unique key is another tenant's
   * @throws StorageException if the store fails
   */
  TenantRecord update(TenantRecord record, long expectedVersion);

  /**
   * Finds the tenant that holds a unique key, skipping soft-deleted tenants.
   *
   * @param key which unique key
   * @param value its exact value (case-sensitive)
   * @return the tenant, or empty when none that is not deleted holds it
   * @throws StorageException if the store fails
   */
  Optional<TenantRecord> findBy(UniqueKey key, String value);

  /**
   * Lists the tenants that are not soft-deleted and have a status, in ascending binary order of
   * tenant id ({@link String#compareTo}; the SDK's ids are ASCII UUIDs, for which a database's
   * binary collation, such as PostgreSQL's {@code "C"}, gives the same order), a page at a time: for sweeps such as trial
   * expiry. Pages never repeat a tenant nor skip one that kept the status throughout, even while
   * tenants are created, changed or deleted between pages.
   *
   * @param status the status wire string, e.g. {@code "trial"}
   * @param cursor null for the first page, else the previous page's {@link Page#nextCursor()}
   * @param limit the most items a page holds, at least 1
   * @return the page; its cursor is null when no tenant follows
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @throws StorageException if the store fails
   */
  Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit);
}
