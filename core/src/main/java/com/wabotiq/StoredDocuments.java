package com.wabotiq;

import com.wabotiq.json.JsonCodec;
import com.wabotiq.json.JsonDecodingException;
import com.wabotiq.spi.storage.StorageException;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.VersionedDocument;
import com.wabotiq.tenant.AgentConfiguration;
import com.wabotiq.tenant.ApiKey;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantSettings;
import com.wabotiq.types.TenantId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the model to what adapters store, and back, for the facade.
 *
 * <p>Writing uses {@link JsonCodec#lenient()}'s {@code toJson}; reading uses the lenient codec, so
 * a document a newer server wrote (unknown fields, an unknown status) never breaks this SDK. A
 * stored document that cannot be decoded, that belongs to another tenant, or that disagrees with
 * the plain fields its record indexes is a {@link StorageException} naming the tenant and the
 * problem, with the decoding error as its cause; the message never quotes the document. Each is
 * logged through SLF4J at WARN, with the same message.
 */
final class StoredDocuments {
  private static final JsonCodec JSON = JsonCodec.lenient();
  private static final Logger LOG = LoggerFactory.getLogger(StoredDocuments.class);

  private StoredDocuments() {}

  /** The record of a tenant, at version 0 (adapters assign the version). */
  static TenantRecord record(Tenant tenant) {
    return new TenantRecord(
        tenant.id().value(),
        0,
        tenant.slug(),
        tenant.whatsappNumber(),
        tenant.status().wireValue(),
        keyHashes(tenant),
        tenant.deletedAt(),
        JSON.toJson(tenant));
  }

  /** The tenant a record holds, checked against the record's indexed fields. */
  static Tenant tenant(TenantRecord record) {
    Tenant tenant = decode(record.document(), Tenant.class, "tenant " + record.tenantId());
    String problem = disagreement(record, tenant);
    if (problem != null) {
      throw fault(
          "tenant " + record.tenantId() + ": the stored document disagrees with its record ("
              + problem + ")",
          null);
    }
    return tenant;
  }

  /** The settings a stored document holds, checked to belong to {@code tenantId}. */
  static TenantSettings settings(VersionedDocument document, TenantId tenantId) {
    TenantSettings settings =
        decode(document.json(), TenantSettings.class, "settings of tenant " + tenantId.value());
    requireOwner("settings", tenantId, settings.tenantId());
    return settings;
  }

  /** The agent configuration a stored document holds, checked to belong to {@code tenantId}. */
  static AgentConfiguration agentConfiguration(
      VersionedDocument document, TenantId tenantId) {
    AgentConfiguration configuration =
        decode(
            document.json(),
            AgentConfiguration.class,
            "agent configuration of tenant " + tenantId.value());
    requireOwner("agent configuration", tenantId, configuration.tenantId());
    return configuration;
  }

  /** A document as JSON, for writing. */
  static String json(Object document) {
    return JSON.toJson(document);
  }

  private static <T> T decode(String json, Class<T> type, String subject) {
    try {
      return JSON.fromJson(json, type);
    } catch (JsonDecodingException e) {
      throw fault(subject + ": the stored document cannot be decoded", e);
    }
  }

  private static void requireOwner(String what, TenantId expected, TenantId actual) {
    if (!expected.equals(actual)) {
      throw fault(
          what + " of tenant " + expected.value() + ": the stored document is another tenant's",
          null);
    }
  }

  private static StorageException fault(String message, @Nullable Exception cause) {
    LOG.warn("Stored document fault: {}", message);
    return cause == null ? new StorageException(message) : new StorageException(message, cause);
  }

  private static Set<String> keyHashes(Tenant tenant) {
    Set<String> hashes = new LinkedHashSet<>();
    for (ApiKey key : tenant.apiKeys()) {
      hashes.add(key.keyHash());
    }
    return hashes;
  }

  private static @Nullable String disagreement(TenantRecord record, Tenant tenant) {
    if (!tenant.id().value().equals(record.tenantId())) {
      return "tenant_id";
    }
    if (!tenant.slug().equals(record.slug())) {
      return "slug";
    }
    if (!Objects.equals(tenant.whatsappNumber(), record.whatsappNumber())) {
      return "whatsapp_number";
    }
    if (!tenant.status().wireValue().equals(record.status())) {
      return "status";
    }
    // Presence only: a SQL store may keep deleted_at at a coarser precision than the document.
    if (tenant.isDeleted() != record.isDeleted()) {
      return "deleted_at";
    }
    if (!keyHashes(tenant).equals(record.apiKeyHashes())) {
      return "api_key_hashes";
    }
    return null;
  }
}
