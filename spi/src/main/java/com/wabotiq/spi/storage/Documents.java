package com.wabotiq.spi.storage;

import java.util.Optional;

/**
 * Each tenant's versioned documents: one settings document and one agent configuration.
 *
 * <p>Thread-safe. Concurrent writers of one document never lose a write silently: exactly one
 * writer per version succeeds and every other gets a {@link VersionConflictException}.
 *
 * @since 0.1.0
 */
public interface Documents {
  /**
   * Reads a tenant's document.
   *
   * @param tenantId the tenant
   * @param kind which document
   * @return the document, or empty when the tenant has none of that kind
   * @throws StorageException if the store fails
   */
  Optional<VersionedDocument> get(String tenantId, DocumentKind kind);

  /**
   * Writes a tenant's document if it is still at {@code expectedVersion} ({@code 0}: if it does
   * not exist yet); the stored version becomes {@code expectedVersion + 1}.
   *
   * @param tenantId the tenant
   * @param kind which document
   * @param json the new document, opaque JSON
   * @param expectedVersion the version the caller read, or 0 to create
   * @return the stored document
   * @throws VersionConflictException if the stored version is another (a missing document is at
   *     version 0); nothing is written
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   * @throws StorageException if the store fails
   */
  VersionedDocument put(String tenantId, DocumentKind kind, String json, long expectedVersion);
}
