package com.wabotiq.examples.multiinstance;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.UsageMeter;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.tenant.Tenant;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Two facades, as two application instances would hold them, each with its own connections to one
 * PostgreSQL database, metering the same Starter tenant (1,000 messages a month) from four threads
 * each until the quota is spent. The meter's check and increment are one statement in the store,
 * so together they admit exactly 1,000 replies, however the threads interleave.
 *
 * <p>Run it against a database of your own: {@code java ... TwoInstancesDemo
 * jdbc:postgresql://127.0.0.1:5432/wabotiq user password} (it creates the SDK's tables if they
 * are missing). Each instance has its own HikariCP pool of four connections. The build runs it
 * against an embedded PostgreSQL ({@code TwoInstancesDemoTest}).
 */
public final class TwoInstancesDemo {
  /** Replies each thread tries to send; with 8 threads, far more than the quota. */
  static final int ATTEMPTS_PER_THREAD = 200;

  private static final int THREADS_PER_INSTANCE = 4;

  private TwoInstancesDemo() {}

  /**
   * What the two instances admitted.
   *
   * @param admittedByA replies instance A admitted
   * @param admittedByB replies instance B admitted
   * @param refused replies refused, by either
   * @param limit the tenant's monthly limit
   */
  public record Outcome(long admittedByA, long admittedByB, long refused, long limit) {
    /**
     * Replies admitted in all.
     *
     * @return A's and B's together
     */
    public long admitted() {
      return admittedByA + admittedByB;
    }
  }

  /**
   * Runs the demo against a PostgreSQL database given by its JDBC URL, user and password.
   *
   * @param args the JDBC URL, the user and the password
   * @throws Exception if the database cannot be reached
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: TwoInstancesDemo <jdbc:postgresql://...> <user> <password>");
      System.exit(2);
    }
    Outcome outcome = run(args[0], args[1], args[2], System.out);
    System.exit(outcome.admitted() == outcome.limit() ? 0 : 1);
  }

  /**
   * Runs the demo with a connection pool of its own for each instance, as two processes would
   * have.
   *
   * @param jdbcUrl the database's JDBC URL
   * @param user the user
   * @param password the password
   * @param out where to print what it shows
   * @return what the instances admitted
   * @throws Exception if the database cannot be reached or a thread fails
   */
  public static Outcome run(String jdbcUrl, String user, String password, PrintStream out)
      throws Exception {
    try (HikariDataSource poolA = pool(jdbcUrl, user, password, "instance-a");
        HikariDataSource poolB = pool(jdbcUrl, user, password, "instance-b")) {
      return run(poolA, poolB, out);
    }
  }

  private static HikariDataSource pool(String url, String user, String password, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(THREADS_PER_INSTANCE);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /**
   * Runs the demo: creates the tables when missing, a tenant through instance A, then meters its
   * replies from both instances at once, and prints what each admitted.
   *
   * @param forA instance A's connections
   * @param forB instance B's connections, to the same database
   * @param out where to print what it shows
   * @return what the instances admitted
   * @throws Exception if the database cannot be reached or a thread fails
   */
  public static Outcome run(DataSource forA, DataSource forB, PrintStream out) throws Exception {
    try (Connection c = forA.getConnection(); Statement s = c.createStatement()) {
      s.execute(JdbcStorage.schemaSql(JdbcStorage.Dialect.POSTGRESQL));
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the SDK's tables", e);
    }
    TenantSdk instanceA = TenantSdk.builder().storage(JdbcStorage.postgresql(forA)).build();
    TenantSdk instanceB = TenantSdk.builder().storage(JdbcStorage.postgresql(forB)).build();

    Tenant created = instanceA.createTenant(
        NewTenant.builder("Two Instances Ltd", ZoneId.of("Africa/Nairobi")).build());
    Tenant seenByB = instanceB.tenant(created.id()).orElseThrow();
    long limit = 1_000;
    out.println("1. instance A created " + created.name() + " (Starter: " + limit
        + " messages a month); instance B reads it from the same database");

    Instant now = Instant.now();
    Usage oneReply = Usage.at(now).send(SendKind.REPLY).build();
    ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<long[]>> a = new ArrayList<>();
    List<Future<long[]>> b = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
        a.add(threads.submit(() -> meter(instanceA.usageMeter(), created, oneReply, start)));
        b.add(threads.submit(() -> meter(instanceB.usageMeter(), seenByB, oneReply, start)));
      }
      start.countDown();
      long[] byA = sum(a);
      long[] byB = sum(b);
      Outcome outcome = new Outcome(byA[0], byB[0], byA[1] + byB[1], limit);
      out.println("2. " + THREADS_PER_INSTANCE + " threads on each instance tried "
          + (2L * THREADS_PER_INSTANCE * ATTEMPTS_PER_THREAD) + " replies at once");
      out.println("3. instance A admitted " + outcome.admittedByA() + ", instance B admitted "
          + outcome.admittedByB() + ": " + outcome.admitted() + " in all, the limit exactly; "
          + outcome.refused() + " refused");
      return outcome;
    } finally {
      threads.shutdownNow();
    }
  }

  private static long[] meter(UsageMeter meter, Tenant tenant, Usage reply, CountDownLatch start)
      throws InterruptedException {
    start.await();
    long admitted = 0;
    long refused = 0;
    for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
      if (meter.consume(tenant, reply).isAllowed()) {
        admitted++;
      } else {
        refused++;
      }
    }
    return new long[] {admitted, refused};
  }

  private static long[] sum(List<Future<long[]>> results) throws Exception {
    long[] total = new long[2];
    for (Future<long[]> f : results) {
      long[] one = f.get(2, TimeUnit.MINUTES);
      total[0] += one[0];
      total[1] += one[1];
    }
    return total;
  }
}
