package com.wabotiq.server;

import com.wabotiq.billing.SubscriptionTier;
import com.wabotiq.credentials.LocalKeyEncryption;
import com.wabotiq.spi.storage.StorageProvider;
import com.wabotiq.store.InMemoryStorage;
import com.wabotiq.store.JdbcStorage;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs the local API server from the command line, with a seeded demo tenant whose API key it
 * prints once, until interrupted (Ctrl-C stops it gracefully):
 *
 * <pre>
 * mvn -q -B -ntp -Plocal-server -pl server -am test-compile
 * mvn -q -B -ntp -Plocal-server -pl server -am test-compile -Dlocal-server.args="--store=h2 --port=9000"
 * </pre>
 *
 * <p>Flags:
 *
 * <ul>
 *   <li>{@code --port=N}: the port on 127.0.0.1 ({@value LocalApiServer#DEFAULT_PORT}; 0 for any
 *       free one).
 *   <li>{@code --store=memory|h2|postgres}: in memory (the default); H2 in memory, or the H2
 *       database of {@code --jdbc-url}; PostgreSQL at {@code --jdbc-url} (user and password from
 *       {@code --jdbc-user} and the environment variable {@code WABOTIQ_JDBC_PASSWORD}), or an
 *       embedded PostgreSQL started for the run when no URL is given.
 *   <li>{@code --master-key-file=PATH}: the key-encryption key of tenants' credentials, a file of
 *       {@code LocalKeyEncryption}'s format (default: a fresh key per run).
 *   <li>{@code --rate-limit=N/SECONDS}: requests per tenant per window (default 100/1).
 *   <li>{@code --max-body-bytes=N}: the largest request body (default 262144).
 *   <li>{@code --lenient}: ignore unknown members of request bodies instead of refusing them.
 * </ul>
 */
public final class LocalServerMain {
  private LocalServerMain() {}

  /**
   * Starts the server and waits until the JVM is stopped.
   *
   * @param args the flags above
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> flags;
    try {
      flags = flags(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("flags: --port=N --store=memory|h2|postgres --jdbc-url=URL --jdbc-user=U"
          + " --master-key-file=PATH --rate-limit=N/SECONDS --max-body-bytes=N --lenient");
      System.exit(2);
      return;
    }
    List<AutoCloseable> resources = new ArrayList<>();
    LocalApiServer server;
    try {
      server = start(flags, resources, System.out);
    } catch (RuntimeException | IOException e) {
      closeAll(resources);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("stopping: requests in flight finish, then the store closes");
      server.close();
      closeAll(resources);
      stopped.countDown();
    }, "wabotiq-local-server-shutdown"));
    stopped.await();
  }

  /** Builds, starts and seeds the server the flags describe, printing what a user needs. */
  static LocalApiServer start(Map<String, String> flags, List<AutoCloseable> resources,
      PrintStream out) throws IOException {
    LocalApiServer.Builder builder = LocalApiServer.builder()
        .port(Integer.parseInt(flags.getOrDefault("port",
            Integer.toString(LocalApiServer.DEFAULT_PORT))))
        .strict(!flags.containsKey("lenient"));
    String store = flags.getOrDefault("store", "memory");
    builder.storage(storage(store, flags, resources));
    String keyFile = flags.get("master-key-file");
    if (keyFile != null) {
      builder.keyEncryption(LocalKeyEncryption.fromFile(Path.of(keyFile)));
    }
    String rate = flags.get("rate-limit");
    if (rate != null) {
      String[] parts = rate.split("/", 2);
      builder.rateLimit(Integer.parseInt(parts[0]),
          Duration.ofSeconds(parts.length > 1 ? Long.parseLong(parts[1]) : 1));
    }
    String maxBody = flags.get("max-body-bytes");
    if (maxBody != null) {
      builder.maxBodyBytes(Integer.parseInt(maxBody));
    }
    LocalApiServer server = builder.build().start();
    SeededTenant demo;
    try {
      demo = server.seedDemoTenant();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    // Each value once (the key above all): the example request names them by variable.
    out.println("WabotIQ local API server, loopback only, store " + store
        + (flags.containsKey("jdbc-url") ? " at " + withoutParameters(flags.get("jdbc-url")) : "")
        + (flags.containsKey("embedded") ? " (an embedded " + flags.get("embedded") + ")" : ""));
    out.println("demo tenant " + demo.name() + " ("
        + SubscriptionTier.builtIn(demo.tierId()).map(SubscriptionTier::name).orElse("?")
        + "); its API key is shown once: keep it");
    out.println();
    out.println("export WABOTIQ_BASE_URL=" + server.baseUri());
    out.println("export WABOTIQ_TENANT_ID=" + demo.tenantId().value());
    out.println("export WABOTIQ_API_KEY=" + demo.apiKey().reveal());
    out.println();
    out.println("curl -H \"Authorization: Bearer $WABOTIQ_API_KEY\" \\");
    out.println("     -H \"X-TENANT-ID: $WABOTIQ_TENANT_ID\" \\");
    out.println("     \"$WABOTIQ_BASE_URL/tenants/$WABOTIQ_TENANT_ID/usage\"");
    out.println();
    out.println("Ctrl-C stops it.");
    out.flush();
    return server;
  }

  private static StorageProvider storage(String store, Map<String, String> flags,
      List<AutoCloseable> resources) throws IOException {
    String url = flags.get("jdbc-url");
    switch (store) {
      case "memory" -> {
        return InMemoryStorage.create();
      }
      case "h2" -> {
        JdbcStorage storage = JdbcStorage.h2(pool(
            url == null ? "jdbc:h2:mem:wabotiq-local;DB_CLOSE_DELAY=-1" : url, flags, resources));
        storage.applySchema();
        return storage;
      }
      case "postgres" -> {
        if (url == null) {
          EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
          resources.add(0, postgres);
          url = postgres.getJdbcUrl("postgres", "postgres");
          flags.put("jdbc-url", url);
          flags.put("embedded", "PostgreSQL started for this run");
        }
        JdbcStorage storage = JdbcStorage.postgresql(pool(url, flags, resources));
        storage.applySchema();
        return storage;
      }
      default -> throw new IllegalArgumentException(
          "--store must be memory, h2 or postgres: " + store);
    }
  }

  private static HikariDataSource pool(String url, Map<String, String> flags,
      List<AutoCloseable> resources) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    String user = flags.get("jdbc-user");
    if (user != null) {
      config.setUsername(user);
    }
    String password = System.getenv("WABOTIQ_JDBC_PASSWORD");
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(16);
    config.setPoolName("wabotiq-local-server");
    HikariDataSource pool = new HikariDataSource(config);
    resources.add(0, pool);
    return pool;
  }

  /**
   * A JDBC URL as printed: without its parameters ({@code ?...} or {@code ;...}), where a password
   * may have been written.
   */
  static String withoutParameters(@Nullable String url) {
    if (url == null) {
      return "";
    }
    int query = url.indexOf('?');
    int semicolon = url.indexOf(';');
    int end = query < 0 ? semicolon : semicolon < 0 ? query : Math.min(query, semicolon);
    return end < 0 ? url : url.substring(0, end) + " (parameters not shown)";
  }

  static Map<String, String> flags(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("not a flag: " + arg);
      }
      String[] parts = arg.substring(2).split("=", 2);
      String name = parts[0].toLowerCase(Locale.ROOT);
      if (!List.of("port", "store", "jdbc-url", "jdbc-user", "master-key-file", "rate-limit",
          "max-body-bytes", "lenient").contains(name)) {
        throw new IllegalArgumentException("unknown flag: --" + name);
      }
      String value = parts.length > 1 ? parts[1] : "";
      checkValue(name, value);
      flags.put(name, value);
    }
    return flags;
  }

  /** Refuses a flag's value that {@link #start} could not use, naming the flag. */
  private static void checkValue(String name, String value) {
    boolean valid = switch (name) {
      case "port" -> isInt(value, 0, 65_535);
      case "store" -> List.of("memory", "h2", "postgres").contains(value);
      case "rate-limit" -> {
        String[] parts = value.split("/", 2);
        yield isInt(parts[0], 1, Integer.MAX_VALUE)
            && (parts.length == 1 || isInt(parts[1], 1, Integer.MAX_VALUE));
      }
      case "max-body-bytes" -> isInt(value, 1, Integer.MAX_VALUE - 1);
      case "lenient" -> value.isEmpty();
      default -> !value.isEmpty();
    };
    if (!valid) {
      throw new IllegalArgumentException("bad value for --" + name + ": '" + value + "'");
    }
  }

  private static boolean isInt(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text);
      return value >= min && value <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("closing " + resource.getClass().getSimpleName() + " failed: "
            + e.getMessage());
      }
    }
  }

}
