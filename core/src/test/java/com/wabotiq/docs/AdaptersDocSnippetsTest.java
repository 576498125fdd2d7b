package com.wabotiq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.spi.kit.DocumentsContract;
import com.wabotiq.spi.kit.KeyActivityContract;
import com.wabotiq.spi.kit.StorageProviderContract;
import com.wabotiq.spi.kit.TenantRecordsContract;
import com.wabotiq.spi.kit.UsageCountersContract;
import com.wabotiq.spi.kit.WrappedKeysContract;
import com.wabotiq.spi.storage.Documents;
import com.wabotiq.spi.storage.KeyActivity;
import com.wabotiq.spi.storage.TenantRecords;
import com.wabotiq.spi.storage.UsageCounters;
import com.wabotiq.spi.storage.WrappedKeys;
import com.wabotiq.store.JdbcStorage;
import com.wabotiq.store.jdbc.EmbeddedPostgresServer;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.testing.Snippets;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps every Java snippet of {@code docs/adapters.md} compiled and run. The snippets live where
 * the code they show lives: the contract here (compared with the SPI's {@code StorageProvider}),
 * the JDBC set-up here (run on the embedded PostgreSQL), the conformance kit template in {@code
 * com/example/storage/MyStorageTests.java} (whose six classes the build runs on {@code
 * MyStorage}), and the kit subclass in {@code PostgresUsageCountersTest}. Each snippet is the text
 * between a {@code // [snippet:name]} and a {@code // [end]} line of one of these files, and {@link
 * #theDocShowsExactlyTheseSnippets} checks that the document's {@code java} blocks, each after a
 * {@code <!-- snippet:name -->} line, are these texts, in the page's order.
 */
class AdaptersDocSnippetsTest {
  private static final Path DOC = Path.of("../docs/adapters.md");
  private static final List<Path> SOURCES = List.of(
      Path.of("src/test/java/com/wabotiq/docs/AdaptersDocSnippetsTest.java"),
      Path.of("src/test/java/com/example/storage/MyStorageTests.java"),
      Path.of("src/test/java/com/wabotiq/store/jdbc/PostgresUsageCountersTest.java"));

  // [snippet:provider]
  public interface StorageProvider {
    TenantRecords tenants();
    Documents documents();
    UsageCounters counters();
    WrappedKeys wrappedKeys();
    KeyActivity keyActivity();
  }
  // [end]

  @Test
  void theContractOnThePageIsTheSpis() {
    assertThat(signatures(StorageProvider.class))
        .isEqualTo(signatures(com.wabotiq.spi.storage.StorageProvider.class))
        .hasSize(5);
  }

  private static Map<String, String> signatures(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .collect(Collectors.toMap(m -> m.getName() + Arrays.toString(m.getParameterTypes()),
            (Method m) -> m.getReturnType().getName(), (a, b) -> a, TreeMap::new));
  }

  @Test
  void theTemplateExtendsEveryContractOnce() throws ClassNotFoundException {
    Map<Class<?>, Class<?>> contracts = new LinkedHashMap<>();
    for (String name : List.of("MyTenantRecordsTest", "MyDocumentsTest", "MyUsageCountersTest",
        "MyWrappedKeysTest", "MyKeyActivityTest", "MyStorageProviderTest")) {
      Class<?> subclass = Class.forName("com.example.storage." + name);
      contracts.put(subclass.getSuperclass(), subclass);
    }
    assertThat(contracts).containsOnlyKeys(TenantRecordsContract.class, DocumentsContract.class,
        UsageCountersContract.class, WrappedKeysContract.class, KeyActivityContract.class,
        StorageProviderContract.class);
  }

  @Test
  @Tag("postgres") // left out of mutation runs, which must not start PostgreSQL
  void theJdbcAdapterOnPostgresql() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(EmbeddedPostgresServer.newDatabaseUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    // [snippet:jdbc]
    HikariDataSource pool = new HikariDataSource(config); // the host's pool, the host's database
    JdbcStorage storage = JdbcStorage.postgresql(pool);   // or JdbcStorage.h2(pool)
    storage.applySchema();                                // or let Flyway/Liquibase run schemaSql
    TenantSdk sdk = TenantSdk.builder().storage(storage).build();
    // [end]
    try (pool) {
      Tenant created =
          sdk.createTenant(NewTenant.builder("Acme", ZoneId.of("Africa/Nairobi")).build());
      storage.applySchema(); // idempotent: the tenant stays
      TenantSdk another = TenantSdk.builder().storage(JdbcStorage.postgresql(pool)).build();
      assertThat(another.tenant(created.id())).map(Tenant::name).contains("Acme");
    }
  }

  @Test
  void theDocShowsExactlyTheseSnippets() throws IOException {
    Map<String, String> inCode = new LinkedHashMap<>();
    for (Path source : SOURCES) {
      inCode.putAll(Snippets.regions(Files.readString(source)));
    }
    String doc = Files.readString(DOC);
    Map<String, String> inDoc = Snippets.blocks(doc);
    assertThat(inCode).containsOnlyKeys("provider", "jdbc", "kit", "postgres-kit");
    assertThat(inDoc).isEqualTo(inCode);
    assertThat(inDoc.keySet()).containsExactly("provider", "kit", "jdbc", "postgres-kit");
    assertThat(doc).doesNotContainIgnoringCase("in progress").doesNotContainPattern("issue \\d")
        .doesNotContain("TODO");
  }
}
