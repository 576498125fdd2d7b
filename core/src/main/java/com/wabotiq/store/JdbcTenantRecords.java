package com.wabotiq.store;

import com.wabotiq.spi.storage.NotFoundException;
import com.wabotiq.spi.storage.Page;
import com.wabotiq.spi.storage.TenantRecord;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UniqueKey;
import com.wabotiq.spi.storage.VersionConflictException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Tenant records in {@code wabotiq_tenant}, their API key hashes in {@code
 * wabotiq_tenant_api_key}. Unique keys are the database's: primary keys and unique constraints
 * reject a second holder, whatever the interleaving, and soft-deleted rows keep theirs.
 *
 * <p>Round trips: {@code get}, {@code findBy} and {@code listByStatus} one each (the key hashes
 * come with the row, from an {@code ARRAY(SELECT ...)} column); {@code create} one without API
 * key hashes, else three (insert, insert hashes, commit); {@code update} four (versioned update,
 * delete dropped hashes, insert new ones, commit; three without hashes), plus one read when the
 * versioned update matched no row, to tell a missing tenant from a stale version.
 */
final class JdbcTenantRecords implements TenantRecords {
  private static final String COLUMNS =
      "t.tenant_id, t.version, t.slug, t.whatsapp_number, t.status, t.deleted_at, t.document,"
          + " ARRAY(SELECT k.key_hash FROM wabotiq_tenant_api_key k"
          + " WHERE k.tenant_id = t.tenant_id ORDER BY k.key_hash) AS api_key_hashes";
  private static final String GET =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t WHERE t.tenant_id = ?";
  private static final String FIND_BY_SLUG =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t WHERE t.slug = ? AND t.deleted_at IS NULL";
  private static final String FIND_BY_WHATSAPP_NUMBER =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t"
          + " WHERE t.whatsapp_number = ? AND t.deleted_at IS NULL";
  private static final String FIND_BY_API_KEY_HASH =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t"
          + " JOIN wabotiq_tenant_api_key h ON h.tenant_id = t.tenant_id"
          + " WHERE h.key_hash = ? AND t.deleted_at IS NULL";
  private static final String LIST_FIRST =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t"
          + " WHERE t.status = ? AND t.deleted_at IS NULL"
          + " ORDER BY t.tenant_id FETCH FIRST ? ROWS ONLY";
  private static final String LIST_AFTER =
      "SELECT " + COLUMNS + " FROM wabotiq_tenant t"
          + " WHERE t.status = ? AND t.deleted_at IS NULL AND t.tenant_id > ?"
          + " ORDER BY t.tenant_id FETCH FIRST ? ROWS ONLY";
  private static final String INSERT =
      "INSERT INTO wabotiq_tenant"
          + " (tenant_id, version, slug, whatsapp_number, status, deleted_at, document)"
          + " VALUES (?, 1, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE wabotiq_tenant SET version = version + 1, slug = ?, whatsapp_number = ?,"
          + " status = ?, deleted_at = ?, document = ? WHERE tenant_id = ? AND version = ?";
  private static final String VERSION = "SELECT version FROM wabotiq_tenant WHERE tenant_id = ?";
  private static final String DELETE_OTHER_KEYS =
      "DELETE FROM wabotiq_tenant_api_key WHERE tenant_id = ? AND NOT (key_hash = ANY (?))";
  private static final String DELETE_ALL_KEYS =
      "DELETE FROM wabotiq_tenant_api_key WHERE tenant_id = ?";
  /* Inserts the hashes the tenant does not hold yet; a hash another tenant holds violates the
   * primary key. The array is sorted, so concurrent writers take index locks in one order. */
  private static final String INSERT_MISSING_KEYS =
      "INSERT INTO wabotiq_tenant_api_key (key_hash, tenant_id)"
          + " SELECT x.key_hash, ? FROM UNNEST(?) AS x(key_hash)"
          + " WHERE NOT EXISTS (SELECT 1 FROM wabotiq_tenant_api_key k"
          + " WHERE k.key_hash = x.key_hash AND k.tenant_id = ?)";

  private final JdbcRunner runner;

  JdbcTenantRecords(JdbcRunner runner) {
    this.runner = runner;
  }

  @Override
  public TenantRecord create(TenantRecord record) {
    Objects.requireNonNull(record, "record == null");
    TenantRecord stored = stored(record, 1);
    if (stored.apiKeyHashes().isEmpty()) {
      return runner.autoCommit("tenant create", c -> {
        insert(c, stored);
        return stored;
      });
    }
    return runner.transaction("tenant create", tx -> {
      insert(tx.connection(), stored);
      insertMissingKeys(tx.connection(), stored);
      return stored;
    });
  }

  @Override
  public Optional<TenantRecord> get(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return runner.autoCommit("tenant get", c -> queryOne(c, GET, tenantId));
  }

  @Override
  public TenantRecord update(TenantRecord record, long expectedVersion) {
    Objects.requireNonNull(record, "record == null");
    TenantRecord stored = stored(record, expectedVersion + 1);
    return runner.transaction("tenant update", tx -> {
      Connection c = tx.connection();
      long actual = expectedVersion;
      // Refused, then read at the expected version: created in between; a rare race, try again.
      for (int attempt = 0; attempt < JdbcRunner.MAX_ATTEMPTS && actual == expectedVersion;
          attempt++) {
        if (updateRow(c, stored, expectedVersion)) {
          replaceKeys(c, stored);
          return stored;
        }
        actual = version(c, stored.tenantId());
      }
      if (actual < 0) {
        throw new NotFoundException("tenant " + stored.tenantId());
      }
      throw new VersionConflictException("tenant", stored.tenantId(), expectedVersion, actual);
    });
  }

