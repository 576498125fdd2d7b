package com.wabotiq.store;

import com.wabotiq.spi.storage.WrappedKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Wrapped data keys in {@code wabotiq_wrapped_key}, a row per tenant and key version. Every call
 * is one statement, one round trip; the primary key refuses a second key of one version.
 */
final class JdbcWrappedKeys implements WrappedKeys {
  private static final String INSERT =
      "INSERT INTO wabotiq_wrapped_key (tenant_id, version, wrapped) VALUES (?, ?, ?)";
  private static final String GET =
      "SELECT wrapped FROM wabotiq_wrapped_key WHERE tenant_id = ? AND version = ?";
  private static final String VERSIONS =
      "SELECT version FROM wabotiq_wrapped_key WHERE tenant_id = ? ORDER BY version";
  private static final String DELETE_ALL = "DELETE FROM wabotiq_wrapped_key WHERE tenant_id = ?";

  private final JdbcRunner runner;

  JdbcWrappedKeys(JdbcRunner runner) {
    this.runner = runner;
  }

  @Override
  public void put(String tenantId, int version, byte[] wrappedKey) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    Objects.requireNonNull(wrappedKey, "wrapped_key == null");
    if (version < 1) {
      throw new IllegalArgumentException("version (" + version + ") must be >= 1");
    }
    if (wrappedKey.length == 0) {
      throw new IllegalArgumentException("wrapped_key (0 bytes) must not be empty");
    }
    byte[] copy = wrappedKey.clone(); // the caller may change its array while we write
    runner.autoCommit("wrapped key put", c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        ps.setString(1, tenantId);
        ps.setInt(2, version);
        ps.setBytes(3, copy);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<byte[]> get(String tenantId, int version) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return runner.autoCommit("wrapped key get", c -> {
      try (PreparedStatement ps = c.prepareStatement(GET)) {
        ps.setString(1, tenantId);
        ps.setInt(2, version);
        try (ResultSet rs = ps.executeQuery()) {
          // A copy of our own: a driver may hand out an array it keeps.
          return rs.next() ? Optional.of(rs.getBytes(1).clone()) : Optional.<byte[]>empty();
        }
      }
    });
  }

  @Override
  public List<Integer> versions(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return runner.autoCommit("wrapped key versions", c -> {
      try (PreparedStatement ps = c.prepareStatement(VERSIONS)) {
        ps.setString(1, tenantId);
        List<Integer> versions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            versions.add(rs.getInt(1));
          }
        }
        return List.copyOf(versions);
      }
    });
  }

  @Override
  public int deleteAll(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return runner.autoCommit("wrapped key delete", c -> {
      try (PreparedStatement ps = c.prepareStatement(DELETE_ALL)) {
        ps.setString(1, tenantId);
        return ps.executeUpdate();
      }
    });
  }
}
