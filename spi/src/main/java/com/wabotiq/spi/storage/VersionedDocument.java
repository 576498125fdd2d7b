package com.wabotiq.spi.storage;

import java.util.Objects;

/**
 * A tenant's document as stored: opaque JSON written and read by core, with its version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId the tenant it belongs to
 * @param kind which document it is
 * @param version 1 after the first write, +1 after each later one
 * @param json the document as JSON, opaque to the adapter
 * @since 0.1.0
 */
public record VersionedDocument(String tenantId, DocumentKind kind, long version, String json) {
  /**
   * Checks that the parts are present.
   *
   * @param tenantId the tenant it belongs to
   * @param kind which document it is
   * @param version its version
   * @param json the document as JSON
   * @throws NullPointerException naming a missing part
   */
  public VersionedDocument {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(json, "json == null");
  }

  /** Returns tenant, kind and version; never the document. */
  @Override
  public String toString() {
    return "VersionedDocument[tenant_id=" + tenantId + ", kind=" + kind + ", version=" + version + "]";
  }
}
