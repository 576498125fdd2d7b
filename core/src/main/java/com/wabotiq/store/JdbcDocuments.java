package com.wabotiq.store;

import com.wabotiq.spi.storage.DocumentKind;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.VersionConflictException;
import com.wabotiq.spi.storage.VersionedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Documents in {@code wabotiq_document}, a row per tenant and kind ({@code settings}, {@code
 * agent_configuration}), the JSON stored as the exact text given.
 *
 * <p>Every write is one statement, one round trip: the first version an {@code INSERT} (the
 * primary key refuses a second creator), later ones an {@code UPDATE ... WHERE version = ?}
 * (exactly one writer per version matches). A refused write costs one more read, for the version
 * the conflict reports.
 */
final class JdbcDocuments implements Documents {
  private static final String GET =
      "SELECT version, json FROM wabotiq_document WHERE tenant_id = ? AND kind = ?";
  private static final String VERSION =
      "SELECT version FROM wabotiq_document WHERE tenant_id = ? AND kind = ?";
  private static final String INSERT =
      "INSERT INTO wabotiq_document (tenant_id, kind, version, json) VALUES (?, ?, 1, ?)";
  private static final String UPDATE =
      "UPDATE wabotiq_document SET version = version + 1, json = ?"
          + " WHERE tenant_id = ? AND kind = ? AND version = ?";

  private final JdbcRunner runner;

  JdbcDocuments(JdbcRunner runner) {
    this.runner = runner;
  }

  @Override
  public Optional<VersionedDocument> get(String tenantId, DocumentKind kind) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(kind, "kind == null");
    return runner.autoCommit("document get", c -> {
      try (PreparedStatement ps = c.prepareStatement(GET)) {
        ps.setString(1, tenantId);
        ps.setString(2, column(kind));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next()
              ? Optional.of(new VersionedDocument(tenantId, kind, rs.getLong(1), rs.getString(2)))
              : Optional.empty();
        }
      }
    });
  }

  @Override
  public VersionedDocument put(
      String tenantId, DocumentKind kind, String json, long expectedVersion) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(json, "json == null");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected_version (" + expectedVersion + ") must be >= 0");
    }
    VersionedDocument stored = new VersionedDocument(tenantId, kind, expectedVersion + 1, json);
    return runner.autoCommit("document put", c -> {
      long actual = expectedVersion;
      // Refused, then read at the expected version: created in between; a rare race, try again.
      for (int attempt = 0; attempt < JdbcRunner.MAX_ATTEMPTS && actual == expectedVersion;
          attempt++) {
        if (expectedVersion == 0 ? insert(c, stored) : update(c, stored, expectedVersion)) {
          return stored;
        }
        actual = version(c, tenantId, kind);
      }
      throw new VersionConflictException(column(kind), tenantId, expectedVersion, actual);
    });
  }

  /** Inserts version 1; false when the document exists already. */
  private static boolean insert(Connection c, VersionedDocument d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, d.tenantId());
      ps.setString(2, column(d.kind()));
      ps.setString(3, d.json());
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if ("document".equals(SqlFailures.duplicateKey(e))) {
        return false; // auto-commit: the failed statement left no transaction to abort
      }
      throw e;
    }
  }

  private static boolean update(Connection c, VersionedDocument d, long expectedVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setString(1, d.json());
      ps.setString(2, d.tenantId());
      ps.setString(3, column(d.kind()));
      ps.setLong(4, expectedVersion);
      return ps.executeUpdate() == 1;
    }
  }

  /** The stored version; 0 when there is no document. */
  private static long version(Connection c, String tenantId, DocumentKind kind)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(VERSION)) {
      ps.setString(1, tenantId);
      ps.setString(2, column(kind));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** The kind as the {@code kind} column holds it, e.g. {@code "agent_configuration"}. */
  private static String column(DocumentKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
