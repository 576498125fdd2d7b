package com.wabotiq.store.internal;

import com.wabotiq.internal.Checks;
import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.VersionedDocument;
import java.util.Optional;

/**
 * Guards an adapter's {@link Documents}: checks the caller's arguments before the adapter sees
 * them, wraps every non-storage exception, and refuses results the contract rules out (null,
 * another tenant's or kind's document, a version that is not the one a write must produce).
 */
final class GuardedDocuments implements Documents {
  private final Documents delegate;

  GuardedDocuments(Documents delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(kind, "kind");
    String op = "Documents.get(" + kind + ")";
    Optional<VersionedDocument> found = Faults.call(op, tenantId, () -> delegate.get(tenantId, kind));
    if (found == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    if (found.isPresent()) {
      VersionedDocument document = found.get();
      checkOwner(op, tenantId, kind, document);
      if (document.version() < 1) {
        throw Faults.garbage(op, tenantId, "version " + document.version() + " (below 1)");
      }
    }
    return found;
  }

  @Override
  public VersionedDocument put(
      String tenantId, DocumentKind kind, String json, long expectedVersion) {
    Checks.notNull(tenantId, "tenant_id");
    Checks.notNull(kind, "kind");
    Checks.notNull(json, "json");
    Checks.argument(expectedVersion >= 0, "expected_version (%d) must be >= 0", expectedVersion);
    String op = "Documents.put(" + kind + ")";
    VersionedDocument stored = Faults.call(op, tenantId, () -> delegate.put(tenantId, kind, json, expectedVersion));
    if (stored == null) {
      throw Faults.returnedNull(op, tenantId);
    }
    checkOwner(op, tenantId, kind, stored);
    if (stored.version() != expectedVersion + 1) {
      throw Faults.garbage(
          op, tenantId, "version " + stored.version() + ", not " + (expectedVersion + 1));
    }
    return stored;
  }

  private static void checkOwner(
      String op, String tenantId, DocumentKind kind, VersionedDocument document) {
    if (!document.tenantId().equals(tenantId)) {
      throw Faults.garbage(op, tenantId, "a document of another tenant");
    }
    if (document.kind() != kind) {
      throw Faults.garbage(op, tenantId, "a document of another kind (" + document.kind() + ")");
    }
  }
}
