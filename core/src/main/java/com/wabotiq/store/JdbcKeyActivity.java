package com.wabotiq.store;

import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.KeyUse;
import com.wabotiq.spi.storage.StorageException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * API keys' last uses in {@code wabotiq_api_key_activity}, a row per tenant and key hash.
 *
 * <p>Each use is written by one conditional upsert ({@link SqlDialect#recordKeyUseSql()}) that
 * checks the interval and writes in the same statement, under the row's lock: never a read then a
 * write, so of several application instances that see one key within an interval, one writes.
 *
 * <ul>
 *   <li>One use: that statement alone, in auto-commit: one round trip.
 *   <li>Several: one transaction running the statement per use, the uses sorted by (tenant id,
 *       key hash) so that two batches lock shared rows in the same order and cannot deadlock; the
 *       sort is stable, so the uses of one key keep their list order. n + 1 round trips.
 *   <li>An instant is cut to the column's precision (microseconds on PostgreSQL) before it is
 *       compared or written, so what is written reads back equal. One before the earliest the
 *       database reads back equal ({@link SqlDialect#earliestStorable()}) is refused with a
 *       {@link StorageException}, and the batch with it writes nothing.
 * </ul>
 */
final class JdbcKeyActivity implements KeyActivity {
  private static final String LAST_USES =
      "SELECT key_hash, last_used_at FROM wabotiq_api_key_activity WHERE tenant_id = ?";
  private static final String FORGET =
      "DELETE FROM wabotiq_api_key_activity WHERE tenant_id = ? AND key_hash = ANY (?)";

  private static final Comparator<KeyUse> LOCK_ORDER =
      Comparator.comparing(KeyUse::tenantId).thenComparing(KeyUse::keyHash);

  private final JdbcRunner runner;

  JdbcKeyActivity(JdbcRunner runner) {
    this.runner = runner;
  }

  @Override
  public Set<String> record(List<KeyUse> uses, Duration minInterval) {
    KeyUses.check(uses, minInterval);
    if (uses.isEmpty()) {
      return Set.of();
    }
    String operation = "key activity record";
    if (uses.size() == 1) {
      KeyUse use = uses.get(0);
      boolean wrote = runner.autoCommit(operation, c -> write(c, use, minInterval));
      return wrote ? Set.of(use.keyHash()) : Set.of();
    }
    List<KeyUse> ordered = new ArrayList<>(uses);
    ordered.sort(LOCK_ORDER); // stable: one key's uses stay in list order
    return runner.transaction(operation, tx -> {
      Set<String> written = new HashSet<>();
      for (KeyUse use : ordered) {
        if (write(tx.connection(), use, minInterval)) {
          written.add(use.keyHash());
        }
      }
      return Set.copyOf(written);
    });
  }

  @Override
  public Map<String, Instant> lastUses(String tenantId) {
    Objects.requireNonNull(tenantId, "tenant_id == null");
    return runner.autoCommit("key activity read", c -> {
      try (PreparedStatement ps = c.prepareStatement(LAST_USES)) {
        ps.setString(1, tenantId);
        Map<String, Instant> uses = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            uses.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
          }
        }
        return Map.copyOf(uses);
      }
    });
  }

  @Override
  public int forget(String tenantId, Set<String> keyHashes) {
    KeyUses.checkForget(tenantId, keyHashes);
    if (keyHashes.isEmpty()) {
      return 0;
    }
    Object[] sorted = new TreeSet<>(keyHashes).toArray();
    return runner.autoCommit("key activity forget", c -> {
      Array hashes = c.createArrayOf(runner.dialect().textArrayType(), sorted);
      try (PreparedStatement ps = c.prepareStatement(FORGET)) {
        ps.setString(1, tenantId);
        ps.setArray(2, hashes);
        return ps.executeUpdate();
      } finally {
        hashes.free();
      }
    });
  }

  /** Runs the conditional upsert of one use; true when it wrote. */
  private boolean write(Connection c, KeyUse use, Duration minInterval) throws SQLException {
    SqlDialect dialect = runner.dialect();
    Instant used = dialect.storable(use.usedAt());
    if (used.isBefore(dialect.earliestStorable())) {
      // The database (or its driver) would store something else; say so instead.
      throw new StorageException("key activity record failed: an instant before "
          + dialect.earliestStorable() + " cannot be stored in " + dialect.name());
    }
    Instant threshold = KeyUses.threshold(used, minInterval, dialect.earliestStorable());
    try (PreparedStatement ps = c.prepareStatement(dialect.recordKeyUseSql())) {
      ps.setString(1, use.tenantId());
      ps.setString(2, use.keyHash());
      ps.setObject(3, OffsetDateTime.ofInstant(used, ZoneOffset.UTC));
      setInstant(ps, 4, threshold);
      return ps.executeUpdate() > 0;
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
