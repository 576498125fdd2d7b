package com.wabotiq.store;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.VersionedDocument;
import java.util.Optional;

/** Documents that forward every call; tests override the calls they make hostile. */
public class ForwardingDocuments implements Documents {
  /** The store calls go to. */
  protected final Documents delegate;

  /** Forwards to {@code delegate}. */
  public ForwardingDocuments(Documents delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
    return delegate.get(tenantId, kind);
  }

  @Override
  public VersionedDocument put(
      String tenantId, DocumentKind kind, String json, long expectedVersion) {
    return delegate.put(tenantId, kind, json, expectedVersion);
  }
}
