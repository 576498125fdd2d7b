package com.wabotiq.store;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Documents in the heap, keyed by tenant and kind. One lock (this object's monitor) makes each
 * compare-version-and-write atomic. Documents are immutable and shared as they are.
 */
final class MemoryDocuments implements Documents {
  private record Key(String tenantId, DocumentKind kind) {}

  private final Map<Key, VersionedDocument> documents = new HashMap<>();

  @Override
  public synchronized Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
    return Optional.ofNullable(documents.get(key(tenantId, kind)));
  }

  @Override
  public synchronized VersionedDocument put(
      String tenantId, DocumentKind kind, String json, long expectedVersion) {
    Key key = key(tenantId, kind);
    Objects.requireNonNull(json, "json == null");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected_version (" + expectedVersion + ") must be >= 0");
    }
    VersionedDocument current = documents.get(key);
    long actual = current == null ? 0 : current.version();
    if (actual != expectedVersion) {
      throw new VersionConflictException(
          kind.name().toLowerCase(Locale.ROOT), tenantId, expectedVersion, actual);
    }
    VersionedDocument stored = new VersionedDocument(tenantId, kind, expectedVersion + 1, json);
    documents.put(key, stored);
    return stored;
  }

  private static Key key(String tenantId, DocumentKind kind) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(kind, "kind == null");
    return new Key(tenantId, kind);
  }
}
