package com.wabotiq.store;

import com.wabotiq.spi.storage.DuplicateKeyException;
import com.wabotiq.spi.storage.StorageException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SQLException} into the storage contracts' typed exceptions. Internal: not API.
 *
 * <p>A unique violation (SQLState {@code 23505}) of one of the schema's named constraints becomes
 * a {@link DuplicateKeyException} naming the kind of key, never its value: the constraint name is
 * found in the driver's message, where PostgreSQL and H2 both put it before any value (and in
 * every language the server speaks). Everything else becomes a {@link StorageException} naming
 * the operation and the SQLState, with the driver's exception as its cause. No message here
 * carries SQL text or a bound value.
 */
final class SqlFailures {
  /** SQLState of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";

  /** The schema's unique constraints, and the key kind each guards. */
  private static final Map<String, String> KEY_OF_CONSTRAINT = Map.of(
      "wabotiq_tenant_pk", "tenant_id",
      "wabotiq_tenant_slug_uq", "slug",
      "wabotiq_tenant_whatsapp_number_uq", "whatsapp_number",
      "wabotiq_tenant_api_key_pk", "api_key_hash",
      "wabotiq_wrapped_key_pk", "key_version",
      "wabotiq_document_pk", "document",
      "wabotiq_usage_counter_pk", "usage_counter",
      "wabotiq_api_key_activity_pk", "api_key_activity");

  /**
   * The key kinds the contracts name in a {@link DuplicateKeyException}. A duplicate document,
   * counter or key activity row is handled where it can happen (a version conflict, a retried insert race); should
   * one ever reach {@link #translate}, it is a plain failure.
   */
  private static final Set<String> CONTRACT_KEYS =
      Set.of("tenant_id", "slug", "whatsapp_number", "api_key_hash", "key_version");

  private SqlFailures() {}

  /**
   * The failure as the contracts type it.
   *
   * @param operation what was attempted, e.g. {@code "tenant create"}
   * @param e what the driver threw
   * @return a {@link DuplicateKeyException} for a unique violation of a constraint guarding one of
   *     the contracts' unique keys, else a {@link StorageException} with {@code e} as its cause
   */
  public static StorageException translate(String operation, SQLException e) {
    String key = duplicateKey(e);
    if (key != null && CONTRACT_KEYS.contains(key)) {
      // No cause: the driver's message names the duplicate value (PostgreSQL's "Detail: Key
      // (slug)=(acme) already exists."), and the contract promises the value stays out.
      return new DuplicateKeyException(key);
    }
    return new StorageException(operation + " failed (SQLState " + states(e) + ")", e);
  }

  /**
   * The kind of key a unique violation hit.
   *
   * @param e what the driver threw
   * @return e.g. {@code "slug"}; null when {@code e} is no unique violation of a known constraint
   */
  static @Nullable String duplicateKey(SQLException e) {
    for (SQLException link : chain(e)) {
      if (UNIQUE_VIOLATION.equals(link.getSQLState())) {
        String constraint = constraint(link.getMessage());
        if (constraint != null) {
          return KEY_OF_CONSTRAINT.get(constraint);
        }
      }
    }
    return null;
  }

  /**
   * Whether trying the same unit of work again may succeed: a serialization failure or deadlock
   * (SQLState {@code 40001}, {@code 40P01}), or two sessions inserting the same new counter or key
   * activity row at once (H2's MERGE reports that as a unique violation; nothing was written).
   *
   * @param e what the driver threw
   * @return true when the work rolled back and may be retried
   */
  static boolean isRetryable(SQLException e) {
    for (SQLException link : chain(e)) {
      String state = link.getSQLState();
      if ("40001".equals(state) || "40P01".equals(state)) {
        return true;
      }
    }
    String key = duplicateKey(e);
    return "usage_counter".equals(key) || "api_key_activity".equals(key);
  }

  /** The first of the schema's constraint names in a driver message, or null. */
  static @Nullable String constraint(@Nullable String message) {
    if (message == null) {
      return null;
    }
    String text = message.toLowerCase(Locale.ROOT);
    String found = null;
    int foundAt = Integer.MAX_VALUE;
    for (String name : KEY_OF_CONSTRAINT.keySet()) {
      int at = indexOfToken(text, name);
      if (at >= 0
          && (at < foundAt
              || (at == foundAt && found != null && name.length() > found.length()))) {
        found = name;
        foundAt = at;
      }
    }
    return found;
  }

  /**
   * The first index of {@code name} in {@code text} not inside a longer identifier (except the
   * index H2 makes for a constraint, {@code <name>_INDEX_<n>}, which older H2 versions name
   * alone), or -1.
   */
  private static int indexOfToken(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !isIdentifierChar(text.charAt(at - 1)))
          && (end == text.length() || !isIdentifierChar(text.charAt(end))
              || text.startsWith("_index_", end))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isIdentifierChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The exception, its next exceptions and its SQLException causes, each once. */
  private static List<SQLException> chain(SQLException e) {
    List<SQLException> links = new ArrayList<>();
    List<Throwable> seen = new ArrayList<>();
    List<SQLException> todo = new ArrayList<>(List.of(e));
    while (!todo.isEmpty() && links.size() < 16) {
      SQLException link = todo.remove(0);
      if (seen.stream().anyMatch(s -> s == link)) {
        continue;
      }
      seen.add(link);
      links.add(link);
      if (link.getNextException() != null) {
        todo.add(link.getNextException());
      }
      if (link.getCause() instanceof SQLException cause) {
        todo.add(cause);
      }
    }
    return links;
  }

  /** The distinct SQLStates along the chain, e.g. {@code "08001"}; "unknown" when none. */
  private static String states(SQLException e) {
    List<String> states = new ArrayList<>();
    for (SQLException link : chain(e)) {
      String state = link.getSQLState();
      if (state != null && !states.contains(state)) {
        states.add(state);
      }
    }
    return states.isEmpty() ? "unknown" : String.join(", ", states);
  }
}
