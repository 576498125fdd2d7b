package com.wabotiq.store.kit;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document store that is correct except for one deliberate {@link Flaw}, to show that the kit
 * catches it. With {@link Flaw#NONE} it passes the whole kit.
 */
final class FlawedDocuments implements Documents {
  /** The deliberate bugs. */
  enum Flaw {
    /** No bug: the control. */
    NONE,
    /** Put overwrites whatever the stored version is. */
    IGNORES_VERSION,
    /** Put checks the version, then writes after a pause, without holding a lock. */
    RACY_VERSION_CHECK,
    /** A missing document accepts any expected version. */
    CREATES_AT_ANY_VERSION,
    /** Documents are keyed by tenant only: settings and agent configuration collide. */
    IGNORES_KIND,
    /** Documents are keyed by kind only: tenants share them. */
    IGNORES_TENANT,
    /** JSON is normalised (whitespace removed), as a binary JSON column type would. */
    NORMALISES_JSON
  }

  private final Flaw flaw;
  private final Map<String, VersionedDocument> documents = new ConcurrentHashMap<>();

  FlawedDocuments(Flaw flaw) {
    this.flaw = flaw;
  }

  @Override
  public synchronized Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
    VersionedDocument stored = documents.get(key(tenantId, kind));
    return Optional.ofNullable(stored)
        .map(d -> new VersionedDocument(tenantId, kind, d.version(), d.json()));
  }

  @Override
  public VersionedDocument put(
      String tenantId, DocumentKind kind, String json, long expectedVersion) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected_version (" + expectedVersion + ") must be >= 0");
    }
    synchronized (flaw == Flaw.RACY_VERSION_CHECK ? new Object() : this) {
      VersionedDocument current = documents.get(key(tenantId, kind));
      long actual = current == null ? 0 : current.version();
      boolean ignore = flaw == Flaw.IGNORES_VERSION
          || (flaw == Flaw.CREATES_AT_ANY_VERSION && current == null);
      if (actual != expectedVersion && !ignore) {
        throw new VersionConflictException("document", tenantId, expectedVersion, actual);
      }
      if (flaw == Flaw.RACY_VERSION_CHECK) {
        FlawedTenantRecords.pause();
      }
      String stored = flaw == Flaw.NORMALISES_JSON ? json.replaceAll("\\s+", "") : json;
      VersionedDocument document = new VersionedDocument(tenantId, kind, actual + 1, stored);
      documents.put(key(tenantId, kind), document);
      return document;
    }
  }

  private String key(String tenantId, DocumentKind kind) {
    return switch (flaw) {
      case IGNORES_KIND -> tenantId;
      case IGNORES_TENANT -> kind.name();
      default -> tenantId + "/" + kind.name();
    };
  }
}
