package com.wabotiq.bench;

import com.wabotiq.TenantSdk;
import com.wabotiq.spi.storage.CounterDelta;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.store.JdbcStorage;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding 1 to a usage counter on a real PostgreSQL through the JDBC adapter against its anchor,
 * a hand-written single-statement JDBC upsert on the same pool and database (one round trip per
 * add is the floor). Target: the adapter within 1.2x of the anchor.
 *
 * <p>Run: {@code mvn -B -Pbench -pl core -am verify -DskipTests
 * -Djmh.args="CounterAddBenchmark -foe true -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CounterAddBenchmark {
  private static final String UPSERT =
      "INSERT INTO wabotiq_usage_counter AS u (tenant_id, metric, period, used) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (tenant_id, metric, period) DO UPDATE SET used = u.used + EXCLUDED.used"
          + " WHERE u.used <= ? RETURNING u.used";
  private static final List<CounterDelta> ONE =
      List.of(new CounterDelta("monthly_messages", "2025-11-01", 1, CounterDelta.UNLIMITED));

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private UsageCounters counters;
  private UsageCounters facadeCounters;

  /** Starts PostgreSQL, a pool, and the adapter with its schema. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setDataSource(postgres.getPostgresDatabase());
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
    JdbcStorage storage = JdbcStorage.postgresql(pool);
    storage.applySchema();
    counters = storage.counters();
    facadeCounters = TenantSdk.builder().storage(storage).build().usageCounters();
  }

  /** Stops the pool and PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.close();
    postgres.close();
  }

  /** The anchor: one prepared upsert per add. @return the new total */
  @Benchmark
  public long handWrittenSingleStatement() throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
      ps.setString(1, "bench-anchor");
      ps.setString(2, "monthly_messages");
      ps.setString(3, "2025-11-01");
      ps.setLong(4, 1);
      ps.setLong(5, Long.MAX_VALUE - 1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the upsert was refused");
        }
        return rs.getLong(1);
      }
    }
  }

  /**
   * The same add through the facade, whose guard checks the arguments and the answer.
   *
   * @return the new total
   */
  @Benchmark
  public long facadeGuardedAdd() {
    return facadeCounters.addIfWithinLimits("bench-facade", ONE).totals().get(0);
  }

  /** The adapter's add. @return the new total */
  @Benchmark
  public long adapterAddIfWithinLimits() {
    return counters.addIfWithinLimits("bench-adapter", ONE).totals().get(0);
  }
}
