package com.wabotiq.spi.storage;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tenant as stored: the plain fields an adapter indexes, and the whole tenant as an opaque JSON
 * document that core writes and reads.
 *
 * <p>Unique keys: {@code tenantId}, {@code slug}, {@code whatsappNumber} (when present) and each
 * of {@code apiKeyHashes} are unique across all tenants, soft-deleted ones included (a deleted
 * tenant keeps its keys reserved). Lookups and listings skip soft-deleted tenants; {@link
 * TenantRecords#get} does not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId the tenant's id
 * @param version the optimistic version: 1 after create, +1 after each update
 * @param slug the tenant's unique slug
 * @param whatsappNumber the tenant's unique WhatsApp number; null when it has none
 * @param status the tenant's status as its wire string, e.g. {@code "trial"}
 * @param apiKeyHashes the hashes of the tenant's API keys, each unique across tenants
 * @param deletedAt when the tenant was soft-deleted; null while it is not
 * @param document the whole tenant as JSON, written and read by core only
 * @since 0.1.0
 */
public record TenantRecord(
    String tenantId,
    long version,
    String slug,
    @Nullable String whatsappNumber,
    String status,
    Set<String> apiKeyHashes,
    @Nullable Instant deletedAt,
    String document) {
  /**
   * Checks that required parts are present and copies the key hashes.
   *
   * @param tenantId the tenant's id
   * @param version the optimistic version
   * @param slug the unique slug
   * @param whatsappNumber the unique WhatsApp number, or null
   * @param status the status wire string
   * @param apiKeyHashes the API key hashes
   * @param deletedAt the soft-deletion time, or null
   * @param document the tenant as JSON
   * @throws NullPointerException naming a missing part
   */
  public TenantRecord {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(slug, "slug == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(apiKeyHashes, "api_key_hashes == null");
    Set<String> copy = new LinkedHashSet<>();
    for (String hash : apiKeyHashes) {
      copy.add(Objects.requireNonNull(hash, "api_key_hashes has a null element"));
    }
    apiKeyHashes = Collections.unmodifiableSet(copy);
  }

  /**
   * This record at another version, as an adapter returns it after a write.
   *
   * @param newVersion the stored version
   * @return a copy with {@code version} replaced
   */
  public TenantRecord withVersion(long newVersion) {
    return new TenantRecord(
        tenantId, newVersion, slug, whatsappNumber, status, apiKeyHashes, deletedAt, document);
  }

  /**
   * Whether the tenant is soft-deleted.
   *
   * @return true when {@code deletedAt} is set
   */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** Returns the id, version and status; never the document. */
  @Override
  public String toString() {
    return "TenantRecord[tenant_id=" + tenantId + ", version=" + version + ", status=" + status
        + (deletedAt == null ? "" : ", deleted_at=" + deletedAt) + "]";
  }
}
