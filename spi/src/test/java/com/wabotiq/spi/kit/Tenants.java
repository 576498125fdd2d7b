package com.wabotiq.spi.kit;

import com.wabotiq.spi.storage.TenantRecord;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Sample tenant records for the kit, and copies with one field changed. */
final class Tenants {
  /** A soft-deletion time with whole seconds, which every database keeps exactly. */
  static final Instant DELETED_AT = Instant.parse("2025-11-20T10:15:30Z");

  private Tenants() {}

  /**
   * A trial tenant whose unique keys derive from its id.
   *
   * @param id the tenant id
   * @return the record, at version 0
   */
  static TenantRecord tenant(String id) {
    return new TenantRecord(id, 0, "slug-" + id, "wa-" + id, "trial", Set.of("hash-" + id), null,
        document(id, 0));
  }

  /**
   * A small JSON document naming a tenant and a revision.
   *
   * @param id the tenant id
   * @param revision a number that makes each write's document distinct
   * @return the JSON text
   */
  static String document(String id, int revision) {
    return "{\"id\":\"" + id + "\",\"revision\":" + revision + "}";
  }

  static TenantRecord withSlug(TenantRecord r, String slug) {
    return new TenantRecord(r.tenantId(), r.version(), slug, r.whatsappNumber(), r.status(),
        r.apiKeyHashes(), r.deletedAt(), r.document());
  }

  static TenantRecord withNumber(TenantRecord r, @Nullable String number) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), number, r.status(),
        r.apiKeyHashes(), r.deletedAt(), r.document());
  }

  static TenantRecord withHashes(TenantRecord r, Set<String> hashes) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), r.status(),
        hashes, r.deletedAt(), r.document());
  }

  static TenantRecord withStatus(TenantRecord r, String status) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), status,
        r.apiKeyHashes(), r.deletedAt(), r.document());
  }

  static TenantRecord withDeletedAt(TenantRecord r, @Nullable Instant deletedAt) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), r.status(),
        r.apiKeyHashes(), deletedAt, r.document());
  }

  static TenantRecord withDocument(TenantRecord r, String document) {
    return new TenantRecord(r.tenantId(), r.version(), r.slug(), r.whatsappNumber(), r.status(),
        r.apiKeyHashes(), r.deletedAt(), document);
  }
}