  @Override
  public Optional<TenantRecord> findBy(UniqueKey key, String value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    String sql = switch (key) {
      case SLUG -> FIND_BY_SLUG;
      case WHATSAPP_NUMBER -> FIND_BY_WHATSAPP_NUMBER;
      case API_KEY_HASH -> FIND_BY_API_KEY_HASH;
    };
    return runner.autoCommit("tenant find", c -> queryOne(c, sql, value));
  }

  @Override
  public Page<TenantRecord> listByStatus(String status, @Nullable String cursor, int limit) {
    Objects.requireNonNull(status, "status == null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit (" + limit + ") must be >= 1");
    }
    List<TenantRecord> rows = runner.autoCommit("tenant list", c -> {
      try (PreparedStatement ps = c.prepareStatement(cursor == null ? LIST_FIRST : LIST_AFTER)) {
        int i = 1;
        ps.setString(i++, status);
        if (cursor != null) {
          ps.setString(i++, cursor);
        }
        ps.setLong(i, limit + 1L); // one more than the page: whether another page follows
        return readAll(ps);
      }
    });
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<TenantRecord> items = rows.subList(0, limit);
    return new Page<>(items, items.get(limit - 1).tenantId());
  }

  /** The record as the database will hold it: at {@code version}, the time at its precision. */
  private TenantRecord stored(TenantRecord record, long version) {
    Instant deletedAt = record.deletedAt();
    return new TenantRecord(record.tenantId(), version, record.slug(), record.whatsappNumber(),
        record.status(), record.apiKeyHashes(),
        deletedAt == null ? null : runner.dialect().storable(deletedAt), record.document());
  }

  private static void insert(Connection c, TenantRecord r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, r.tenantId());
      ps.setString(2, r.slug());
      ps.setString(3, r.whatsappNumber());
      ps.setString(4, r.status());
      setInstant(ps, 5, r.deletedAt());
      ps.setString(6, r.document());
      ps.executeUpdate();
    }
  }

  private static boolean updateRow(Connection c, TenantRecord r, long expectedVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setString(1, r.slug());
      ps.setString(2, r.whatsappNumber());
      ps.setString(3, r.status());
      setInstant(ps, 4, r.deletedAt());
      ps.setString(5, r.document());
      ps.setString(6, r.tenantId());
      ps.setLong(7, expectedVersion);
      return ps.executeUpdate() == 1;
    }
  }

  /** The stored version, or -1 when no tenant has the id. */
  private static long version(Connection c, String tenantId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(VERSION)) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** Makes the stored key hashes the record's: drops the others, adds the missing. */
  private void replaceKeys(Connection c, TenantRecord r) throws SQLException {
    if (r.apiKeyHashes().isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(DELETE_ALL_KEYS)) {
        ps.setString(1, r.tenantId());
        ps.executeUpdate();
      }
      return;
    }
    Array hashes = sortedHashes(c, r);
    try {
      try (PreparedStatement ps = c.prepareStatement(DELETE_OTHER_KEYS)) {
        ps.setString(1, r.tenantId());
        ps.setArray(2, hashes);
        ps.executeUpdate();
      }
      insertMissingKeys(c, r, hashes);
    } finally {
      hashes.free();
    }
  }

  private void insertMissingKeys(Connection c, TenantRecord r) throws SQLException {
    Array hashes = sortedHashes(c, r);
    try {
      insertMissingKeys(c, r, hashes);
    } finally {
      hashes.free();
    }
  }

  private static void insertMissingKeys(Connection c, TenantRecord r, Array hashes)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_MISSING_KEYS)) {
      ps.setString(1, r.tenantId());
      ps.setArray(2, hashes);
      ps.setString(3, r.tenantId());
      ps.executeUpdate();
    }
  }

  private Array sortedHashes(Connection c, TenantRecord r) throws SQLException {
    return c.createArrayOf(
        runner.dialect().textArrayType(), new TreeSet<>(r.apiKeyHashes()).toArray());
  }

  private static Optional<TenantRecord> queryOne(Connection c, String sql, String value)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      List<TenantRecord> rows = readAll(ps);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
  }

  private static List<TenantRecord> readAll(PreparedStatement ps) throws SQLException {
    List<TenantRecord> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(read(rs));
      }
    }
    return rows;
  }

  private static TenantRecord read(ResultSet rs) throws SQLException {
    OffsetDateTime deletedAt = rs.getObject(6, OffsetDateTime.class);
    return new TenantRecord(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        hashes(rs.getArray(8)),
        deletedAt == null ? null : deletedAt.toInstant(),
        rs.getString(7));
  }

  private static Set<String> hashes(@Nullable Array array) throws SQLException {
    if (array == null) {
      return Set.of();
    }
    try {
      Set<String> hashes = new LinkedHashSet<>();
      for (Object hash : (Object[]) array.getArray()) {
        hashes.add((String) hash);
      }
      return hashes;
    } finally {
      array.free();
    }
  }

  private static void setInstant(PreparedStatement ps, int index, @Nullable Instant instant)
      throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }
}
