package com.wabotiq.store;

import com.wabotiq.spi.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs units of work on connections of a {@link DataSource}: borrows a connection for each, always
 * gives it back, commits or rolls back, retries what the database says may be retried, and turns
 * every failure into the contracts' typed exceptions ({@link SqlFailures}). Internal: not API.
 *
 * <p>Isolation: the connection's own (READ COMMITTED is the default of PostgreSQL and H2, and
 * what the statements are written for: each write re-checks its condition against the latest
 * committed row). Thread-safe: holds no state but its data source and dialect.
 */
final class JdbcRunner {
  /** Attempts of a unit of work that failed with a retryable error (deadlock, race). */
  static final int MAX_ATTEMPTS = 5;

  private final DataSource dataSource;
  private final SqlDialect dialect;

  /**
   * Creates a runner.
   *
   * @param dataSource where connections come from; a pool in production
   * @param dialect the database's dialect
   */
  public JdbcRunner(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "data_source == null");
    this.dialect = Objects.requireNonNull(dialect, "dialect == null");
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A unit of work in a transaction. */
  @FunctionalInterface
  interface TransactionWork<T> {
    T run(Transaction transaction) throws SQLException;
  }

  /** The transaction a {@link TransactionWork} runs in. */
  static final class Transaction {
    private final Connection connection;
    private boolean rollbackOnly;

    Transaction(Connection connection) {
      this.connection = connection;
    }

    Connection connection() {
      return connection;
    }

    /** Rolls the transaction back instead of committing it when the work returns. */
    void setRollbackOnly() {
      rollbackOnly = true;
    }
  }

  SqlDialect dialect() {
    return dialect;
  }

  /**
   * Runs reads, or one single-statement write, in auto-commit mode.
   *
   * @param operation what is attempted, for messages
   * @param work the work
   * @return what the work returns
   * @throws StorageException for every failure; subclasses the work throws pass unchanged
   */
  <T> T autoCommit(String operation, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        if (!connection.getAutoCommit()) {
          connection.setAutoCommit(true); // a pool may hand out connections in a transaction
        }
        return work.run(connection);
      } catch (SQLException e) {
        if (attempt < MAX_ATTEMPTS && SqlFailures.isRetryable(e)) {
          continue;
        }
        throw SqlFailures.translate(operation, e);
      } catch (StorageException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StorageException(operation + " failed", e);
      }
    }
  }

  /**
   * Runs work in one transaction: commits when it returns (unless it asked to roll back), rolls
   * back when it throws, and runs it again from the start, up to {@link #MAX_ATTEMPTS} times,
   * when the database reports a retryable failure.
   *
   * @param operation what is attempted, for messages
   * @param work the work
   * @return what the work returns
   * @throws StorageException for every failure, after a rollback; subclasses the work throws
   *     pass unchanged
   */
  <T> T transaction(String operation, TransactionWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        return inTransaction(connection, work);
      } catch (SQLException e) {
        if (attempt < MAX_ATTEMPTS && SqlFailures.isRetryable(e)) {
          continue;
        }
        throw SqlFailures.translate(operation, e);
      } catch (StorageException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StorageException(operation + " failed", e);
      }
    }
  }

  private static <T> T inTransaction(Connection connection, TransactionWork<T> work)
      throws SQLException {
    connection.setAutoCommit(false);
    boolean ended = false;
    try {
      Transaction transaction = new Transaction(connection);
      T result = work.run(transaction);
      if (transaction.rollbackOnly) {
        connection.rollback();
      } else {
        connection.commit();
      }
      ended = true;
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      ended = rollbackQuietly(connection, e);
      throw e;
    } finally {
      // Only a transaction known to be over goes back to auto-commit: switching a connection in
      // an open transaction to auto-commit would commit it. Otherwise the connection goes back
      // as it is; a pool rolls it back (HikariCP does) or the server does when it closes.
      if (ended) {
        restoreAutoCommit(connection);
      }
    }
  }

  /** Rolls back after a failure; true when that worked, else the failure notes why not. */
  private static boolean rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
      return true;
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  /** Gives the connection back as it came, in auto-commit mode; a broken one is the pool's. */
  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      // The connection is broken; closing it hands that to the pool, which evicts it.
    }
  }
}
